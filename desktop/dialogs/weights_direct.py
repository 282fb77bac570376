"""Direct weights: share 100 points (or percentages) among the criteria."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from criteria.elicitation import direct_weights
from desktop.dialogs.weights_base import WeightsDialog, spin_boxes
from desktop.i18n import format_number

TOTAL = 100.0


class DirectDialog(WeightsDialog):
    title = QT_TRANSLATE_NOOP("WeightsDialog", "Direct weights: share 100 points")
    label = QT_TRANSLATE_NOOP("WeightsDialog", "direct allocation")

    def body(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "Share 100 points among the criteria: more points, more weight. Other totals are scaled "
                "to 100% unless you tick the box below."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        start = [round(w * TOTAL, 1) for w in self.session.state.weights]
        form, self.boxes = spin_boxes(self.names, start, TOTAL, self._on_points_changed)
        layout.addWidget(form)
        self.strict = QCheckBox(self.tr("The points must add up to exactly 100"))
        self.strict.setChecked(False)
        self.strict.toggled.connect(self._on_points_changed)
        layout.addWidget(self.strict)
        return box

    def compute(self) -> tuple[float, ...]:
        total = TOTAL if self.strict.isChecked() else None
        return direct_weights([b.value() for b in self.boxes], total=total, labels=self.names)

    def note(self) -> str:
        given = sum(b.value() for b in self.boxes)
        points = format_number(given, 1)
        if abs(given - TOTAL) < 1e-9:
            return self.tr("Points given: {points}.").format(points=points)
        return self.tr(
            "Points given: {points}; each criterion gets its share of the {points} (the New column)."
        ).format(points=points)

    def _on_points_changed(self, *_args) -> None:
        self.refresh()
