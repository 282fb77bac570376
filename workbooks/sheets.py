"""Rows of our sheets, and writing rows into openpyxl worksheets with text kept as text.

openpyxl turns any string starting with ``=`` into a formula; a partner named ``=HYPERLINK(...)``
must stay a name, so every string cell is forced to the string type after assignment.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from criteria.model import DecisionModel
from workbooks import layout

HEADER_WIDTH = 14  # column width (characters) of data columns
NAME_WIDTH = 34  # width of name and description columns


def number(value: object) -> float | None:
    """A float for the cell, or None (empty cell) for NaN and None."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def partners_rows(model: DecisionModel) -> list[list]:
    """Partner, descriptive columns, then criterion columns; missing values as empty cells."""
    rows: list[list] = [[layout.PARTNER, *model.descriptive_columns, *model.criterion_names]]
    for partner, values in zip(model.partners, model.values.tolist(), strict=True):
        fields = dict(partner.fields)
        rows.append(
            [
                partner.name,
                *(fields.get(c, "") for c in model.descriptive_columns),
                *(number(v) for v in values),
            ]
        )
    return rows


def criteria_rows(model: DecisionModel, weights: Sequence[float] | None = None) -> list[list]:
    """One row per criterion with the given weights (the model's when None)."""
    weights = model.workbook_weights if weights is None else weights
    rows: list[list] = [list(layout.CRITERIA_COLUMNS)]
    for criterion, weight in zip(model.criteria, weights, strict=True):
        rows.append(
            [
                criterion.name,
                criterion.direction.value,
                number(weight),
                criterion.description,
                number(criterion.min),
                number(criterion.max),
                criterion.unit,
            ]
        )
    return rows


def scenarios_rows(model: DecisionModel) -> list[list]:
    rows: list[list] = [[layout.SCENARIO, *model.criterion_names]]
    rows.extend([scenario.name, *(number(w) for w in scenario.weights)] for scenario in model.scenarios)
    return rows


def study_sheets(model: DecisionModel, weights: Sequence[float] | None = None) -> dict[str, list[list]]:
    """Our three sheets, Scenarios always (a header alone shows where scenarios go)."""
    return {
        layout.PARTNERS: partners_rows(model),
        layout.CRITERIA: criteria_rows(model, weights),
        layout.SCENARIOS: scenarios_rows(model),
    }


def _clean(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _text_cell(cell, value: str, bold: bool) -> object:
    cell.value = _clean(value)
    cell.data_type = "s"  # never a formula, whatever the text starts with
    if bold:
        from openpyxl.styles import Font

        cell.font = Font(bold=True)
    return cell


def put_rows(sheet, rows: Iterable[Sequence[object]], *, bold_header: bool = True) -> None:
    """Write rows from A1 into an ordinary (not write-only) worksheet, text as text."""
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, str):
                _text_cell(cell, value, bold_header and r == 1)
            else:
                cell.value = value


def set_widths(sheet, widths: Sequence[float]) -> None:
    """Column widths in characters, from column A (before any row in write-only mode)."""
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def widths_for(header: Sequence[object]) -> list[float]:
    """Readable widths: wide for the first column and text columns, narrow for numbers."""
    return [NAME_WIDTH if i == 0 else max(HEADER_WIDTH, len(str(h)) + 2) for i, h in enumerate(header)]
