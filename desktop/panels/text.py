"""Small print that follows the text size.

A style sheet on a label fixes its font when it is polished, so Ctrl+= would leave it behind;
a palette colour does not.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

MUTED = "#555555"


def coloured(label: QLabel, colour: str = MUTED) -> QLabel:
    """``label`` in ``colour`` (muted grey by default), still growing with the application font."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
    return label
