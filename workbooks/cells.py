"""Cell addresses and the meaning of one raw cell value, as python-calamine returns it."""

from __future__ import annotations

import datetime as dt
import math

from criteria.errors import quote

# Excel's error values; calamine hands them back as empty cells, so the
# container scan finds them in the sheet XML (workbooks.container).
EXCEL_ERRORS = (
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
)


def column_letters(index: int) -> str:
    """Column letters of a 0-based column index: 0 -> ``A``, 27 -> ``AB``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """0-based column index of ``A``..``XFD``."""
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def cell_name(row: int, column: int) -> str:
    """``D7`` for 0-based (row 6, column 3)."""
    return f"{column_letters(column)}{row + 1}"


def is_blank(value: object) -> bool:
    """An empty cell, or one holding only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def number_problem(value: object) -> str | None:
    """Why a non-blank cell ``value`` cannot be read as a number, or None if it can."""
    if isinstance(value, bool):
        return f"{'TRUE' if value else 'FALSE'} is a true/false value, not a number"
    if isinstance(value, (int, float)):
        return None if math.isfinite(value) else f"{value} is not a finite number"
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        return f"{value} is a date or time, not a number (format the cell as Number)"
    text = str(value).strip()
    if text.upper() in EXCEL_ERRORS:
        return f"{quote(text)} is an Excel error, not a number"
    try:
        float(text.replace(",", ""))
    except ValueError:
        return f"{quote(value)} is not a number"
    return f"{quote(value)} is a number stored as text; convert it to a number (Excel: Convert to Number)"


def as_text(value: object) -> str:
    """A descriptive cell as text: whole numbers without ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()
