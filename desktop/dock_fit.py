"""``DockFit``: the side docks give way so the charts keep the width they need.

The centre may be squeezed below the charts' minimum (its own minimum is small, so the side docks'
minimums alone never make the window wider than a small screen); a chart narrower than its canvas
would be cut at its right edge. Whenever the centre is resized (a window resize, a larger text size
growing a dock's minimum, a dock moved), the docks beside it give the width back: first the width
they have above their minimum, then, when even their minimums leave the charts too little, the
right-hand docks (the ranking) become the front tab of the bottom area, beside the partners table,
until the window is wide enough to have them back on the right at the width they had. (Under the
weights they left both too short at a large text size.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QStyle

Area = Qt.DockWidgetArea
HORIZONTAL, VERTICAL = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
ROWS_IN_FRONT = 4  # table rows a moved dock (the ranking) must show to be put in front of the bottom tabs
HEIGHTEN_PASSES = 10  # layout passes to wait for the moved dock's height to be taken
SLACK = 24  # pixels beyond the need before the docks move back: no moving to and fro at the limit


class DockFit(QObject):
    def __init__(self, window: QMainWindow, centre) -> None:
        super().__init__(window)
        self.window, self.centre = window, centre
        self._moved: dict[QDockWidget, int] = {}  # docks moved to the bottom tabs -> their width before
        self._heighten_tries = 0  # passes left to give the moved dock in front its height (till it has it)
        self._asked_at = -1  # the moved dock's height when its height was last asked for
        self._front: QDockWidget | None = None  # the bottom dock in front before they came
        self._font = QApplication.font().pointSize()
        self._moving = False
        self._timer = QTimer(self, singleShot=True, interval=0)  # once the layout has settled
        self._timer.timeout.connect(self.fit)
        centre.installEventFilter(self)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._timer.start()
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.refit()  # a new window size: the moved dock in front gets its height again
        return False

    def refit(self) -> None:
        """Fit again, the moved dock in front given its height again (after the docks were sized anew)."""
        if self._moved:
            self._heighten_tries, self._asked_at = HEIGHTEN_PASSES, -1
        self._timer.start()

    def watch(self, dock: QDockWidget) -> None:
        """Forget a moved dock once the user docks it elsewhere."""
        dock.dockLocationChanged.connect(lambda _area, d=dock: self._on_dock_location_changed(d))

    def _on_dock_location_changed(self, dock: QDockWidget) -> None:
        if not self._moving:
            self._moved.pop(dock, None)

    def need(self) -> int:
        """The width the centre's pages need (the charts' canvas and its margins)."""
        return self.centre.minimumSizeHint().width()

    def _docked(self, area: Qt.DockWidgetArea) -> list[QDockWidget]:
        return [
            dock
            for dock in self.window.findChildren(QDockWidget)
            if dock.isVisible() and not dock.isFloating() and self.window.dockWidgetArea(dock) == area
        ]

    def fit(self) -> None:
        """Give the centre the charts' width from the side docks, or take the docks back when there is room."""
        if not self.window.isVisible():
            return
        if QApplication.font().pointSize() != self._font:  # the text size changed: may the ranking
            self._font = QApplication.font().pointSize()  # still be in front, below the charts?
            self._choose_front()
        if self._heighten_tries:  # a few passes: the first ones may still see it on the right
            self._heighten_tries -= 1
            for dock in self._moved:
                self._heighten(dock)
        # the pages' height is the centre's minimum (their width is made room for here, below)
        self.centre.setMinimumHeight(self.centre.minimumSizeHint().height())
        need = self.need()
        short = need - self.centre.width()
        if short <= 0:
            self._move_back(need)
            return
        for area in (Area.RightDockWidgetArea, Area.LeftDockWidgetArea):  # their width above their minimum
            docks = self._docked(area)
            spare = min((dock.width() - dock.minimumSizeHint().width() for dock in docks), default=0)
            take = min(short, spare)
            if take > 0:
                self.window.resizeDocks(docks, [dock.width() - take for dock in docks], HORIZONTAL)
                short -= take
        if short > 0:
            self._move_down()

    def _move_down(self) -> None:
        """The right-hand docks as tabs of the bottom area, the first in front when the window's height
        holds it below the charts (weights, chart and ranking all show); the window back within its screen."""
        below = [
            dock for dock in self._docked(Area.BottomDockWidgetArea) if not dock.visibleRegion().isEmpty()
        ]
        right = self._docked(Area.RightDockWidgetArea)
        if not below or not right:
            return
        if not self._moved:
            self._front = below[0]
        self._moving = True
        for dock in right:
            self._moved[dock] = dock.width()
            self.window.tabifyDockWidget(below[0], dock)
        self._moving = False
        self._choose_front()
        QTimer.singleShot(0, self.window, self.window.fit_on_screen)  # it grew while the docks could not

    def _choose_front(self) -> None:
        """The moved dock in front of the bottom tabs when the window's height holds it below the charts,
        else the tab that was in front before (after a move, or a text size change)."""
        moved = [d for d in self._moved if self.window.dockWidgetArea(d) == Area.BottomDockWidgetArea]
        if not moved or self._front is None:
            return
        room = self.window.height() - self.window.menuBar().height() - self._status_height()
        room -= self.centre.minimumSizeHint().height() + self._tabs_height(self._front, moved[0])
        front = self._wanted_height(moved[0], self.window.width()) <= room
        (moved[0] if front else self._front).raise_()
        self._heighten_tries, self._asked_at = (HEIGHTEN_PASSES if front else 0), -1

    def _status_height(self) -> int:
        bar = self.window.statusBar()
        return bar.height() if bar.isVisible() else 0

    def _tabs_height(self, *docks: QDockWidget) -> int:
        """The height of the tab bar below the bottom tab in front among ``docks``: what the area adds."""
        shown = [dock for dock in docks if not dock.visibleRegion().isEmpty()] or docks
        return self.window.height() - self._status_height() - shown[0].geometry().bottom() - 1

    @staticmethod
    def _wanted_height(dock: QDockWidget, width: int) -> int:
        """``dock``'s height at ``width`` with its wrapped texts whole (its minimum assumes fewer lines)
        and a few rows of its table."""
        layout = dock.widget().layout()
        title = dock.height() - dock.widget().height()
        if layout is None or not layout.hasHeightForWidth():  # texts that scroll (desktop.scrolling_text)
            return max(dock.minimumSizeHint().height(), dock.sizeHint().height())  # at their own height
        rows = ROWS_IN_FRONT * (dock.fontMetrics().height() + 8)  # a table's rows (its minimum shows none)
        return layout.minimumHeightForWidth(width) + title + rows

    def _heighten(self, dock: QDockWidget) -> None:
        """Room for the moved ``dock``'s wrapped texts at the bottom's width, when it is in front (after
        a move or a window resize only: the user may drag it shorter)."""
        if dock.visibleRegion().isEmpty() or self.window.dockWidgetArea(dock) != Area.BottomDockWidgetArea:
            return
        wanted = self._wanted_height(dock, dock.widget().width())
        if wanted <= dock.height() or dock.height() == self._asked_at:  # had it, or as much as it can
            self._heighten_tries = 0  # done: from now on the user may drag it shorter
        else:  # the size asked for is the tab group's, its tab bar included
            tabs = self._tabs_height(dock)
            self.window.resizeDocks([dock], [min(wanted + tabs, self.window.height() // 2)], VERTICAL)
            self._asked_at = dock.height()
            self._timer.start()  # see on the next pass whether the layout took it (it may not while settling)

    def _move_back(self, need: int) -> None:
        """The moved docks back on the right once the window holds them beside the charts."""
        moved = [dock for dock in self._moved if dock.isVisible() and not dock.isFloating()]
        if not moved:
            return
        separator = self.window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
        left = max((d.minimumSizeHint().width() for d in self._docked(Area.LeftDockWidgetArea)), default=0)
        right = max(dock.minimumSizeHint().width() for dock in moved)
        room = self.window.width() - left - need - 2 * separator - SLACK
        if room < right:
            return
        self._moving = True
        for dock in moved:
            self.window.addDockWidget(Area.RightDockWidgetArea, dock)
        self._moving = False
        if self._front is not None:
            self._front.raise_()
        self.window.resizeDocks(
            moved, [min(max(self._moved.pop(dock), right), room) for dock in moved], HORIZONTAL
        )
