"""workbooks.front_matter: the title, question and data notice the brief shows."""

from __future__ import annotations

from tests.xlsx import write_workbook
from workbooks.front_matter import is_notice, read_front_matter
from workbooks.sample import sample_path


def test_the_sample_gives_its_title_question_and_illustrative_notice():
    with sample_path() as path:
        front = read_front_matter(path)
    assert front.title == "Partners for Vietnam's rare-earth processing build-out"
    assert front.question.startswith("Which partners could help Vietnam turn its rare-earth (đất hiếm) ore")
    assert front.notices == ("ILLUSTRATIVE DATA - NOT AN ASSESSMENT OF REAL ORGANISATIONS",)


def test_a_title_sheet_wins_over_the_read_me(tmp_path):
    path = write_workbook(
        tmp_path / "study.xlsx",
        extra_sheets={
            "read me": [["Dummy data, illustrative only"], ["First plain line"], ["Question: who?"]],
            "Title": [[None, "  Chọn đối tác đất hiếm 2026  "]],
        },
    )
    front = read_front_matter(path)
    assert front.title == "Chọn đối tác đất hiếm 2026"
    assert front.question == "Who?"
    assert front.notices == ("Dummy data, illustrative only",)


def test_without_title_or_read_me_the_file_name_is_the_title(tmp_path):
    front = read_front_matter(write_workbook(tmp_path / "rare earth study.xlsx"))
    assert (front.title, front.question, front.notices) == ("rare earth study", None, ())


def test_what_counts_as_a_notice():
    assert is_notice("FICTITIOUS DATA") and is_notice("These are illustrative scores.")
    assert not is_notice("Partners for Vietnam") and not is_notice("ESG") and not is_notice("S1: 40%")
