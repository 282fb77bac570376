"""The optional ``Evidence`` sheet: read and checked into ``Evidence`` records, and written back.

Every problem names its sheet and cell: an unknown partner or criterion, a (partner, criterion)
pair listed twice, a confidence word we do not know, a date that is not one, a range that does
not hold the score or leaves the criterion's Min..Max scale.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from criteria.errors import InputError, Problem, quote
from criteria.evidence import (
    CONFIDENCE_WORDS,
    WIDTHS_COLUMN,
    Confidence,
    Evidence,
    criterion_widths,
    parse_date,
    range_problems,
)
from criteria.model import Criterion, DecisionModel, name_key
from workbooks import layout
from workbooks.cells import as_text, kept
from workbooks.table import Table, header_key


def read_evidence(
    table: Table,
    partners: tuple[str, ...],
    criteria: tuple[Criterion, ...],
    values: np.ndarray,
    broken: set[str] = frozenset(),
) -> tuple[Evidence, ...]:
    """The sheet's records in sheet order; problems are recorded on ``table``. Rows of a ``broken``
    criterion (a Criteria row not read, reported there) are passed over.

    ``values`` are the ``Partners`` scores, ``(len(partners), len(criteria))``.
    """
    columns = {name: table.column(name) for name in layout.EVIDENCE_COLUMNS}
    missing = [name for name in layout.EVIDENCE_REQUIRED if columns[name] is None]
    if missing:
        names = ", ".join(repr(n) for n in missing)
        table.problems.append(Problem(f"the header row has no {names} column", table.sheet, "A1"))
        return ()
    fixed = {header_key(name) for name in layout.EVIDENCE_COLUMNS}
    extra = [(c, text) for c, text in table.headers if header_key(text) not in fixed]
    partner_index = {name_key(p): i for i, p in enumerate(partners)}
    criterion_index = {name_key(c.name): j for j, c in enumerate(criteria)}
    records, seen = [], {}
    for r, row in table.rows:
        if name_key(table.text(r, row, columns[layout.CRITERION])) in broken:
            continue
        i = _known(table, r, row, columns[layout.PARTNER], partner_index, "partner", "Partners")
        j = _known(table, r, row, columns[layout.CRITERION], criterion_index, "criterion", "Criteria")
        if i is None or j is None:
            continue
        context = f"partner {quote(partners[i])}, criterion {quote(criteria[j].name)}"
        if (i, j) in seen:
            table.problem(
                r, columns[layout.PARTNER], f"{context} is listed twice (also in row {seen[i, j] + 1})"
            )
            continue
        seen[i, j] = r
        text = {
            key: _text(table, r, row, columns[key]) for key in (layout.SOURCE, layout.CONFIDENCE, layout.NOTE)
        }
        confidence_ok = _check_confidence(
            table, r, columns[layout.CONFIDENCE], text[layout.CONFIDENCE], context
        )
        date = _date(table, r, row, columns[layout.DATE], context)
        low, high = (
            table.number(r, row, columns[key], context) if columns[key] is not None else None
            for key in (layout.LOW, layout.HIGH)
        )
        range_ok = _check_range(table, r, columns, low, high, float(values[i, j]), criteria[j], context)
        if not (confidence_ok and range_ok):
            continue
        records.append(
            Evidence(
                partners[i],
                criteria[j].name,
                text[layout.SOURCE],
                date,
                text[layout.CONFIDENCE],
                low,
                high,
                text[layout.NOTE],
                tuple((h, v) for c, h in extra if (v := table.raw(r, row, c)) is not None),
            )
        )
    return tuple(records)


def check_widths(table: Table, criteria: tuple[Criterion, ...], rows: tuple[int, ...]) -> None:
    """Each ``Confidence widths`` cell of the Criteria sheet parses; a problem per cell that does not."""
    column = table.column(WIDTHS_COLUMN)
    if column is None:
        return
    for criterion, r in zip(criteria, rows, strict=True):
        try:
            criterion_widths(criterion)
        except InputError as error:
            table.problem(r, column, f"{error.problems[0].message} (criterion {quote(criterion.name)})")


def _known(table: Table, r: int, row: list, column: int, index: dict, what: str, sheet: str) -> int | None:
    name = name_key(table.text(r, row, column))
    if not name:
        table.problem(r, column, f"this row has no {what} name")
        return None
    if name not in index:
        table.problem(r, column, f"{what} {quote(name)} is not in the {sheet} sheet")
        return None
    return index[name]


def _text(table: Table, r: int, row: list, column: int | None) -> str:
    return table.text(r, row, column) if column is not None else ""


def _check_confidence(table: Table, r: int, column: int | None, word: str, context: str) -> bool:
    if not word or Confidence.parse(word) is not None:
        return True
    table.problem(r, column, f"confidence {quote(word)} is not one of {CONFIDENCE_WORDS} ({context})")
    return False


def _date(table: Table, r: int, row: list, column: int | None, context: str) -> object:
    """The date cell as read (a date, or ISO text); None when empty or wrong (then a problem)."""
    if column is None:
        return None
    value = table.raw(r, row, column)
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
    if isinstance(value, (dt.date, str)) and parse_date(value) is not None:
        return value
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    hint = "format the cell as a date" if number else "use a date, or 2024, 2024-03, 2024-03-05"
    shown = as_text(value) if number else quote(as_text(value))
    table.problem(r, column, f"{shown} is not a date ({hint}) ({context})")
    return None


def _check_range(
    table: Table,
    r: int,
    columns: dict,
    low: float | None,
    high: float | None,
    score: float,
    criterion: Criterion,
    context: str,
) -> bool:
    """``criteria.evidence.range_problems``, one problem per wrong cell."""
    problems = range_problems(low, high, score, criterion)
    for key, message in problems:
        table.problem(r, columns[key], f"{message} ({context})")
    return not problems


def evidence_headers(model: DecisionModel) -> list[str]:
    """The sheet's columns: as read (fixed ones spelt ours), then the fixed ones, then extra ones."""
    fixed = {name.casefold(): name for name in layout.EVIDENCE_COLUMNS}
    headers = [fixed.get(name_key(h).casefold(), h) for h in model.evidence_columns]
    headers += list(layout.EVIDENCE_COLUMNS)
    headers += [h for e in model.evidence for h, _ in e.extra]
    unique: dict[str, str] = {}
    for header in headers:
        unique.setdefault(name_key(header).casefold(), header)
    return list(unique.values())


def evidence_rows(model: DecisionModel) -> list[list]:
    """Header, then one row per record of a partner and criterion still in the model, in sheet order."""
    headers = evidence_headers(model)
    kept_records = set(map(id, model.evidence_cells().values()))
    rows: list[list] = [headers]
    for item in model.evidence:
        if id(item) not in kept_records:
            continue
        cells = {
            layout.PARTNER: item.partner,
            layout.CRITERION: item.criterion,
            layout.SOURCE: item.source or None,
            layout.DATE: kept(item.date),
            layout.CONFIDENCE: item.confidence or None,
            layout.LOW: item.low,
            layout.HIGH: item.high,
            layout.NOTE: item.note or None,
        }
        extra = dict(item.extra)
        rows.append([cells[h] if h in cells else kept(extra.get(h)) for h in headers])
    return rows
