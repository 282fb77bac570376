"""Swing weighting: rate each criterion's worst-to-best swing against the most important swing (100)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from criteria.elicitation import swing_weights
from desktop.dialogs.weights_base import WeightsDialog, spin_boxes


class SwingDialog(WeightsDialog):
    title = QT_TRANSLATE_NOOP("WeightsDialog", "Swing weighting")
    label = QT_TRANSLATE_NOOP("WeightsDialog", "swing weighting")

    def body(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "Imagine a partner worst on every criterion. Which single improvement, from worst to "
                "best,\nwould you want most? Give that swing 100, then rate every other swing against it "
                "(0-100)."
            )
        )
        intro.setWordWrap(True)  # its long line set the dialog's width: wider than a 1024 px screen at +6
        layout.addWidget(intro)
        top = max(self.session.state.weights)
        start = [round(100 * w / top, 1) for w in self.session.state.weights]
        form, self.boxes = spin_boxes(self.names, start, 100.0, self._on_rating_changed)
        layout.addWidget(form)
        return box

    def compute(self) -> tuple[float, ...]:
        return swing_weights([b.value() for b in self.boxes], labels=self.names)

    def _on_rating_changed(self, _value: float) -> None:
        self.refresh()
