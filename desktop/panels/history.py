"""The history of edits: every undo step with its label; clicking a step goes back to it."""

from __future__ import annotations

from PySide6.QtWidgets import QUndoView, QVBoxLayout, QWidget

from desktop.session import StudySession


class HistoryPanel(QWidget):
    def __init__(self, session: StudySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = QUndoView(session.undo_stack)
        self.view.setEmptyLabel("Opened study")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
