"""Rank-order weights: drag the criteria into order; ROC, rank-sum or rank-reciprocal weights."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from criteria.elicitation import RANK_METHODS, rank_weights
from desktop.dialogs.weights_base import WeightsDialog

# criteria.elicitation names the methods in English; the room reads them in its language
METHOD_NAMES = {
    "roc": QT_TRANSLATE_NOOP("RankDialog", "rank-order centroid"),
    "rs": QT_TRANSLATE_NOOP("RankDialog", "rank sum"),
    "rr": QT_TRANSLATE_NOOP("RankDialog", "rank reciprocal"),
}


class RankDialog(WeightsDialog):
    title = QT_TRANSLATE_NOOP("WeightsDialog", "Weights from a rank order")
    label = QT_TRANSLATE_NOOP("WeightsDialog", "rank order")

    def body(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "Put the criteria in order, most important first: drag them, or select one and use "
                "Move up / Move down (Alt+Up / Alt+Down)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.order = QListWidget()
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order.setAccessibleName(self.tr("Criteria, most important first"))
        by_weight = sorted(range(len(self.names)), key=lambda j: -self.session.state.weights[j])
        for j in by_weight:
            self.order.addItem(self.names[j])
            self.order.item(self.order.count() - 1).setData(Qt.ItemDataRole.UserRole, j)
        self.order.setCurrentRow(0)
        rows = max(len(self.names), 3)
        self.order.setMinimumHeight(rows * self.order.sizeHintForRow(0) + 2 * self.order.frameWidth() + 4)
        self.order.model().rowsMoved.connect(self._on_order_changed)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.up_button.setShortcut("Alt+Up")
        self.down_button.setShortcut("Alt+Down")
        self.up_button.clicked.connect(lambda: self._step(-1))
        self.down_button.clicked.connect(lambda: self._step(+1))
        self.order.currentRowChanged.connect(self._on_current_row_changed)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.order, 1)
        row.addLayout(buttons)
        layout.addLayout(row)
        self.method = QComboBox()
        for key, name in RANK_METHODS.items():
            self.method.addItem(self.tr(METHOD_NAMES[key]) if key in METHOD_NAMES else name, key)
        self.method.setToolTip(
            self.tr(
                "How ranks become weights: rank-order centroid and rank reciprocal give the top "
                "criteria the most, rank sum spreads the weight more evenly"
            )
        )
        self.method.currentIndexChanged.connect(self._on_order_changed)
        form = QFormLayout()
        form.addRow(self.tr("From ranks to &weights:"), self.method)
        layout.addLayout(form)
        self._on_current_row_changed(0)
        return box

    def criterion_order(self) -> list[int]:
        """Criterion indices, most important first, as the list shows them."""
        return [self.order.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.order.count())]

    def move(self, source: int, target: int) -> None:
        """Move the criterion at list row ``source`` to row ``target`` (what a drag does)."""
        self.order.insertItem(target, self.order.takeItem(source))
        self.refresh()

    def _step(self, offset: int) -> None:
        """Move the selected criterion one place up (-1) or down (+1), keeping it selected."""
        row = self.order.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.order.count():
            return
        self.move(row, target)
        self.order.setCurrentRow(target)

    def _on_current_row_changed(self, row: int) -> None:
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.order.count() - 1)

    def compute(self) -> tuple[float, ...]:
        ranks = [0] * len(self.names)
        for position, j in enumerate(self.criterion_order(), start=1):
            ranks[j] = position
        return rank_weights(ranks, self.method.currentData(), self.names)

    def _on_order_changed(self, *_args) -> None:
        self.refresh()
