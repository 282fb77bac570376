"""Add or edit a criterion: name, direction and optional scale bounds."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from criteria.model import Criterion, Direction
from criteria.preference import PreferenceFunction
from desktop.dialogs.preference_editor import PreferenceEditor


@dataclass(frozen=True)
class CriterionForm:
    """What the dialog returns: plain values, applied by the caller through ``criteria.edits``."""

    name: str
    direction: Direction
    low: float | None
    high: float | None
    preference: PreferenceFunction | None = None  # PROMETHEE's function (None: leave it as it is)


class CriterionDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, criterion: Criterion | None = None, span: float | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit criterion") if criterion else self.tr("Add criterion"))
        criterion = criterion or Criterion("")
        self.name = QLineEdit(criterion.name)
        self.direction = QComboBox()
        self.direction.addItems([self.tr("benefit (higher is better)"), self.tr("cost (lower is better)")])
        self.direction.setCurrentIndex(0 if criterion.is_benefit else 1)
        self.bounded = QCheckBox(
            self.tr("&Fixed scale from Min to Max (otherwise the lowest and highest values in the data)")
        )
        self.low, self.high = QDoubleSpinBox(), QDoubleSpinBox()
        for box, value, default in ((self.low, criterion.min, 0.0), (self.high, criterion.max, 10.0)):
            box.setRange(-1e12, 1e12)
            box.setDecimals(3)
            box.setValue(default if value is None else value)
        self.bounded.setChecked(criterion.min is not None and criterion.max is not None)
        self.bounded.toggled.connect(self._on_bounded_toggled)
        self._on_bounded_toggled(self.bounded.isChecked())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")
        # span: the criterion's range, for thresholds written as a share of it (the picture's scale)
        self.preference = PreferenceEditor(criterion if criterion.name else None, span or 1.0, self)
        self.preference.shape.currentIndexChanged.connect(self._check)
        for field in self.preference.fields.values():
            field.textChanged.connect(self._check)
        self.name.textChanged.connect(self._check)
        self.low.valueChanged.connect(self._check)
        self.high.valueChanged.connect(self._check)
        self.bounded.toggled.connect(self._check)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.bounded)
        form.addRow(self.tr("M&in:"), self.low)
        form.addRow(self.tr("M&ax:"), self.high)
        form.addRow(self.preference)
        form.addRow(self.message)
        form.addRow(buttons)
        self._check()

    def _on_bounded_toggled(self, on: bool) -> None:
        self.low.setEnabled(on)
        self.high.setEnabled(on)

    def problem(self) -> str:
        """Why OK is disabled ("" when the form can be applied)."""
        if not self.name.text().strip():
            return self.tr("Give the criterion a name.")
        if self.bounded.isChecked() and self.low.value() >= self.high.value():
            return self.tr("Min must be below Max.")
        return self.preference.problem()

    def _check(self, *_args) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    def form(self) -> CriterionForm:
        bounded = self.bounded.isChecked()
        return CriterionForm(
            self.name.text(),
            Direction.BENEFIT if self.direction.currentIndex() == 0 else Direction.COST,
            self.low.value() if bounded else None,
            self.high.value() if bounded else None,
            self.preference.changed_function(),
        )
