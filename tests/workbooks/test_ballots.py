"""Ballot workbooks: written, filled in with openpyxl as a person would, read back and aggregated."""

from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook

from criteria.aggregation import aggregate
from criteria.errors import InputError, OutputError
from tests.conftest import make_model
from workbooks.ballots import (
    INSTRUCTIONS_VI,
    PAIRWISE,
    WEIGHTS,
    ballot_file_name,
    read_ballot,
    read_ballots,
    write_ballots,
)

NAMES = ["Technology transfer", "Capital", "Speed"]
PAIRS = [("Technology transfer", "Capital"), ("Technology transfer", "Speed"), ("Capital", "Speed")]


@pytest.fixture
def model():
    return make_model([[8, 5, 3], [3, 7, 7], [6, 6, 7]], names=NAMES)


def fill_points(path: Path, points: dict[str, object]) -> None:
    """Type points into the Weights sheet next to each criterion's name, then save, as Excel would."""
    book = load_workbook(path)
    sheet = book[WEIGHTS]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value in points:
            row[2].value = points[row[0].value]
    book.save(path)


def fill_pairwise(path: Path, judgements: dict[tuple[str, str], tuple[str | None, object]]) -> None:
    """Pick A/B and type the intensity on each pair's row of the Pairwise sheet."""
    book = load_workbook(path)
    sheet = book[PAIRWISE]
    for row in sheet.iter_rows(min_row=2):
        pair = (row[0].value, row[1].value)
        if pair in judgements:
            row[2].value, row[3].value = judgements[pair]
    book.save(path)


def test_ballots_are_written_one_per_participant_with_both_languages(model, tmp_path):
    paths = write_ballots(
        model, ["Bộ Công Thương", "Vinacomin", "=HYPERLINK(1)"], tmp_path / "out", study="Rare earths"
    )
    assert [p.name for p in paths] == [
        "ballot-Bộ Công Thương.xlsx",
        "ballot-Vinacomin.xlsx",
        "ballot-=HYPERLINK(1).xlsx",
    ]
    book = load_workbook(paths[2])
    assert book.sheetnames == ["Instructions", "Weights", "Pairwise"]
    participant = book["Instructions"]["B2"]
    assert participant.value == "=HYPERLINK(1)" and participant.data_type == "s"  # text, never a formula
    texts = [c.value for row in book["Instructions"].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(INSTRUCTIONS_VI[0] in t for t in texts) and any("Hướng dẫn" in t for t in texts)
    assert [book[WEIGHTS].cell(row=r, column=1).value for r in (2, 3, 4)] == NAMES
    pairs = [
        (book[PAIRWISE].cell(row=r, column=1).value, book[PAIRWISE].cell(row=r, column=2).value)
        for r in (2, 3, 4)
    ]
    assert pairs == [
        ("Technology transfer", "Capital"),
        ("Technology transfer", "Speed"),
        ("Capital", "Speed"),
    ]
    validations = {
        str(v.sqref): (v.type, v.formula1, v.formula2) for v in book[WEIGHTS].data_validations.dataValidation
    }
    assert validations == {"C2:C4": ("decimal", "0", "100")}
    kinds = {v.type: str(v.sqref) for v in book[PAIRWISE].data_validations.dataValidation}
    assert kinds == {"list": "C2:C4", "whole": "D2:D4"}


def test_five_ballots_filled_in_read_back_and_aggregated(model, tmp_path):
    people = ["Ministry", "Manufacturer", "Financier", "Security", "Province"]
    paths = dict(zip(people, write_ballots(model, people, tmp_path), strict=True))
    fill_points(paths["Ministry"], {"Technology transfer": 50, "Capital": 30, "Speed": 20})
    fill_points(paths["Manufacturer"], {"Technology transfer": 10, "Capital": 40, "Speed": 50})
    fill_points(paths["Financier"], {"Technology transfer": 20, "Capital": 60, "Speed": 20})
    fill_points(paths["Security"], {"Technology transfer": 40, "Capital": 40, "Speed": 20})
    # Province judges pairwise, consistently with weights 4 : 2 : 1
    fill_pairwise(
        paths["Province"],
        {
            ("Technology transfer", "Capital"): ("A", 2),
            ("Technology transfer", "Speed"): ("A", 4),
            ("Capital", "Speed"): ("A", 2),
        },
    )
    ballots, problems = read_ballots([tmp_path], model)
    assert problems == []
    assert sorted(b.participant for b in ballots) == sorted(people)
    province = next(b for b in ballots if b.participant == "Province")
    assert province.weights == pytest.approx([4 / 7, 2 / 7, 1 / 7])
    assert province.consistency_ratio == pytest.approx(0, abs=1e-9)
    group = aggregate(ballots)
    assert group.method == "mean"
    expected = np.mean(
        [[0.5, 0.3, 0.2], [0.1, 0.4, 0.5], [0.2, 0.6, 0.2], [0.4, 0.4, 0.2], [4 / 7, 2 / 7, 1 / 7]], axis=0
    )
    assert group.weights == pytest.approx(expected)
    speed = group.criteria[2]
    assert ballots[speed.furthest].participant == "Manufacturer"


def test_pairwise_ballots_are_combined_by_geometric_mean(model, tmp_path):
    first, second = write_ballots(model, ["A", "B"], tmp_path)
    fill_pairwise(
        first,
        {
            ("Technology transfer", "Capital"): ("A", 9),
            ("Technology transfer", "Speed"): ("A", 9),
            ("Capital", "Speed"): (None, 1),
        },
    )
    fill_pairwise(
        second,
        {
            ("Technology transfer", "Capital"): ("B", 1),
            ("Technology transfer", "Speed"): ("B", 1),
            ("Capital", "Speed"): ("B", 1),
        },
    )
    ballots, problems = read_ballots([first, second], model)
    assert problems == []
    group = aggregate(ballots)
    assert group.method == "geometric"
    # group judgements sqrt(9 * 1) = 3, 3 and 1: weights 3 : 1 : 1
    assert group.weights == pytest.approx([0.6, 0.2, 0.2])


def test_a_malformed_ballot_is_named_and_the_others_are_used(model, tmp_path):
    good, bad, typo = write_ballots(model, ["Good", "Bad", "Typo"], tmp_path)
    fill_points(good, {"Technology transfer": 50, "Capital": 50, "Speed": 0})
    fill_points(bad, {"Technology transfer": "lots", "Capital": -5, "Speed": 10})
    fill_pairwise(
        typo, {("Technology transfer", "Capital"): ("C", 3), ("Technology transfer", "Speed"): ("A", 12)}
    )
    (tmp_path / "notes.xlsx").write_text("not a workbook")
    ballots, problems = read_ballots([tmp_path], model)
    assert [b.participant for b in ballots] == ["Good"]
    text = "\n".join(map(str, problems))
    assert "[ballot-Bad.xlsx]Weights!C2: 'lots' is not a number" in text
    assert "[ballot-Bad.xlsx]Weights!C3: -5 is negative" in text
    assert "[ballot-Typo.xlsx]Pairwise!C2: 'C': choose A or B" in text
    assert "[ballot-Typo.xlsx]Pairwise!D3: 12 is not on the 1-9 scale" in text
    assert "notes.xlsx is a text (CSV) file" in text


@pytest.mark.parametrize(
    ("fill", "fragment"),
    [
        (lambda p: None, "the ballot is empty"),
        (
            lambda p: (fill_points(p, {"Capital": 10}), fill_pairwise(p, dict.fromkeys(PAIRS, ("A", 3)))),
            "both the Weights and the Pairwise sheet",
        ),
        (lambda p: fill_pairwise(p, {("Capital", "Speed"): ("A", 3)}), "some pairs are not judged: D2, D3"),
        (lambda p: fill_points(p, {"Capital": 0, "Speed": 0}), "every criterion has 0 points"),
    ],
)
def test_incomplete_or_ambiguous_ballots(model, tmp_path, fill, fragment):
    (path,) = write_ballots(model, ["X"], tmp_path)
    fill(path)
    with pytest.raises(InputError, match=fragment):
        read_ballot(path, model)


def test_a_ballot_for_another_study_names_the_unknown_criterion(model, tmp_path):
    other = make_model([[1, 2, 3]], names=["Technology transfer", "Capital", "ESG"])
    (path,) = write_ballots(other, ["X"], tmp_path)
    fill_points(path, {"Technology transfer": 50, "Capital": 30, "ESG": 20})
    with pytest.raises(
        InputError, match=r"\[ballot-X.xlsx\]Weights!A4: 'ESG' is not a criterion of this study"
    ):
        read_ballot(path, model)


def test_the_same_participant_twice_is_reported(model, tmp_path):
    (path,) = write_ballots(model, ["X"], tmp_path / "a")
    fill_points(path, {"Capital": 10})
    copy = tmp_path / "b" / "copy.xlsx"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    ballots, problems = read_ballots([path, copy], model, importance={"X": 2, "Nobody": 1})
    assert len(ballots) == 1 and ballots[0].importance == 2
    text = "\n".join(map(str, problems))
    assert "'X' already voted in ballot-X.xlsx" in text
    assert "importance given for 'Nobody'" in text


@pytest.mark.parametrize(
    ("names", "fragment"),
    [([], "no participants"), (["A", " "], "empty"), (["An", "an "], "share a ballot file")],
)
def test_bad_participant_lists(model, tmp_path, names, fragment):
    with pytest.raises(InputError, match=fragment):
        write_ballots(model, names, tmp_path)


def test_unwritable_folder_is_an_output_error(model, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        write_ballots(model, ["A"], blocker / "sub")


def test_file_names_are_safe():
    assert ballot_file_name(" a/b:c ") == "ballot-a_b_c.xlsx"
    assert ballot_file_name("...") == "ballot-participant.xlsx"
