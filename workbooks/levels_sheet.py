"""The Criteria sheet's ``Minimum``/``Maximum`` columns and the ``Value functions`` sheet (issue 14).

Reading collects every problem with its cell, as the rest of ``workbooks.reader`` does.
"""

from __future__ import annotations

import dataclasses

from criteria import value_functions
from criteria.errors import Problem, quote
from criteria.levels import against_direction
from criteria.model import Criterion, name_key
from workbooks import layout
from workbooks.cells import as_text, cell_name, is_blank, kept, sheet_headers
from workbooks.table import Table, header_key


def read_levels(
    table: Table, criteria: tuple[Criterion, ...], rows: tuple[int, ...]
) -> tuple[Criterion, ...]:
    """``criteria`` (read from ``table``, sheet rows ``rows``) with their ``Minimum``/``Maximum``.

    Each must be a number; a ``Minimum`` above the ``Maximum`` of the same criterion is a problem.
    """
    columns = {name: table.column(name) for name in layout.LEVEL_COLUMNS}
    if all(c is None for c in columns.values()):
        return criteria
    by_row = dict(table.rows)
    read = []
    for criterion, r in zip(criteria, rows, strict=True):
        context = f"criterion {quote(criterion.name)}"
        low, high = (
            table.number(r, by_row[r], columns[name], context) if columns[name] is not None else None
            for name in layout.LEVEL_COLUMNS
        )
        if low is not None and high is not None and low > high:
            table.problem(
                r,
                columns[layout.MAXIMUM],
                f"Maximum {as_text(high)} is below Minimum {as_text(low)}; no value could pass ({context})",
            )
        if note := against_direction(criterion.name, criterion.is_benefit, low, high):
            column = columns[layout.MINIMUM if not criterion.is_benefit else layout.MAXIMUM]
            table.notes.append(Problem(note, table.sheet, cell_name(r, column)))
        read.append(dataclasses.replace(criterion, minimum=low, maximum=high))
    return tuple(read)


def read_value_functions(
    table: Table, criteria: tuple[Criterion, ...], broken: set[str] = frozenset()
) -> tuple[Criterion, ...]:
    """``criteria`` with the functions of the ``Value functions`` sheet (``table``) set on them;
    rows of a ``broken`` criterion (a Criteria row not read, reported there) are passed over."""
    columns = {name: table.column(name) for name in layout.VALUE_FUNCTION_COLUMNS}
    absent = [name for name, c in columns.items() if c is None]
    if absent:
        names = ", ".join(repr(n) for n in absent)
        table.problem(0, 0, f"the header row has no {names} column (columns: Criterion, Value, Score)")
        return criteria
    index = {name_key(c.name): j for j, c in enumerate(criteria)}
    fixed = {header_key(name) for name in layout.VALUE_FUNCTION_COLUMNS}
    extra = [(c, text) for c, text in table.headers if header_key(text) not in fixed]
    points: dict[int, list[tuple[float, float, int]]] = {}
    cells: dict[int, list[tuple[float, tuple]]] = {}
    problems_before = len(table.problems)
    for r, row in table.rows:
        name = name_key(table.text(r, row, columns[layout.CRITERION]))
        j = index.get(name)
        if j is None and name in broken:
            continue
        if j is None:
            known = ", ".join(repr(c.name) for c in criteria)
            shown = quote(name) if name else "empty"
            table.problem(
                r, columns[layout.CRITERION], f"criterion {shown} is not in the Criteria sheet ({known})"
            )
            continue
        context = f"criterion {quote(criteria[j].name)}"
        value, score = (
            _required_number(table, r, row, columns[column], column, context)
            for column in (layout.VALUE, layout.SCORE)
        )
        if value is not None and score is not None:
            points.setdefault(j, []).append((value, score, r))
            if own := tuple((h, v) for c, h in extra if (v := table.raw(r, row, c)) is not None):
                cells.setdefault(j, []).append((value, own))
    if len(table.problems) > problems_before:
        return criteria
    read = list(criteria)
    for j, found in points.items():
        pairs = [(v, s) for v, s, _ in found]
        for k, message in value_functions.problems(pairs, criteria[j].is_benefit):
            column = columns[layout.SCORE] if message.startswith("score") else columns[layout.VALUE]
            table.problem(found[k][2], column, f"{message} (value function of {quote(criteria[j].name)})")
        read[j] = dataclasses.replace(
            criteria[j],
            value_function=value_functions.sorted_points(pairs),
            value_function_extra=tuple(sorted(cells.get(j, []), key=lambda e: e[0])),
        )
    return tuple(read)


def value_function_rows(model) -> list[list]:
    """Criterion, Value, Score (and the sheet's own columns, where they were): one row per point,
    criteria in model order, points by value."""
    extra = [h for c in model.criteria for _, cells in c.value_function_extra for h, _ in cells]
    headers = sheet_headers(model.value_function_columns, layout.VALUE_FUNCTION_COLUMNS, extra)
    rows: list[list] = [headers]
    for criterion in model.criteria:
        own = dict(criterion.value_function_extra)
        for value, score in criterion.value_function:
            cells = {layout.CRITERION: criterion.name, layout.VALUE: value, layout.SCORE: score}
            cells.update(own.get(value, ()))
            rows.append([kept(cells.get(h)) for h in headers])
    return rows


def has_value_functions(model) -> bool:
    return bool(value_functions.criteria_with_functions(model))


def _required_number(table: Table, r: int, row: list, column: int, header: str, context: str) -> float | None:
    """A number that must be there: an empty cell is a problem too."""
    where = (r, column)
    if (
        is_blank(table.value(row, column))
        and where not in table.scan.errors
        and where not in table.scan.uncached
    ):
        table.problem(r, column, f"the {header.lower()} is empty ({context})")
        return None
    return table.number(r, row, column, context)
