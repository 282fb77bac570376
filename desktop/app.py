"""Start the workshop app: ``run(path)`` opens the main window on a workbook or the bundled sample.

``python -m desktop.app [WORKBOOK.xlsx]`` opens it from a shell; ``--measure-first-paint`` prints
``first-paint <seconds>`` once the window has painted, then exits (for ``benchmarks/gui.py``).
The command line is read before Qt starts, so ``--help`` and usage errors need no display.
"""

from __future__ import annotations

import argparse
import sys
import time
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.dialogs.files import sample_study
from desktop.i18n import language_of, saved_language
from desktop.main_window import MainWindow
from desktop.session import StudySession
from desktop.settings import APPLICATION, ORGANISATION, Settings

STARTED = time.perf_counter()


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(
        QIcon(str(files("desktop") / "resources" / "partner-scout.png"))
    )  # packaging/make_icon.py
    return app


def sample_session(settings: Settings) -> StudySession:
    """A session on the bundled sample with the last method used (if it still exists)."""
    state, source = sample_study(settings.method(), settings.vikor_v())
    return StudySession(state, path=None, source=source)


def build_window(path: str | Path | None, settings: Settings, **options) -> MainWindow:
    """The main window on ``path``; if it fails to load, the problems dialog and the sample."""
    window = MainWindow(sample_session(settings), settings, **options)
    window.set_font_size(settings.font_size())
    if path is not None:  # shown first: a problems dialog over the sample, not over an empty screen
        window.show()
        window.files.load_file(path)
    return window


def run(path: str | None = None, smoke_test: str | None = None) -> int:
    """The app on ``path``; with ``smoke_test`` (an .xlsx path) the bundle's GUI check (desktop/smoke.py)."""
    app = application()
    settings = Settings()
    language_of(app).apply(saved_language(settings.store))  # the system's language on the first start
    window = build_window(path, settings)
    if smoke_test:
        from desktop.smoke import run_smoke_test

        return run_smoke_test(app, window, smoke_test, STARTED)
    window.show()
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


def measure_first_paint() -> int:
    app = application()
    window = build_window(None, Settings())

    def painted() -> None:
        print(f"first-paint {time.perf_counter() - STARTED:.3f}", flush=True)
        app.quit()

    window.first_painted.connect(painted)
    window.show()
    return app.exec()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.app",
        description="Open the Partner Scout desktop app on a study workbook, else on the bundled sample "
        "(the installed command: partner-scout open WORKBOOK.xlsx).",
    )
    parser.add_argument(
        "workbook", nargs="?", help="the study workbook (.xlsx) to open (default: the bundled sample)"
    )
    parser.add_argument(
        "--measure-first-paint",
        action="store_true",
        help="print 'first-paint SECONDS' once the window has painted on the sample, then quit "
        "(benchmarks/gui.py)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    # --help exits 0 and a usage error 2 here, before a QApplication needs a display
    args = build_parser().parse_args(argv)
    if args.measure_first_paint:
        return measure_first_paint()
    return run(args.workbook)


if __name__ == "__main__":
    sys.exit(main())
