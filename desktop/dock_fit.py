"""``DockFit``: the side docks give way so the charts keep the width they need.

The centre may be squeezed below the charts' minimum (its own minimum is small, so the side docks'
minimums alone never make the window wider than a small screen); a chart narrower than its canvas
would be cut at its right edge. Whenever the centre is resized (a window resize, a larger text size
growing a dock's minimum, a dock moved), the docks beside it give the width back: first the width
they have above their minimum, then, when even their minimums leave the charts too little, the
right-hand docks move into the left column, under its top dock (weights over ranking), until the
window is wide enough to have them back on the right at the width they had.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle

Area = Qt.DockWidgetArea
HORIZONTAL = Qt.Orientation.Horizontal
SLACK = 24  # pixels beyond the need before the docks move back: no moving to and fro at the limit


class DockFit(QObject):
    def __init__(self, window: QMainWindow, centre) -> None:
        super().__init__(window)
        self.window, self.centre = window, centre
        self._moved: dict[QDockWidget, int] = {}  # docks moved to the left column -> their width before
        self._left_width = 0  # the left column's width before they came
        self._moving = False
        self._timer = QTimer(self, singleShot=True, interval=0)  # once the layout has settled
        self._timer.timeout.connect(self.fit)
        centre.installEventFilter(self)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._timer.start()
        return False

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
            self._move_left()

    def _move_left(self) -> None:
        """The right-hand docks under the left column's top dock; the window back within its screen."""
        left = sorted(self._docked(Area.LeftDockWidgetArea), key=lambda dock: dock.y())
        right = self._docked(Area.RightDockWidgetArea)
        if not left or not right:
            return
        if not self._moved:
            self._left_width = left[0].width()
        self._moving = True
        for dock in right:
            self._moved[dock] = dock.width()
            self.window.splitDockWidget(left[0], dock, Qt.Orientation.Vertical)
        self._moving = False
        QTimer.singleShot(0, self.window, self.window.fit_on_screen)  # it grew while the docks could not

    def _move_back(self, need: int) -> None:
        """The moved docks back on the right once the window holds them beside the charts."""
        moved = [dock for dock in self._moved if dock.isVisible() and not dock.isFloating()]
        if not moved:
            return
        separator = self.window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
        left = max(
            (d.minimumSizeHint().width() for d in self._docked(Area.LeftDockWidgetArea) if d not in moved),
            default=0,
        )
        right = max(dock.minimumSizeHint().width() for dock in moved)
        room = self.window.width() - left - need - 2 * separator - SLACK
        if room < right:
            return
        self._moving = True
        for dock in moved:
            self.window.addDockWidget(Area.RightDockWidgetArea, dock)
        self._moving = False
        widths = [min(max(self._moved.pop(dock), right), room) for dock in moved]
        stay = self._docked(Area.LeftDockWidgetArea)
        self.window.resizeDocks(stay + moved, [max(self._left_width, left)] * len(stay) + widths, HORIZONTAL)
