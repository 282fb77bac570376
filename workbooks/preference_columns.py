"""Check the ``Criteria`` sheet's optional PROMETHEE columns (``Preference function``, ``q``, ``p``, ``s``).

The cells stay in ``Criterion.extra`` as written (a save writes them back unchanged);
``criteria.preference`` reads them. Here each problem is pinned to its cell.
"""

from __future__ import annotations

from criteria.errors import quote
from criteria.model import Criterion
from criteria.preference import COLUMNS, check
from workbooks.table import Table


def check_preferences(table: Table, criteria: tuple[Criterion, ...], rows: tuple[int, ...]) -> None:
    """A problem, at its cell, for each preference cell that does not describe a function."""
    columns = {name: table.column(name) for name in COLUMNS}
    if all(column is None for column in columns.values()):
        return
    present = next(c for c in columns.values() if c is not None)  # where a missing column's problem goes
    by_row = dict(table.rows)
    for criterion, r in zip(criteria, rows, strict=True):
        cells = {name: _cell(table, r, by_row[r], c) for name, c in columns.items()}
        for name, message in check(cells)[1]:
            column = present if columns[name] is None else columns[name]
            table.problem(r, column, f"{message} (criterion {quote(criterion.name)})")


def _cell(table: Table, r: int, row: list, column: int | None) -> object | None:
    value = None if column is None else table.raw(r, row, column)
    return None if isinstance(value, str) and not value.strip() else value
