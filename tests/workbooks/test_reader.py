"""read_workbook: good workbooks load; each kind of bad workbook gives one InputError naming sheet, cell and value."""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from criteria.errors import InputError
from criteria.model import Direction
from tests.xlsx import DEFAULT_CRITERIA, DEFAULT_PARTNERS, write_workbook
from workbooks.reader import read_workbook

# DEFAULT_PARTNERS columns: A Partner, B Country, C Technology transfer, D Capital, E Months.


def problems_of(path: Path) -> list[str]:
    """The problems reading ``path`` reports; the file must be unchanged afterwards."""
    before = path.read_bytes()
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    assert path.read_bytes() == before
    return [str(p) for p in caught.value.problems]


def edited(tmp_path: Path, edits: dict[str, dict[str, object]], **kwargs) -> Path:
    """The default test workbook with some cells overwritten: {sheet: {cell: value}}."""
    path = write_workbook(tmp_path / "study.xlsx", **kwargs)
    book = load_workbook(path)
    for sheet, cells in edits.items():
        for ref, value in cells.items():
            book[sheet][ref] = value
    book.save(path)
    return path


def test_reads_the_default_workbook(tmp_path):
    model = read_workbook(write_workbook(tmp_path / "study.xlsx"))
    assert model.partner_names == ("JOGMEC", "Shin-Etsu Chemical", "China Rare Earth Group", "LS Eco Energy")
    assert model.criterion_names == ("Technology transfer", "Capital", "Months")
    assert [c.direction for c in model.criteria] == [Direction.BENEFIT, Direction.BENEFIT, Direction.COST]
    assert model.workbook_weights == (0.4, 0.3, 0.3)
    assert model.values[0].tolist() == [8, 5, 60]
    assert model.descriptive_columns == ("Country",)
    assert model.partners[2].field("Country") == "China"
    assert model.partner_rows == (2, 3, 4, 5)
    assert model.criterion_columns == ("C", "D", "E")
    assert model.cell_ref(1, 1) == "D3"


def test_empty_criterion_cells_are_missing_values_and_blank_rows_are_ignored(tmp_path):
    partners = [list(row) for row in DEFAULT_PARTNERS] + [[None] * 5, [None] * 5]
    partners[2][3] = None
    partners[3][4] = "   "
    model = read_workbook(write_workbook(tmp_path / "study.xlsx", partners=partners))
    assert model.shape == (4, 3)
    assert math.isnan(model.values[1, 1]) and math.isnan(model.values[2, 2])
    assert int(model.missing.sum()) == 2


def test_descriptive_columns_kept_in_order_with_text_of_numbers_and_dates(tmp_path):
    partners = [
        ["Partner", "Notes", "Capital", "Founded", "Since"],
        ["A", "x", 3, "1990", dt.date(2011, 5, 1)],
    ]
    criteria = [["Criterion", "Direction", "Weight"], ["Capital", "benefit", 1]]
    model = read_workbook(write_workbook(tmp_path / "s.xlsx", partners=partners, criteria=criteria))
    assert model.descriptive_columns == ("Notes", "Founded", "Since")
    assert model.partners[0].fields == (("Notes", "x"), ("Founded", "1990"), ("Since", "2011-05-01"))


def test_optional_criteria_columns_and_scenarios(tmp_path):
    criteria = [
        ["Criterion", "Direction", "Weight", "Description", "Min", "Max", "Unit"],
        ["Technology transfer", "MAX", 2, "know-how", 1, 10, "score"],
        ["Capital", " Benefit ", 0, None, None, None, None],
        ["Months", "min", 1, None, 0, 120, "months"],
    ]
    scenarios = [
        ["Scenario", "Capital", "Months", "Technology transfer"],
        ["Fast", 0, 1, 0],
        ["Tech", 0.2, 0, 0.8],
    ]
    model = read_workbook(write_workbook(tmp_path / "s.xlsx", criteria=criteria, scenarios=scenarios))
    tech = model.criteria[0]
    assert (tech.direction, tech.weight, tech.description, tech.min, tech.max, tech.unit) == (
        Direction.BENEFIT,
        2,
        "know-how",
        1,
        10,
        "score",
    )
    assert model.criteria[2].direction is Direction.COST
    assert [(s.name, s.weights) for s in model.scenarios] == [("Fast", (0, 0, 1)), ("Tech", (0.8, 0.2, 0))]


def test_other_sheets_and_trailing_empty_columns_are_ignored(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", extra_sheets={"Notes": [["anything", "=1+1", 42]]})
    book = load_workbook(path)
    book["Partners"]["H9"].number_format = "0.00"  # a formatted but empty cell
    book.save(path)
    assert read_workbook(path).shape == (4, 3)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("seven", "Partners!D3: 'seven' is not a number (criterion 'Capital')"),
        ("NA", "Partners!D3: 'NA' is not a number (criterion 'Capital')"),
        ("1,5", "Partners!D3: '1,5' is text with a comma; enter it as a number"),
        (True, "Partners!D3: TRUE is a true/false value, not a number (criterion 'Capital')"),
        (dt.datetime(2024, 3, 7), "Partners!D3: 2024-03-07"),
    ],
)
def test_a_bad_number_cell_is_named_with_its_value(tmp_path, value, expected):
    problems = problems_of(edited(tmp_path, {"Partners": {"D3": value}}))
    assert len(problems) == 1 and problems[0].startswith(expected)


@pytest.mark.parametrize("code", ["#N/A", "#DIV/0!"])
def test_excel_error_values_are_errors_not_missing(tmp_path, code):
    path = edited(tmp_path, {"Partners": {"C4": code}})
    book = load_workbook(path)
    book["Partners"]["C4"].data_type = "e"
    book.save(path)
    assert problems_of(path) == [
        f"Partners!C4: '{code}' is an Excel error, not a number (criterion 'Technology transfer')"
    ]


def test_formula_without_cached_value_is_reported(tmp_path):
    problems = problems_of(edited(tmp_path, {"Partners": {"E5": "=D5*2"}}))
    assert len(problems) == 1
    assert problems[0].startswith("Partners!E5: the formula here has no saved result")
    assert "'Months'" in problems[0]


def test_every_problem_is_collected_before_raising(tmp_path):
    path = edited(tmp_path, {"Partners": {"C2": "high", "D5": "low"}, "Criteria": {"B3": "up", "C4": -1}})
    problems = problems_of(path)
    assert any(p.startswith("Partners!C2: 'high'") for p in problems)
    assert any(p.startswith("Partners!D5: 'low'") for p in problems)
    assert any(p.startswith("Criteria!B3: direction is 'up'") for p in problems)
    assert any(p.startswith("Criteria!C4: -1 is negative") for p in problems)


def test_missing_sheet(tmp_path):
    book = Workbook()
    book.active.title = "Partners"
    book.active.append(["Partner"])
    book.save(tmp_path / "s.xlsx")
    (problem,) = problems_of(tmp_path / "s.xlsx")
    assert "no sheet named 'Criteria'" in problem and "'Partners'" in problem


def test_missing_required_column(tmp_path):
    criteria = [row[:2] for row in DEFAULT_CRITERIA]
    (problem,) = problems_of(write_workbook(tmp_path / "s.xlsx", criteria=criteria))
    assert problem == "Criteria!A1: the header row has no 'Weight' column"


def test_header_not_in_row_1(tmp_path):
    partners = [[None] * 5, [None] * 5, *DEFAULT_PARTNERS]
    (problem,) = problems_of(write_workbook(tmp_path / "s.xlsx", partners=partners))
    assert problem.startswith("Partners!A3: the header row is row 3, but it must be row 1")


def test_duplicate_partner_names_compared_after_trimming_and_nfc(tmp_path):
    composed = unicodedata.normalize("NFC", "Hưng Hải")
    partners = [list(DEFAULT_PARTNERS[0]), ["JOGMEC", "", 1, 2, 3], [" JOGMEC ", "", 1, 2, 3]]
    partners += [[composed, "", 1, 2, 3], [unicodedata.normalize("NFD", composed), "", 1, 2, 3]]
    problems = problems_of(write_workbook(tmp_path / "s.xlsx", partners=partners))
    assert problems == [
        "Partners!A3: partner 'JOGMEC' appears twice (also in row 2)",
        f"Partners!A5: partner '{composed}' appears twice (also in row 4)",
    ]


def test_empty_partner_name(tmp_path):
    (problem,) = problems_of(edited(tmp_path, {"Partners": {"A4": None}}))
    assert problem == "Partners!A4: this row has data but no partner name"


def test_duplicate_and_empty_criterion_names(tmp_path):
    criteria = [*DEFAULT_CRITERIA, ["capital ", "benefit", 1], ["Capital", "benefit", 1], [None, "cost", 1]]
    problems = problems_of(write_workbook(tmp_path / "s.xlsx", criteria=criteria))
    assert "Criteria!A6: criterion 'Capital' appears twice (also in row 3)" in problems
    assert "Criteria!A7: this row has data but no criterion name" in problems


def test_criterion_without_partners_column(tmp_path):
    criteria = [*DEFAULT_CRITERIA, ["Speed", "benefit", 0.1]]
    problems = problems_of(write_workbook(tmp_path / "s.xlsx", criteria=criteria))
    assert problems == [
        "Criteria!A5: criterion 'Speed' has no column in the Partners sheet (its header must match the name)"
    ]


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        ([0.4, -0.3, 0.3], "Criteria!C3: -0.3 is negative; weights must be >= 0 (criterion 'Capital')"),
        ([0.4, "lots", 0.3], "Criteria!C3: 'lots' is not a number (criterion 'Capital')"),
        ([0.4, None, 0.3], "Criteria!C3: the weight is empty; enter a number >= 0 (criterion 'Capital')"),
        ([0, 0, 0], "Criteria!C2:C4: every weight is 0; at least one must be greater than 0"),
    ],
)
def test_bad_weights(tmp_path, weights, expected):
    criteria = [DEFAULT_CRITERIA[0]] + [
        [*row[:2], w] for row, w in zip(DEFAULT_CRITERIA[1:], weights, strict=True)
    ]
    assert problems_of(write_workbook(tmp_path / "s.xlsx", criteria=criteria)) == [expected]


def test_unknown_direction(tmp_path):
    (problem,) = problems_of(edited(tmp_path, {"Criteria": {"B4": "lower"}}))
    assert problem == "Criteria!B4: direction is 'lower'; use benefit or cost (criterion 'Months')"


def test_min_not_below_max(tmp_path):
    criteria = [[*DEFAULT_CRITERIA[0], "Min", "Max"], *([*row, None, None] for row in DEFAULT_CRITERIA[1:])]
    criteria[2][3:5] = [10, 10]
    (problem,) = problems_of(write_workbook(tmp_path / "s.xlsx", criteria=criteria))
    assert problem == "Criteria!E3: Max 10 must be greater than Min 10 (criterion 'Capital')"


def test_value_outside_the_scale(tmp_path):
    criteria = [[*DEFAULT_CRITERIA[0], "Min", "Max"], *([*row, 1, 10] for row in DEFAULT_CRITERIA[1:3])]
    criteria.append([*DEFAULT_CRITERIA[3], None, None])
    (problem,) = problems_of(edited(tmp_path, {"Partners": {"C5": 11}}, criteria=criteria))
    assert problem.startswith("Partners!C5: 11 is outside the scale 1..10")


def test_scenario_problems(tmp_path):
    scenarios = [
        ["Scenario", "Technology transfer", "Capital", "Months", "Speed"],
        ["S1", 0.5, 0.5, 0, 1],
        ["S1", 0.2, "x", 0, 1],
        ["S2", 0, 0, 0, 0],
    ]
    problems = problems_of(write_workbook(tmp_path / "s.xlsx", scenarios=scenarios))
    assert problems[0] == "Scenarios!E1: column 'Speed' is not a criterion in the Criteria sheet"
    scenarios = [row[:4] for row in scenarios]
    problems = problems_of(write_workbook(tmp_path / "s2.xlsx", scenarios=scenarios))
    assert problems == [
        "Scenarios!A3: scenario 'S1' appears twice (also in row 2)",
        "Scenarios!C3: 'x' is not a number (scenario 'S1', criterion 'Capital')",
        "Scenarios!A4: every weight of scenario 'S2' is 0; at least one must be greater than 0",
    ]


def test_a_header_only_partners_sheet_reads_as_no_partners(tmp_path):
    model = read_workbook(write_workbook(tmp_path / "s.xlsx", partners=[DEFAULT_PARTNERS[0]]))
    assert model.shape == (0, 3)
