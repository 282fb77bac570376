"""Why this rank: plain sentences for the selected partner (from ``scoring.explain``, in the
interface's language: asked again on a switch)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop.i18n import current_language
from desktop.session import StudyChange, StudySession


class WhyPanel(QWidget):
    def __init__(self, session: StudySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        self.sentences: list[str] = []
        session.changed.connect(self._on_session_changed)
        session.selection_changed.connect(lambda _selection: self.refresh())
        self.refresh()

    def partner(self) -> int:
        """The partner explained: the first selected, else the leader."""
        if self.session.selection:
            return self.session.selection[0]
        ranking = self.session.ranking
        return int(ranking.indices[ranking.order[0]])

    def refresh(self) -> None:
        from scoring.explain import explain

        self.sentences = explain(
            self.session.state,
            self.session.ranking,
            self.partner(),
            self.session.dominance,
            current_language(),
        )
        name = self.session.state.model.partners[self.partner()].name
        hint = self.tr("Select a partner in a table to explain its rank.")
        hint = "" if self.session.selection else f"<p><i>{escape(hint)}</i></p>"
        items = "".join(f"<li>{escape(s)}</li>" for s in self.sentences[1:])
        self.text.setHtml(f"<h3>{escape(name)}</h3><p>{escape(self.sentences[0])}</p><ul>{items}</ul>{hint}")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def _on_session_changed(self, change: StudyChange) -> None:
        if change.what != {"scenarios"}:  # the explanation reads no scenario
            self.refresh()
