"""One sheet as a header plus data rows, with the cell-level checks every sheet shares."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from criteria.errors import Problem, quote
from criteria.model import name_key
from workbooks import layout
from workbooks.cells import as_text, cell_name, column_letters, is_blank, number_in_text, number_problem
from workbooks.container import Container, SheetScan

HEADER_SEARCH_ROWS = 20  # how far down we look for a misplaced header row


def header_key(text: object) -> str:
    """Fixed column names (``Partner``, ``Weight``) match in any case."""
    return name_key(as_text(text)).casefold()


def match_sheets(names: list[str]) -> dict[str, str]:
    """Our sheet names (``Partners``...) -> the workbook's spelling of them (any case, trimmed)."""
    by_key = {header_key(name): name for name in names}
    return {ours: by_key[header_key(ours)] for ours in layout.OUR_SHEETS if header_key(ours) in by_key}


@dataclass(frozen=True)
class TextNumber:
    """A number stored as text, read as that number (Excel warns but computes with it too)."""

    sheet: str
    cell: str
    text: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell} {quote(self.text)}"


@dataclass
class Table:
    """A sheet's header (row 1) and its non-blank data rows (0-based row numbers)."""

    sheet: str
    headers: list[tuple[int, str]]  # (column index, header text), blank headers left out
    rows: list[tuple[int, list]]
    scan: SheetScan
    problems: list[Problem]
    text_numbers: list[TextNumber] = field(default_factory=list)  # read as numbers, with a note
    notes: list[Problem] = field(
        default_factory=list
    )  # cells read as written that may not say what was meant

    def column(self, name: str) -> int | None:
        """Index of the column headed ``name`` (any case), or None."""
        key = header_key(name)
        return next((c for c, text in self.headers if header_key(text) == key), None)

    def problem(self, row: int, column: int, message: str) -> None:
        self.problems.append(Problem(message, self.sheet, cell_name(row, column)))

    def value(self, row: list, column: int) -> object:
        return row[column] if column < len(row) else ""

    def text(self, row_index: int, row: list, column: int) -> str:
        """A descriptive cell as text; an Excel error shows as its code.

        A formula without a saved result (openpyxl writes any text starting with ``=`` so)
        reads as its own text, ``=...``, as the writer keeps it.
        """
        where = (row_index, column)
        error = self.scan.errors.get(where)
        if error is not None:
            return error
        formula = self.scan.uncached.get(where)
        return f"={formula}" if formula else as_text(self.value(row, column))

    def raw(self, row_index: int, row: list, column: int) -> object | None:
        """A kept-as-is cell (an extra column): None when blank, else its value with its type.

        Numbers, dates and TRUE/FALSE stay so; text stays text exactly as written; an Excel error
        reads as its code and a formula without a saved result as its own text, ``=...``.
        """
        where = (row_index, column)
        if where in self.scan.errors:
            return self.scan.errors[where]
        if self.scan.uncached.get(where):
            return f"={self.scan.uncached[where]}"
        value = self.value(row, column)
        return None if is_blank(value) else value

    def number(self, row_index: int, row: list, column: int, context: str = "") -> float | None:
        """The number in a cell, None when the cell is empty or wrong (then a Problem is recorded)."""
        value = self.value(row, column)
        if type(value) is float and math.isfinite(value):  # the fast, common case
            return value
        suffix = f" ({context})" if context else ""
        where = (row_index, column)
        if where in self.scan.errors:
            self.problem(
                row_index, column, f"{quote(self.scan.errors[where])} is an Excel error, not a number{suffix}"
            )
        elif where in self.scan.uncached:
            self.problem(
                row_index,
                column,
                f"the formula here has no saved result; open the file in Excel, let it recalculate and save it{suffix}",
            )
        elif (number := number_in_text(value)) is not None:
            self.text_numbers.append(TextNumber(self.sheet, cell_name(row_index, column), value))
            return number
        elif not is_blank(value):
            reason = number_problem(value)
            if reason is None:
                return float(value)
            self.problem(row_index, column, reason + suffix)
        return None


def read_table(
    book: Container, sheet: str, first: str, problems: list[Problem], *, optional: bool = False
) -> Table | None:
    """The sheet as a Table whose header row (row 1) holds ``first``; None after recording why not.

    An empty ``optional`` sheet is simply None.
    """
    rows = book.rows(sheet)
    if optional and not rows:
        return None
    header_at = next(
        (
            r
            for r, row in enumerate(rows[:HEADER_SEARCH_ROWS])
            if any(header_key(v) == header_key(first) for v in row)
        ),
        None,
    )
    if header_at is None:
        what = "is empty" if not rows else f"has no {first!r} column in its header row (row 1)"
        problems.append(Problem(f"this sheet {what}; row 1 must hold the column headers", sheet, "A1"))
        return None
    if header_at > 0:
        column = next(c for c, v in enumerate(rows[header_at]) if header_key(v) == header_key(first))
        problems.append(
            Problem(
                f"the header row is row {header_at + 1}, but it must be row 1; delete the rows above it",
                sheet,
                cell_name(header_at, column),
            )
        )
        return None
    table = Table(sheet, [], [], book.scan(sheet), problems)
    data = [(r, row) for r, row in enumerate(rows[1:], start=1) if not all(is_blank(v) for v in row)]
    seen: dict[str, int] = {}
    for c, value in enumerate(rows[0]):
        if is_blank(value):
            if any(not is_blank(table.value(row, c)) for _, row in data):
                table.problem(0, c, f"column {column_letters(c)} has data but no header")
            continue
        text = as_text(value)
        key = header_key(text)
        if key in seen:
            table.problem(0, c, f"column {quote(text)} appears twice (also in {cell_name(0, seen[key])})")
            continue
        seen[key] = c
        table.headers.append((c, text))
    table.rows = data
    return table


def unique_name(table: Table, row_index: int, row: list, column: int, seen: dict, what: str) -> str | None:
    """The name in a name cell (trimmed, NFC); None after recording an empty or repeated name.

    A name that differs from an earlier one only in its spaces or invisible characters
    (``'Al\\xa0pha'`` and ``'Al pha'``) is a different name, as the format says, but looks the
    same on screen: a note names both cells. ``seen`` keeps the names read, and their looks.
    """
    name = name_key(table.text(row_index, row, column))
    if not name:
        table.problem(row_index, column, f"this row has data but no {what} name")
        return None
    if name in seen:
        table.problem(row_index, column, f"{what} {quote(name)} appears twice (also in row {seen[name] + 1})")
        return None
    seen[name] = row_index
    looks = (_LOOKS, _looks(name))
    if looks in seen:
        first_row, first = seen[looks]
        table.notes.append(
            Problem(
                f"{what} {quote(name)} looks the same as {quote(first)} in row {first_row + 1} "
                "(they differ only in spaces or invisible characters)",
                table.sheet,
                cell_name(row_index, column),
            )
        )
    else:
        seen[looks] = (row_index, name)
    return name


_LOOKS = object()  # marks the keys of ``unique_name``'s ``seen`` that hold a name's looks
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")  # soft hyphen, zero-width, marks
_SPACES = re.compile(r"\s+")


def _looks(name: str) -> str:
    """What a name looks like: compatibility forms folded (NFKC: no-break and full-width spaces),
    invisible characters dropped, each run of spaces one space."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFKC", name))).strip()
