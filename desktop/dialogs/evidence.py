"""Edit what backs a score: source, date, confidence, plausible range and note (issue 13).

The dialog only collects plain values; the caller applies them through
``criteria.edits.set_evidence`` (via ``StudySession.try_edit``), which checks them as the
``Evidence`` sheet is checked and makes the edit one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
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
from desktop.dialogs.weights_base import fit_to_screen
from desktop.evidence_marks import confidence_word
from desktop.i18n import local_decimals

CONFIDENCES = ("", *(c.value for c in Confidence))  # what is written to the Evidence sheet
FIELDS = (  # the form's labels, in the order of its rows
    QT_TRANSLATE_NOOP("EvidenceDialog", "Partner"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "Criterion"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "Score"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "Source"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "Date"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "Confidence"),
    "",
    QT_TRANSLATE_NOOP("EvidenceDialog", "Low"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "High"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "Note"),
)


def _number(text: str) -> float | None:
    """A range field: empty is None; anything else must read as a number (ValueError otherwise)."""
    return float(text.replace(",", ".")) if text.strip() else None


class EvidenceDialog(QDialog):
    """Pick a partner and a criterion, see and edit the evidence of that score."""

    def __init__(
        self, model: DecisionModel, partner: int = 0, criterion: int = 0, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.model = model
        self.partner = QComboBox()
        self.partner.addItems([p.name for p in model.partners])
        self.criterion = QComboBox()
        self.criterion.addItems(list(model.criterion_names))
        self.score = QLabel()
        self.source = QLineEdit()
        self.date = QLineEdit()
        self.confidence = QComboBox()
        for value in CONFIDENCES:
            self.confidence.addItem("", value)
        self.default_range = QLabel()
        self.default_range.setWordWrap(True)
        self.low, self.high = QLineEdit(), QLineEdit()
        self.note = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #C1121F;")
        form = QFormLayout(self)
        self.labels = [QLabel() for _ in FIELDS]
        for label, widget in zip(
            self.labels,
            (
                self.partner,
                self.criterion,
                self.score,
                self.source,
                self.date,
                self.confidence,
                self.default_range,
                self.low,
                self.high,
                self.note,
            ),
            strict=True,
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
        self._retranslate()
        self._show_cell()
        fit_to_screen(self)  # its wrapped default range whole, at a large text size too

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Labels and words in the interface's language; the fields keep what was typed in them."""
        self.setWindowTitle(self.tr("Evidence for a score"))
        for label, text in zip(self.labels, FIELDS, strict=True):
            label.setText(QCoreApplication.translate("EvidenceDialog", text) if text else "")
        self.date.setPlaceholderText(self.tr("2024, 2024-03 or 2024-03-05"))
        for index, value in enumerate(CONFIDENCES):
            self.confidence.setItemText(index, confidence_word(value))
        self._show_score()
        self._show_default_range()
        if self.error.text():
            self._show_error()

    @property
    def cell(self) -> tuple[int, int]:
        return self.partner.currentIndex(), self.criterion.currentIndex()

    def _show_cell(self) -> None:
        i, j = self.cell
        item = self.model.evidence_cells().get((i, j)) or Evidence("", "")
        self._show_score()
        self.source.setText(item.source)
        self.date.setText("" if item.date is None else str(item.date))
        self._written = item.confidence  # "cao" stays "cao" unless the level is changed
        self.confidence.setCurrentIndex(CONFIDENCES.index(item.level.value) if item.level else 0)
        self.low.setText("" if item.low is None else local_decimals(f"{item.low:g}"))
        self.high.setText("" if item.high is None else local_decimals(f"{item.high:g}"))
        self.note.setText(item.note)
        self._show_default_range()

    def _show_score(self) -> None:
        value = self.model.values[self.cell]
        self.score.setText(self.tr("missing") if value != value else local_decimals(f"{value:g}"))

    def _show_default_range(self) -> None:
        study = self.model.evidence_settings.widths
        widths: ConfidenceWidths = criterion_widths(self.model.criteria[self.cell[1]], study)
        self.default_range.setText(
            self.tr(
                "Without Low and High: high ±{high}, medium ±{medium}, low ±{low} points on a 1-10 scale "
                "(the same share of the span on other scales), clipped to Min..Max."
            ).format(**{k: local_decimals(f"{getattr(widths, k):g}") for k in ("high", "medium", "low")})
        )

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
        chosen = self.confidence.currentData()
        return self._written if Confidence.parse(self._written) == Confidence.parse(chosen) else chosen

    def _on_cell_changed(self, _index: int) -> None:
        self._show_cell()

    def _on_buttons_accepted(self) -> None:
        try:
            self.evidence()
        except ValueError:
            self._show_error()
            return
        self.accept()

    def _show_error(self) -> None:
        self.error.setText(self.tr("Low and High are numbers (or empty)."))
