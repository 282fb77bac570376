"""Evidence on the partners table: a corner mark per score coloured by its confidence, a dot when
the evidence is older than the chosen age, and a tooltip with source, date, range and note.

A delegate installed on the ``Partners`` view, so the table model stays as it is: it paints the
cell as usual, then the marks; editing is the default delegate's.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QStyledItemDelegate, QToolTip

from criteria.evidence import Confidence, outdated, value_ranges
from desktop.i18n import local_decimals

COLOURS = {  # colour-blind safe (Okabe & Ito 2008): high blue-green, medium orange, low vermilion
    Confidence.HIGH: QColor("#009E73"),
    Confidence.MEDIUM: QColor("#E69F00"),
    Confidence.LOW: QColor("#D55E00"),
}
OLD = QColor("#555555")
MARK = 7  # px: side of the corner triangle
LEVEL_WORDS = {
    Confidence.HIGH: QT_TRANSLATE_NOOP("Evidence", "high"),
    Confidence.MEDIUM: QT_TRANSLATE_NOOP("Evidence", "medium"),
    Confidence.LOW: QT_TRANSLATE_NOOP("Evidence", "low"),
}


def confidence_word(written: str) -> str:
    """A confidence as the sheet wrote it ("cao", "Medium"), in the interface's language when it is a level."""
    level = Confidence.parse(written)
    return written if level is None else QCoreApplication.translate("Evidence", LEVEL_WORDS[level])


class EvidenceDelegate(QStyledItemDelegate):
    """For a ``PartnersPanel``: its ``proxy`` maps view cells to the table model, whose rows are
    partners and whose ``criterion_of_column`` names the criterion of a column."""

    def __init__(self, session, panel):
        super().__init__(panel.view)
        self.session, self.panel = session, panel
        self._ranges = None  # (model, (low, high)): recomputed when the model changes

    def _cell(self, index):
        source = self.panel.proxy.mapToSource(index)
        j = self.panel.model.criterion_of_column(source.column())
        return None if j is None else (source.row(), j)

    def evidence_at(self, index):
        cell = self._cell(index)
        return None if cell is None else self.session.state.model.evidence_cells().get(cell)

    @property
    def max_age(self) -> float:
        """Evidence older than this many years is flagged (the study's Evidence settings)."""
        return self.session.state.model.evidence_settings.max_age_years

    def is_old(self, item) -> bool:
        return outdated(item.date, dt.date.today(), self.max_age)

    def tooltip(self, index) -> str | None:
        """Source, date (flagged when old), confidence with the range it gives, and note."""
        item = self.evidence_at(index)
        if item is None:
            return None
        model = self.session.state.model
        if self._ranges is None or self._ranges[0] is not model:
            self._ranges = (model, value_ranges(model))
        i, j = self._cell(index)
        low, high = self._ranges[1][0][i, j], self._ranges[1][1][i, j]
        lines = [self.tr("Source: {source}").format(source=item.source or self.tr("none given"))]
        if item.date is not None:
            old = self.is_old(item)
            date = self.tr("Date: {date} (older than {years} years)") if old else self.tr("Date: {date}")
            lines.append(date.format(date=item.date, years=local_decimals(f"{self.max_age:g}")))
        if item.confidence or item.has_range:
            confidence = confidence_word(item.confidence) or self.tr("not given")
            if low != low or low == high:
                lines.append(self.tr("Confidence: {confidence}").format(confidence=confidence))
            else:
                lines.append(
                    self.tr("Confidence: {confidence}, range {low} to {high}").format(
                        confidence=confidence,
                        low=local_decimals(f"{low:g}"),
                        high=local_decimals(f"{high:g}"),
                    )
                )
        if item.note:
            lines.append(self.tr("Note: {note}").format(note=item.note))
        return "\n".join(lines)

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        item = self.evidence_at(index)
        if item is None:
            return
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        if item.level is not None:
            painter.setBrush(COLOURS[item.level])
            right, top = rect.right() + 1, rect.top()
            painter.drawPolygon(
                QPolygonF([QPointF(right - MARK, top), QPointF(right, top), QPointF(right, top + MARK)])
            )
        if self.is_old(item):
            painter.setBrush(OLD)
            painter.drawEllipse(QPointF(rect.left() + 4, rect.bottom() - 3), 2.5, 2.5)
        painter.restore()

    def helpEvent(self, event, view, option, index) -> bool:
        text = self.tooltip(index) if event.type() == QEvent.Type.ToolTip else None
        if text is None:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), text, view)
        return True
