"""Cell addresses and the meaning of one raw cell value, as python-calamine returns it."""

from __future__ import annotations

import datetime as dt
import math
import re

from criteria.errors import quote
from criteria.model import name_key

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


# A number as Excel writes one: what its "Number stored as text" warning finds and converts.
# No thousands or decimal commas ('1,5' is 1.5 or 15 depending on who typed it), no nan/inf.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


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
    if number_in_text(text) is not None:
        return f"{quote(value)} is a number stored as text; convert it to a number (Excel: Convert to Number)"
    if "," in text and number_in_text(text.replace(",", "")) is not None:
        return f"{quote(value)} is text with a comma; enter it as a number, with a decimal point and no thousands separator"
    return f"{quote(value)} is not a number"


def number_in_text(value: object) -> float | None:
    """The number a text cell plainly holds (``'7'``, ``' 0.3 '``, ``'1e6'``), else None."""
    if not isinstance(value, str) or not _PLAIN_NUMBER.fullmatch(text := value.strip()):
        return None
    number = float(text)
    return number if math.isfinite(number) else None


def kept(value: object) -> object:
    """A value kept from the workbook, for the cell: None stays empty, NaN and infinities too."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def as_text(value: object) -> str:
    """A descriptive cell as text: whole numbers without ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))  # beyond 16 digits (1e308) the digits of int() were never typed
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.datetime):  # Excel has one type for dates and times: show what was entered
        return (
            value.date().isoformat()
            if value.time() == dt.time()
            else value.isoformat(" ", "seconds" if value.second or value.microsecond else "minutes")
        )
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def sheet_headers(recorded, fixed, extra) -> list[str]:
    """A sheet's columns for a save: as read (``recorded``; our ``fixed`` ones spelt ours), then
    the ``fixed`` ones it lacked, then ``extra`` (the rows' own columns), each once."""
    ours = {name.casefold(): name for name in fixed}
    headers = [ours.get(name_key(h).casefold(), h) for h in recorded] + [*fixed, *extra]
    unique: dict[str, str] = {}
    for header in headers:
        unique.setdefault(name_key(header).casefold(), header)
    return list(unique.values())
