"""Undo commands: they hold the old and new ``StudyState`` (values, never widgets).

``redo``/``undo`` hand the state to ``session.apply``; results are derived from
states and never go on the stack. All weight edits share one ``id()`` so that
``mergeWith`` can fold one slider drag into a single step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from criteria.study import StudyState, same_weights
from desktop.i18n import current_language
from scoring.tipping import shown_weight

if TYPE_CHECKING:
    from desktop.session import StudySession

WEIGHT_COMMAND_ID = 1001


class StateCommand(QUndoCommand):
    """Switch between two study states; ``what`` says which views must refresh."""

    def __init__(
        self, session: StudySession, old: StudyState, new: StudyState, label: str, what: frozenset[str]
    ):
        super().__init__(label)
        self.session, self.old, self.new, self.what = session, old, new, what

    def redo(self) -> None:
        self.session.apply(self.new, self.what)

    def undo(self) -> None:
        self.session.apply(self.old, self.what)


def weight_label(state_old: StudyState, state_new: StudyState, index: int) -> str:
    """History's words for a weight edit, each weight as the app shows it ("40%", "39.9%")."""
    language = current_language()

    def shown(share: float) -> str:
        return shown_weight(share).text(language)

    name = state_new.model.criteria[index].name
    return QCoreApplication.translate("SetWeightCommand", "Weight: {criterion} {old} -> {new}").format(
        criterion=name, old=shown(state_old.weights[index]), new=shown(state_new.weights[index])
    )


class SetWeightCommand(StateCommand):
    """One weight edit; consecutive edits of the same criterion in the same drag merge."""

    def __init__(self, session: StudySession, old: StudyState, new: StudyState, index: int, drag: int):
        super().__init__(session, old, new, weight_label(old, new, index), frozenset({"weights"}))
        self.index, self.drag = index, drag

    def id(self) -> int:
        return WEIGHT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetWeightCommand) or (other.index, other.drag) != (self.index, self.drag):
            return False
        self.new = other.new  # keep our old state, take the latest new one
        self.setText(weight_label(self.old, self.new, self.index))
        if same_weights(self.new.weights, self.old.weights):  # dragged back to where it began
            self.session.apply(self.old, self.what)  # exactly, not within rounding
            self.setObsolete(True)  # the stack drops the step (clean again if it was)
        return True
