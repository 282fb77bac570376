"""The ranking table: rank, change against the workbook's weights, partner, score bar, notes.

Rows follow the ranking (best first). Per update the row arrays are rebuilt
with numpy; when the order is unchanged only ``dataChanged`` is emitted over
the changing columns, when ranks move the rows are reordered inside
``layoutChanged`` and selections follow their partners (ARCHITECTURE.md §2).

A rank that rests on filled-in values shows the best and worst rank the partner could
reach depending on how its gaps are filled, "12 (7–15)", with the sentence in the
tooltip; ``desktop.models.missing_ranges`` decides when those are recomputed.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from criteria.i18n import Language
from desktop.i18n import current_language, format_readable
from desktop.models.missing_ranges import MissingRanges
from desktop.session import StudyChange, StudySession

ROOT = QModelIndex()  # the invisible parent of every row (tables have no tree)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
BAR_ROLE = Qt.ItemDataRole.UserRole + 2  # score as a 0..1 bar length (1 = the leader)
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the partner's row in the decision model

RANK, CHANGE, PARTNER, SCORE, NOTES = range(5)
# English sources, shown in the interface's language (``headerData`` translates them)
HEADERS = (
    QT_TRANSLATE_NOOP("RankingTableModel", "Rank"),
    QT_TRANSLATE_NOOP("RankingTableModel", "Move"),
    QT_TRANSLATE_NOOP("RankingTableModel", "Partner"),
    QT_TRANSLATE_NOOP("RankingTableModel", "Score"),
    QT_TRANSLATE_NOOP("RankingTableModel", "Marks"),
)
TIPS = (
    QT_TRANSLATE_NOOP(
        "RankingTableModel",
        "1 = best; partners whose scores tie share a rank.\n"
        "12 (7–15): rank 12 as the gaps are filled now; 7 to 15 depending on how they are filled.",
    ),
    QT_TRANSLATE_NOOP(
        "RankingTableModel", "Rank change against the workbook's own weights (▲ moved up, ▼ moved down)."
    ),
    "",
    QT_TRANSLATE_NOOP(
        "RankingTableModel",
        "The method's score; the bar shows it relative to the leader and the last partner.",
    ),
    QT_TRANSLATE_NOOP(
        "RankingTableModel",
        "◆ dominated: another partner is at least as good on every criterion and better on one.\n"
        "≈ filled: the score uses filled-in values for missing data.\n"
        "⊘ below a minimum level: ranked and marked because the study keeps such partners.",
    ),
)
UP, DOWN = QBrush(QColor("#1B7F3B")), QBrush(QColor("#B3261E"))


class RankingTableModel(QAbstractTableModel):
    def __init__(self, session: StudySession, parent=None):
        super().__init__(parent)
        self.session = session
        self.missing = MissingRanges(session, self)
        self._build()
        session.changed.connect(self._on_session_changed)
        self.missing.updated.connect(self._on_missing_updated)

    def _build(self) -> None:
        """Row arrays from the session's ranking, best first."""
        ranking, model = self.session.ranking, self.session.state.model
        order = np.asarray(ranking.order, dtype=int)
        indices = np.asarray(ranking.indices, dtype=int)
        scores = np.asarray(ranking.scores, dtype=float)
        self.rows = indices[order]  # model row of each table row
        self.ranks = np.asarray(ranking.ranks, dtype=int)[order]
        self.scores = scores[order]
        best, worst = (
            (scores.max(), scores.min()) if ranking.higher_is_better else (scores.min(), scores.max())
        )
        span = best - worst
        self.bars = (scores[order] - worst) / span if abs(span) > 1e-12 else np.ones(len(order))
        baseline = np.zeros(len(model.partners), dtype=int)
        base = self.session.baseline
        baseline[np.asarray(base.indices, dtype=int)] = np.asarray(base.ranks, dtype=int)
        self.changes = np.where(baseline[self.rows] > 0, baseline[self.rows] - self.ranks, 0)
        filled = np.asarray(ranking.filled, dtype=bool)
        self.filled = (
            filled.reshape(len(indices), -1).any(axis=1)[order] if filled.size else np.zeros(len(order), bool)
        )
        dominance = self.session.dominance
        self.dominated_by = [dominance[k] for k in order]

    def _on_session_changed(self, change: StudyChange) -> None:
        self.missing.follow(change)
        # a value edit can put a partner below a minimum level, or back above it: rows come and go
        if change.what & {"structure", "file"} or len(change.ranking.order) != len(self.rows):
            self.beginResetModel()
            self._build()
            self.endResetModel()
            return
        if not change.what & {"weights", "values", "method"}:
            return
        old_rows = self.rows
        new_order = np.asarray(change.ranking.indices, dtype=int)[np.asarray(change.ranking.order, dtype=int)]
        if np.array_equal(old_rows, new_order):
            self._build()
            self.dataChanged.emit(self.index(0, RANK), self.index(self.rowCount() - 1, NOTES))
            return
        self.layoutAboutToBeChanged.emit()
        self._build()
        self._move_persistent(old_rows)
        self.layoutChanged.emit()

    def _on_missing_updated(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, RANK), self.index(self.rowCount() - 1, NOTES))

    def _move_persistent(self, old_rows: np.ndarray) -> None:
        """Keep selections and the current index on the same partner after a reorder."""
        persistent = self.persistentIndexList()
        if not persistent:
            return
        where = np.full(max(int(old_rows.max(initial=0)), int(self.rows.max(initial=0))) + 1, -1)
        where[self.rows] = np.arange(len(self.rows))
        moved = []
        for index in persistent:
            row = int(where[old_rows[index.row()]]) if index.row() < len(old_rows) else -1
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def retranslate(self) -> None:
        """Headers, marks and numbers again in the interface's language (after a switch)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(HEADERS) - 1))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(TIPS[section]) if TIPS[section] else None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def partner_name(self, row: int) -> str:
        return self.session.state.model.partners[int(self.rows[row])].name

    def notes(self, row: int, long: bool = False) -> str:
        parts = []
        if self.dominated_by[row]:
            names = [self.session.ranking.partners[k] for k in self.dominated_by[row]]
            parts.append(self.tr("◆ dominated by {names}").format(names=", ".join(names)) if long else "◆")
        screen, partner = self.session.ranking.screen, int(self.rows[row])
        if partner in screen.failures and not long:
            parts.append("⊘")
        elif partner in screen.failures:  # the reasons in words only for the tooltip
            reasons = "; ".join(screen.words(partner, Language(current_language())))
            parts.append(self.tr("⊘ fails a minimum level: {reasons}").format(reasons=reasons))
        if self.filled[row]:
            parts.append(self.tr("≈ rests on filled-in values for missing data") if long else "≈")
            if long:
                parts.append(self.missing.sentence(self.partner_name(row)) or "")
        return ("\n" if long else " ").join(filter(None, parts))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == ROW_ROLE:
            return int(self.rows[row])
        if role == BAR_ROLE:
            return float(self.bars[row]) if column == SCORE else None
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._display(row, column, role == SORT_ROLE)
        if role == Qt.ItemDataRole.ForegroundRole and column == CHANGE and self.changes[row]:
            return UP if self.changes[row] > 0 else DOWN
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, CHANGE, SCORE):
            return int(
                Qt.AlignmentFlag.AlignCenter
                if column != SCORE
                else Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NOTES:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == PARTNER:  # the full name, even when cut
            return "\n".join(filter(None, [self.partner_name(row), self.notes(row, long=True)]))
        if role == Qt.ItemDataRole.ToolTipRole and column == RANK:
            return self.missing.sentence(self.partner_name(row)) if self.filled[row] else None
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTES:
            return self.notes(row, long=True) or None
        return None

    def _display(self, row: int, column: int, sort: bool):
        if column == RANK:
            if sort:
                return int(self.ranks[row])
            span = self.missing.span(self.partner_name(row)) if self.filled[row] else ""
            return f"{self.ranks[row]}{span}"
        if column == CHANGE:
            change = int(self.changes[row])
            return (
                change if sort else (f"▲ {change}" if change > 0 else f"▼ {-change}" if change < 0 else "–")
            )
        if column == PARTNER:
            name = self.partner_name(row)
            return name.casefold() if sort else name
        if column == SCORE:
            if sort:
                return float(self.scores[row])
            return format_readable(float(self.scores[row]), scientific=self.session.ranking.scientific_scores)
        return self.notes(row)
