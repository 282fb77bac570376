"""The study's evidence settings (issue 13): the range each confidence gives a score without Low
and High, and the age past which evidence is flagged.

The dialog shows what the widths give on each criterion's own scale as they are typed, and only
collects values; the caller applies them with ``criteria.evidence_settings.set_evidence_settings``
(via ``StudySession.try_edit``): one undo step, saved in the workbook's ``Evidence settings`` sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from criteria.errors import InputError
from criteria.evidence import Confidence, ConfidenceWidths
from criteria.evidence_settings import LARGEST, EvidenceSettings, ranges_per_criterion
from criteria.model import DecisionModel
from desktop.evidence_marks import confidence_word
from desktop.i18n import current_language, local_decimals

HEADERS = (
    QT_TRANSLATE_NOOP("EvidenceSettingsDialog", "Criterion"),
    QT_TRANSLATE_NOOP("EvidenceSettingsDialog", "Scale"),
    QT_TRANSLATE_NOOP("EvidenceSettingsDialog", "High"),
    QT_TRANSLATE_NOOP("EvidenceSettingsDialog", "Medium"),
    QT_TRANSLATE_NOOP("EvidenceSettingsDialog", "Low"),
)


def _spin(value: float, step: float, decimals: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox(minimum=0.0, maximum=LARGEST, singleStep=step, decimals=decimals)
    box.setValue(value)
    return box


class EvidenceSettingsDialog(QDialog):
    """Three widths (points of a 1-10 scale), the age in years, and a table of what they give."""

    def __init__(self, model: DecisionModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        settings = model.evidence_settings
        self.age = _spin(settings.max_age_years, 0.5, 1)
        self.widths = {level: _spin(settings.widths.points(level), 0.25, 2) for level in Confidence}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(model.criteria), len(HEADERS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.labels = {key: QLabel() for key in ("age", *Confidence)}
        form = QFormLayout()
        form.addRow(self.labels["age"], self.age)
        for level, box in self.widths.items():
            form.addRow(self.labels[level], box)
            box.valueChanged.connect(self._on_width_value_changed)
        for key, label in self.labels.items():
            label.setBuddy(self.age if key == "age" else self.widths[key])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidence settings"))
        self.labels["age"].setText(self.tr("Flag evidence &older than (years):"))
        for level in Confidence:
            self.labels[level].setText(
                self.tr("Range without Low and High, {level} confidence (± points on a 1-10 scale):").format(
                    level=confidence_word(level.value)
                )
            )
        self.intro.setText(
            self.tr(
                "What these give each criterion, in its own units (the same share of its span: Max - Min, "
                "or the spread of its values without them), clipped to Min..Max:"
            )
        )
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("EvidenceSettingsDialog", h) for h in HEADERS]
        )
        self._show_ranges()

    def settings(self) -> EvidenceSettings:
        """What the fields say, as the study's settings (the sheet as read stays the model's)."""
        widths = ConfidenceWidths(*(self.widths[level].value() for level in Confidence))
        return EvidenceSettings(widths, self.age.value())

    def _show_ranges(self) -> None:
        """Each criterion's half-widths in its units; * where its own Confidence widths cell rules."""
        try:
            shown = ranges_per_criterion(self.model, self.settings().widths)
        except InputError as error:  # a Confidence widths cell the reader would refuse
            self.note.setText(error.summary(lang=current_language()))
            return
        own = False
        for row, (criterion, (half, overridden)) in enumerate(zip(self.model.criteria, shown, strict=True)):
            name = criterion.name + (" *" if overridden else "")
            texts = (name, self._scale(criterion), *(f"±{local_decimals(f'{h:.3g}')}" for h in half))
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
            own = own or overridden
        self.note.setText(
            self.tr("* own widths in the Criteria sheet's Confidence widths column, over these.")
            if own
            else ""
        )

    def _scale(self, criterion) -> str:
        if criterion.min is None or criterion.max is None:
            return self.tr("spread of its values")
        return " – ".join(local_decimals(f"{bound:g}") for bound in (criterion.min, criterion.max))

    def _on_width_value_changed(self, _value: float) -> None:
        self._show_ranges()
