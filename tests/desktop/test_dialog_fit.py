"""Issue 9: at the largest text size (+6 steps) every dialog fits a 1024 x 700 screen with nothing cut.

The criterion dialog (scale, PROMETHEE function and its picture, levels, value function) and the
weighting dialogs' explanations scroll instead; a long unwrapped line or a wide table once made the
swing and data dialogs wider than the screen. Measured on real dialogs (pytest-qt, offscreen).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from desktop.dialogs.ballots import BallotsExportDialog
from desktop.dialogs.criterion import CriterionDialog
from desktop.dialogs.evidence import EvidenceDialog
from desktop.dialogs.rank_reversal import RankReversalDialog
from desktop.dialogs.value_function import ValueFunctionDialog
from desktop.dialogs.weights_menu import DIALOGS
from desktop.settings import DEFAULT_FONT_SIZE

SCREEN = QRect(0, 0, 1024, 700)


class Screen:
    def availableGeometry(self) -> QRect:  # noqa: N802 (Qt name)
        return SCREEN


MAKERS = {
    "criterion": lambda w: CriterionDialog(w.partners, w.session.state.model.criteria[0], 9.0),
    "new criterion": lambda w: CriterionDialog(w.partners, None, None),
    "evidence": lambda w: EvidenceDialog(w.session.state.model, 0, 0, w),
    "value function": lambda w: ValueFunctionDialog(w, w.session.state.model.criteria[0].name, True),
    "send ballots": lambda w: BallotsExportDialog(w.session, w),
    "rank reversal": lambda w: RankReversalDialog(w.session, w),
    **{dialog.__name__: (lambda w, d=dialog: d(w.session, w)) for _text, dialog in DIALOGS},
}


@pytest.fixture
def large_text(window, monkeypatch):
    monkeypatch.setattr(QWidget, "screen", lambda self: Screen())
    window.set_font_size(DEFAULT_FONT_SIZE + 6)
    yield window
    window.set_font_size(DEFAULT_FONT_SIZE)  # the application's font outlives the window


@pytest.mark.parametrize("name", list(MAKERS))
def test_dialog_fits_a_small_screen_at_the_largest_text(qtbot, large_text, name):
    dialog = MAKERS[name](large_text)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    size, hint = dialog.frameGeometry().size(), dialog.minimumSizeHint()
    assert size.width() <= SCREEN.width() and size.height() <= SCREEN.height(), size.toTuple()
    assert size.width() >= hint.width() and dialog.height() >= hint.height()  # nothing squeezed
    layout = dialog.layout()
    if layout.hasHeightForWidth():  # its wrapped texts whole at the width it has
        assert layout.minimumHeightForWidth(dialog.width()) <= dialog.height()
    dialog.close()
