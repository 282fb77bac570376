"""Rows of our sheets, and writing rows into openpyxl worksheets with text kept as text.

openpyxl turns any string starting with ``=`` into a formula; a partner named ``=HYPERLINK(...)``
must stay a name, so every string cell is forced to the string type after assignment.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from criteria.model import Criterion, DecisionModel, Partner, name_key
from workbooks import layout
from workbooks.cells import as_text, kept
from workbooks.evidence_settings_sheet import evidence_settings_rows
from workbooks.evidence_sheet import evidence_rows
from workbooks.levels_sheet import has_value_functions, value_function_rows
from workbooks.study_settings_sheet import has_settings, settings_rows

FIXED_CRITERIA_COLUMNS = layout.CRITERIA_COLUMNS + layout.LEVEL_COLUMNS  # written by us, not kept as extra
HEADER_WIDTH = 14  # column width (characters) of data columns
NAME_WIDTH = 34  # width of name and description columns


def number(value: object) -> float | None:
    """A float for the cell, or None (empty cell) for NaN and None."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _descriptive(partner: Partner, column: str) -> object:
    """A descriptive cell: its typed value (number, date...) while its text still matches, else
    its text (None, an empty cell, for no text)."""
    text = partner.field(column)
    typed = dict(partner.typed)
    if column in typed and as_text(typed[column]) == text:
        return kept(typed[column])
    return text or None


def partners_rows(model: DecisionModel) -> list[list]:
    """Partner, then descriptive and criterion columns in sheet order; missing values as empty cells.

    The order is the one read (``model.partner_column_order``), so a save keeps the user's
    layout; criteria added since go at the end.
    """
    order = model.partner_column_order
    criteria = {name: j for j, name in enumerate(model.criterion_names)}
    rows: list[list] = [[layout.PARTNER, *order]]
    for partner, values in zip(model.partners, model.values.tolist(), strict=True):
        rows.append(
            [
                partner.name,
                *(number(values[criteria[c]]) if c in criteria else _descriptive(partner, c) for c in order),
            ]
        )
    return rows


def _criteria_headers(model: DecisionModel) -> list[str]:
    """The Criteria sheet's columns: as read (fixed ones spelt ours), then any still needed.

    Without a recorded layout: all the fixed columns, then the criteria's extra columns.
    With one, an optional fixed column (``Unit``...) missing from it is added only when a
    criterion now has a value for it (set in the GUI).
    """
    fixed = {name.casefold(): name for name in FIXED_CRITERIA_COLUMNS}
    recorded = [fixed.get(name_key(h).casefold(), h) for h in model.criteria_sheet_columns]
    if not recorded:
        recorded = list(layout.CRITERIA_COLUMNS)
    present = {name_key(h).casefold() for h in recorded}
    for name in FIXED_CRITERIA_COLUMNS:
        needed = name in layout.CRITERIA_REQUIRED or any(
            _fixed_cell(c, name) is not None for c in model.criteria
        )
        if name.casefold() not in present and needed:
            recorded.append(name)
    present = {name_key(h).casefold() for h in recorded}
    extra = dict.fromkeys(column for c in model.criteria for column, _ in c.extra)
    recorded += [h for h in extra if name_key(h).casefold() not in present]
    return list(dict.fromkeys(recorded))


def _fixed_cell(criterion: Criterion, column: str, weight: float | None = None) -> object:
    """The value of a fixed Criteria column (``Weight``: ``weight``, else the criterion's)."""
    if column == layout.CRITERION:
        return criterion.name
    if column == layout.DIRECTION:
        return criterion.direction.value
    if column == layout.WEIGHT:
        return number(criterion.weight if weight is None else weight)
    if column in layout.LEVEL_COLUMNS:
        return number(criterion.minimum if column == layout.MINIMUM else criterion.maximum)
    if column in (layout.MIN, layout.MAX):
        return number(criterion.min if column == layout.MIN else criterion.max)
    return (criterion.description if column == layout.DESCRIPTION else criterion.unit) or None


def criteria_rows(model: DecisionModel, weights: Sequence[float] | None = None) -> list[list]:
    """One row per criterion with the given weights (the model's when None), extra columns kept."""
    weights = model.workbook_weights if weights is None else weights
    headers = _criteria_headers(model)
    rows: list[list] = [headers]
    for criterion, weight in zip(model.criteria, weights, strict=True):
        extra = dict(criterion.extra)
        rows.append(
            [
                _fixed_cell(criterion, h, weight) if h in FIXED_CRITERIA_COLUMNS else kept(extra.get(h))
                for h in headers
            ]
        )
    return rows


def scenarios_rows(model: DecisionModel) -> list[list]:
    """Scenario, then criterion and descriptive (``Notes``) columns in sheet order."""
    order = model.scenario_column_order
    criteria = {name: j for j, name in enumerate(model.criterion_names)}
    rows: list[list] = [[layout.SCENARIO, *order]]
    for scenario in model.scenarios:
        extra = dict(scenario.extra)
        rows.append(
            [
                scenario.name,
                *(
                    number(scenario.weights[criteria[c]]) if c in criteria else kept(extra.get(c))
                    for c in order
                ),
            ]
        )
    return rows


def study_sheets(model: DecisionModel, weights: Sequence[float] | None = None) -> dict[str, list[list]]:
    """Our sheets: Scenarios always (a header alone shows where scenarios go), Evidence when the
    model has evidence or was read with the sheet (``evidence_columns``)."""
    sheets = {
        layout.PARTNERS: partners_rows(model),
        layout.CRITERIA: criteria_rows(model, weights),
        layout.SCENARIOS: scenarios_rows(model),
    }
    if model.evidence or model.evidence_columns:
        sheets[layout.EVIDENCE] = evidence_rows(model)
    if has_value_functions(model) or model.value_function_columns:
        sheets[layout.VALUE_FUNCTIONS] = value_function_rows(model)
    if has_settings(model):
        sheets[layout.STUDY_SETTINGS] = settings_rows(model)
    if (settings := evidence_settings_rows(model)) is not None:
        sheets[layout.EVIDENCE_SETTINGS] = settings
    return sheets


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
