"""The partners table: name, descriptive columns and criterion values, editable in place.

Missing values are shown with the value they are counted as (italic, tinted)
and a tooltip naming the cell and the policy. Weight changes do not touch this
model; value edits emit ``dataChanged``, structural ones reset it.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from criteria import edits
from criteria.errors import InputError
from criteria.i18n import AmbiguousNumber, read_number
from criteria.missing import MissingPolicy
from desktop.i18n import current_language, local_decimals
from desktop.session import StudyChange, StudySession

ROOT = QModelIndex()  # the invisible parent of every row (tables have no tree)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_COLOUR = "#FFE9B3"
MISSING_BRUSH = QBrush(QColor(MISSING_COLOUR))
MARK = f'<span style="background:{MISSING_COLOUR}"><i>{{text}}</i></span>'  # a missing cell, in the legend
ITALIC = QFont()
ITALIC.setItalic(True)


def format_number(value: float) -> str:
    """A value for reading (4 significant digits), with the interface language's separators."""
    return local_decimals(f"{value:.4g}") if math.isfinite(value) else ""


def edit_text(value: float) -> str:
    """A value as the cell's editor starts with it: every digit, the interface's decimal sign, no
    thousands separators (``1234,5`` in Vietnamese), so that it reads back as the same number."""
    if not math.isfinite(value):
        return ""
    text = repr(float(value)).removesuffix(".0")
    return local_decimals(text)


def parse_number(text: object) -> float | None:
    """Cell text as a value, read in the interface's notation (``criteria.i18n.read_number``:
    Vietnamese ``1.000`` is a thousand and ``1,5`` one and a half; English the other way round);
    blank means missing. Text the two notations read differently (``1,000`` typed in Vietnamese)
    is refused with both ways to write what was meant, never guessed."""
    if isinstance(text, (int, float)):
        return float(text)
    typed = str(text).strip()
    try:
        return read_number(typed, current_language())
    except AmbiguousNumber as error:
        raise InputError(
            QCoreApplication.translate(
                "PartnersTableModel",
                "{text} is ambiguous here: type {decimal} for the number with decimals, or {whole} for the "
                "whole number.",
            ).format(text=repr(typed), decimal=_unambiguous(error.decimal), whole=f"{error.whole:.0f}")
        ) from None
    except ValueError:
        raise InputError(
            QCoreApplication.translate("PartnersTableModel", "{text} is not a number").format(
                text=repr(typed)
            )
        ) from None


def _unambiguous(value: float) -> str:
    """``value`` as typed in the interface's notation so that no reader takes it for thousands:
    ``1``, ``2,5``, and ``7,1250`` for 7.125 (three decimals look like a thousands group)."""
    text = f"{value:.12g}"
    if "." in text and len(text.split(".")[1]) == 3:
        text += "0"
    return local_decimals(text)


# criteria.missing's words for a filled-in value, in the interface's language
FILL_TRANSLATIONS = {
    MissingPolicy.WORST: QT_TRANSLATE_NOOP(
        "PartnersTableModel",
        "the worst value on that criterion (its scale bound, else the worst observed value)",
    ),
    MissingPolicy.MEAN: QT_TRANSLATE_NOOP(
        "PartnersTableModel", "the mean of the observed values on that criterion"
    ),
}

LEGEND_WORDS = {  # the table's legend: the same, short enough for one line (the tooltip has it all)
    MissingPolicy.WORST: QT_TRANSLATE_NOOP(
        "PartnersTableModel", "{mark} = missing, counted as n, the worst value of its criterion."
    ),
    MissingPolicy.MEAN: QT_TRANSLATE_NOOP(
        "PartnersTableModel", "{mark} = missing, counted as n, the mean of its criterion."
    ),
}


class PartnersTableModel(QAbstractTableModel):
    def __init__(self, session: StudySession, parent=None):
        super().__init__(parent)
        self.session = session
        self._refresh_fill()
        session.changed.connect(self._on_session_changed)

    # -- layout ----------------------------------------------------------------------------------

    @property
    def _model(self):
        return self.session.state.model

    def _refresh_fill(self) -> None:
        """The value each missing cell counts as in the session's ranking (model rows, NaN where
        none: the partner has no row in the ranking, policy exclude), or None when nothing is missing.

        Read from the ranking, which already holds the filled values: they depend on the values
        and the policy, not on weights or method, so only value and structure changes refresh them.
        """
        model, ranking = self.session.state.model, self.session.ranking
        self._filled = None
        if model.missing.any():
            filled = np.full(model.values.shape, np.nan)
            filled[np.asarray(ranking.indices)] = np.where(ranking.filled, ranking.values, np.nan)
            self._filled = filled

    def _fill_of(self, i: int, j: int) -> float:
        """What missing cell ``(i, j)`` counts as, NaN when it is not filled in."""
        return math.nan if self._filled is None else float(self._filled[i, j])

    def _on_session_changed(self, change: StudyChange) -> None:
        if change.what & {"structure", "file"}:
            self.beginResetModel()
            self._refresh_fill()
            self.endResetModel()
        elif "values" in change.what:
            self._refresh_fill()
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._model.partners)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 1 + len(self._model.descriptive_columns) + len(self._model.criteria)

    def criterion_of_column(self, column: int) -> int | None:
        j = column - 1 - len(self._model.descriptive_columns)
        return j if j >= 0 else None

    def column_of_criterion(self, j: int) -> int:
        return 1 + len(self._model.descriptive_columns) + j

    def retranslate(self) -> None:
        """Headers, tips and numbers again in the interface's language (after a switch)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        j = self.criterion_of_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Partner")
            if j is None:
                return self._model.descriptive_columns[section - 1]
            criterion = self._model.criteria[j]
            return f"{criterion.name} {'↑' if criterion.is_benefit else '↓'}"
        if role == Qt.ItemDataRole.ToolTipRole and j is not None:
            c = self._model.criteria[j]
            better = self.tr("higher is better") if c.is_benefit else self.tr("lower is better (cost)")
            if c.min is not None and c.max is not None:
                scale = self.tr("; scale {low} to {high}").format(
                    low=format_number(c.min), high=format_number(c.max)
                )
            else:
                scale = ""
            unit = f" ({c.unit})" if c.unit else ""
            return f"{c.name}{unit}: {better}{scale}.\n{c.description}".strip()
        return None

    # -- cells -----------------------------------------------------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        model, i, column = self._model, index.row(), index.column()
        j = self.criterion_of_column(column)
        if j is None:
            text = (
                model.partners[i].name
                if column == 0
                else model.partners[i].field(model.descriptive_columns[column - 1])
            )
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return text
            if role == SORT_ROLE:
                return text.casefold()
            if role == Qt.ItemDataRole.ToolTipRole and len(text) > 30:
                return text
            return None
        value = float(model.values[i, j])
        missing = math.isnan(value)
        if role == Qt.ItemDataRole.DisplayRole:
            if not missing:
                return format_number(value)
            fill = self._fill_of(i, j)
            return f"({format_number(fill)})" if math.isfinite(fill) else "—"
        if role == Qt.ItemDataRole.EditRole:  # text, read back in the interface's notation
            return "" if missing else edit_text(value)
        if role == SORT_ROLE:
            return -math.inf if missing else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if missing and role == Qt.ItemDataRole.BackgroundRole:
            return MISSING_BRUSH
        if missing and role == Qt.ItemDataRole.FontRole:
            return ITALIC
        if missing and role == Qt.ItemDataRole.ToolTipRole:
            return self._missing_tip(i, j)
        return None

    def missing_legend(self) -> str:
        """What a missing cell shows under the study's policy, as rich text for the table's legend
        (one line at 1280 px; the cell's tooltip says it in full): "(n)" for the value n it counts
        as, "—" when its partner is left out."""
        policy = self.session.state.missing
        if policy in LEGEND_WORDS:
            return self.tr(LEGEND_WORDS[policy]).format(mark=MARK.format(text="(n)"))
        return self.tr("{mark} = missing: its partner is left out of the ranking (policy {policy}).").format(
            mark=MARK.format(text="—"), policy=policy.value
        )

    def _missing_tip(self, i: int, j: int) -> str:
        state = self.session.state
        ref = state.model.cell_ref(i, j)
        where = f" (Partners!{ref})" if ref else ""  # the sheet's name, as in the workbook
        policy = state.missing.value
        fill = self._fill_of(i, j)
        if math.isfinite(fill):
            how = self.tr(FILL_TRANSLATIONS[state.missing]) if state.missing in FILL_TRANSLATIONS else policy
            return self.tr(
                "Missing value{where}: counted as {fill}, {how}. Type a number to fill it in."
            ).format(where=where, fill=format_number(fill), how=how)
        # not filled in: the partner has no row in the ranking (a ranked partner's gaps are all filled)
        return self.tr(
            "Missing value{where}: this partner is left out of the ranking (policy {policy})."
        ).format(where=where, policy=policy)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        model, i, column = self._model, index.row(), index.column()
        name = model.partners[i].name
        j = self.criterion_of_column(column)
        if column == 0:
            return self.session.try_edit(
                edits.rename_partner,
                i,
                str(value),
                label=self.tr("Rename: {old} -> {new}").format(old=name, new=str(value).strip()),
            )
        if j is None:
            field = model.descriptive_columns[column - 1]
            return self.session.try_edit(edits.set_field, i, field, str(value), label=f"{field}: {name}")
        old = float(model.values[i, j])
        if isinstance(value, str) and value.strip() == edit_text(old):
            return False  # the editor closed on the text it opened with
        try:
            number = parse_number(value)
        except InputError as error:
            self.session.failed.emit(f"{model.criteria[j].name}, {name}: {error.summary()}")
            return False
        if (number is None and math.isnan(old)) or number == old:
            return False
        missing = self.tr("missing")
        shown = missing if number is None else format_number(number)
        label = self.tr("Value: {partner}, {criterion} {old} -> {new}").format(
            partner=name, criterion=model.criteria[j].name, old=format_number(old) or missing, new=shown
        )
        return self.session.try_edit(edits.set_value, i, j, number, label=label)

    def missing_count(self) -> int:
        return int(np.count_nonzero(self._model.missing))
