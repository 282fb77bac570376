"""Add or edit a criterion: name, direction, optional scale bounds, minimum levels and value function."""

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from criteria import value_functions
from criteria.i18n import Language
from criteria.levels import against_direction
from criteria.model import Criterion, Direction
from criteria.preference import PreferenceFunction
from desktop.dialogs.preference_editor import PreferenceEditor
from desktop.dialogs.scrolled import ScrolledForm, wrapped_check_box
from desktop.dialogs.value_function import ValueFunctionDialog
from desktop.dialogs.weights_base import fit_to_screen
from desktop.i18n import current_language


@dataclass(frozen=True)
class CriterionForm:
    """What the dialog returns: plain values, applied by the caller through ``criteria.edits``."""

    name: str
    direction: Direction
    low: float | None
    high: float | None
    preference: PreferenceFunction | None = None  # PROMETHEE's function (None: leave it as it is)
    minimum: float | None = None  # minimum acceptable levels (criteria.levels)
    maximum: float | None = None
    value_function: tuple[tuple[float, float], ...] = ()  # WSM only (criteria.value_functions)

    def extras(self) -> dict:
        """The session's keyword arguments beyond name, direction and scale bounds."""
        return {
            "levels": (self.minimum, self.maximum),
            "value_function": self.value_function,
            "preference": self.preference,
        }


def number_box(box: QDoubleSpinBox) -> QDoubleSpinBox:
    """A value on the criterion's scale, typed and shown in the interface's locale (the default
    ``QLocale``: Vietnamese ``1.000`` is a thousand and ``1,5`` one and a half)."""
    box.setRange(-1e12, 1e12)
    box.setDecimals(3)
    box.setGroupSeparatorShown(True)
    return box


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
        self.bounded = QCheckBox()
        bounded = wrapped_check_box(
            self.bounded,
            self.tr("&Fixed scale from Min to Max (otherwise the lowest and highest values in the data)"),
        )
        self.low, self.high = QDoubleSpinBox(), QDoubleSpinBox()
        for box, value, default in ((self.low, criterion.min, 0.0), (self.high, criterion.max, 10.0)):
            number_box(box)
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
        self.preference.changed.connect(self._check)
        self.name.textChanged.connect(self._check)
        self.low.valueChanged.connect(self._check)
        self.high.valueChanged.connect(self._check)
        self.bounded.toggled.connect(self._check)
        fields = QWidget()
        form = QFormLayout(fields)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(bounded)
        form.addRow(self.tr("M&in:"), self.low)
        form.addRow(self.tr("M&ax:"), self.high)
        form.addRow(self.preference)
        self._add_levels(form, criterion)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrolledForm(fields), 1)  # scrolls on a small screen at a large text size
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._check()
        fit_to_screen(self)

    def _add_levels(self, form: QFormLayout, criterion: Criterion) -> None:
        """Minimum/Maximum acceptable levels (each with a tick to have one) and the value function button."""
        self.levels = {}
        for key, value, label, tip in (
            (
                "minimum",
                criterion.minimum,
                self.tr("Mi&nimum acceptable level:"),
                self.tr("Partners with a lower value (or none) fail it: left out of the ranking or marked."),
            ),
            (
                "maximum",
                criterion.maximum,
                self.tr("Ma&ximum acceptable level:"),
                self.tr("Partners with a higher value (or none) fail it: left out of the ranking or marked."),
            ),
        ):
            tick, box = QCheckBox(label), number_box(QDoubleSpinBox())
            box.setValue(0.0 if value is None else value)
            tick.setChecked(value is not None)
            box.setEnabled(value is not None)
            tick.toggled.connect(box.setEnabled)
            tick.toggled.connect(self._check)
            box.valueChanged.connect(self._check)
            tick.setToolTip(tip)
            form.addRow(tick, box)
            self.levels[key] = (tick, box)
        self.level_note = QLabel()  # a level that keeps out the better values: allowed, but said
        self.level_note.setWordWrap(True)
        self.level_note.setStyleSheet("color: #8a5a00;")
        form.addRow(self.level_note)
        self.value_function = criterion.value_function
        self.value_function_button = QPushButton()
        self.value_function_button.clicked.connect(self._on_value_function_button_clicked)
        self.direction.currentIndexChanged.connect(self._check)
        form.addRow(self.tr("WSM value function:"), self.value_function_button)
        self._show_value_function()

    def _show_value_function(self) -> None:
        count = len(self.value_function)
        self.value_function_button.setText(
            self.tr("Straight line: edit...")
            if not count
            else self.tr("{count} points: edit...").format(count=count)
        )

    def _on_value_function_button_clicked(self) -> None:
        points = self.ask_value_function()
        if points is not None:
            self.value_function = points
            self._show_value_function()
            self._check()

    def ask_value_function(self) -> tuple | None:
        """The points of the value function dialog, or None when cancelled (tests answer it directly)."""
        dialog = ValueFunctionDialog(
            self, self.name.text(), self.direction.currentIndex() == 0, self.value_function
        )
        return tuple(dialog.points() or ()) if dialog.exec() else None

    def level(self, key: str) -> float | None:
        tick, box = self.levels[key]
        return box.value() if tick.isChecked() else None

    def _on_bounded_toggled(self, on: bool) -> None:
        self.low.setEnabled(on)
        self.high.setEnabled(on)

    def problem(self) -> str:
        """Why OK is disabled ("" when the form can be applied)."""
        if not self.name.text().strip():
            return self.tr("Give the criterion a name.")
        if self.bounded.isChecked() and self.low.value() >= self.high.value():
            return self.tr("Min must be below Max.")
        low, high = self.level("minimum"), self.level("maximum")
        if low is not None and high is not None and low > high:
            return self.tr("The minimum acceptable level must not be above the maximum.")
        benefit = self.direction.currentIndex() == 0
        if self.value_function and value_functions.problems(self.value_function, benefit):
            return self.tr(
                "The value function does not suit this direction: edit it or change the direction."
            )
        return self.preference.problem()

    def _check(self, *_args) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
        note = against_direction(
            self.name.text().strip(),
            self.direction.currentIndex() == 0,
            self.level("minimum"),
            self.level("maximum"),
            Language(current_language()),
        )
        self.level_note.setText(note or "")
        self.level_note.setVisible(note is not None)

    def form(self) -> CriterionForm:
        bounded = self.bounded.isChecked()
        return CriterionForm(
            self.name.text(),
            Direction.BENEFIT if self.direction.currentIndex() == 0 else Direction.COST,
            self.low.value() if bounded else None,
            self.high.value() if bounded else None,
            preference=self.preference.changed_function(),
            minimum=self.level("minimum"),
            maximum=self.level("maximum"),
            value_function=value_functions.sorted_points(self.value_function) if self.value_function else (),
        )
