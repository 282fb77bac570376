"""GUI figures: a weight edit from slider to repainted table and chart; a resize; the first window.

``gui_weight_edit_<n>x10_ms``: median over a simulated 20-step slider drag of the time
from ``QSlider.setValue`` until the ranking table and the visible chart have been
painted with the new values (events processed as the app would: no flush, no forced
paint; the chart's own coalescing delay counts).
``gui_weight_edit_promethee_i_<sample|1000x10>_ms``: the same drag with the PROMETHEE method and
its PROMETHEE I chart on screen (both flows, each partner's line and names), on the bundled sample
and at 1,000 x 10. The baseline in the same run is ``gui_weight_edit_1000x10_ms`` (the
contributions chart on screen).
``gui_relayout_<n>x10_ms``: median over 10 window resizes of the time from
``resize`` until the visible chart has been laid out, drawn and painted at its new size.
``gui_missing_ranges_sample_ms``: best and worst ranks of the bundled sample's partners with gaps
(``scoring.missing_range``), which ``desktop.models.missing_ranges`` recomputes inside each weight
edit while that costs at most its ``BUDGET_MS`` (5 ms); median of 50.
``gui_first_window_s``: wall time from spawning ``python -m desktop.app
--measure-first-paint`` until it reports the main window's first paint (bundled sample,
warm: the best of three runs, after one untimed run).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import median_ms, random_model
from criteria.model import DecisionModel

STEPS = 20


def _window(study: int | DecisionModel, folder: str, method: str = "topsis", chart: str = "contributions"):
    """The main window on ``study`` (a model, or n for a random n x 10 one), ``chart`` (the charts
    panel's view) shown and painted."""
    from PySide6.QtWidgets import QApplication

    from criteria.study import StudyState
    from desktop.main_window import MainWindow
    from desktop.session import StudySession
    from desktop.settings import Settings, use_folder

    app = QApplication.instance() or QApplication([])
    use_folder(folder)
    model = random_model(study, 10) if isinstance(study, int) else study
    session = StudySession(StudyState.from_model(model, method=method))
    window = MainWindow(session, Settings(), autosave_folder=Path(folder) / "recovery")
    window.resize(1600, 1000)
    window.show()
    window.load_charts()
    view = getattr(window.charts, chart)
    window.charts.tabs.setCurrentWidget(view)
    canvas = view.canvas
    _wait(app, lambda: canvas.up_to_date and canvas.paints > 0)
    return app, window, canvas


def _wait(app, done, timeout_s: float = 10.0) -> None:
    """Process events as the app's loop would until ``done()``."""
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > end:
            raise RuntimeError("the window did not repaint in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _close(app, window) -> None:
    from PySide6.QtCore import QEvent

    window.files.ask_save_changes = lambda: "discard"
    window.close()
    window.deleteLater()
    # processEvents() leaves deferred deletes queued: the closed windows stayed alive, hidden, and
    # every later figure (a language switch retranslates every window) measured them too
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _edit_ms(study: int | DecisionModel, method: str = "topsis", chart: str = "contributions") -> float:
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, _watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    with tempfile.TemporaryDirectory() as folder:
        app, window, canvas = _window(study, folder, method, chart)
        table = PaintCounter()
        window.ranking.view.viewport().installEventFilter(table)
        slider = window.weights.rows[0].slider
        times = []
        slider.setSliderDown(True)
        for step in range(STEPS):
            painted, shown = canvas.paints, table.count
            start = time.perf_counter()
            slider.setValue(slider.value() + (15 if step % 2 == 0 else 10))
            _wait(app, lambda p=painted, s=shown: canvas.up_to_date and canvas.paints > p and table.count > s)
            times.append((time.perf_counter() - start) * 1000)
        slider.setSliderDown(False)
        _close(app, window)
    return statistics.median(times)


def _relayout_ms(n: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        app, window, canvas = _window(n, folder)
        times = []
        for step in range(10):
            painted = canvas.paints
            start = time.perf_counter()
            window.resize(*((1400, 900) if step % 2 == 0 else (1600, 1000)))
            _wait(app, lambda p=painted: canvas.up_to_date and canvas.paints > p)
            times.append((time.perf_counter() - start) * 1000)
        _close(app, window)
    return statistics.median(times)


def _missing_ranges_ms() -> float:
    from criteria.study import StudyState
    from scoring.missing_range import missing_value_ranges
    from workbooks.sample import load_sample

    state = StudyState.from_model(load_sample())
    assert state.model.missing.any()  # the sample has gaps: there is something to compute
    return median_ms(lambda: missing_value_ranges(state))


def _first_window_s() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    runs = []
    with tempfile.TemporaryDirectory() as home:
        env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = home  # the user's settings stay untouched
        for _ in range(4):
            start = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "desktop.app", "--measure-first-paint"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
            for line in process.stdout:
                if line.startswith("first-paint"):
                    runs.append(time.perf_counter() - start)
                    break
            process.wait(timeout=60)
    return min(runs[1:])


def run() -> dict[str, float]:
    from workbooks.sample import load_sample

    promethee_i = {"method": "promethee", "chart": "promethee_one_view"}
    return {
        "gui_weight_edit_1000x10_ms": _edit_ms(1000),
        "gui_weight_edit_10000x10_ms": _edit_ms(10000),
        "gui_weight_edit_promethee_i_sample_ms": _edit_ms(load_sample(), **promethee_i),
        "gui_weight_edit_promethee_i_1000x10_ms": _edit_ms(1000, **promethee_i),
        "gui_relayout_1000x10_ms": _relayout_ms(1000),
        "gui_missing_ranges_sample_ms": _missing_ranges_ms(),
        "gui_first_window_s": _first_window_s(),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3f}")
