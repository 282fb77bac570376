"""``add_weights_menu(menu, session, parent)``: the weight-setting and ballot actions, in one call."""

from __future__ import annotations

from PySide6.QtGui import QAction

from desktop.dialogs.weights_ahp import AhpDialog
from desktop.dialogs.weights_data import DataWeightsDialog
from desktop.dialogs.weights_direct import DirectDialog
from desktop.dialogs.weights_rank import RankDialog
from desktop.dialogs.weights_swing import SwingDialog

DIALOGS = (
    ("Share 100 points...", DirectDialog),
    ("Rank the criteria...", RankDialog),
    ("Swing weighting...", SwingDialog),
    ("Pairwise comparison (AHP)...", AhpDialog),
    ("Weights from the data...", DataWeightsDialog),
)


def add_weights_menu(menu, session, parent) -> list[QAction]:
    """Add the elicitation dialogs and the ballot actions to ``menu``; returns the actions."""
    from desktop.dialogs.ballots import BallotsExportDialog, import_ballots

    actions = []
    for text, dialog in DIALOGS:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False, d=dialog: d(session, parent).exec())
        actions.append(action)
    menu.addSeparator()
    send = menu.addAction("Send ballots...")
    send.triggered.connect(lambda _checked=False: BallotsExportDialog(session, parent).exec())
    collect = menu.addAction("Read returned ballots...")
    collect.triggered.connect(lambda _checked=False: import_ballots(session, parent))
    return [*actions, send, collect]
