"""Rank-order weights: drag the criteria into order; ROC, rank-sum or rank-reciprocal weights."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QListWidget, QVBoxLayout, QWidget

from criteria.elicitation import RANK_METHODS, rank_weights
from desktop.dialogs.weights_base import WeightsDialog


class RankDialog(WeightsDialog):
    title = "Weights from a rank order"
    label = "rank order"

    def body(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel("Drag the criteria into order, most important first."))
        self.order = QListWidget()
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        by_weight = sorted(range(len(self.names)), key=lambda j: -self.session.state.weights[j])
        for j in by_weight:
            self.order.addItem(self.names[j])
            self.order.item(self.order.count() - 1).setData(Qt.ItemDataRole.UserRole, j)
        self.order.model().rowsMoved.connect(self._on_order_changed)
        layout.addWidget(self.order)
        self.method = QComboBox()
        for key, name in RANK_METHODS.items():
            self.method.addItem(name, key)
        self.method.currentIndexChanged.connect(self._on_order_changed)
        layout.addWidget(self.method)
        return box

    def criterion_order(self) -> list[int]:
        """Criterion indices, most important first, as the list shows them."""
        return [self.order.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.order.count())]

    def move(self, source: int, target: int) -> None:
        """Move the criterion at list row ``source`` to row ``target`` (what a drag does)."""
        self.order.insertItem(target, self.order.takeItem(source))
        self.refresh()

    def compute(self) -> tuple[float, ...]:
        ranks = [0] * len(self.names)
        for position, j in enumerate(self.criterion_order(), start=1):
            ranks[j] = position
        return rank_weights(ranks, self.method.currentData(), self.names)

    def _on_order_changed(self, *_args) -> None:
        self.refresh()
