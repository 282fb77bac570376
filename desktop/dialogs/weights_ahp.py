"""AHP pairwise comparison on Saaty's 1-9 verbal scale, with the consistency ratio live.

One slider per pair: drag towards the criterion that matters more. Above CR 0.10 a
warning appears in plain words, naming the judgement that fits the others least (its
row is highlighted and scrolled into view), what the other judgements imply for that
pair, and the 1-9 value that would agree with them; the suggestion button moves that
slider there. Apply asks first when the ratio is above 0.10; the weights are then recorded
as coming from "AHP (CR 0.22)".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from criteria.ahp import CR_THRESHOLD, VERBAL_SCALE, analyse, matrix_from_judgements, scale_step, scale_value
from criteria.weights_words import ahp_source
from desktop.dialogs.weights_base import WARNING_STYLE, WeightsDialog
from desktop.i18n import format_number

WORST_STYLE = "color: #a4262c; font-weight: bold;"


# Saaty's verbal scale (criteria.ahp.VERBAL_SCALE), as the room reads it
VERBAL = {
    2: QT_TRANSLATE_NOOP("AhpDialog", "equally to moderately more important"),
    3: QT_TRANSLATE_NOOP("AhpDialog", "moderately more important"),
    4: QT_TRANSLATE_NOOP("AhpDialog", "moderately to strongly more important"),
    5: QT_TRANSLATE_NOOP("AhpDialog", "strongly more important"),
    6: QT_TRANSLATE_NOOP("AhpDialog", "strongly to very strongly more important"),
    7: QT_TRANSLATE_NOOP("AhpDialog", "very strongly more important"),
    8: QT_TRANSLATE_NOOP("AhpDialog", "very strongly to extremely more important"),
    9: QT_TRANSLATE_NOOP("AhpDialog", "extremely more important"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AhpDialog", text)


def judgement_text(a: str, b: str, value: float) -> str:
    """``'Capital' is strongly more important than 'Speed' (5)`` for a_ab = value."""
    if abs(value - 1) < 1e-9:
        return QCoreApplication.translate("AhpDialog", "{a} and {b} are equally important (1)").format(
            a=a, b=b
        )
    first, second, strength = (a, b, round(value)) if value > 1 else (b, a, round(1 / value))
    verbal = _tr(VERBAL[strength]) if strength in VERBAL else VERBAL_SCALE[strength]
    return QCoreApplication.translate("AhpDialog", "{first} is {verbal} than {second} ({strength})").format(
        first=first, verbal=verbal, second=second, strength=strength
    )


def ratio_text(a: str, b: str, ratio: float) -> str:
    """``ratio`` = weight of a / weight of b, in words, the larger criterion first."""
    if 1 / 1.15 <= ratio <= 1.15:
        return QCoreApplication.translate("AhpDialog", "{a} and {b} about equally important").format(a=a, b=b)
    first, second, times = (a, b, ratio) if ratio > 1 else (b, a, 1 / ratio)
    return QCoreApplication.translate(
        "AhpDialog", "{first} about {times} times as important as {second}"
    ).format(first=first, times=format_number(times, 1), second=second)


class AhpDialog(WeightsDialog):
    title = QT_TRANSLATE_NOOP("WeightsDialog", "Weights from pairwise comparisons (AHP)")
    label = QT_TRANSLATE_NOOP("WeightsDialog", "AHP pairwise comparison")

    def body(self) -> QWidget:
        self.pairs = [(i, j) for i in range(len(self.names)) for j in range(i + 1, len(self.names))]
        self.sliders: list[QSlider] = []
        self.texts: list[QLabel] = []
        self.pair_labels: list[tuple[QLabel, QLabel]] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        for row, (i, j) in enumerate(self.pairs):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(-8, 8)  # left: the first criterion matters more
            slider.setPageStep(2)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setTickInterval(2)  # ticks at 1, 3, 5, 7, 9 on either side
            slider.setMinimumWidth(220)
            slider.setValue(0)
            slider.setAccessibleName(self.tr("{a} against {b}").format(a=self.names[i], b=self.names[j]))
            slider.valueChanged.connect(self._on_slider_changed)
            left, right = QLabel(self.names[i]), QLabel(self.names[j])
            text = QLabel()
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(left, 2 * row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(slider, 2 * row, 1)
            grid.addWidget(right, 2 * row, 2)
            grid.addWidget(text, 2 * row + 1, 0, 1, 3)
            grid.setRowMinimumHeight(2 * row + 1, text.fontMetrics().height() + 8)
            self.sliders.append(slider)
            self.texts.append(text)
            self.pair_labels.append((left, right))
        pairs = QWidget()
        pairs.setLayout(grid)
        self.scroll = QScrollArea()
        self.scroll.setWidget(pairs)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumWidth(
            pairs.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
        )
        shown = min(len(self.pairs), 3)  # at least a few pairs without scrolling; it grows with the dialog
        row_height = slider.sizeHint().height() + text.fontMetrics().height() + 12 if self.pairs else 0
        self.scroll.setMinimumHeight(shown * row_height)

        intro = QLabel(
            self.tr(
                "For each pair, drag the slider towards the criterion that matters more: the further, the "
                "stronger (1 equally, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important). "
                "Leave it in the middle when both matter equally."
            )
        )
        intro.setWordWrap(True)
        self.consistency = QLabel()
        self.consistency.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.suggest_button = QPushButton(self.tr("Use suggestion"))
        self.suggest_button.clicked.connect(self._on_suggest_clicked)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.consistency)
        layout.addWidget(self.warning)
        layout.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignLeft)
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

    def worst_row(self) -> int | None:
        """The pair row the warning points at (None when the judgements are consistent enough)."""
        result = self.result
        if result is None or result.acceptable or result.worst is None:
            return None
        return self.pairs.index((result.worst.row, result.worst.column))

    def refresh(self) -> None:
        super().refresh()
        result = self.result
        worst_row = self.worst_row()
        for k, (i, j) in enumerate(self.pairs):
            self.texts[k].setText(judgement_text(self.names[i], self.names[j], self.judgement(k)))
            style = WORST_STYLE if k == worst_row else ""
            for label in (self.texts[k], *self.pair_labels[k]):
                label.setStyleSheet(style)
        if len(self.names) <= 2:
            self.consistency.setText(self.tr("Consistency: nothing to check with two criteria."))
        else:
            verdict = self.tr("consistent enough") if result.acceptable else self.tr("too inconsistent")
            self.consistency.setText(
                self.tr(
                    "Consistency ratio {ratio}: {verdict} (up to {threshold} is acceptable; 0 means perfectly "
                    "consistent)."
                ).format(
                    ratio=format_number(result.consistency_ratio),
                    verdict=verdict,
                    threshold=format_number(CR_THRESHOLD, 2),
                )
            )
        worst = result.worst
        fixable = worst_row is not None and worst.suggested != worst.value
        self.warning.setVisible(not result.acceptable)
        self.suggest_button.setVisible(fixable)
        if result.acceptable:
            return
        text = self.tr(
            "These judgements contradict each other (consistency ratio {ratio}, above {threshold}), so the "
            "weights below are not reliable yet."
        ).format(ratio=format_number(result.consistency_ratio), threshold=format_number(CR_THRESHOLD, 2))
        if worst_row is not None:
            a, b = self.names[worst.row], self.names[worst.column]
            text += "\n" + self.tr(
                "The judgement that fits the others least (highlighted): “{judgement}”. Taken together, the "
                "other judgements make {implied}."
            ).format(judgement=judgement_text(a, b, worst.value), implied=ratio_text(a, b, worst.implied))
            if fixable:
                text += "\n" + self.tr("Suggestion: “{judgement}”.").format(
                    judgement=judgement_text(a, b, worst.suggested)
                )
                self.suggest_button.setText(self.tr("Change {a} vs {b} to the suggestion").format(a=a, b=b))
            else:
                text += "\n" + self.tr(
                    "No single step on the 1-9 scale fixes it: revisit the judgements involving {a} or {b}."
                ).format(a=a, b=b)
            self.scroll.ensureWidgetVisible(self.sliders[worst_row])
        self.warning.setText(text)

    def source(self) -> str:
        if len(self.names) <= 2:
            return "AHP"
        return ahp_source(self.result.consistency_ratio)  # recorded in English, shown in the language

    def confirm(self) -> bool:
        """Above CR 0.10, ask before applying, naming the ratio and the judgement that fits least."""
        result = self.result
        if result is None or result.acceptable:
            return True
        text = self.tr(
            "The consistency ratio is {ratio}, above {threshold}: these judgements contradict each other, so "
            "the weights are not reliable."
        ).format(ratio=format_number(result.consistency_ratio, 2), threshold=format_number(CR_THRESHOLD, 2))
        if result.worst is not None:
            a, b = self.names[result.worst.row], self.names[result.worst.column]
            text += "\n\n" + self.tr("The judgement that fits the others least: “{judgement}”.").format(
                judgement=judgement_text(a, b, result.worst.value)
            )
        return self.ask_apply_inconsistent(text + "\n\n" + self.tr("Apply these weights anyway?"))

    def ask_apply_inconsistent(self, text: str) -> bool:
        """Yes to apply inconsistent judgements (tests replace this to avoid a modal dialog)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Inconsistent judgements"), text, buttons.Yes | buttons.No, buttons.No
        )
        return answer == buttons.Yes

    def _on_slider_changed(self, _value: int) -> None:
        self.refresh()

    def _on_suggest_clicked(self) -> None:
        worst = self.result.worst
        self.set_judgement(self.pairs.index((worst.row, worst.column)), worst.suggested)
