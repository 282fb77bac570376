"""The optional ``Study settings`` sheet (``criteria.study_settings``): read cell by cell, written back.

Each known setting's value is checked and a wrong one named by its cell
(``Study settings!B3: VIKOR v must be from 0 to 1, not 1.5``); a setting given twice is a
problem too. Rows of other settings and other columns are kept as written.
"""

from __future__ import annotations

from criteria import study_settings
from criteria.errors import quote
from criteria.model import DecisionModel, Setting, name_key
from workbooks import layout
from workbooks.cells import kept, sheet_headers
from workbooks.table import Table, header_key


def read_settings(table: Table) -> tuple[Setting, ...]:
    """The sheet's rows in sheet order; problems are recorded on ``table``."""
    columns = {name: table.column(name) for name in layout.SETTING_COLUMNS}
    absent = [name for name, c in columns.items() if c is None]
    if absent:
        names = ", ".join(repr(n) for n in absent)
        table.problem(0, 0, f"the header row has no {names} column (columns: Setting, Value)")
        return ()
    fixed = {header_key(name) for name in layout.SETTING_COLUMNS}
    extra = [(c, text) for c, text in table.headers if header_key(text) not in fixed]
    name_column, value_column = columns[layout.SETTING], columns[layout.VALUE]
    read, seen = [], {}
    for r, row in table.rows:
        written = name_key(table.text(r, row, name_column))
        value = table.raw(r, row, value_column)
        if not written:
            if value is not None:
                table.problem(r, name_column, "this row has a value but no setting name")
            continue
        name = study_settings.known_name(written) or written
        if name.casefold() in seen:
            table.problem(
                r,
                name_column,
                f"setting {quote(written)} appears twice (also in row {seen[name.casefold()] + 1})",
            )
            continue
        seen[name.casefold()] = r
        cells = tuple((h, v) for c, h in extra if (v := table.raw(r, row, c)) is not None)
        if name in study_settings.KNOWN:
            value = _known_value(table, r, row, value_column, name)
            if value is None:
                continue
        read.append(Setting(name, value, cells))
    return tuple(read)


def _known_value(table: Table, r: int, row: list, column: int, name: str) -> object | None:
    """Known setting ``name``'s value as stored (the policy's word, v as a float); None after
    recording why not. v is read as every number cell is (TRUE, a date or an Excel error is not
    one); the policy as the cell shows it (``TRUE``, ``2024-01-02``), not as Python writes it."""
    context = f"setting {quote(name)}"
    if table.raw(r, row, column) is None:
        table.problem(r, column, f"the value is empty ({context})")
        return None
    value = (
        table.number(r, row, column, context)
        if name == study_settings.VIKOR_V
        else table.text(r, row, column)
    )
    if value is None:
        return None
    problem = study_settings.problem(name, value)
    if problem is not None:
        table.problem(r, column, f"{problem} ({context})")
        return None
    return study_settings.parsed(name, value)


def settings_rows(model: DecisionModel) -> list[list]:
    """Header (as read, then ours, then the rows' other columns), then one row per setting in the
    order read (new ones last)."""
    extra = [h for s in model.study_settings for h, _ in s.extra]
    headers = sheet_headers(model.study_settings_columns, layout.SETTING_COLUMNS, extra)
    rows: list[list] = [headers]
    for setting in model.study_settings:
        cells = {
            layout.SETTING: setting.name,
            layout.VALUE: kept(setting.value),
            **dict(setting.extra),
        }
        rows.append([kept(cells.get(h)) for h in headers])
    return rows


def has_settings(model: DecisionModel) -> bool:
    """Whether a save writes the sheet: the model has settings, or was read with the sheet."""
    return bool(model.study_settings or model.study_settings_columns)
