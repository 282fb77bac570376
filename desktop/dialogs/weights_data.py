"""Weights from the data (entropy, CRITIC, standard deviation) beside the room's own weights."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from criteria.errors import InputError
from criteria.objective import OBJECTIVE_METHODS, model_objective_weights
from desktop.dialogs.weights_base import WARNING_STYLE, WeightsDialog


class DataWeightsDialog(WeightsDialog):
    """Shows every data method as a column; the chosen one is what Apply sets."""

    title = "Weights from the data"
    label = "from the data"

    def body(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        intro = QLabel(
            "These weights come from how much the partners differ on each criterion, not from anyone's "
            "judgement: a criterion on which every partner scores the same gets none. Standard deviation "
            "and CRITIC compare the criteria rescaled from their worst to their best observed value, so "
            "units do not matter; CRITIC also favours a criterion that disagrees with the others. Entropy "
            "needs amounts counted from zero (US$, tonnes, months). Compare them with the current weights "
            "(Now); a big gap is worth discussing. Apply sets the weights of the method chosen below "
            "(the New column)."
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
                self.problems[key] = error.summary(limit=2)
        # why a method shows no weights, before the room reads its empty column as "no opinion"
        self.caveat = QLabel("\n".join(dict.fromkeys(self.problems.values())))  # a shared reason once
        self.caveat.setWordWrap(True)
        self.caveat.setStyleSheet(WARNING_STYLE)
        self.caveat.setVisible(bool(self.problems))
        layout.addWidget(self.caveat)
        self.method = QComboBox()
        for key, name in OBJECTIVE_METHODS.items():
            self.method.addItem(name, key)
        usable = [key for key, weights in self.suggested.items() if weights is not None]
        if usable:
            self.method.setCurrentIndex(self.method.findData(usable[0]))
        self.method.currentIndexChanged.connect(self._on_method_changed)
        form = QFormLayout()
        form.addRow("&Apply the weights of:", self.method)
        layout.addLayout(form)
        return box

    def extra_headers(self) -> tuple[str, ...]:
        return tuple(OBJECTIVE_METHODS.values())

    def compute(self) -> tuple[float, ...]:
        for column, key in enumerate(OBJECTIVE_METHODS, start=3):
            self.preview.show_weights(self.suggested[key], column)
        key = self.method.currentData()
        if self.suggested[key] is None:  # the caveat above says why
            raise InputError(f"{OBJECTIVE_METHODS[key]} gives no weights for this study (see above).")
        return self.suggested[key]

    def source(self) -> str:
        return f"From the data ({self.method.currentText()})"

    def _on_method_changed(self, _index: int) -> None:
        self.refresh()
