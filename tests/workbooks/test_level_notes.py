"""A Minimum on a cost criterion (or a Maximum on a benefit one) is read as written, with a note
naming its cell, on stderr for the command line (issue 14, gap 5)."""

from __future__ import annotations

from criteria.errors import Problem
from tests.cli.conftest import run_cli
from tests.workbooks.test_levels_sheet import LEVELS
from tests.xlsx import write_workbook
from workbooks.reader import notes_sentence, read_with_notes

AGAINST = [
    ["Criterion", "Direction", "Weight", "Minimum", "Maximum"],
    ["Technology transfer", "benefit", 0.4, None, 9],
    ["Capital", "benefit", 0.3, None, None],
    ["Months", "cost", 0.3, 12, None],
]


def test_levels_against_the_direction_get_a_note_naming_the_cell(tmp_path):
    model, notes = read_with_notes(write_workbook(tmp_path / "in.xlsx", criteria=AGAINST))
    assert model.criteria[2].minimum == 12.0  # allowed: a band of values is a real use
    assert notes == (
        Problem(
            "Maximum 9 on benefit criterion 'Technology transfer' leaves out the partners above it, whose "
            "higher values are better; a benefit criterion's limit is usually a Minimum",
            "Criteria",
            "E2",
        ),
        Problem(
            "Minimum 12 on cost criterion 'Months' leaves out the partners below it, whose lower values "
            "are better; a cost criterion's limit is usually a Maximum",
            "Criteria",
            "D4",
        ),
    )
    assert notes_sentence(notes).startswith("Criteria!E2: Maximum 9 on benefit criterion")


def test_levels_in_their_direction_get_none(tmp_path):
    assert read_with_notes(write_workbook(tmp_path / "in.xlsx", criteria=LEVELS))[1] == ()


def test_rank_says_it_on_stderr(tmp_path):
    result = run_cli("rank", write_workbook(tmp_path / "in.xlsx", criteria=AGAINST))
    assert result.returncode == 0, result.stderr
    assert "Criteria!D4: Minimum 12 on cost criterion 'Months'" in result.stderr


def test_rank_says_it_in_vietnamese_with_lang_vi(tmp_path):
    result = run_cli("rank", write_workbook(tmp_path / "in.xlsx", criteria=AGAINST), "--lang", "vi")
    assert result.returncode == 0, result.stderr
    assert "lưu ý: Criteria!E2: Mức tối đa 9 trên tiêu chí lợi ích 'Technology transfer'" in result.stderr
    assert "Criteria!D4: Mức tối thiểu 12 trên tiêu chí chi phí 'Months'" in result.stderr


def test_many_numbers_stored_as_text_are_counted_in_the_language():
    from workbooks.table import TextNumber

    notes = tuple(TextNumber("Partners", f"C{row}", "5") for row in range(2, 12))
    assert notes_sentence(notes, limit=8).endswith("Partners!C9 '5' and 2 more cells")
    said = notes_sentence(notes, limit=8, lang="vi")
    assert said.startswith("các số lưu dưới dạng văn bản đã được đọc thành số: Partners!C2 '5', ")
    assert said.endswith("Partners!C9 '5' và 2 ô khác")
