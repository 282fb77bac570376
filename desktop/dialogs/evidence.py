"""Edit what backs a score: source, date, confidence, plausible range and note (issue 13).

The dialog only collects plain values; the caller applies them through
``criteria.edits.set_evidence`` (via ``StudySession.try_edit``), which checks them as the
``Evidence`` sheet is checked and makes the edit one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from criteria.evidence import Confidence, ConfidenceWidths, Evidence, criterion_widths
from criteria.model import DecisionModel

CONFIDENCES = ("", *(c.value for c in Confidence))


def _number(text: str) -> float | None:
    """A range field: empty is None; anything else must read as a number (ValueError otherwise)."""
    return float(text.replace(",", ".")) if text.strip() else None


class EvidenceDialog(QDialog):
    """Pick a partner and a criterion, see and edit the evidence of that score."""

    def __init__(
        self, model: DecisionModel, partner: int = 0, criterion: int = 0, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle("Evidence for a score")
        self.model = model
        self.partner = QComboBox()
        self.partner.addItems([p.name for p in model.partners])
        self.criterion = QComboBox()
        self.criterion.addItems(list(model.criterion_names))
        self.score = QLabel()
        self.source = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText("2024, 2024-03 or 2024-03-05")
        self.confidence = QComboBox()
        self.confidence.addItems(CONFIDENCES)
        self.default_range = QLabel()
        self.default_range.setWordWrap(True)
        self.low, self.high = QLineEdit(), QLineEdit()
        self.note = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #C1121F;")
        form = QFormLayout(self)
        for label, widget in (
            ("Partner", self.partner),
            ("Criterion", self.criterion),
            ("Score", self.score),
            ("Source", self.source),
            ("Date", self.date),
            ("Confidence", self.confidence),
            ("", self.default_range),
            ("Low", self.low),
            ("High", self.high),
            ("Note", self.note),
        ):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.partner.currentIndexChanged.connect(self._on_cell_changed)
        self.criterion.currentIndexChanged.connect(self._on_cell_changed)
        self.partner.setCurrentIndex(partner)
        self.criterion.setCurrentIndex(criterion)
        self._show_cell()

    @property
    def cell(self) -> tuple[int, int]:
        return self.partner.currentIndex(), self.criterion.currentIndex()

    def _show_cell(self) -> None:
        i, j = self.cell
        item = self.model.evidence_cells().get((i, j)) or Evidence("", "")
        value = self.model.values[i, j]
        self.score.setText("missing" if value != value else f"{value:g}")
        self.source.setText(item.source)
        self.date.setText("" if item.date is None else str(item.date))
        self._written = item.confidence  # "cao" stays "cao" unless the level is changed
        self.confidence.setCurrentIndex(CONFIDENCES.index(item.level.value) if item.level else 0)
        self.low.setText("" if item.low is None else f"{item.low:g}")
        self.high.setText("" if item.high is None else f"{item.high:g}")
        self.note.setText(item.note)
        widths: ConfidenceWidths = criterion_widths(self.model.criteria[j])
        self.default_range.setText(f"Without Low and High: {widths.describe()}.")

    def evidence(self) -> Evidence:
        """The fields as an ``Evidence`` (ValueError when Low or High is not a number)."""
        i, j = self.cell
        return Evidence(
            self.model.partners[i].name,
            self.model.criteria[j].name,
            self.source.text().strip(),
            self.date.text().strip() or None,
            self._confidence_word(),
            _number(self.low.text()),
            _number(self.high.text()),
            self.note.text().strip(),
        )

    def _confidence_word(self) -> str:
        chosen = self.confidence.currentText()
        return self._written if Confidence.parse(self._written) == Confidence.parse(chosen) else chosen

    def _on_cell_changed(self, _index: int) -> None:
        self._show_cell()

    def _on_buttons_accepted(self) -> None:
        try:
            self.evidence()
        except ValueError:
            self.error.setText("Low and High are numbers (or empty).")
            return
        self.accept()
