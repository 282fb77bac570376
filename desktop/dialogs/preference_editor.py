"""The criterion dialog's PROMETHEE part: preference function, its thresholds, a picture of it.

Each threshold is a number spin box in the interface's locale (Vietnamese ``1.000`` is a thousand,
``1,5`` one and a half) and beside it whether that number is in the criterion's unit or a
percentage of its range (the workbook's ``10%``). The picture draws ``P(d)`` from
``criteria.preference`` itself.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QWidget

from criteria.errors import InputError
from criteria.preference import (
    P_COLUMN,
    Q_COLUMN,
    S_COLUMN,
    USUAL,
    PreferenceFunction,
    Shape,
    Threshold,
    preference_of,
    preference_values,
)

SHAPE_NAMES = {
    Shape.USUAL: QT_TRANSLATE_NOOP("PreferenceEditor", "usual (any gap is full preference)"),
    Shape.U_SHAPE: QT_TRANSLATE_NOOP("PreferenceEditor", "U-shape (full preference beyond q)"),
    Shape.V_SHAPE: QT_TRANSLATE_NOOP("PreferenceEditor", "V-shape (rises to full preference at p)"),
    Shape.LEVEL: QT_TRANSLATE_NOOP("PreferenceEditor", "level (half between q and p, full beyond p)"),
    Shape.LINEAR: QT_TRANSLATE_NOOP("PreferenceEditor", "linear (rises from q to p)"),
    Shape.GAUSSIAN: QT_TRANSLATE_NOOP("PreferenceEditor", "Gaussian (smooth, s at the inflection)"),
}


class PreferenceCurve(QWidget):
    """A small picture of ``P(d)``: the gap ``d`` across, preference 0..1 up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(180, 90)
        self.function, self.span = USUAL, 1.0

    def show_function(self, function: PreferenceFunction, span: float) -> None:
        self.function, self.span = function, span
        self.update()

    def curve(self) -> tuple[np.ndarray, np.ndarray]:
        """The gaps drawn (0 to a little beyond the largest threshold, or the range) and ``P`` at each."""
        q, p, s = self.function.absolute(self.span)
        right = max(1.25 * max(q, p, 3 * s), self.span if self.span > 0 else 1.0)
        gaps = np.linspace(0.0, right, 241)
        return gaps, preference_values(self.function, gaps, self.span)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        gaps, values = self.curve()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 8.0
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        painter.setPen(QPen(QColor("#9E9E9E"), 1))
        painter.drawLine(QPointF(margin, margin + height), QPointF(margin + width, margin + height))
        painter.drawLine(QPointF(margin, margin), QPointF(margin, margin + height))
        path = QPainterPath()
        for k, (d, v) in enumerate(zip(gaps / gaps[-1], values, strict=True)):
            point = QPointF(margin + d * width, margin + (1.0 - v) * height)
            if k == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.setPen(QPen(QColor("#0072B2"), 2))
        painter.drawPath(path)
        painter.end()


class ThresholdInput(QWidget):
    """One threshold: a number spin box (locale-aware) and its kind, in the criterion's unit or a
    percentage of its range; ``threshold()`` the ``Threshold`` it says."""

    changed = Signal()
    UNIT, SHARE = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(0.0, 1e12)
        self.spin.setDecimals(3)
        self.spin.setGroupSeparatorShown(True)  # 1.000 in Vietnamese, 1,000 in English
        self.kind = QComboBox(self)
        self.kind.addItems([self.tr("in the criterion's unit"), self.tr("% of its range")])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin, 1)
        layout.addWidget(self.kind)
        self.setFocusProxy(self.spin)  # the row's label (&q) gives the number the focus
        self._initial: tuple[tuple[float, int], Threshold] | None = None
        self.spin.valueChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)

    def set_threshold(self, threshold: Threshold | None) -> None:
        """Show ``threshold`` (None: 0 in the unit); unchanged, ``threshold()`` gives it back exactly."""
        if threshold is None:
            self.kind.setCurrentIndex(self.UNIT)
            self.spin.setValue(0.0)
            self._initial = None
            return
        self.kind.setCurrentIndex(self.SHARE if threshold.relative else self.UNIT)
        self.spin.setValue(threshold.value * 100.0 if threshold.relative else threshold.value)
        self._initial = ((self.spin.value(), self.kind.currentIndex()), threshold)

    def threshold(self) -> Threshold:
        if self._initial is not None and self._initial[0] == (self.spin.value(), self.kind.currentIndex()):
            return self._initial[1]  # as written (the box shows it rounded to its decimals)
        if self.kind.currentIndex() == self.SHARE:
            return Threshold(self.spin.value() / 100.0, relative=True)
        return Threshold(self.spin.value())


class PreferenceEditor(QWidget):
    """Function and thresholds as form rows; ``function()`` the result, ``problem()`` why it is not valid."""

    changed = Signal()  # the function or a threshold

    def __init__(self, criterion, span: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.span = span
        self.shape = QComboBox(self)
        for shape in Shape:
            self.shape.addItem(self.tr(SHAPE_NAMES[shape]), shape.value)
        self.fields = {name: ThresholdInput(self) for name in (Q_COLUMN, P_COLUMN, S_COLUMN)}
        self.picture = PreferenceCurve(self)
        try:
            current = preference_of(criterion) if criterion is not None else USUAL
        except InputError:  # cells the reader would have refused; start from the usual function
            current = USUAL
        self.initial = current
        self.shape.setCurrentIndex(list(Shape).index(current.shape))
        for name, threshold in zip(
            (Q_COLUMN, P_COLUMN, S_COLUMN), (current.q, current.p, current.s), strict=True
        ):
            self.fields[name].set_threshold(threshold)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("P&ROMETHEE preference:"), self.shape)
        form.addRow(self.tr("&q (indifference):"), self.fields[Q_COLUMN])
        form.addRow(self.tr("&p (strict preference):"), self.fields[P_COLUMN])
        form.addRow(self.tr("&s (Gaussian):"), self.fields[S_COLUMN])
        form.addRow(self.picture)
        self.shape.currentIndexChanged.connect(self._on_shape_changed)
        for field in self.fields.values():
            field.changed.connect(self._on_field_changed)
        self._on_shape_changed()

    def chosen_shape(self) -> Shape:
        return Shape(self.shape.currentData())

    def _on_shape_changed(self, *_args) -> None:
        needed = self.chosen_shape().thresholds
        for name, field in self.fields.items():
            field.setEnabled(name in needed)
        self._on_field_changed()

    def _on_field_changed(self, *_args) -> None:
        function = self.function()
        if function is not None:
            self.picture.show_function(function, self.span)
        self.changed.emit()

    def _thresholds(self) -> dict[str, Threshold]:
        """The thresholds the chosen function needs, as the boxes say them."""
        return {name: self.fields[name].threshold() for name in self.chosen_shape().thresholds}

    def problem(self) -> str:
        """Why the function cannot be applied ("" when it can)."""
        parsed = self._thresholds()
        q, p, s = (parsed.get(name) for name in (Q_COLUMN, P_COLUMN, S_COLUMN))
        for name, threshold in ((P_COLUMN, p), (S_COLUMN, s)):
            if threshold is not None and threshold.value == 0:
                return self.tr("{name} must be greater than 0.").format(name=name)
        if q is not None and p is not None:
            if q.relative != p.relative:
                return self.tr("Write q and p both as numbers or both as percentages.")
            if q.value > p.value:
                return self.tr("q must be at most p.")
        return ""

    def changed_function(self) -> PreferenceFunction | None:
        """The function when it differs from the criterion's (else None: its cells stay as written)."""
        function = self.function()
        return None if function == self.initial else function

    def function(self) -> PreferenceFunction | None:
        """The function the form describes, or None while ``problem()`` says why not."""
        if self.problem():
            return None
        parsed = self._thresholds()
        return PreferenceFunction(
            self.chosen_shape(), *(parsed.get(n) for n in (Q_COLUMN, P_COLUMN, S_COLUMN))
        )
