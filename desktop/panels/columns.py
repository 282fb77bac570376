"""Column widths (and a table's least height) from the font, for tables read from the back of a room.

Qt draws a header section in bold when the selection covers its column, and a
selected row covers every column: widths measured with the plain header font
then clip the titles ("echnology transfer"). Measure the bold face instead.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

PADDING = 14  # cell margins left and right, in pixels
SORT_ARROW = 26  # room for the sort indicator next to a header title


def header_width(view: QTableView, title: str, *, sortable: bool = False) -> int:
    """Pixels ``title`` needs in a horizontal header section, drawn bold (selected), with padding."""
    font = QFont(view.horizontalHeader().font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + PADDING + (SORT_ARROW if sortable else 0)


def cell_width(view: QTableView, text: str) -> int:
    """Pixels ``text`` needs in a cell of ``view``, with padding."""
    return view.fontMetrics().horizontalAdvance(text) + PADDING


def keep_rows(view: QTableView, rows: int) -> None:
    """Never let ``view`` be squeezed below its header and ``rows`` rows at the current font (the
    sentences around it scroll instead, ``desktop.scrolling_text``)."""
    header = view.horizontalHeader().sizeHint().height()
    view.setMinimumHeight(header + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())
