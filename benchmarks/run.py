"""`make bench`: run every benchmark module, print the figures against their targets, save results.json."""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
from pathlib import Path

from benchmarks.common import cli_executable, process_seconds, random_model

RESULTS = Path(__file__).with_name("results.json")

# name -> (target, "max" if the figure must stay at or below it, "min" if at or above)
TARGETS = {
    "kernel_wsm_1000x10_ms": (1.0, "max"),
    "kernel_wpm_1000x10_ms": (1.0, "max"),
    "kernel_topsis_1000x10_ms": (1.0, "max"),
    "kernel_vikor_1000x10_ms": (1.0, "max"),
    "kernel_promethee_1000x10_ms": (5.0, "max"),
    "promethee_10000x10_ms": (1000.0, "max"),
    "promethee_10000x10_peak_mib": (200.0, "max"),
    "promethee_vshape_10000x10_ms": (1500.0, "max"),
    "promethee_vshape_10000x10_peak_mib": (200.0, "max"),
    "promethee_gaussian_10000x10_ms": (1500.0, "max"),
    "promethee_gaussian_10000x10_peak_mib": (200.0, "max"),
    "promethee_mixed_10000x10_ms": (1500.0, "max"),
    "promethee_mixed_10000x10_peak_mib": (200.0, "max"),
    "read_10000_rows_s": (0.5, "max"),
    "write_result_10000_rows_s": (1.5, "max"),
    "rank_cli_1000_rows_s": (0.5, "max"),
    "gui_weight_edit_1000x10_ms": (50.0, "max"),
    "gui_weight_edit_10000x10_ms": (150.0, "max"),
    "gui_weight_edit_promethee_i_sample_ms": (50.0, "max"),
    "gui_weight_edit_promethee_i_1000x10_ms": (50.0, "max"),
    "gui_relayout_1000x10_ms": (150.0, "max"),
    "gui_first_window_s": (1.0, "max"),
    "gui_missing_ranges_sample_ms": (5.0, "max"),  # desktop.models.missing_ranges.BUDGET_MS
    "gui_language_switch_1000x10_s": (1.0, "max"),
    "mc_10000_samples_1000x10_s": (0.4, "max"),
    "mc_skcriteria_loop_ratio": (50.0, "min"),
    "mc_peak_extra_mib": (64.0, "max"),
    "sensitivity_cli_s": (2.0, "max"),
    "brief_cli_s": (3.0, "max"),
    "sensitivity_10000_partners_s": (10.0, "max"),
    "sensitivity_10000_partners_peak_mib": (1024.0, "max"),
    "smaa_10000_samples_1000x10_s": (0.6, "max"),
    "smaa_skcriteria_loop_ratio": (50.0, "min"),
    "smaa_peak_extra_mib": (128.0, "max"),
    "check_first_sample_s": (2.0, "max"),
}

MODULES = (
    "benchmarks.kernels",
    "benchmarks.preference",
    "benchmarks.io",
    "benchmarks.robustness",
    "benchmarks.smaa",
    "benchmarks.brief",
    "benchmarks.gui",
    "benchmarks.language",
)


def cli_figures() -> dict[str, float]:
    """Whole `rank` process on 1,000 rows, against a bare interpreter start as the baseline."""
    from workbooks.writer import save_study

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "study-1000.xlsx"
        save_study(path, random_model(1000, 10))
        return {
            "python_startup_s": process_seconds([sys.executable, "-c", "pass"]),
            "rank_cli_1000_rows_s": process_seconds(
                [cli_executable(), "rank", str(path), "--format", "json"]
            ),
        }


def main() -> int:
    results: dict[str, float] = {}
    for name in MODULES:
        print(f"running {name} ...", flush=True)
        results.update(importlib.import_module(name).run())
    print("running rank CLI ...", flush=True)
    results.update(cli_figures())
    results = {key: round(float(value), 4) for key, value in sorted(results.items())}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    width = max(map(len, results))
    for key, value in results.items():
        target = TARGETS.get(key)
        verdict = ""
        if target:
            limit, sense = target
            ok = value <= limit if sense == "max" else value >= limit
            verdict = f"{'ok  ' if ok else 'MISS'} target {'<=' if sense == 'max' else '>='} {limit:g}"
        print(f"{key:<{width}}  {value:>12.4f}  {verdict}")
    print(f"saved {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
