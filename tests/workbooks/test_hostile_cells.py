"""Hostile cells in the newer sheets and columns (Study settings, Evidence settings, Value functions,
PROMETHEE thresholds, Confidence widths, evidence dates): each defect an audit found, as a test.

Bad input never crashes or passes as something else: one problem naming sheet, cell and value,
the input file untouched, and a study that reads ranks with finite scores.
"""

from __future__ import annotations

import datetime as dt
import math
import os

import numpy as np
import pytest
from openpyxl import load_workbook

from criteria.errors import InputError, OutputError
from criteria.study import StudyState
from criteria.study_settings import model_to_save
from scoring import rank
from tests.workbooks.hostile import study
from workbooks.reader import read_with_notes, read_workbook
from workbooks.writer import save_study


def problems_of(path) -> list[str]:
    before = path.read_bytes()
    with pytest.raises(InputError) as raised:
        read_workbook(path)
    assert path.read_bytes() == before
    return [str(p) for p in raised.value.problems]


def test_the_hostile_study_itself_reads_and_ranks(tmp_path):
    state = StudyState.from_model(read_workbook(study(tmp_path / "study.xlsx")), method="promethee")
    assert np.isfinite(rank(state).scores).all()


def test_a_gaussian_threshold_too_small_to_divide_by_still_ranks_finite(tmp_path):
    # s = 5e-324 (the smallest double): gap / s overflowed and the fast flows gave NaN scores,
    # which `rank --format json` then failed on. The limit is the usual criterion: P = 1 for any gap.
    path = study(tmp_path / "tiny.xlsx", {("Criteria", 3, 11): 5e-324})
    state = StudyState.from_model(read_workbook(path), method="promethee")
    usual = StudyState.from_model(read_workbook(study(tmp_path / "u.xlsx", {("Criteria", 3, 8): "usual",
                                                                            ("Criteria", 3, 11): None})),
                                  method="promethee")  # fmt: skip
    assert np.isfinite(rank(state).scores).all()
    np.testing.assert_allclose(rank(state).scores, rank(usual).scores, atol=1e-12)


def test_a_bad_criteria_row_is_reported_once_not_again_by_every_sheet_naming_it(tmp_path):
    # Tech's weight is wrong: the Scenarios, Evidence and Value functions sheets name Tech too,
    # and each used to add "criterion 'Tech' is not in the Criteria sheet", burying the one problem.
    found = problems_of(study(tmp_path / "weight.xlsx", {("Criteria", 2, 3): "abc"}))
    assert found == ["Criteria!C2: 'abc' is not a number (criterion 'Tech')"]


@pytest.mark.parametrize(
    "value, expected",
    [
        (True, "Study settings!B3: TRUE is a true/false value, not a number (setting 'VIKOR v')"),
        ("#DIV/0!", "Study settings!B3: '#DIV/0!' is an Excel error, not a number (setting 'VIKOR v')"),
        ("=1/0", "Study settings!B3: the formula here has no saved result"),
        (dt.datetime(2024, 1, 2), "Study settings!B3: 2024-01-02 is a date or time, not a number"),
        (-5, "Study settings!B3: VIKOR v must be from 0 to 1, not -5 (setting 'VIKOR v')"),
    ],
)
def test_vikor_v_is_read_as_any_number_cell_is(tmp_path, value, expected):
    # TRUE used to be read as v = 1 and a date shown as datetime.datetime(2024, 1, 2, 0, 0)
    (found,) = problems_of(study(tmp_path / "v.xlsx", {("Study settings", 3, 2): value}))
    assert found.startswith(expected), found


@pytest.mark.parametrize(
    "value, shown",
    [
        (True, "'TRUE'"),
        (dt.datetime(2024, 1, 2), "'2024-01-02'"),
        (-5, "'-5'"),
        ("x" * 500, "'" + "x" * 37 + "...'"),
    ],
)
def test_the_minimum_level_setting_shows_the_cell_as_excel_does(tmp_path, value, shown):
    (found,) = problems_of(study(tmp_path / "levels.xlsx", {("Study settings", 2, 2): value}))
    assert found == (
        f"Study settings!B2: unknown minimum-level setting {shown} (choose one of exclude, mark) "
        "(setting 'Below a minimum level')"
    )


@pytest.mark.parametrize("widths", ["high=inf", "low=1e308", "medium=1001", "high=nan"])
def test_confidence_widths_beyond_the_largest_are_refused(tmp_path, widths):
    # inf and 1e308 were taken: the ranges overflowed (a RuntimeWarning on the command line's
    # stderr) and were infinite on a criterion without Min and Max
    (found,) = problems_of(study(tmp_path / "widths.xlsx", {("Criteria", 4, 12): widths}))
    assert found.startswith(f"Criteria!L4: confidence width '{widths}' is not ")
    assert found.endswith("=<points from 0 to 1000>' (criterion 'Months')")


@pytest.mark.parametrize("low", [1e308, -1e308])
def test_a_huge_number_is_shown_short_in_a_message(tmp_path, low):
    (found,) = problems_of(study(tmp_path / "low.xlsx", {("Evidence", 2, 6): low}))
    assert found == f"Evidence!F2: Low {low!r} is outside the scale 1..10 (partner 'Alpha', criterion 'Tech')"


@pytest.mark.parametrize(
    "first, twin",
    [("Al pha", "Al\u00a0pha"), ("Alpha", "Al\u200bpha"), ("Al pha", "Al\u3000pha"), ("Al pha", "Al  pha")],
)
def test_names_that_only_look_the_same_are_read_with_a_note_naming_both(tmp_path, first, twin):
    changes = {("Partners", 2, 1): first, ("Partners", 3, 1): twin}
    model, notes = read_with_notes(study(tmp_path / "twins.xlsx", changes, drop=("Evidence",)))
    assert [p.name for p in model.partners][:2] == [first, twin]  # distinct, as the format says
    (note,) = [str(n) for n in notes if "looks the same" in str(n)]
    assert note.startswith(f"Partners!A3: partner {twin!r} looks the same as {first!r} in row 2")


@pytest.mark.parametrize("name", ["study.xls", "study.ods", "study.xlsm", "Đánh giá đối tác (bản cuối).xlsx"])
def test_a_study_read_by_its_content_saves_whatever_its_name(tmp_path, name):
    # an .xlsx file named .xls or .ods opens (the reader sniffs the content), but saving it
    # raised openpyxl's InvalidFileException, uncaught by the app's Save
    source = study(tmp_path / "source.xlsx").rename(tmp_path / name)
    before = source.read_bytes()
    model = read_workbook(source)
    out = save_study(tmp_path / "saved.xlsx", model, source=source)
    assert read_workbook(out) == model and "Read me" in load_workbook(out).sheetnames
    assert source.read_bytes() == before


def test_the_study_settings_and_values_survive_open_save_open(tmp_path):
    source = study(tmp_path / "study.xlsx", {("Criteria", 2, 14): "kept", ("Criteria", 1, 14): "Reviewer"})
    model = read_workbook(source)
    again = read_workbook(save_study(tmp_path / "saved.xlsx", model, source=source))
    assert again == model
    assert again.study_settings == model.study_settings and again.evidence_settings == model.evidence_settings
    assert math.isclose(StudyState.from_model(again).vikor_v, 0.3)


@pytest.mark.parametrize(
    "changes, expected",
    [
        (
            {("Criteria", 2, 5): None, ("Partners", 2, 4): 0},
            "Partners!D2: 0 is below the Min 1 set in the Criteria sheet",
        ),
        (
            {("Criteria", 2, 4): None, ("Partners", 2, 4): 11},
            "Partners!D2: 11 is above the Max 10 set in the Criteria sheet",
        ),
    ],
)
def test_a_value_beyond_a_one_sided_scale_names_the_bound_it_breaks(tmp_path, changes, expected):
    # was "0 is outside the scale 1.. set in the Criteria sheet", which no Vietnamese wording matched
    found = problems_of(
        study(tmp_path / "bound.xlsx", {**changes, ("Evidence", 2, 6): None, ("Evidence", 2, 7): None})
    )
    assert found == [f"{expected} (criterion 'Tech')"]


def test_the_apps_save_writes_the_weights_as_they_were_written(tmp_path):
    # the app saves the study's normalised weights: 0.4, 0.3, 0.3 came back as 0.29999999999999993,
    # so an untouched study was no longer the same study after open, save, open
    source = study(tmp_path / "study.xlsx")
    state = StudyState.from_model(read_workbook(source))
    out = save_study(tmp_path / "saved.xlsx", model_to_save(state), state.weights, source=source)
    assert read_workbook(out) == read_workbook(source)
    assert [c.weight for c in read_workbook(out).criteria] == [0.4, 0.3, 0.3]


@pytest.mark.parametrize(
    "cell, text, expected",
    [
        ((2, 10), "1_0", "Criteria!J2: p '1_0' must be a number >= 0 or a share of the range such as '10%'"),
        (
            (3, 11),
            "1_0%",
            "Criteria!K3: s '1_0%' must be a number >= 0 or a share of the range such as '10%'",
        ),
        ((2, 12), "high=1_0", "Criteria!L2: confidence width 'high=1_0' is not "),
    ],
)
def test_a_number_with_an_underscore_is_not_read_as_python_would(tmp_path, cell, text, expected):
    # float('1_0') is 10 in Python: p, s and the widths took such text as 10 without a word
    (found,) = problems_of(study(tmp_path / "underscore.xlsx", {("Criteria", *cell): text}))
    assert found.startswith(expected), found


@pytest.mark.parametrize("winerror", [32, 33])
def test_a_file_open_in_excel_on_windows_is_named_as_locked_and_kept(tmp_path, monkeypatch, winerror):
    # Windows raises PermissionError (EACCES) for a file Excel holds open: "permission denied" sent
    # the user to their IT department rather than to close the file in Excel
    old = study(tmp_path / "results.xlsx")
    before = old.read_bytes()

    def held_open(source, target):
        error = PermissionError(13, "Access is denied")
        error.winerror = winerror
        raise error

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(OutputError) as raised:
        save_study(old, read_workbook(old), source=old)
    assert str(raised.value) == f"cannot write {old}: the file is locked (is it open in Excel?)"
    assert old.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["results.xlsx"]
