"""Issue 9: whatever the window size (1024x700 to 2560x1440) and text size (-2 to +6 steps), the chart
is whole on screen and every partner name sits on its own row (pytest-qt, one window walked over a grid).

The window stands for a screen of its size (offscreen Qt has one 800 x 600 screen): it must keep the
size it was given, the charts' canvas must lie inside the visible centre (a dock's minimum width once
pushed the centre below the canvas' and cut the chart's right edge), and the contributions chart's
measured text extents must keep each name on its bar, apart from every other text, inside the figure.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

from criteria.study import StudyState
from desktop.charts.canvases import ChartCanvas
from desktop.main_window import MainWindow
from desktop.session import StudySession
from desktop.settings import DEFAULT_FONT_SIZE
from tests.desktop.test_chart_layout import assert_chart_right, change, settle
from workbooks.sample import load_sample

SIZES = ((1024, 700), (1280, 800), (1920, 1080), (2560, 1440))
TEXT_STEPS = (-2, 0, 4, 6)


class Screen:
    """The screen the window is on: as large as the window each step asks for, and its frame."""

    def __init__(self) -> None:
        self.area = QRect(0, 0, 800, 600)
        self.frame = QSize(0, 0)

    def fit(self, size) -> None:
        self.area = QRect(0, 0, size[0] + self.frame.width(), size[1] + self.frame.height())

    def availableGeometry(self) -> QRect:  # noqa: N802 (Qt name)
        return self.area


def in_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def assert_whole_on_screen(window, size) -> None:
    """The window has the screen's size, and every visible chart lies inside the visible centre."""
    assert window.size() == QSize(*size), f"the window grew to {window.size().toTuple()} on a {size} screen"
    centre = in_window(window.centre, window)
    assert window.rect().contains(centre)
    canvases = [c for c in window.findChildren(ChartCanvas) if c.isVisible()]
    assert canvases
    for canvas in canvases:
        where = in_window(canvas, window)
        assert centre.contains(where), f"chart at {where.getRect()} is cut by the centre {centre.getRect()}"
    for title, dock in window.docks.items():
        if not dock.visibleRegion().isEmpty() and not dock.isFloating():  # shown, not a tab behind another
            assert window.rect().contains(in_window(dock, window)), f"{title} runs off the window"
            hint = dock.minimumSizeHint()  # a dock squeezed below it piles its widgets onto one another
            assert dock.width() >= hint.width() and dock.height() >= hint.height(), f"{title} is squeezed"


def sample_on_a_screen(qtbot, make_window, monkeypatch) -> tuple[MainWindow, Screen]:
    """The sample in a window standing for a screen of its size, its charts drawn."""
    screen = Screen()
    monkeypatch.setattr(MainWindow, "screen", lambda self: screen)
    window = make_window(StudySession(StudyState.from_model(load_sample())))
    window.resize(*SIZES[0])
    window.show()
    qtbot.waitExposed(window)
    screen.frame = window.frameGeometry().size() - window.size()
    window.load_charts()
    settle(qtbot, window)
    return window, screen


def walk_the_grid(qtbot, window, screen):
    """Each text size (Ctrl+= / Ctrl+- in place), then each window size, its largest and smallest in
    turn: yields (size, text steps) once the window has them and its contributions chart is painted."""
    charts, sizes = window.charts, SIZES
    try:
        for steps in TEXT_STEPS:
            charts.tabs.setCurrentWidget(charts.contributions)  # ``change`` waits for its paint
            while window.settings.font_size() != DEFAULT_FONT_SIZE + steps:
                step = 1 if window.settings.font_size() < DEFAULT_FONT_SIZE + steps else -1
                change(qtbot, window, lambda s=step: window.change_font(s))
            for size in sizes:
                screen.fit(size)
                charts.tabs.setCurrentWidget(charts.contributions)
                change(qtbot, window, lambda s=size: window.resize(*s))
                yield size, steps
            sizes = sizes[::-1]  # text changes at the largest, then at the smallest window
    finally:
        window.set_font_size(DEFAULT_FONT_SIZE)  # the application's font outlives the window


def test_every_window_and_text_size_keeps_the_chart_whole_with_names_on_their_rows(
    qtbot, make_window, monkeypatch
):
    window, screen = sample_on_a_screen(qtbot, make_window, monkeypatch)
    for size, _steps in walk_the_grid(qtbot, window, screen):
        # the docks give way once the layout has settled (a pass of the event loop or two)
        qtbot.waitUntil(lambda s=size: assert_whole_on_screen(window, s), timeout=3000)
        settle(qtbot, window)
        assert_whole_on_screen(window, size)
        assert_chart_right(window)
