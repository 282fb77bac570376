"""The whole `partner-scout brief` process on the sample with 10,000 samples (issue 11: <= 3 s).

Measured for both formats; ``brief_cli_s`` is the slower. The baseline in the same run is the
whole `sensitivity` process on the same settings (``sensitivity_cli_s``), which computes the
Monte Carlo part of the same figures without drawing or laying out a document.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import cli_executable, process_seconds

SAMPLES = 10_000


def run() -> dict[str, float]:
    from workbooks.sample import copy_sample

    results = {}
    with tempfile.TemporaryDirectory() as folder:
        path = copy_sample(Path(folder) / "sample.xlsx")
        for suffix in ("pdf", "docx"):
            out = Path(folder) / f"brief.{suffix}"
            args = [
                cli_executable(),
                "brief",
                str(path),
                "--samples",
                str(SAMPLES),
                "--lang",
                "vi",
                "--out",
                str(out),
            ]
            results[f"brief_cli_{suffix}_s"] = process_seconds(args)
    results["brief_cli_s"] = max(results["brief_cli_pdf_s"], results["brief_cli_docx_s"])
    return results


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:40s} {value:10.3f}")
