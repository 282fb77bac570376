"""The blank template: reads back as a valid study with no partners and the five default criteria."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from criteria.errors import InputError
from criteria.model import Direction
from criteria.study import StudyState
from scoring import rank
from workbooks.reader import read_workbook
from workbooks.template import write_template

DEFAULTS = ("Technology transfer", "Capital", "ESG credibility", "Geopolitical alignment", "Speed")


def test_template_reads_as_an_empty_study(tmp_path):
    model = read_workbook(write_template(tmp_path / "t.xlsx"))
    assert model.shape == (0, 5)
    assert model.criterion_names == DEFAULTS
    assert all(c.direction is Direction.BENEFIT and (c.min, c.max) == (1, 10) for c in model.criteria)
    assert model.workbook_weights == (0.2,) * 5
    assert all(c.description for c in model.criteria)


def test_ranking_the_empty_template_says_there_are_no_partners(tmp_path):
    model = read_workbook(write_template(tmp_path / "t.xlsx"))
    with pytest.raises(InputError, match="no partners"):
        rank(StudyState.from_model(model))


def test_template_layout_validation_and_instructions(tmp_path):
    book = load_workbook(write_template(tmp_path / "t.xlsx"))
    assert book.sheetnames == ["Partners", "Criteria", "Scenarios", "Evidence", "Evidence settings", "About"]
    settings = {row[0]: row[1] for row in book["Evidence settings"].iter_rows(min_row=2, values_only=True)}
    assert settings == {  # the defaults, shown where the study can change them
        "Confidence width high": 0.5,
        "Confidence width medium": 1,
        "Confidence width low": 2,
        "Evidence older than (years)": 2,
    }
    partners, criteria = book["Partners"], book["Criteria"]
    assert all(cell.font.bold for cell in partners[1])
    assert partners.column_dimensions["A"].width >= 20
    rules = {str(dv.sqref): (dv.type, dv.formula1) for dv in criteria.data_validations.dataValidation}
    assert rules["B2:B501"] == ("list", '"benefit,cost"')
    assert rules["C2:C501"] == ("decimal", "0")
    (score,) = partners.data_validations.dataValidation
    assert (str(score.sqref), score.type, score.formula1, score.formula2) == (
        "F2:J501",
        "decimal",
        "1.0",
        "10.0",
    )
    assert "ignored when the workbook is read" in " ".join(str(r[0]) for r in book["About"].values)


def test_a_filled_in_template_ranks(tmp_path):
    path = write_template(tmp_path / "t.xlsx")
    book = load_workbook(path)
    book["Partners"].append(["JOGMEC", "Japan", None, None, None, 8, 5, 8, 8, 3])
    book["Partners"].append(["EU", "EU", None, None, None, 4, 6, 10, 8, 2])
    book.save(path)
    ranking = rank(StudyState.from_model(read_workbook(path)))
    assert ranking.ranked()[0][1] == "JOGMEC"
