"""Smoke test of the BUILT bundle (`make bundle-test`): run it as a user would, with no Python.

Run with the project's venv: ``.venv/bin/python packaging/bundle_test.py [dist/partner-scout]``.
The venv only prepares inputs (the sample, a 10,000-row workbook) and checks outputs; every
bundled program runs from the bundle's folder with the environment of ``env -i
PATH=/usr/bin:/bin HOME=<fresh> QT_QPA_PLATFORM=offscreen``. Checks, in this order:

1. the GUI, first and so as cold as this machine allows (page cache cannot be dropped here):
   opens the sample, drags a weight, saves, quits with exit 0 (desktop/smoke.py); the time from
   spawning it to its first paint is the start-up figure;
2. the CLI: --version, sample, rank of the sample (timed) and of the 10,000-row workbook with
   --out, the result workbooks read back, an extra scikit-criteria method, sensitivity, the brief
   in Vietnamese as .pdf and .docx;
3. the CLI never loads Qt: under glibc's loader trace (LD_DEBUG=files, which lists every shared
   library a process maps, dlopen included, however short it runs) `--version`, `rank` and
   `sensitivity` load no libQt6/libpyside6/libshiboken6, while the same trace of the GUI program
   does show Qt (control). Then the commands run in a hard-linked copy of the bundle with PySide6,
   shiboken6 and every libQt6 library deleted: the CLI still works and says nothing about Qt, the
   GUI there fails to start (so the deletion did take Qt away).

Prints the figures against their targets and saves them to benchmarks/bundle.json. Exit 1 when
a check fails or the bundle is over its size target; the timings are reported, not enforced
(this 2-core machine is shared, so one slow run is noise rather than a regression).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_config as config  # noqa: E402

TARGETS = {"size_mb": 350.0, "first_window_s": 3.0, "cli_rank_sample_s": 1.5}
QT_PARTS = ("PySide6", "shiboken6")


class Failure(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise Failure(what)
    print(f"  ok  {what}")


def clean_env(home: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def run(exe: Path, *args: str, env: dict, timeout: float = 120) -> tuple[subprocess.CompletedProcess, float]:
    start = time.perf_counter()
    result = subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, timeout=timeout, cwd=env["HOME"]
    )
    return result, time.perf_counter() - start


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def gui_smoke(gui: Path, sample: Path, out: Path, env: dict) -> float:
    """Seconds from spawning the GUI to its first paint; checks the drag, the save and exit 0."""
    from workbooks.reader import read_workbook

    before = sample.read_bytes()
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(gui), "open", str(sample), "--smoke-test", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=env["HOME"],
    )
    first = process.stdout.readline()
    first_window = time.perf_counter() - start
    rest, errors = process.communicate(timeout=120)
    lines = [first.strip(), *rest.splitlines()]
    check(
        process.returncode == 0, f"GUI smoke test exits 0 (got {process.returncode}; {errors.strip()[-300:]})"
    )
    check("Traceback" not in errors, f"GUI ran without a Python error ({errors.strip()[-300:]})")
    check(lines[0].startswith("first-paint "), "GUI reports its first paint")
    weight = lines[1].split()
    check(
        lines[1].startswith("weight ") and float(weight[-1]) != float(weight[-2]),
        f"GUI drag moved a weight: {lines[1]}",
    )
    check(lines[-1] == f"saved {out}", "GUI saved the study")
    saved = read_workbook(out)
    share = saved.criteria[0].weight / sum(c.weight for c in saved.criteria)
    check(abs(share - float(weight[-1])) < 1e-9, "saved workbook holds the dragged weight")
    check(sample.read_bytes() == before, "the opened workbook is untouched")
    return first_window


def cli_checks(cli: Path, sample: Path, big: Path, env: dict, work: Path) -> dict[str, float]:
    from openpyxl import load_workbook

    from workbooks.writer import tool_version

    result, _ = run(cli, "--version", env=env)
    check(
        result.returncode == 0 and result.stdout.strip() == f"partner-scout {tool_version()}", "CLI --version"
    )
    copy = work / "sample-copy.xlsx"
    result, _ = run(cli, "sample", str(copy), env=env)
    check(
        result.returncode == 0 and copy.read_bytes() == sample.read_bytes(), "CLI writes the bundled sample"
    )

    times = []
    for _ in range(3):
        result, seconds = run(cli, "rank", str(sample), "--format", "json", env=env)
        check(result.returncode == 0, f"CLI ranks the sample ({seconds:.2f} s)")
        times.append(seconds)
    expected = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "rank", str(sample), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    check(json.loads(result.stdout) == json.loads(expected), "bundled ranking equals the source tree's")

    out = work / "result-10000.xlsx"
    result, big_seconds = run(cli, "rank", str(big), "--out", str(out), "--format", "json", env=env)
    check(result.returncode == 0, f"CLI ranks 10,000 rows and writes a result workbook ({big_seconds:.2f} s)")
    ranking = json.loads(result.stdout)["ranking"]
    book = load_workbook(out, read_only=True)
    rows = list(book["Ranking"].iter_rows(min_row=2, values_only=True))
    check(len(rows) == 10_000 and rows[0][1] == ranking[0]["partner"], "result workbook's Ranking sheet")
    check(
        "Settings" in book.sheetnames and "Partners" in book.sheetnames,
        "result workbook keeps Partners, adds Settings",
    )
    book.close()

    analysis = work / "result-sample.xlsx"
    result, _ = run(
        cli, "rank", str(sample), "--method", "waspas", "--out", str(analysis), "--analysis", env=env
    )
    check(
        result.returncode == 0 and analysis.is_file(), "CLI: scikit-criteria method (WASPAS) and --analysis"
    )
    result, _ = run(cli, "sensitivity", str(sample), "--samples", "500", "--format", "json", env=env)
    check(result.returncode == 0 and "acceptability" in json.loads(result.stdout), "CLI: sensitivity")
    for suffix in ("pdf", "docx"):  # reportlab, python-docx and the DejaVu font travel in the bundle
        brief = work / f"brief.{suffix}"
        result, _ = run(cli, "brief", str(sample), "--out", str(brief), "--lang", "vi", env=env)
        check(
            result.returncode == 0 and brief.is_file() and brief.stat().st_size > 10_000,
            f"CLI: brief in Vietnamese as .{suffix}",
        )
    return {
        "cli_rank_sample_s": statistics.median(times),
        "cli_rank_sample_first_s": times[0],
        "cli_rank_10000_out_s": big_seconds,
    }


def loaded_libraries(exe: Path, *args: str, env: dict, work: Path) -> tuple[subprocess.CompletedProcess, str]:
    """Run ``exe`` with glibc's loader trace (LD_DEBUG=files): each shared library it loads, dlopen included."""
    log = work / ("ld-" + exe.name.replace(" ", "-"))
    result, _ = run(exe, *args, env={**env, "LD_DEBUG": "files", "LD_DEBUG_OUTPUT": str(log)})
    traces = list(work.glob(log.name + ".*"))
    text = "".join(trace.read_text(errors="replace") for trace in traces)
    for trace in traces:
        trace.unlink()
    return result, text


def qt_in(trace: str) -> bool:
    return any(name in trace.lower() for name in ("libqt6", "libpyside6", "libshiboken6"))


def trace_checks(bundle: Path, sample: Path, env: dict, work: Path) -> None:
    cli, gui = bundle / config.CLI_NAME, bundle / config.APP_NAME
    result, trace = loaded_libraries(gui, "--version", env=env, work=work)
    check(
        result.returncode == 0 and qt_in(trace), "the loader trace sees Qt load in the GUI program (control)"
    )
    for args in (
        ["--version"],
        ["rank", str(sample), "--out", str(work / "traced.xlsx")],
        ["sensitivity", str(sample)],
    ):
        result, trace = loaded_libraries(cli, *args, env=env, work=work)
        check(result.returncode == 0 and "libpython" in trace, f"CLI {args[0]} ran under the loader trace")
        check(not qt_in(trace), f"CLI {args[0]} loaded no Qt library")


def without_qt(bundle: Path, copy: Path) -> Path:
    """A hard-linked copy of the bundle (no extra disk) with every Qt library and binding removed."""
    shutil.copytree(bundle, copy, symlinks=True, copy_function=os.link)
    internal = copy / "_internal"
    for part in QT_PARTS:
        shutil.rmtree(internal / part)
    for pattern in ("libQt6*", "libpyside6*", "libshiboken6*"):
        for library in internal.glob(pattern):
            library.unlink()
    left = [p.name for p in copy.rglob("*") if "qt6" in p.name.lower() or "pyside" in p.name.lower()]
    check(not left, f"Qt removed from the copy {left}")
    return copy


def no_qt_checks(bundle: Path, sample: Path, env: dict, work: Path) -> None:
    copy = without_qt(bundle, work / "no-qt")
    cli, gui = copy / config.CLI_NAME, copy / config.APP_NAME
    for args in (
        ["--version"],
        ["methods"],
        ["rank", str(sample), "--out", str(work / "no-qt.xlsx")],
        ["sensitivity", str(sample), "--samples", "200"],
    ):
        result, _ = run(cli, *args, env=env)
        quiet = "shiboken" not in result.stderr and "PySide6" not in result.stderr
        check(result.returncode == 0 and quiet, f"CLI without Qt: {args[0]} ({result.stderr.strip()[-200:]})")
    result, _ = run(gui, "open", str(sample), "--smoke-test", str(work / "never.xlsx"), env=env)
    check(result.returncode != 0 and not (work / "never.xlsx").exists(), "GUI without Qt fails (control)")


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / config.FOLDER_NAME).resolve()
    gui, cli = bundle / config.APP_NAME, bundle / config.CLI_NAME
    if not gui.is_file() or not cli.is_file():
        print(f"no bundle at {bundle}: run `make bundle` first", file=sys.stderr)
        return 1
    from benchmarks.common import random_model
    from workbooks.sample import copy_sample
    from workbooks.writer import save_study

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bundle-test-") as folder:
        work = Path(folder)
        home = work / "home"
        home.mkdir()
        env = clean_env(home)
        sample = work / "sample.xlsx"
        copy_sample(sample)
        big = save_study(work / "study-10000.xlsx", random_model(10_000, 10))
        try:
            print("GUI (first, cold):")
            figures["first_window_s"] = gui_smoke(gui, sample, work / "gui-saved.xlsx", env)
            print("CLI:")
            figures.update(cli_checks(cli, sample, Path(big), env, work))
            print("CLI never loads Qt:")
            trace_checks(bundle, sample, env, work)
            no_qt_checks(bundle, sample, env, work)
        except (Failure, subprocess.TimeoutExpired) as error:
            print(f"FAILED: {error}", file=sys.stderr)
            return 1
    figures["size_mb"] = folder_mb(bundle)
    print("\nfigure                          measured   target")
    for key, value in figures.items():
        target = TARGETS.get(key)
        verdict = "" if target is None else ("  ok" if value <= target else "  OVER TARGET")
        print(f"{key:30} {value:9.2f}   {'' if target is None else f'<= {target:g}'}{verdict}")
    record = {key: round(value, 3) for key, value in figures.items()}
    (ROOT / "benchmarks" / "bundle.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print("saved benchmarks/bundle.json")
    return 0 if figures["size_mb"] <= TARGETS["size_mb"] else 1


if __name__ == "__main__":
    sys.exit(main())
