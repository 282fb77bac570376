"""Weights from the data (entropy, CRITIC, standard deviation) beside the room's own weights."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from criteria.errors import InputError
from criteria.objective import OBJECTIVE_METHODS, model_objective_weights
from desktop.dialogs.weights_base import WARNING_STYLE, WeightsDialog
from desktop.i18n import current_language

# the methods' names as the room reads them (criteria.objective keeps the English ones)
METHOD_NAMES = {
    "entropy": QT_TRANSLATE_NOOP("DataWeightsDialog", "Entropy"),
    "critic": QT_TRANSLATE_NOOP("DataWeightsDialog", "CRITIC"),
    "std": QT_TRANSLATE_NOOP("DataWeightsDialog", "Standard deviation"),
}


class DataWeightsDialog(WeightsDialog):
    """Shows every data method as a column; the chosen one is what Apply sets."""

    title = QT_TRANSLATE_NOOP("WeightsDialog", "Weights from the data")
    label = QT_TRANSLATE_NOOP("WeightsDialog", "from the data")

    def body(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "These weights come from how much the partners differ on each criterion, not from "
                "anyone's judgement: a criterion on which every partner scores the same gets none. "
                "Standard deviation and CRITIC compare the criteria rescaled from their worst to their "
                "best observed value, so units do not matter; CRITIC also favours a criterion that "
                "disagrees with the others. Entropy needs amounts counted from zero (US$, tonnes, "
                "months). Compare them with the current weights (Now); a big gap is worth discussing. "
                "Apply sets the weights of the method chosen below (the New column)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        state = self.session.state
        self.suggested: dict[str, tuple[float, ...] | None] = {}
        self.problems: dict[str, str] = {}
        for key in OBJECTIVE_METHODS:
            try:
                self.suggested[key] = model_objective_weights(state.model, key, state.missing)
            except InputError as error:
                self.suggested[key] = None
                self.problems[key] = error.summary(limit=2, lang=current_language())
        # why a method shows no weights, before the room reads its empty column as "no opinion"
        self.caveat = QLabel("\n".join(dict.fromkeys(self.problems.values())))  # a shared reason once
        self.caveat.setWordWrap(True)
        self.caveat.setStyleSheet(WARNING_STYLE)
        self.caveat.setVisible(bool(self.problems))
        layout.addWidget(self.caveat)
        self.method = QComboBox()
        for key in OBJECTIVE_METHODS:
            self.method.addItem(self.method_name(key), key)
        usable = [key for key, weights in self.suggested.items() if weights is not None]
        if usable:
            self.method.setCurrentIndex(self.method.findData(usable[0]))
        self.method.currentIndexChanged.connect(self._on_method_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Apply the weights of:"), self.method)
        layout.addLayout(form)
        return box

    def method_name(self, key: str) -> str:
        return self.tr(METHOD_NAMES[key]) if key in METHOD_NAMES else OBJECTIVE_METHODS[key]

    def extra_headers(self) -> tuple[str, ...]:
        return tuple(self.method_name(key) for key in OBJECTIVE_METHODS)

    def compute(self) -> tuple[float, ...]:
        for column, key in enumerate(OBJECTIVE_METHODS, start=3):
            self.preview.show_weights(self.suggested[key], column)
        key = self.method.currentData()
        if self.suggested[key] is None:  # the caveat above says why
            raise InputError(
                self.tr("{method} gives no weights for this study (see above).").format(
                    method=self.method_name(key)
                )
            )
        return self.suggested[key]

    def source(self) -> str:
        return self.tr("From the data ({method})").format(method=self.method.currentText())

    def _on_method_changed(self, _index: int) -> None:
        self.refresh()
