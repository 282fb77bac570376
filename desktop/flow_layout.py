"""``FlowLayout``: widgets side by side that wrap onto a new row when the width runs out.

A chart's controls (a label, a spin box, a long combo, Run, Cancel) in one ``QHBoxLayout``
made the robustness view wider than the centre of the window, so its charts scrolled
sideways; at a large text size or in Vietnamese the row only grows. Here the row wraps
instead. After Qt's own "Flow Layout" example (BSD), with rows centred vertically and the
one-row width as the size hint, so a box layout gives the controls one row when it can.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item interface -------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ---------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Everything on one row."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible) + self._gap() * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """The widest single item: every other one can go onto a row of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- placing -------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # hidden widgets take no room

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else 6

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Fill rows left to right within ``rect`` (placing the items when ``place``); the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._gap()
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if rows[-1] and x + width > area.x() + area.width():
                rows.append([])
                x = area.x()
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            rows[-1].append((item, QSize(width, height)))
            x += width + gap
        y = area.y()
        for row in rows:
            row_height = max((size.height() for _item, size in row), default=0)
            x = area.x()
            for item, size in row:
                if place:  # centred in its row, as a one-row box layout would put it
                    item.setGeometry(QRect(QPoint(x, y + (row_height - size.height()) // 2), size))
                x += size.width() + gap
            y += row_height + gap
        return y - gap - rect.y() + self.contentsMargins().bottom()
