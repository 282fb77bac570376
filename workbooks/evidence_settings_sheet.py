"""The optional ``Evidence settings`` sheet: a study's confidence widths and evidence age.

``Setting`` and ``Value`` columns, one row per setting of ``criteria.evidence_settings.SETTINGS``
(any left out keeps its default); other columns and blank rows are kept as written. Every wrong
cell is a problem naming it; a save writes the values into the rows as read.
"""

from __future__ import annotations

from criteria.errors import quote
from criteria.evidence_settings import NOTES, SETTINGS, EvidenceSettings, value_problem
from criteria.model import DecisionModel
from workbooks.layout import NOTE, SETTING, VALUE
from workbooks.table import Table, header_key


def read_evidence_settings(table: Table | None) -> EvidenceSettings:
    """The settings of ``table`` (its problems recorded on it), with the sheet's rows as read;
    an empty sheet (None) gives the defaults, and a save writes it back with its header."""
    if table is None:
        return EvidenceSettings(sheet_rows=((SETTING, VALUE),))
    setting, value = table.column(SETTING), table.column(VALUE)
    rows = _as_read(table)
    if value is None:
        table.problem(0, 0, f"the header row has no {VALUE!r} column (columns: {SETTING}, {VALUE})")
        return EvidenceSettings(sheet_rows=rows)
    known = {header_key(name): name for name in SETTINGS}
    values: dict[str, float] = {}
    seen: dict[str, int] = {}
    for r, row in table.rows:
        name = known.get(header_key(table.text(r, row, setting)))
        if name is None:
            listed = ", ".join(SETTINGS)
            table.problem(r, setting, f"{quote(table.text(r, row, setting))} is not a setting ({listed})")
            continue
        if name in seen:
            table.problem(r, setting, f"{name} appears twice (also in row {seen[name] + 1})")
            continue
        seen[name] = r
        number = table.number(r, row, value, f"setting {quote(name)}")
        if number is None:
            if not table.text(r, row, value):
                table.problem(r, value, f"{name} has no value")
            continue
        problem = value_problem(name, number)
        if problem is not None:
            table.problem(r, value, problem)
            continue
        values[name] = number
    return EvidenceSettings(sheet_rows=rows).with_values(values)


def _as_read(table: Table) -> tuple[tuple[object, ...], ...]:
    """The header and the data rows, cells as written (blank rows between them kept)."""
    width = max((c for c, _ in table.headers), default=-1) + 1
    by_row = dict(table.rows)
    last = max(by_row, default=0)
    header = tuple(next((text for c, text in table.headers if c == i), None) for i in range(width))
    body = [
        tuple(table.raw(r, by_row[r], c) for c in range(width)) if r in by_row else (None,) * width
        for r in range(1, last + 1)
    ]
    return (header, *body)


def evidence_settings_rows(model: DecisionModel) -> list[list] | None:
    """The sheet's rows for ``model``, or None when it has no sheet and only the defaults."""
    settings = model.evidence_settings
    if not settings.sheet_rows and settings.is_default:
        return None
    if not settings.sheet_rows:
        return new_sheet_rows(settings)
    header, *body = (list(row) for row in settings.sheet_rows)
    keys = [header_key(h) for h in header]
    setting, value = keys.index(header_key(SETTING)), keys.index(header_key(VALUE))
    written = set()
    for row in body:
        name = next((n for n in SETTINGS if header_key(n) == header_key(row[setting])), None)
        if name is not None:
            if row[value] != settings.value(name):  # a number as written stays as written
                row[value] = settings.value(name)
            written.add(name)
    missing = [name for name in SETTINGS if name not in written and settings.value(name) != _default(name)]
    for name in missing:
        row = [None] * len(header)
        row[setting], row[value] = name, settings.value(name)
        body.append(row)
    return [header, *body]


def new_sheet_rows(settings: EvidenceSettings) -> list[list]:
    """A new sheet: every setting with its value and a note saying what it does."""
    return [[SETTING, VALUE, NOTE]] + [[name, settings.value(name), NOTES[name]] for name in SETTINGS]


def _default(name: str) -> float:
    return EvidenceSettings().value(name)
