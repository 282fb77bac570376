"""The Study settings sheet: the minimum-level setting and VIKOR's v are saved with the study, read
back cell by cell, and other rows and columns kept (issue 14, gap 1)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from criteria.errors import InputError
from criteria.levels import LevelPolicy
from criteria.model import Setting
from criteria.study import StudyState
from criteria.study_settings import model_to_save
from scoring import rank
from tests.cli.test_levels_cli import CRITERIA, PARTNERS
from tests.xlsx import write_workbook
from workbooks.reader import read_workbook
from workbooks.writer import save_study, write_result

SETTINGS = [
    ["Setting", "Value", "Note"],
    ["below a minimum level ", "Mark", "agreed on 3 Dec"],
    ["VIKOR v", 0.7, None],
    ["Reviewer", "Lan", "not ours: kept"],
]


def study(tmp_path, settings=SETTINGS):
    sheets = {"Study settings": settings} if settings else None
    return write_workbook(tmp_path / "study.xlsx", PARTNERS, CRITERIA, extra_sheets=sheets)


def sheet_rows(path, name="Study settings") -> list[list]:
    return [[c.value for c in row] for row in load_workbook(path)[name].iter_rows()]


def test_settings_are_read_and_rank_the_study(tmp_path):
    model = read_workbook(study(tmp_path))
    assert model.study_settings == (
        Setting("Below a minimum level", "mark", (("Note", "agreed on 3 Dec"),)),
        Setting("VIKOR v", 0.7),
        Setting("Reviewer", "Lan", (("Note", "not ours: kept"),)),
    )
    state = StudyState.from_model(model, method="vikor")
    assert (state.levels, state.vikor_v) == (LevelPolicy.MARK, 0.7)
    assert len(rank(state).partners) == 4  # marked, not left out
    given = StudyState.from_model(model, levels=LevelPolicy.EXCLUDE, vikor_v=0.2)  # an explicit choice wins
    assert (given.levels, given.vikor_v) == (LevelPolicy.EXCLUDE, 0.2)


def test_changed_settings_are_saved_in_place_and_the_rest_kept(tmp_path):
    source = study(tmp_path)
    state = StudyState.from_model(read_workbook(source)).replace(levels=LevelPolicy.EXCLUDE, vikor_v=0.35)
    out = save_study(tmp_path / "out.xlsx", model_to_save(state), state.weights, source=source)
    assert sheet_rows(out) == [
        ["Setting", "Value", "Note"],
        ["Below a minimum level", "exclude", "agreed on 3 Dec"],
        ["VIKOR v", 0.35, None],
        ["Reviewer", "Lan", "not ours: kept"],
    ]
    again = StudyState.from_model(read_workbook(out))
    assert (again.levels, again.vikor_v) == (LevelPolicy.EXCLUDE, 0.35)
    assert read_workbook(save_study(tmp_path / "same.xlsx", read_workbook(out), source=out)) == read_workbook(
        out
    )


def test_a_study_without_the_sheet_gets_it_only_for_a_setting_off_its_default(tmp_path):
    source = study(tmp_path, settings=None)
    state = StudyState.from_model(read_workbook(source))
    plain = save_study(tmp_path / "plain.xlsx", model_to_save(state), source=source)
    assert "Study settings" not in load_workbook(plain).sheetnames
    marked = state.replace(levels=LevelPolicy.MARK)
    out = save_study(tmp_path / "marked.xlsx", model_to_save(marked), source=source)
    assert sheet_rows(out) == [["Setting", "Value"], ["Below a minimum level", "mark"]]
    assert StudyState.from_model(read_workbook(out)).levels is LevelPolicy.MARK


def test_the_result_workbook_ranks_the_same_again(tmp_path):
    state = StudyState.from_model(read_workbook(study(tmp_path, settings=None)), method="vikor")
    state = state.replace(levels=LevelPolicy.MARK, vikor_v=0.9)
    ranking = rank(state)
    out = write_result(tmp_path / "result.xlsx", state, ranking, source=tmp_path / "study.xlsx")
    again = StudyState.from_model(read_workbook(out), method="vikor")
    assert (again.levels, again.vikor_v) == (LevelPolicy.MARK, 0.9)
    assert rank(again).ranked() == ranking.ranked()


@pytest.mark.parametrize(
    "rows, expected",
    [
        (
            [["Setting", "Value"], ["Below a minimum level", "maybe"]],
            "Study settings!B2: unknown minimum-level setting 'maybe' (choose one of exclude, mark) "
            "(setting 'Below a minimum level')",
        ),
        (
            [["Setting", "Value"], ["Reviewer", "Lan"], ["VIKOR v", 1.5]],
            "Study settings!B3: VIKOR v must be from 0 to 1, not 1.5 (setting 'VIKOR v')",
        ),
        (
            [["Setting", "Value"], ["VIKOR v", "half"]],
            "Study settings!B2: 'half' is not a number (setting 'VIKOR v')",  # as any number cell says
        ),
        (
            [["Setting", "Value"], ["VIKOR v", None]],
            "Study settings!B2: the value is empty (setting 'VIKOR v')",
        ),
        (
            [["Setting", "Value"], ["VIKOR v", 0.5], ["vikor V", 0.6]],
            "Study settings!A3: setting 'vikor V' appears twice (also in row 2)",
        ),
        ([["Setting", "Note"], ["VIKOR v", 0.5]], "Study settings!A1: the header row has no 'Value' column"),
    ],
)
def test_bad_settings_are_named_by_cell(tmp_path, rows, expected):
    path = study(tmp_path, settings=rows)
    before = path.read_bytes()
    with pytest.raises(InputError) as raised:
        read_workbook(path)
    assert any(str(p).startswith(expected) for p in raised.value.problems), raised.value.problems
    assert path.read_bytes() == before
