"""``ScrolledForm(widget)``: a dialog's form in a frameless scroll area, so the dialog fits a small screen.

At a large text size (+6 steps) on a 1024 x 700 screen a dialog's form (the criterion's scale,
PROMETHEE function and its picture, levels; a weighting method's explanation) was taller than the
screen: the dialog was cut, or its wrapped texts were. In a scroll area the form keeps its natural
size when there is room and scrolls when there is not; the buttons stay outside it, always visible.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from desktop.scrolling_text import ScrollablePanel


class ScrolledForm(ScrollablePanel):
    """``widget`` in a scroll area that scrolls up and down only, as wide as ``widget`` needs; it asks
    for the whole of ``widget`` (a plain scroll area asks for at most 24 lines and would scroll on a
    large screen too)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.widget().sizeHint() + QSize(self.verticalScrollBar().sizeHint().width(), 0)


class _ToggleLabel(QLabel):
    """A check box's text, wrapped; a click on it (or its Alt+letter) ticks the box as its own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setBuddy(box)
        self.box = box

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.box.isEnabled():
            self.box.toggle()


def wrapped_check_box(box: QCheckBox, text: str) -> QWidget:
    """``box`` with ``text`` beside it, wrapped over as many lines as the width needs (a check box's own
    text never wraps: a long one set the criterion dialog's width, wider than a 1024 px screen at +6)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_ToggleLabel(text, box), 1)
    box.setAccessibleName(text.replace("&", ""))
    return row
