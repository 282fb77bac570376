"""Start-up on the bundled sample, the fallback after a bad file, and the background task runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.dialogs.files import FileActions
from desktop.settings import Settings
from workbooks.sample import load_sample


def test_window_opens_on_the_bundled_sample(qtbot, tmp_path):
    from desktop.app import build_window

    window = build_window(None, Settings(), autosave_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    assert window.session.state.model == load_sample()
    assert window.session.path is None and window.session.source.endswith(".xlsx")
    assert window.ranking.model.rowCount() == len(load_sample().partners)
    assert window.windowTitle().startswith("Sample: Vietnam rare-earth partners (illustrative)")
    assert window.windowTitle().endswith("— Partner Scout")


def test_a_bad_file_on_start_shows_the_problems_and_falls_back_to_the_sample(qtbot, tmp_path, monkeypatch):
    from desktop.app import build_window

    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    shown = []
    monkeypatch.setattr(
        FileActions,
        "show_problems",
        lambda self, title, error: shown.append((error, self.window.isVisible())),
    )
    window = build_window(str(bad), Settings(), autosave_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    [(error, behind)] = shown
    assert error.problems and behind  # the dialog stood on an empty screen, the window not yet shown
    assert window.session.state.model == load_sample()


def test_last_method_is_remembered(qtbot, tmp_path):
    from desktop.app import build_window

    settings = Settings()
    settings.set_method("topsis")
    window = build_window(None, settings, autosave_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    assert window.session.state.method == "topsis"
    assert window.ranking.method.currentData() == "topsis"


def test_first_paint_is_reported_without_loading_matplotlib_first(tmp_path):
    code = (
        "import sys, desktop.app as app;"
        "assert 'matplotlib' not in sys.modules and 'skcriteria' not in sys.modules;"
        "sys.exit(app.main(['--measure-first-paint']))"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **env}, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint ")
    assert float(result.stdout.split()[1]) > 0


def test_help_prints_the_usage_without_a_display(tmp_path):
    """`python -m desktop.app --help` opened the window with "--help could not be opened", or
    without a display aborted with Qt's platform error."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--help"],
        capture_output=True,
        text=True,
        env={**env, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)},
        cwd=Path(__file__).parents[2],
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: python -m desktop.app [-h] [--measure-first-paint] [workbook]")
    usage = " ".join(result.stdout.split())
    assert "the study workbook (.xlsx) to open (default: the bundled sample)" in usage
    assert result.stderr == ""  # no Qt platform message: Qt never started


def test_the_command_line_opens_a_workbook_and_refuses_unknown_options(monkeypatch, capsys):
    import desktop.app as app

    started = []
    monkeypatch.setattr(app, "run", lambda path=None: started.append(("run", path)) or 0)
    monkeypatch.setattr(app, "measure_first_paint", lambda: started.append(("measure",)) or 0)
    assert app.main(["study.xlsx"]) == 0 and app.main([]) == 0
    assert app.main(["--measure-first-paint"]) == 0
    assert started == [("run", "study.xlsx"), ("run", None), ("measure",)]
    with pytest.raises(SystemExit) as usage_error:
        app.main(["study.xlsx", "--lang"])  # an option, never a file to open
    assert usage_error.value.code == 2 and "unrecognized arguments: --lang" in capsys.readouterr().err
    assert len(started) == 3


def test_task_runner_delivers_the_latest_result_only(qtbot):
    import threading

    from desktop.tasks import TaskRunner

    runner = TaskRunner()
    release = threading.Event()

    def slow(progress, should_stop):
        release.wait(5)
        return "old" if not should_stop() else "cancelled"

    def fast(progress, should_stop):
        progress(1, 1)
        return 42

    results = []
    runner.finished.connect(results.append)
    runner.start(slow)
    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.start(fast)  # cancels the slow run; its late result is dropped
        release.set()
    assert blocker.args == [42]
    runner.wait()
    QCoreApplication.processEvents()  # deliver the slow run's queued (late) result, if any
    assert results == [42] and not runner.running


def test_task_runner_reports_failures(qtbot):
    from desktop.tasks import TaskRunner

    def broken(progress, should_stop):
        raise ValueError("bad input")

    runner = TaskRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(broken)
    assert isinstance(blocker.args[0], ValueError) and str(blocker.args[0]) == "bad input"


def test_first_start_uses_most_of_the_screen(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_window

    window = build_window(None, Settings(), autosave_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    area = QApplication.primaryScreen().availableGeometry()
    # most of the screen, never more than it unless the window cannot be smaller (this one is 800 x 600)
    assert window.width() >= min(int(area.width() * 0.9), window.minimumSizeHint().width())
    assert window.height() >= int(area.height() * 0.9)
