"""The core and the command line stay free of Qt (ARCHITECTURE.md section 1)."""

import subprocess
import sys


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def test_core_and_cli_import_without_qt():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import criteria, scoring, workbooks, desktop.cli\n"
        "import criteria.model, criteria.weights, criteria.missing, criteria.study, desktop.cli_common"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr


def test_cli_loads_neither_qt_matplotlib_nor_scikit_criteria():
    code = (
        "import sys, desktop.cli\n"
        "desktop.cli.build_parser()\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'matplotlib', 'skcriteria', 'pandas')]\n"
        "print(heavy); assert not heavy"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr
