"""`partner-scout open WB.xlsx --smoke-test OUT.xlsx`: the GUI check of a built bundle.

``packaging/bundle_test.py`` runs it from the bundle's own folder. Once the window is up (first
paint, then the charts) it drags the first criterion's weight slider as a mouse drag does (press,
move, release: one undo step), saves the study to OUT.xlsx and closes the window. It prints ``first-paint <s>`` (since the
process started), ``weight <criterion> <old> <new>`` and ``saved <path>``; the exit code is 0 only
when the weight moved and the save succeeded.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.panels.weights import STEPS

TIMEOUT_MS = 60_000  # a window whose charts never load fails the check rather than hanging it


def drag_first_weight(window: MainWindow) -> tuple[str, float, float]:
    """Drag the first slider a quarter of its range (up, or down when near the top); (name, old, new)."""
    session = window.session
    slider = window.weights.rows[0].slider
    old = session.state.weights[0]
    target = slider.value() + STEPS // 4 if slider.value() < STEPS // 2 else slider.value() - STEPS // 4
    slider.setSliderDown(True)  # sliderPressed: the session starts one undoable drag
    for position in range(slider.value(), target, 10 if target > slider.value() else -10):
        slider.setSliderPosition(position)  # valueChanged while moving, as the mouse does
    slider.setSliderPosition(target)
    slider.setSliderDown(False)  # sliderReleased
    return session.state.model.criteria[0].name, old, session.state.weights[0]


def run_smoke_test(app: QApplication, window: MainWindow, out: str | Path, started: float) -> int:
    outcome = {"code": 1}

    def on_first_paint() -> None:
        print(f"first-paint {time.perf_counter() - started:.3f}", flush=True)

    def on_charts_ready() -> None:  # the whole window is up (charts import matplotlib after the first paint)
        name, old, new = drag_first_weight(window)
        print(f"weight {name} {old!r} {new!r}", flush=True)
        if new != old and window.files.save_to(out):
            print(f"saved {out}", flush=True)
            outcome["code"] = 0
        window.close()  # nothing unsaved after the save: closes without asking
        app.quit()

    def on_timeout() -> None:
        print(f"the charts did not load within {TIMEOUT_MS // 1000} s", file=sys.stderr, flush=True)
        app.quit()

    window.first_painted.connect(on_first_paint)
    window.charts_ready.connect(lambda: QTimer.singleShot(0, on_charts_ready))
    QTimer.singleShot(TIMEOUT_MS, on_timeout)
    window.show()
    app.exec()
    return outcome["code"]
