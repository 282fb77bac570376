"""The Criteria sheet's Minimum/Maximum columns and the Value functions sheet: read, checked
cell by cell, written back losslessly (issue 14, items 4 and 5)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from criteria.errors import InputError
from tests.xlsx import DEFAULT_PARTNERS, write_workbook
from workbooks.reader import read_workbook
from workbooks.writer import save_study

LEVELS = [
    ["Criterion", "Direction", "Weight", "Minimum", "Maximum"],
    ["Technology transfer", "benefit", 0.4, 4, None],
    ["Capital", "benefit", 0.3, None, None],
    ["Months", "cost", 0.3, None, 48],
]
FUNCTIONS = [
    ["Criterion", "Value", "Score"],
    ["Capital", 0, 0],
    ["Capital", 9, 1],
    ["Capital", 5, 0.6],
    ["Months", 12, 1],
    ["Months", 60, 0],
]


def problems(path) -> list[str]:
    with pytest.raises(InputError) as raised:
        read_workbook(path)
    return [str(p) for p in raised.value.problems]


def test_levels_and_functions_are_read(tmp_path):
    model = read_workbook(
        write_workbook(tmp_path / "in.xlsx", criteria=LEVELS, extra_sheets={"Value functions": FUNCTIONS})
    )
    tech, capital, months = model.criteria
    assert (tech.minimum, tech.maximum, months.minimum, months.maximum) == (4.0, None, None, 48.0)
    assert capital.value_function == ((0.0, 0.0), (5.0, 0.6), (9.0, 1.0))  # sorted by value
    assert months.value_function == ((12.0, 1.0), (60.0, 0.0))
    assert tech.value_function == () and tech.extra == ()  # Minimum is ours, not an extra column


def test_round_trip_keeps_levels_and_functions(tmp_path):
    source = write_workbook(
        tmp_path / "in.xlsx", criteria=LEVELS, extra_sheets={"Value functions": FUNCTIONS}
    )
    model = read_workbook(source)
    again = read_workbook(save_study(tmp_path / "out.xlsx", model, source=source))
    assert again == model
    fresh = read_workbook(save_study(tmp_path / "new.xlsx", model))  # without the source's layout
    assert fresh == model
    book = load_workbook(tmp_path / "new.xlsx")
    assert [c.value for c in book["Criteria"][1]][-2:] == ["Minimum", "Maximum"]


def test_removing_every_function_empties_the_sheet_on_save(tmp_path):
    import dataclasses

    source = write_workbook(
        tmp_path / "in.xlsx", criteria=LEVELS, extra_sheets={"Value functions": FUNCTIONS}
    )
    model = read_workbook(source)
    plain = dataclasses.replace(
        model, criteria=tuple(dataclasses.replace(c, value_function=()) for c in model.criteria)
    )
    again = read_workbook(save_study(tmp_path / "out.xlsx", plain, source=source))
    assert all(c.value_function == () for c in again.criteria)


def test_no_levels_no_new_columns(tmp_path):
    model = read_workbook(write_workbook(tmp_path / "in.xlsx"))
    book = load_workbook(save_study(tmp_path / "out.xlsx", model))
    assert "Minimum" not in [c.value for c in book["Criteria"][1]]
    assert "Value functions" not in book.sheetnames


def test_bad_levels_are_named_by_cell(tmp_path):
    criteria = [
        ["Criterion", "Direction", "Weight", "Minimum", "Maximum"],
        ["Technology transfer", "benefit", 0.4, "high", None],
        ["Capital", "benefit", 0.3, 8, 5],
        ["Months", "cost", 0.3, None, None],
    ]
    found = problems(write_workbook(tmp_path / "in.xlsx", criteria=criteria))
    assert any(p.startswith("Criteria!D2: ") and "'high'" in p for p in found)
    assert any(p.startswith("Criteria!E3: Maximum 5 is below Minimum 8") for p in found)


@pytest.mark.parametrize(
    ("rows", "cell", "words"),
    [
        ([["Speed", 0, 0], ["Speed", 1, 1]], "A2", "criterion 'Speed' is not in the Criteria sheet"),
        ([["Capital", 0, 0], ["Capital", 5, 1.2]], "C3", "score 1.2 is outside 0..1"),
        ([["Capital", 0, 0]], "B2", "at least 2 points"),
        ([["Capital", 0, 0], ["Capital", 5, 0.8], ["Capital", 9, 0.5]], "C4", "may not score less"),
        ([["Months", 12, 0], ["Months", 60, 1]], "C3", "may not score more"),
        ([["Capital", 0, 0], ["Capital", 0, 1]], "B3", "value 0 is given twice"),
        ([["Capital", 0, 0], ["Capital", None, 1]], "B3", "the value is empty"),
        ([["Capital", "lots", 0], ["Capital", 9, 1]], "B2", "'lots'"),
    ],
)
def test_bad_value_functions_are_named_by_cell(tmp_path, rows, cell, words):
    sheet = [["Criterion", "Value", "Score"], *rows]
    found = problems(write_workbook(tmp_path / "in.xlsx", extra_sheets={"Value functions": sheet}))
    assert any(p.startswith(f"Value functions!{cell}: ") and words in p for p in found), found


def test_input_untouched_after_a_bad_sheet(tmp_path):
    path = write_workbook(
        tmp_path / "in.xlsx", DEFAULT_PARTNERS, extra_sheets={"Value functions": [["Criterion", "Value"]]}
    )
    before = path.read_bytes()
    assert any("no 'Score' column" in p for p in problems(path))
    assert path.read_bytes() == before
