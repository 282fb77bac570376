"""The frame every weight-setting dialog shares: input on top, the resulting weights below, Apply.

A subclass builds its input widgets in ``body()`` and computes weights in ``compute()``
(pure ``criteria`` functions; InputError for unusable input). The preview shows the
current and the new weight of each criterion; Apply calls ``session.set_weights``
once, so the whole change is one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from criteria.errors import InputError


def percent_text(share: float) -> str:
    return f"{share * 100:.1f}%"


def spin_boxes(
    names, values, maximum: float, on_change, suffix: str = ""
) -> tuple[QWidget, list[QDoubleSpinBox]]:
    """A form with one spin box (0..maximum) per criterion, each calling ``on_change`` when edited."""
    form = QWidget()
    layout = QFormLayout(form)
    boxes = []
    for name, value in zip(names, values, strict=True):
        box = QDoubleSpinBox()
        box.setRange(0.0, maximum)
        box.setDecimals(1)
        box.setSuffix(suffix)
        box.setValue(value)
        box.valueChanged.connect(on_change)
        layout.addRow(name, box)
        boxes.append(box)
    return form, boxes


class WeightsPreview(QTableWidget):
    """Criterion | now | new (| extra columns), for reading only."""

    def __init__(self, names, current, extra_headers=(), parent: QWidget | None = None):
        super().__init__(len(names), 3 + len(extra_headers), parent)
        self.setHorizontalHeaderLabels(["Criterion", "Now", "New", *extra_headers])
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, share) in enumerate(zip(names, current, strict=True)):
            self.setItem(row, 0, QTableWidgetItem(name))
            self.setItem(row, 1, QTableWidgetItem(percent_text(share)))
            for column in range(2, self.columnCount()):
                self.setItem(row, column, QTableWidgetItem(""))
        self.resizeColumnsToContents()  # once, at construction

    def show_weights(self, weights, column: int = 2) -> None:
        """Fill ``column`` with ``weights`` as percentages ("-" when there are none)."""
        for row in range(self.rowCount()):
            self.item(row, column).setText(percent_text(weights[row]) if weights is not None else "-")


class WeightsDialog(QDialog):
    """Base class: subclasses set ``title``/``label`` and implement ``body()`` and ``compute()``."""

    title = "Set weights"
    label = "Weights"  # the undo step reads "Weights: <label>"

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.names = session.state.model.criterion_names
        self.weights: tuple[float, ...] | None = None
        self.setWindowTitle(self.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body())
        self.preview = WeightsPreview(self.names, session.state.weights, self.extra_headers())
        layout.addWidget(self.preview)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()

    def body(self) -> QWidget:
        raise TypeError(f"{type(self).__name__} must build its input widgets in body()")

    def extra_headers(self) -> tuple[str, ...]:
        return ()

    def compute(self) -> tuple[float, ...]:
        raise TypeError(f"{type(self).__name__} must compute its weights in compute()")

    def refresh(self) -> None:
        """Recompute from the inputs and show the result (or why there is none)."""
        try:
            self.weights = self.compute()
        except InputError as error:
            self.weights = None
            self.message.setText(error.summary(limit=4))
        else:
            self.message.setText(self.note())
        self.preview.show_weights(self.weights)
        self.apply_button.setEnabled(self.weights is not None)

    def note(self) -> str:
        return ""

    def _on_apply_clicked(self) -> None:
        if self.weights is not None and self.session.set_weights(self.weights, f"Weights: {self.label}"):
            self.accept()
