"""Awkward workbooks that must open (CONTRACT.md, Partners): numbers stored as text, numeric and date
columns that are not criteria, a file name that is not valid UTF-8."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from openpyxl import load_workbook

from criteria.errors import InputError
from tests.cli.conftest import run_cli, strict_json
from tests.workbooks.test_lossless import cell_types, sheet_rows
from tests.xlsx import DEFAULT_PARTNERS, write_workbook
from workbooks.reader import read_with_notes, read_workbook
from workbooks.writer import save_study

# DEFAULT_PARTNERS columns: A Partner, B Country, C Technology transfer, D Capital, E Months.
CRITERIA = [
    ["Criterion", "Direction", "Weight", "Min", "Max"],
    ["Technology transfer", "benefit", 0.4, 1, 10],
    ["Capital", "benefit", "0.3", " 1 ", "10"],  # Excel's "Number stored as text"
    ["Months", "cost", 0.3, None, None],
]
SCENARIOS = [["Scenario", "Technology transfer", "Capital", "Months"], ["Fast", 0, "0.25", 1]]


def text_numbers_workbook(path):
    partners = [list(row) for row in DEFAULT_PARTNERS]
    partners[2][3] = "7"  # Shin-Etsu Chemical, Capital: D3
    partners[3][4] = "24.5"  # China Rare Earth Group, Months: E4
    return write_workbook(path, partners, CRITERIA, SCENARIOS)


def test_numbers_stored_as_text_are_read_with_a_note_naming_each_cell(tmp_path):
    model, notes = read_with_notes(text_numbers_workbook(tmp_path / "s.xlsx"))
    assert model.values[1].tolist() == [3, 7, 18] and model.values[2, 2] == 24.5
    assert model.workbook_weights == (0.4, 0.3, 0.3)
    assert (model.criteria[1].min, model.criteria[1].max) == (1, 10)
    assert model.scenario("Fast").weights == (0, 0.25, 1)
    assert sorted(f"{n.sheet}!{n.cell}" for n in notes) == [
        "Criteria!C3",
        "Criteria!D3",
        "Criteria!E3",
        "Partners!D3",
        "Partners!E4",
        "Scenarios!C2",
    ]
    assert "Partners!D3 '7'" in map(str, notes)


@pytest.mark.parametrize("text", ["1,5", "nan", "inf", "1_000", "0x10", "7 kg"])
def test_text_that_is_not_plainly_a_number_is_still_an_error(tmp_path, text):
    partners = [list(row) for row in DEFAULT_PARTNERS]
    partners[2][3] = text
    with pytest.raises(InputError) as caught:
        read_workbook(write_workbook(tmp_path / "s.xlsx", partners))
    assert [f"{p.sheet}!{p.cell}" for p in caught.value.problems] == ["Partners!D3"]


def test_the_command_line_notes_numbers_stored_as_text_on_stderr(tmp_path):
    result = run_cli("rank", text_numbers_workbook(tmp_path / "s.xlsx"), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert len(strict_json(result.stdout)["ranking"]) == 4
    note = next(line for line in result.stderr.splitlines() if "stored as text" in line)
    assert note.startswith("note: ") and "Partners!D3 '7'" in note and "Criteria!C3 '0.3'" in note


DESCRIPTIVE = [
    [
        "Partner",
        "Licence no.",
        "Technology transfer",
        "Year founded",
        "Capital",
        "Revenue",
        "Months",
        "Last contact",
    ],
    ["JOGMEC", 100234, 8, 2004, 5, 1.25e9, 60, dt.datetime(2025, 3, 7)],
    ["Shin-Etsu Chemical", 100871, 3, 1926, 7, 2.4e10, 18, dt.datetime(2024, 11, 20, 9, 30)],
    ["China Rare Earth Group", None, 4, 2021, 9, 3.5e9, 24, None],
]


def test_numeric_and_date_columns_that_are_not_criteria_are_descriptive_and_saved_as_they_were(tmp_path):
    source = write_workbook(tmp_path / "in.xlsx", DESCRIPTIVE)
    model = read_workbook(source)
    assert model.descriptive_columns == ("Licence no.", "Year founded", "Revenue", "Last contact")
    assert model.criterion_names == ("Technology transfer", "Capital", "Months")
    assert model.partners[0].fields == (
        ("Licence no.", "100234"),
        ("Year founded", "2004"),
        ("Revenue", "1250000000"),
        ("Last contact", "2025-03-07"),
    )
    assert model.partners[1].field("Last contact") == "2024-11-20 09:30"
    out = save_study(tmp_path / "out.xlsx", model)
    assert sheet_rows(out, "Partners") == sheet_rows(source, "Partners")
    assert cell_types(out, "Partners") == cell_types(source, "Partners")
    assert load_workbook(out)["Partners"]["H3"].is_date
    assert read_workbook(out) == model


def strange_name(stem: bytes) -> str:
    """A file name that is not valid UTF-8 where names are bytes (Linux), else one far from ASCII."""
    return os.fsdecode(stem + b"-\xff\xfe.xlsx") if os.name == "posix" else f"{stem.decode()}-Nguyễn.xlsx"


def test_a_file_name_that_is_not_utf8_opens(tmp_path):
    path = tmp_path / strange_name(b"study")
    write_workbook(path)
    assert read_workbook(path).shape == (4, 3)
    result = run_cli("rank", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert len(strict_json(result.stdout)["ranking"]) == 4
    missing = run_cli("rank", tmp_path / strange_name(b"gone"))
    assert missing.returncode == 1 and "not found" in missing.stderr
    assert "\\udc" not in missing.stderr  # the name is shown readably, not as escapes
    assert "save it as" not in missing.stderr


def test_a_file_that_cannot_be_read_is_not_advised_to_be_saved_again(tmp_path):
    from workbooks.container import Container

    path = tmp_path / strange_name(b"study")
    book = Container(write_workbook(path))
    path.unlink()  # gone between the check and the read (a network drive, a sync client)
    with pytest.raises(InputError) as caught:
        book.rows("Partners")
    assert "cannot read" in str(caught.value) and "save it as" not in str(caught.value)
