"""``gui_language_switch_1000x10_s``: View > Language at 1,000 partners, until the window has repainted.

Median over six switches (Vietnamese, English, ...) on the main window with the charts in view and
the robustness tab open beside them: every widget retranslates, the tables redraw their headers and numbers,
every chart is rebuilt with its new words and number format and painted. The baseline in the
same run is ``gui_relayout_1000x10_ms`` (a resize that only redraws the charts).
"""

from __future__ import annotations

import statistics
import tempfile
import time

from benchmarks.gui import _close, _wait, _window

SWITCHES = 6


def _switch_s(n: int) -> float:
    from desktop.i18n import ENGLISH, VIETNAMESE, language_of

    with tempfile.TemporaryDirectory() as folder:
        app, window, canvas = _window(n, folder)
        window.show_robustness()
        window.charts.tabs.setCurrentWidget(window.charts.contributions)
        language = language_of(app)
        times = []
        for step in range(SWITCHES):
            painted = canvas.paints
            start = time.perf_counter()
            language.apply(VIETNAMESE if step % 2 == 0 else ENGLISH)
            _wait(app, lambda p=painted: canvas.up_to_date and canvas.paints > p)
            times.append(time.perf_counter() - start)
        language.apply(ENGLISH)
        _close(app, window)
    return statistics.median(times)


def run() -> dict[str, float]:
    return {"gui_language_switch_1000x10_s": _switch_s(1000)}
