"""AHP pairwise comparison on Saaty's 1-9 verbal scale, with the consistency ratio live.

One slider per pair: drag towards the criterion that matters more. Above CR 0.10 a
warning appears, naming the most inconsistent judgement and the value the other
judgements imply; "Use suggestion" moves that slider there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QSlider, QVBoxLayout, QWidget

from criteria.ahp import CR_THRESHOLD, VERBAL_SCALE, analyse, matrix_from_judgements, scale_step, scale_value
from desktop.dialogs.weights_base import WeightsDialog


def judgement_text(a: str, b: str, value: float) -> str:
    """``'Capital' is strongly more important than 'Speed' (5)`` for a_ab = value."""
    if abs(value - 1) < 1e-9:
        return f"{a} and {b} are equally important (1)"
    first, second, strength = (a, b, round(value)) if value > 1 else (b, a, round(1 / value))
    return f"{first} is {VERBAL_SCALE[strength]} than {second} ({strength})"


class AhpDialog(WeightsDialog):
    title = "Weights from pairwise comparisons (AHP)"
    label = "AHP pairwise comparison"

    def body(self) -> QWidget:
        self.pairs = [(i, j) for i in range(len(self.names)) for j in range(i + 1, len(self.names))]
        self.sliders: list[QSlider] = []
        self.texts: list[QLabel] = []
        grid = QGridLayout()
        for row, (i, j) in enumerate(self.pairs):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(-8, 8)  # left: the first criterion matters more
            slider.setInvertedAppearance(False)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setValue(0)
            slider.valueChanged.connect(self._on_slider_changed)
            text = QLabel()
            grid.addWidget(QLabel(self.names[i]), 2 * row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(slider, 2 * row, 1)
            grid.addWidget(QLabel(self.names[j]), 2 * row, 2)
            grid.addWidget(text, 2 * row + 1, 1)
            self.sliders.append(slider)
            self.texts.append(text)
        pairs = QWidget()
        pairs.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(pairs)
        scroll.setWidgetResizable(True)

        self.consistency = QLabel()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a4262c;")
        self.suggest_button = QPushButton("Use suggestion")
        self.suggest_button.clicked.connect(self._on_suggest_clicked)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel("Drag each slider towards the criterion that matters more, and by how much."))
        layout.addWidget(scroll)
        layout.addWidget(self.consistency)
        layout.addWidget(self.warning)
        layout.addWidget(self.suggest_button)
        self.result = None
        return box

    def judgement(self, row: int) -> float:
        """a_ij of pair ``row``: slider left of centre means the first criterion matters more."""
        return scale_value(-self.sliders[row].value())

    def set_judgement(self, row: int, value: float) -> None:
        self.sliders[row].setValue(-scale_step(value))

    def matrix(self):
        return matrix_from_judgements(
            len(self.names), {pair: self.judgement(k) for k, pair in enumerate(self.pairs)}
        )

    def compute(self) -> tuple[float, ...]:
        self.result = analyse(self.matrix(), self.names)
        return self.result.weights

    def refresh(self) -> None:
        super().refresh()
        for k, (i, j) in enumerate(self.pairs):
            self.texts[k].setText(judgement_text(self.names[i], self.names[j], self.judgement(k)))
        result = self.result
        self.consistency.setText(
            f"Consistency ratio: {result.consistency_ratio:.3f} (acceptable up to {CR_THRESHOLD:.2f})"
            if len(self.names) > 2
            else "Consistency ratio: not needed for two criteria"
        )
        worst = result.worst
        inconsistent = not result.acceptable and worst is not None and worst.suggested != worst.value
        self.warning.setVisible(not result.acceptable)
        self.suggest_button.setVisible(inconsistent)
        if not result.acceptable:
            text = (
                f"The judgements are inconsistent (CR {result.consistency_ratio:.2f} > {CR_THRESHOLD:.2f})."
            )
            if worst is not None:
                a, b = self.names[worst.row], self.names[worst.column]
                text += (
                    f" Most inconsistent: {judgement_text(a, b, worst.value)}; the other judgements imply "
                    f"{worst.implied:.2f}. Consider: {judgement_text(a, b, worst.suggested)}."
                )
            self.warning.setText(text)

    def _on_slider_changed(self, _value: int) -> None:
        self.refresh()

    def _on_suggest_clicked(self) -> None:
        worst = self.result.worst
        self.set_judgement(self.pairs.index((worst.row, worst.column)), worst.suggested)
