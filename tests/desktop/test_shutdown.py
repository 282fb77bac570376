"""Closing the window while background work runs: tasks cancelled, no error output, no hang."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QEvent

from desktop.tasks import TaskRunner


def test_closing_the_window_mid_run_is_clean(qtbot, session, workbook, tmp_path, capfd, monkeypatch):
    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    # not handed to qtbot: this test closes and deletes the window itself
    window = MainWindow(session, Settings(), autosave_folder=tmp_path / "recovery")
    window.files.ask_save_changes = lambda: "discard"
    window.show()
    qtbot.waitExposed(window)
    window.load_charts()
    window.weights.rows[1].spin.setValue(40.0)  # unsaved changes: the undo stack is not clean at teardown
    running = threading.Event()
    polite_done, stubborn_done = threading.Event(), threading.Event()
    tick = threading.Event()  # never set: its wait() is the worker's pause between "chunks"

    def polite(progress, should_stop):  # like a Monte Carlo run: stops at the next chunk
        running.set()
        while not should_stop():
            progress(1, 2)
            tick.wait(0.002)
        polite_done.set()
        return "late"

    def stubborn(progress, should_stop):  # like a workbook read: cannot stop early, finishes first
        for _ in range(50):
            progress(1, 2)
            tick.wait(0.002)
        stubborn_done.set()
        return "late"

    window.robustness.runner.start(polite)
    window.files.exporter.start(stubborn)
    window.robustness.start_monte_carlo()  # queued behind ``polite``: cancelled before it starts
    assert window.files.open(workbook)  # an open under way too
    qtbot.waitUntil(running.is_set, timeout=5000)

    window.close()  # answers "discard" (conftest), then stops every task and waits for it

    assert not window.isVisible()
    assert polite_done.is_set() and stubborn_done.is_set()
    runners = window.findChildren(TaskRunner)
    assert len(runners) >= 5 and all(r.closed and not r.running for r in runners)
    assert window.files.loader.start(polite) == 0  # nothing starts after shutdown
    window.deleteLater()
    session.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err
    assert "Traceback" not in err and "RuntimeError" not in err
    assert unraisable == []


def test_quitting_the_application_stops_a_runner_without_a_window(qtbot):
    runner = TaskRunner()
    started, done = threading.Event(), threading.Event()
    tick = threading.Event()

    def polite(progress, should_stop):
        started.set()
        while not should_stop():
            tick.wait(0.002)
        done.set()
        return 1

    results = []
    runner.finished.connect(results.append)
    runner.start(polite)
    qtbot.waitUntil(started.is_set, timeout=5000)
    QCoreApplication.instance().aboutToQuit.emit()  # what QApplication.quit() sends first
    assert done.is_set() and runner.closed and not runner.running
    QCoreApplication.processEvents()
    assert results == []  # a cancelled run's result never arrives
