"""Under the ranking: the minimum-level setting and who it left out, and which methods use value functions.

Shown only for a study that has a minimum level or a value function (issue 14, items 4 and 5).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from criteria.i18n import Language
from criteria.levels import LevelPolicy, has_levels
from criteria.value_functions import criteria_with_functions
from desktop.i18n import current_language
from desktop.panels.text import coloured
from desktop.session import StudyChange, StudySession


class LevelsBar(QWidget):
    def __init__(self, session: StudySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.leave_out = QCheckBox()
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        coloured(self.left_out, "#8a1c00")
        self.functions = QLabel()
        self.functions.setWordWrap(True)
        coloured(self.functions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.leave_out, self.left_out, self.functions):
            layout.addWidget(widget)
        self.leave_out.toggled.connect(self._on_leave_out_toggled)
        session.changed.connect(self._on_session_changed)
        self._show()

    def _on_leave_out_toggled(self, on: bool) -> None:
        if not self.session.set_level_policy(LevelPolicy.EXCLUDE if on else LevelPolicy.MARK):
            self._show()  # refused (every partner fails): the box shows the setting in force

    def _on_session_changed(self, change: StudyChange) -> None:
        if change.what & {"values", "structure", "method", "file"}:  # weights never move a level
            self._show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def _show(self) -> None:
        state, ranking = self.session.state, self.session.ranking
        levels = has_levels(state.model)
        self.leave_out.setVisible(levels)
        self.leave_out.setText(self.tr("&Leave out partners below a minimum level"))
        self.leave_out.setToolTip(
            self.tr(
                "The Criteria sheet's Minimum and Maximum columns. Ticked: a partner below a Minimum or "
                "above a Maximum is left out of the ranking, of every method and of Monte Carlo. "
                "Unticked: it is ranked and marked ⊘. A missing value never meets a level."
            )
        )
        self.leave_out.blockSignals(True)
        self.leave_out.setChecked(state.levels is LevelPolicy.EXCLUDE)
        self.leave_out.blockSignals(False)
        screen, lang = ranking.screen, Language(current_language())
        reasons = [
            self.tr("{partner} ({reasons})").format(
                partner=screen.failures[i][0].partner, reasons=", ".join(screen.words(i, lang))
            )
            for i in screen.left_out
        ]
        self.left_out.setVisible(bool(reasons))
        self.left_out.setText(
            self.tr("Not ranked (below a minimum level): {names}").format(names="; ".join(reasons))
        )
        functions = criteria_with_functions(state.model)
        self.functions.setVisible(bool(functions))
        self.functions.setText(
            self.tr("Value functions ({names}) are used by WSM only; the other methods ignore them.").format(
                names=", ".join(functions)
            )
        )
