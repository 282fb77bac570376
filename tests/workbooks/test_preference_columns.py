"""The Criteria sheet's PROMETHEE columns: read, checked cell by cell, saved back as written."""

from __future__ import annotations

import numpy as np
import pytest
from openpyxl import load_workbook

from criteria.errors import InputError
from criteria.preference import PreferenceFunction, Shape, Threshold, preference_functions
from criteria.study import StudyState
from scoring import rank
from tests.xlsx import write_workbook
from workbooks.reader import read_workbook
from workbooks.writer import save_study

HEADER = ["Criterion", "Direction", "Weight", "Owner", "Preference function", "q", "p", "s"]
PARTNERS = [
    ["Partner", "Speed", "Capital", "ESG"],
    ["JOGMEC", 3, 50, 7],
    ["Shin-Etsu", 7, 120, 4],
    ["KOMIR", 6, 80, 5],
]


def book(tmp_path, *rows):
    return write_workbook(tmp_path / "p.xlsx", PARTNERS, [HEADER, *rows])


GOOD = (
    ["Speed", "benefit", 0.3, "Lan", "linear", 1, "3", None],
    ["Capital", "benefit", 0.4, None, "V-shape", None, "25%", None],
    ["ESG", "benefit", 0.3, None, None, None, None, None],
)


def test_functions_are_read_and_saved_back_exactly_as_written(tmp_path):
    model = read_workbook(book(tmp_path, *GOOD))
    assert preference_functions(model.criteria) == (
        PreferenceFunction(Shape.LINEAR, Threshold(1.0), Threshold(3.0)),
        PreferenceFunction(Shape.V_SHAPE, p=Threshold(0.25, relative=True)),
        PreferenceFunction(),
    )
    out = tmp_path / "saved.xlsx"
    save_study(out, model)
    assert read_workbook(out) == model
    rows = list(load_workbook(out)["Criteria"].iter_rows(values_only=True))
    assert rows[0][: len(HEADER)] == tuple(HEADER)
    assert rows[1][4:8] == ("linear", 1, "3", None)  # text stays text, numbers numbers
    assert rows[2][4:8] == ("V-shape", None, "25%", None)


def test_ranking_uses_the_functions(tmp_path):
    model = read_workbook(book(tmp_path, *GOOD))
    with_functions = rank(StudyState.from_model(model, method="promethee")).scores
    plain = model.__class__(
        **{
            **model.__dict__,
            "criteria": tuple(c.__class__(c.name, c.direction, c.weight) for c in model.criteria),
        }
    )
    usual = rank(StudyState.from_model(plain, method="promethee")).scores
    assert not np.allclose(with_functions, usual)
    # Capital, V-shape with p = 25% of the range 50..120 = 17.5: 120 over 80 is a full preference,
    # 80 over 50 too; Speed linear q=1 p=3: 7 over 6 is 0, 7 over 3 and 6 over 3 are 1.
    flows = rank(StudyState.from_model(model, method="promethee")).contributions.sum(axis=1)
    np.testing.assert_allclose(flows, with_functions)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ["Speed", "benefit", 1, None, "linear", 3, 2, None],
            "Criteria!F2: q must be <= p (q 3, p 2) (criterion 'Speed')",
        ),
        (
            ["Speed", "benefit", 1, None, "Gausian", None, None, 1],
            "Criteria!E2: unknown preference function 'Gausian' (known: usual, u-shape, v-shape, level, linear, gaussian) (criterion 'Speed')",
        ),
        (
            ["Speed", "benefit", 1, None, "v-shape", None, None, None],
            "Criteria!G2: the v-shape preference function needs p (criterion 'Speed')",
        ),
        (
            ["Speed", "benefit", 1, None, "u-shape", "two", None, None],
            "Criteria!F2: q 'two' must be a number >= 0 or a share of the range such as '10%' (criterion 'Speed')",
        ),
        (
            ["Speed", "benefit", 1, None, None, None, None, 2],
            "Criteria!H2: s 2 is not used by the usual preference function (it takes no threshold) (criterion 'Speed')",
        ),
        (
            ["Speed", "benefit", 1, None, "gaussian", None, None, 0],
            "Criteria!H2: s must be greater than 0 for the gaussian preference function (criterion 'Speed')",
        ),
        (
            ["Speed", "benefit", 1, None, "u-shape", -1, None, None],
            "Criteria!F2: q -1 must be a number >= 0 or a share of the range such as '10%' (criterion 'Speed')",
        ),
    ],
)
def test_each_bad_cell_is_named_and_the_file_is_untouched(tmp_path, row, expected):
    rows = [
        row,
        ["Capital", "benefit", 1, None, None, None, None, None],
        ["ESG", "benefit", 1, None, None, None, None, None],
    ]
    path = book(tmp_path, *rows)
    before = path.read_bytes()
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    assert [str(p) for p in caught.value.problems] == [expected]
    assert path.read_bytes() == before


def test_a_function_needing_a_column_the_sheet_lacks_is_reported_on_its_row(tmp_path):
    header = ["Criterion", "Direction", "Weight", "Preference function"]
    rows = [
        header,
        ["Speed", "benefit", 1, "level"],
        ["Capital", "benefit", 1, None],
        ["ESG", "benefit", 1, None],
    ]
    with pytest.raises(InputError) as caught:
        read_workbook(write_workbook(tmp_path / "p.xlsx", PARTNERS, rows))
    assert [str(p) for p in caught.value.problems] == [
        "Criteria!D2: the level preference function needs q (criterion 'Speed')",
        "Criteria!D2: the level preference function needs p (criterion 'Speed')",
    ]
