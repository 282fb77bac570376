"""Issue 9: the robustness view's charts fit every window size (1024x700 to 2560x1440) and text size
(-2 to +6 steps): nothing runs outside a chart and no two texts overlap (pytest-qt, the sample in a
real main window, asserted from the artists' extents as the renderer measures them).

At 1280x800 the bump chart's scenario names piled onto each other under the axis ("CurreS1S2MaS3...")
and its 16 partner names ran into one another and up over the title; in the GAIA plane criterion
titles lay over each other and over partner names ("Geopolitical alignment" on "LS Eco Energy").
"""

from __future__ import annotations

from desktop.panels.robustness import GAIA, MONTE_CARLO, ONE_WAY, SCENARIOS
from desktop.settings import DEFAULT_FONT_SIZE
from tests.desktop.test_chart_fit_grid import assert_fits
from tests.desktop.test_layout_grid import SIZES, TEXT_STEPS, sample_on_a_screen

TABS = {ONE_WAY: "one-way", MONTE_CARLO: "Monte Carlo", SCENARIOS: "scenarios", GAIA: "GAIA"}


def drawn(panel, view) -> bool:
    """True once ``view`` shows its result drawn for the canvas' current size and painted."""
    canvas = view.canvas
    return (
        canvas.isVisible()
        and canvas in panel._drawings
        and canvas not in panel._resized
        and canvas not in panel._restyle_pending
        and not panel._relayout_timer.isActive()
        and not panel._refresh_timer.isActive()
        and panel._computing is None
        and bool(canvas.figure.axes)
        and canvas.up_to_date
    )


def show_robustness_tab(qtbot, panel, index: int):
    panel.tabs.setCurrentIndex(index)
    view = panel.tabs.widget(index)
    qtbot.waitUntil(lambda: drawn(panel, view), timeout=30000)
    return view.canvas.figure


def test_robustness_charts_fit_every_window_and_text_size(qtbot, make_window, monkeypatch):
    window, screen = sample_on_a_screen(qtbot, make_window, monkeypatch)
    window.show_robustness()
    panel = window.robustness
    qtbot.waitUntil(lambda: panel.isVisible())
    panel.tabs.setCurrentIndex(MONTE_CARLO)
    panel.start_monte_carlo()
    qtbot.waitUntil(lambda: panel.acceptability is not None and not panel.runner.running, timeout=60000)
    sizes, failures = SIZES, []
    try:
        for steps in TEXT_STEPS:
            window.set_font_size(DEFAULT_FONT_SIZE + steps)
            for size in sizes:
                screen.fit(size)
                window.resize(*size)
                qtbot.waitUntil(lambda s=size: window.size().toTuple() == s)  # never taller than the screen
                for index, name in TABS.items():
                    figure = show_robustness_tab(qtbot, panel, index)
                    try:
                        assert_fits(figure, f"in the {name} chart at {size[0]}x{size[1]}, text {steps:+d}")
                    except AssertionError as failure:  # every chart and size that fails, not the first
                        failures.append(str(failure).splitlines()[0])
            sizes = sizes[::-1]  # text changes at the largest, then at the smallest window
    finally:
        window.set_font_size(DEFAULT_FONT_SIZE)  # the application's font outlives the window
    assert not failures, "\n".join(failures)
