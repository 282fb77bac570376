"""One background worker for slow work (big workbook loads, Monte Carlo runs).

A private ``QThreadPool`` with one thread runs a plain function on an immutable
snapshot; results come back through queued signals. Starting a task cancels
the previous one (its ``should_stop`` turns true) and a run id drops late results
(ARCHITECTURE.md §4).

Shutdown: ``shutdown()`` (called when the window closes and when the application is
about to quit) cancels the run, silences its emitter and waits for the worker thread,
so no signal is emitted on a deleted object ("Signal source has been deleted") and no
``QThreadPool`` destructor waits for a Python thread while holding the GIL. A cancelled
run's emissions are dropped at the source: the job checks its stop flag under a lock
that ``shutdown`` takes too, so nothing slips between the check and the emit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from itertools import count

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

PROGRESS_DELAY_MS = 500  # show progress only for runs slower than this


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(
        self,
        run_id: int,
        function: Callable,
        stop: threading.Event,
        signals: _Signals,
        gate: threading.Lock,
    ):
        super().__init__()
        self.run_id, self.function, self.stop, self.signals, self.gate = run_id, function, stop, signals, gate

    def _emit(self, signal_name: str, *args) -> None:
        """Emit unless the run was cancelled; ``TaskRunner.shutdown`` sets the flag under the same lock."""
        with self.gate:
            if not self.stop.is_set():
                getattr(self.signals, signal_name).emit(self.run_id, *args)

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            self._emit("progress", done, total)

        try:
            result = self.function(progress=progress, should_stop=self.stop.is_set)
        except Exception as error:  # handed to the GUI thread, which decides how to show it
            self._emit("failed", error)
        else:
            self._emit("finished", result)


class TaskRunner(QObject):
    """Runs ``function(progress=..., should_stop=...)`` off the GUI thread, one at a time.

    Signals carry only the latest run's outcome: ``finished(result)``,
    ``failed(exception)``, ``progress(done, total)`` (after ``PROGRESS_DELAY_MS``),
    ``busy(bool)``. After ``shutdown()`` it starts nothing more.
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
        self._gate = threading.Lock()  # held while a job emits, and by shutdown while it silences it
        self._closed = False
        self._signals = _Signals()
        self._signals.finished.connect(self._on_job_finished)
        self._signals.failed.connect(self._on_job_failed)
        self._signals.progress.connect(self._on_job_progress)
        self._show_progress = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_visible = False
        self._show_progress.timeout.connect(self._on_progress_due)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def running(self) -> bool:
        return self._current != 0

    @property
    def closed(self) -> bool:
        return self._closed

    def start(self, function: Callable) -> int:
        """Run ``function`` in the worker (cancelling the current run); its run id, 0 after shutdown."""
        if self._closed:
            return 0
        self.cancel()
        self._stop = threading.Event()
        self._current = next(self._ids)
        self._progress_visible = False
        self._show_progress.start()
        self.pool.start(_Job(self._current, function, self._stop, self._signals, self._gate))
        self.busy.emit(True)
        return self._current

    def cancel(self) -> None:
        self._stop.set()
        if self._current:
            self._current = 0
            self._show_progress.stop()
            self.busy.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)  # releases the GIL while it waits

    def shutdown(self) -> None:
        """Cancel for good and wait for the worker: call before the owner goes away.

        Nothing the running job does afterwards reaches Qt (its emissions are dropped);
        a Monte Carlo run stops after its current chunk, a workbook read or an export
        write finishes first (an export's file is then complete, never half written).
        """
        if self._closed:
            return
        self._closed = True
        with self._gate:
            self._stop.set()
        self.cancel()
        self._show_progress.stop()
        self.wait()

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
