"""The Value functions sheet's own columns (Source, Note...) survive a save, beside their points,
and an edit of the function keeps those of the points still there (issue 14, gap 2)."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from criteria.value_functions import set_value_function
from tests.workbooks.test_levels_sheet import LEVELS
from tests.xlsx import write_workbook
from workbooks.reader import read_workbook
from workbooks.writer import save_study

FUNCTIONS = [
    ["Criterion", "Source", "Value", "Score", "Checked"],
    ["Capital", "Board memo", 0, 0, None],
    ["Capital", "=not a formula", 9, 1, dt.datetime(2024, 3, 5)],
    ["Capital", None, 5, 0.6, 1],
    ["Months", "Ministry", 12, 1, None],
    ["Months", None, 60, 0, None],
]


def rows_of(path) -> list[list]:
    return [[c.value for c in row] for row in load_workbook(path)["Value functions"].iter_rows()]


def test_own_columns_are_kept_where_they_were(tmp_path):
    source = write_workbook(
        tmp_path / "in.xlsx", criteria=LEVELS, extra_sheets={"Value functions": FUNCTIONS}
    )
    model = read_workbook(source)
    out = save_study(tmp_path / "out.xlsx", model, source=source)
    assert rows_of(out) == [  # points by value, each with its own cells, text kept as text
        ["Criterion", "Source", "Value", "Score", "Checked"],
        ["Capital", "Board memo", 0, 0, None],
        ["Capital", None, 5, 0.6, 1],
        ["Capital", "=not a formula", 9, 1, dt.datetime(2024, 3, 5)],
        ["Months", "Ministry", 12, 1, None],
        ["Months", None, 60, 0, None],
    ]
    assert read_workbook(out) == model
    assert read_workbook(save_study(tmp_path / "new.xlsx", model)) == model  # without the source


def test_an_edited_function_keeps_the_cells_of_the_points_still_there(tmp_path):
    source = write_workbook(
        tmp_path / "in.xlsx", criteria=LEVELS, extra_sheets={"Value functions": FUNCTIONS}
    )
    model = set_value_function(read_workbook(source), 1, ((0.0, 0.0), (7.0, 0.8), (9.0, 1.0)))  # 5 -> 7
    rows = rows_of(save_study(tmp_path / "out.xlsx", model, source=source))
    assert rows[1:4] == [
        ["Capital", "Board memo", 0, 0, None],
        ["Capital", None, 7, 0.8, None],
        ["Capital", "=not a formula", 9, 1, dt.datetime(2024, 3, 5)],
    ]
