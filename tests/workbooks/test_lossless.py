"""Saving keeps the user's columns: extra Criteria and Scenarios columns, and the Partners column order.

The input workbooks are built with openpyxl (tests/xlsx.py) and the output is read back with openpyxl,
independently of our reader, cell by cell: same headers, same order, same values, same types.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from criteria import edits
from criteria.errors import InputError
from criteria.study import StudyState
from scoring import rank
from tests.cli.conftest import run_cli
from tests.workbooks.test_writer import formulas_in
from tests.xlsx import write_workbook
from workbooks.reader import read_workbook
from workbooks.writer import save_study, write_result

FORMULA_LOOKING = "=SUM(A1:A9) is a note, not a formula"

CRITERIA = [
    ["Criterion", "Owner", "Direction", "Weight", "Priority", "Reviewed", "Source"],
    ["Technology transfer", "Lan", "benefit", 2, 1, True, FORMULA_LOOKING],
    ["Capital", None, "benefit", 1, 2.5, False, "Ministry of Finance"],
    ["Months", "Minh", "cost", 1, None, None, dt.datetime(2024, 5, 1)],
]
# criteria interleaved with descriptive columns; "Founded" mixes numbers and text, so it is descriptive
PARTNERS = [
    ["Partner", "Technology transfer", "Country", "Capital", "Founded", "Months", "Notes"],
    ["JOGMEC", 8, "Japan", 5, 2004, 60, FORMULA_LOOKING],
    ["Shin-Etsu Chemical", 3, "Japan", 7, "unknown", 18, None],
    ["China Rare Earth Group", 4, "China", 9, 2021.5, None, "state-owned"],
]
# "Notes" is text, "Votes" mixes numbers and text: both descriptive; criteria in another order
SCENARIOS = [
    ["Scenario", "Notes", "Months", "Technology transfer", "Capital", "Votes"],
    ["Fast", "speed matters", 1, 0, 0, 3],
    ["Tech", None, 0, 0.8, 0.2, "n/a"],
    ["Formula-looking", FORMULA_LOOKING, 1, 1, 1, None],
]
TEXT_CELLS = {"Criteria": ["G2"], "Partners": ["G2"], "Scenarios": ["B4"]}  # FORMULA_LOOKING, as text


def make_source(path: Path) -> Path:
    """The study above, with a note sheet; the formula-looking cells stored as text, not formulas."""
    write_workbook(path, PARTNERS, CRITERIA, SCENARIOS, extra_sheets={"Log": [["kept", 1]]})
    book = load_workbook(path)
    for sheet, refs in TEXT_CELLS.items():
        for ref in refs:
            book[sheet][ref].data_type = "s"
    book.save(path)
    return path


def sheet_rows(path: Path, sheet: str) -> list[tuple]:
    """Rows of ``sheet`` as openpyxl reads them (trailing empty cells and rows dropped)."""
    rows = [list(row) for row in load_workbook(path)[sheet].iter_rows(values_only=True)]
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return [tuple(row) for row in rows]


def cell_types(path: Path, sheet: str, skip_column: str = "") -> dict[str, tuple[str, type]]:
    """{cell: (data type, value type)} of every non-empty cell, but those in ``skip_column``."""
    return {
        cell.coordinate: (cell.data_type, type(cell.value))
        for row in load_workbook(path)[sheet].iter_rows()
        for cell in row
        if cell.value is not None and cell.column_letter != skip_column
    }


def assert_same_sheets(out: Path, source: Path, sheets=("Partners", "Criteria", "Scenarios")) -> None:
    for sheet in sheets:
        assert sheet_rows(out, sheet) == sheet_rows(source, sheet), sheet
        assert cell_types(out, sheet) == cell_types(source, sheet), sheet
    for sheet, refs in TEXT_CELLS.items():
        for ref in refs:
            cell = load_workbook(out)[sheet][ref]
            assert (cell.data_type, cell.value) == ("s", FORMULA_LOOKING)
    assert formulas_in(out) == []


@pytest.fixture
def source(tmp_path) -> Path:
    return make_source(tmp_path / "in.xlsx")


def test_the_source_is_as_intended(source):
    """Guard the test data: openpyxl sees the formula-looking cells as text and numbers as numbers."""
    assert formulas_in(source) == []
    assert sheet_rows(source, "Criteria")[0] == tuple(CRITERIA[0])
    assert cell_types(source, "Partners")["E2"] == ("n", int)


def test_reading_keeps_extra_cells_types_and_column_order(source):
    model = read_workbook(source)
    assert model.partner_columns == (
        "Technology transfer",
        "Country",
        "Capital",
        "Founded",
        "Months",
        "Notes",
    )
    assert model.descriptive_columns == ("Country", "Founded", "Notes")
    assert model.criteria_sheet_columns == tuple(CRITERIA[0])
    assert model.criteria[0].extra == (
        ("Owner", "Lan"),
        ("Priority", 1),
        ("Reviewed", True),
        ("Source", FORMULA_LOOKING),
    )
    assert model.criteria[1].extra == (
        ("Priority", 2.5),
        ("Reviewed", False),
        ("Source", "Ministry of Finance"),
    )
    owner, when = model.criteria[2].extra
    assert owner == ("Owner", "Minh") and when[0] == "Source" and when[1].year == 2024
    assert model.partners[0].field("Founded") == "2004" and model.partners[0].typed == (("Founded", 2004),)
    assert model.partners[1].typed == ()
    assert model.scenario_columns == ("Notes", "Months", "Technology transfer", "Capital", "Votes")
    assert model.scenario_extra_columns == ("Notes", "Votes")
    assert [s.extra for s in model.scenarios] == [
        (("Notes", "speed matters"), ("Votes", 3)),
        (("Votes", "n/a"),),
        (("Notes", FORMULA_LOOKING),),
    ]
    assert model.scenario("Tech").weights == (0.8, 0.2, 0)


@pytest.mark.parametrize("keep_other_sheets", [False, True])
def test_save_study_round_trip_keeps_headers_order_values_and_types(source, tmp_path, keep_other_sheets):
    model = read_workbook(source)
    out = save_study(tmp_path / "out.xlsx", model, source=source if keep_other_sheets else None)
    assert_same_sheets(out, source)
    again = read_workbook(out)
    assert again == model
    assert again.partner_columns == model.partner_columns
    assert again.scenario_columns == model.scenario_columns
    if keep_other_sheets:
        assert load_workbook(out).sheetnames == ["Partners", "Criteria", "Scenarios", "Log"]


def test_save_study_with_new_weights_changes_only_the_weight_column(source, tmp_path):
    out = save_study(tmp_path / "out.xlsx", read_workbook(source), weights=(0.5, 0.25, 0.25))
    saved, original = sheet_rows(out, "Criteria"), sheet_rows(source, "Criteria")
    assert [row[3] for row in saved[1:]] == [0.5, 0.25, 0.25]
    assert [row[:3] + row[4:] for row in saved] == [row[:3] + row[4:] for row in original]


def assert_result_keeps_the_study(out: Path, source: Path) -> None:
    """A result workbook: the study sheets as in the source, but the normalised weights."""
    assert_same_sheets(out, source, ("Partners", "Scenarios"))
    saved, original = sheet_rows(out, "Criteria"), sheet_rows(source, "Criteria")
    assert saved[0] == original[0]
    assert [row[3] for row in saved[1:]] == [0.5, 0.25, 0.25]  # 2:1:1, normalised
    assert [row[:3] + row[4:] for row in saved] == [row[:3] + row[4:] for row in original]
    assert cell_types(out, "Criteria", skip_column="D") == cell_types(source, "Criteria", skip_column="D")
    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Partners", "Criteria", "Scenarios", "Log", "Ranking", "Settings"]
    assert sheet_rows(out, "Log") == [("kept", 1)]
    assert formulas_in(out) == []


def test_write_result_keeps_extra_columns_and_order(source, tmp_path):
    state = StudyState.from_model(read_workbook(source))
    ranking = rank(state)
    out = write_result(tmp_path / "result.xlsx", state, ranking, source=source)
    assert_result_keeps_the_study(out, source)
    again = rank(StudyState.from_model(read_workbook(out)))
    assert again.ranked() == ranking.ranked()


def test_cli_rank_out_keeps_extra_columns_and_order(source, tmp_path):
    before = source.read_bytes()
    out = tmp_path / "result.xlsx"
    result = run_cli("rank", source, "--out", out)
    assert result.returncode == 0, result.stderr
    assert source.read_bytes() == before
    assert_result_keeps_the_study(out, source)
    again = run_cli("rank", out, "--format", "csv")
    assert again.returncode == 0, again.stderr
    assert again.stdout == run_cli("rank", source, "--format", "csv").stdout


def test_edited_study_keeps_the_layout_sensible(source, tmp_path):
    model = read_workbook(source)
    model = edits.rename_criterion(model, 1, "Finance")  # Capital, between Country and Founded
    model = edits.remove_criterion(model, 0)  # Technology transfer, first
    model = edits.add_criterion(model, "Speed", values=[1, 2, 3])
    model = edits.add_scenario(model, "Fast", (0, 1, 0))  # overwritten: its Notes stay
    out = save_study(tmp_path / "edited.xlsx", model, source=source)
    assert sheet_rows(out, "Partners")[0] == (
        "Partner",
        "Country",
        "Finance",
        "Founded",
        "Months",
        "Notes",
        "Speed",
    )
    assert sheet_rows(out, "Partners")[1] == ("JOGMEC", "Japan", 5, 2004, 60, FORMULA_LOOKING, 1)
    assert sheet_rows(out, "Scenarios")[:2] == [
        ("Scenario", "Notes", "Months", "Finance", "Votes", "Speed"),
        ("Fast", "speed matters", 1, 0, 3, 0),
    ]
    criteria = sheet_rows(out, "Criteria")
    assert criteria[0] == tuple(CRITERIA[0])
    assert criteria[1] == ("Finance", None, "benefit", 1, 2.5, False, "Ministry of Finance")
    assert criteria[3][:4] == ("Speed", None, "benefit", 1)
    assert read_workbook(out) == model


def test_a_fixed_column_set_in_the_gui_is_added_when_the_sheet_lacked_it(source, tmp_path):
    model = edits.set_bounds(read_workbook(source), 0, 0, 10)
    header, first = sheet_rows(save_study(tmp_path / "b.xlsx", model), "Criteria")[:2]
    assert header == (*CRITERIA[0], "Min", "Max")
    assert first == (*CRITERIA[1], 0, 10)


def test_a_retyped_descriptive_cell_is_written_as_the_new_text(source, tmp_path):
    model = edits.set_field(read_workbook(source), 0, "Founded", "2005")
    out = save_study(tmp_path / "t.xlsx", model)
    cell = load_workbook(out)["Partners"]["E2"]
    assert (cell.data_type, cell.value) == ("s", "2005")
    assert load_workbook(out)["Partners"]["E4"].value == 2021.5  # the others keep their numbers


def test_criteria_sheet_in_its_own_order_without_optional_columns(tmp_path):
    criteria = [
        ["Weight", "Criterion", "Owner", "Direction"],
        [1, "A", "x", "benefit"],
        [3, "B", None, "cost"],
    ]
    partners = [["Partner", "B", "A"], ["P", 1, 2], ["Q", 2, 1]]
    source = write_workbook(tmp_path / "in.xlsx", partners, criteria)
    out = save_study(tmp_path / "out.xlsx", read_workbook(source))
    assert sheet_rows(out, "Criteria") == sheet_rows(source, "Criteria")
    assert sheet_rows(out, "Partners") == sheet_rows(source, "Partners")
    assert sheet_rows(out, "Scenarios") == [("Scenario", "A", "B")]  # no sheet read: criterion order


def test_an_empty_extra_column_keeps_its_header(tmp_path):
    criteria = [[*CRITERIA[0][:4], "Owner notes"], *(row[:4] for row in CRITERIA[1:])]
    criteria[0][1] = "Reviewer"
    scenarios = [[*SCENARIOS[0][:5], "Remarks"], *(row[:5] for row in SCENARIOS[1:])]
    source = write_workbook(tmp_path / "in.xlsx", PARTNERS, criteria, scenarios)
    out = save_study(tmp_path / "out.xlsx", read_workbook(source))
    assert sheet_rows(out, "Criteria")[0] == tuple(criteria[0])
    assert sheet_rows(out, "Scenarios")[0] == tuple(scenarios[0])


def test_a_numeric_unknown_scenarios_column_is_still_an_error(tmp_path):
    scenarios = [[*row, extra] for row, extra in zip(SCENARIOS, ["Speed", 1, 0, 1], strict=True)]
    path = write_workbook(tmp_path / "bad.xlsx", PARTNERS, CRITERIA, scenarios)
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    assert [str(p) for p in caught.value.problems] == [
        "Scenarios!G1: column 'Speed' is not a criterion in the Criteria sheet"
    ]


def test_column_order_is_layout_not_data(source):
    """Equality ignores the recorded order; the extra cells take part."""
    import dataclasses

    model = read_workbook(source)
    assert (
        dataclasses.replace(model, partner_columns=(), criteria_sheet_columns=(), scenario_columns=())
        == model
    )
    criteria = list(model.criteria)
    criteria[0] = dataclasses.replace(criteria[0], extra=())
    assert dataclasses.replace(model, criteria=tuple(criteria)) != model
