"""One background worker for slow work (big workbook loads, Monte Carlo runs).

A private ``QThreadPool`` with one thread runs a plain function on an immutable
snapshot; results come back through queued signals. Starting a task cancels
the previous one (its ``should_stop`` turns true) and a run id drops late results
(ARCHITECTURE.md §4).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from itertools import count

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

PROGRESS_DELAY_MS = 500  # show progress only for runs slower than this


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(self, run_id: int, function: Callable, stop: threading.Event, signals: _Signals):
        super().__init__()
        self.run_id, self.function, self.stop, self.signals = run_id, function, stop, signals

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            self.signals.progress.emit(self.run_id, done, total)

        try:
            result = self.function(progress=progress, should_stop=self.stop.is_set)
        except Exception as error:  # handed to the GUI thread, which decides how to show it
            self.signals.failed.emit(self.run_id, error)
        else:
            self.signals.finished.emit(self.run_id, result)


class TaskRunner(QObject):
    """Runs ``function(progress=..., should_stop=...)`` off the GUI thread, one at a time.

    Signals carry only the latest run's outcome: ``finished(result)``,
    ``failed(exception)``, ``progress(done, total)`` (after ``PROGRESS_DELAY_MS``),
    ``busy(bool)``.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._ids = count(1)
        self._current = 0
        self._stop = threading.Event()
        self._signals = _Signals()
        self._signals.finished.connect(self._on_job_finished)
        self._signals.failed.connect(self._on_job_failed)
        self._signals.progress.connect(self._on_job_progress)
        self._show_progress = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_visible = False
        self._show_progress.timeout.connect(self._on_progress_due)

    @property
    def running(self) -> bool:
        return self._current != 0

    def start(self, function: Callable) -> int:
        self.cancel()
        self._stop = threading.Event()
        self._current = next(self._ids)
        self._progress_visible = False
        self._show_progress.start()
        self.pool.start(_Job(self._current, function, self._stop, self._signals))
        self.busy.emit(True)
        return self._current

    def cancel(self) -> None:
        self._stop.set()
        if self._current:
            self._current = 0
            self._show_progress.stop()
            self.busy.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, run_id: int) -> bool:
        if run_id != self._current:
            return False
        self._current = 0
        self._show_progress.stop()
        self.busy.emit(False)
        return True

    def _on_job_finished(self, run_id: int, result: object) -> None:
        if self._done(run_id):
            self.finished.emit(result)

    def _on_job_failed(self, run_id: int, error: object) -> None:
        if self._done(run_id):
            self.failed.emit(error)

    def _on_progress_due(self) -> None:
        self._progress_visible = True

    def _on_job_progress(self, run_id: int, done: int, total: int) -> None:
        if run_id == self._current and self._progress_visible:
            self.progress.emit(done, total)
