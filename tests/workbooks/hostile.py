"""A study workbook using every sheet and optional column, for hostile-input tests to spoil one cell of."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from tests.xlsx import write_workbook

PARTNERS = [
    ["Partner", "Country", "Founded", "Tech", "Capital", "Months"],
    ["Alpha", "Japan", dt.datetime(1999, 5, 1), 8, 5, 60],
    ["Beta", "Korea", 1987, 3, 7, 18],
    ["Gamma", "China", "old", 4, 9, 24],
    ["Delta", "EU", None, 6, 5, 36],
]
CRITERIA = [
    ["Criterion", "Direction", "Weight", "Min", "Max", "Minimum", "Maximum"]
    + ["Preference function", "q", "p", "s", "Confidence widths", "Owner"],
    ["Tech", "benefit", 0.4, 1, 10, 2, None, "linear", 1, 3, None, "high=0.25,low=1", "Lan"],
    ["Capital", "benefit", 0.3, 1, 10, None, None, "gaussian", None, None, "10%", None, None],
    ["Months", "cost", 0.3, None, None, None, 61, "v-shape", None, 12, None, None, "Minh"],
]
SHEETS = {
    "Read me": [["A study for hostile-input tests"]],
    "Scenarios": [
        ["Scenario", "Tech", "Capital", "Months", "Notes"],
        ["Ministry", 0.5, 0.25, 0.25, "agreed"],
    ],
    "Evidence": [
        ["Partner", "Criterion", "Source", "Date", "Confidence", "Low", "High", "Note"],
        ["Alpha", "Tech", "S1", dt.datetime(2024, 3, 5), "medium", 7, 9, "ok"],
        ["Beta", "Capital", "S2", "2023-07", "low", None, None, None],
        ["Gamma", "Months", "S3", "2022", "high", 20, 30, None],
    ],
    "Value functions": [["Criterion", "Value", "Score"], ["Tech", 1, 0], ["Tech", 5, 0.7], ["Tech", 10, 1]],
    "Study settings": [["Setting", "Value"], ["Below a minimum level", "mark"], ["VIKOR v", 0.3]],
    "Evidence settings": [
        ["Setting", "Value"],
        ["Confidence width high", 0.5],
        ["Confidence width medium", 1.5],
        ["Confidence width low", 2],
        ["Evidence older than (years)", 3],
    ],
}
# 1-based (row, column) of one cell of each kind a number or a setting is read from
NUMBER_CELLS = {
    "Partners": [(2, 4), (3, 6)],
    "Criteria": [(2, 3), (2, 4), (2, 5), (2, 6), (4, 7), (2, 9), (2, 10), (3, 11)],
    "Scenarios": [(2, 2)],
    "Evidence": [(2, 4), (2, 6), (2, 7)],
    "Value functions": [(3, 2), (3, 3)],
    "Study settings": [(2, 2), (3, 2)],
    "Evidence settings": [(2, 2), (5, 2)],
}


def study(path: Path, changes: dict[tuple[str, int, int], object] | None = None, drop=()) -> Path:
    """The study at ``path``, with ``changes`` ((sheet, row, column), 1-based: value) made first."""
    sheets = {
        "Partners": copy.deepcopy(PARTNERS),
        "Criteria": copy.deepcopy(CRITERIA),
        **copy.deepcopy(SHEETS),
    }
    for (sheet, row, column), value in (changes or {}).items():
        cells = sheets[sheet][row - 1]
        cells.extend([None] * (column - len(cells)))
        cells[column - 1] = value
    for sheet in drop:
        del sheets[sheet]
    partners, criteria = sheets.pop("Partners"), sheets.pop("Criteria")
    return write_workbook(path, partners, criteria, extra_sheets=sheets)
