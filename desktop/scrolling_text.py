"""Scroll areas: wrapped sentences that take the height they need, and scroll when the panel is
short (``ScrollingText``); a panel that scrolls up and down rather than clip its rows
(``ScrollablePanel``).

A word-wrapped QLabel cannot be shorter than its text: at a large text size the verdicts and notes
of a panel once squeezed the table or chart beside them to a single row. Here the sentences ask
for their full height (measured by Qt at the width they have) but may be given as little as
``min_lines`` lines, and then scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


class ScrollingText(QScrollArea):
    """``widgets`` (labels wrap) stacked in an area as tall as they need, down to ``min_lines`` lines
    (and up to ``max_lines``, when given: a long note must not take a chart's room)."""

    def __init__(
        self,
        widgets: list[QWidget],
        min_lines: int = 1,
        parent: QWidget | None = None,
        max_lines: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            layout.addWidget(widget)
        self.setWidget(content)
        content.installEventFilter(self)  # a label's new text or visibility: a new height
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._width = -1

    def _content_height(self) -> int:
        content = self.widget()
        width = max(1, self.viewport().width())
        if content.layout().hasHeightForWidth():
            return content.layout().totalHeightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        margins = self.contentsMargins()
        height = self._content_height()
        if self.max_lines is not None:
            height = min(height, self.max_lines * self.fontMetrics().lineSpacing())
        return QSize(super().sizeHint().width(), height + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        lines = self.min_lines * self.fontMetrics().lineSpacing()
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), lines))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.viewport().width() != self._width:  # the text rewraps: ask for its new height
            self._width = self.viewport().width()
            self.updateGeometry()


class ScrollablePanel(QScrollArea):
    """A panel that scrolls when its dock is squeezed in height instead of clipping its rows.

    Its width stays the panel's minimum (which grows with the font), so nothing is cut at the side.
    """

    def __init__(self, panel: QWidget) -> None:
        super().__init__()
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.fit_width()

    def fit_width(self) -> None:
        """At least as wide as the panel needs (call after a font change)."""
        self.widget().adjustSize()
        self.setMinimumWidth(
            self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        )
