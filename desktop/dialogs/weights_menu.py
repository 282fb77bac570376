"""``add_weights_menu(menu, session, parent)``: the weight-setting and ballot actions, in one call."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from desktop.dialogs.weights_ahp import AhpDialog
from desktop.dialogs.weights_data import DataWeightsDialog
from desktop.dialogs.weights_direct import DirectDialog
from desktop.dialogs.weights_rank import RankDialog
from desktop.dialogs.weights_swing import SwingDialog

DIALOGS = (
    (QT_TRANSLATE_NOOP("WeightsMenu", "Share 100 points..."), DirectDialog),
    (QT_TRANSLATE_NOOP("WeightsMenu", "Rank the criteria..."), RankDialog),
    (QT_TRANSLATE_NOOP("WeightsMenu", "Swing weighting..."), SwingDialog),
    (QT_TRANSLATE_NOOP("WeightsMenu", "Pairwise comparison (AHP)..."), AhpDialog),
    (QT_TRANSLATE_NOOP("WeightsMenu", "Weights from the data..."), DataWeightsDialog),
)
BALLOT_TEXTS = (
    QT_TRANSLATE_NOOP("WeightsMenu", "Send ballots..."),
    QT_TRANSLATE_NOOP("WeightsMenu", "Read returned ballots..."),
)


def add_weights_menu(menu, session, parent) -> list[QAction]:
    """Add the elicitation dialogs and the ballot actions to ``menu``; returns the actions."""
    from desktop.dialogs.ballots import BallotsExportDialog, import_ballots

    actions = []
    for _text, dialog in DIALOGS:
        action = menu.addAction("")
        action.triggered.connect(lambda _checked=False, d=dialog: d(session, parent).exec())
        actions.append(action)
    menu.addSeparator()
    send = menu.addAction("")
    send.triggered.connect(lambda _checked=False: BallotsExportDialog(session, parent).exec())
    collect = menu.addAction("")
    collect.triggered.connect(lambda _checked=False: import_ballots(session, parent))
    actions += [send, collect]
    retranslate_weights_menu(actions)
    return actions


def retranslate_weights_menu(actions: list[QAction]) -> None:
    """(Re)set the texts of the actions ``add_weights_menu`` made, in the current language."""
    texts = [text for text, _dialog in DIALOGS] + list(BALLOT_TEXTS)
    for action, text in zip(actions, texts, strict=True):
        action.setText(QCoreApplication.translate("WeightsMenu", text))
