"""The history of edits: every undo step with its label; clicking a step goes back to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QUndoView, QVBoxLayout, QWidget

from desktop.session import StudySession


class HistoryPanel(QWidget):
    def __init__(self, session: StudySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = QUndoView(session.undo_stack)
        self.view.setEmptyLabel(self.tr("Opened study"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.view.setEmptyLabel(self.tr("Opened study"))
        super().changeEvent(event)
