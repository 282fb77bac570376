"""File > Save keeps the room's minimum-level setting and VIKOR's v; reopening ranks the same, and
undo/redo before a save decide what is saved (issue 14, gap 1). Real widgets and the real action."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QAction

from criteria.levels import LevelPolicy
from criteria.study import StudyState
from desktop.session import StudySession
from tests.desktop.conftest import study_model
from workbooks.reader import read_workbook
from workbooks.writer import save_study

ESG = 2


@pytest.fixture
def leveled(tmp_path, qapp):
    model = study_model()
    criteria = list(model.criteria)
    criteria[ESG] = dataclasses.replace(criteria[ESG], minimum=7.5)
    path = save_study(tmp_path / "levels.xlsx", dataclasses.replace(model, criteria=tuple(criteria)))
    return path, StudySession(StudyState.from_model(read_workbook(path)), path=str(path), source=str(path))


def trigger(window, text: str) -> None:
    action = next(a for a in window.findChildren(QAction) if a.text() == text)
    action.trigger()


def reopen(qtbot, window, path) -> StudyState:
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert window.files.open(path)
    return window.session.state


def test_saved_settings_come_back_and_rank_the_same(qtbot, leveled, make_window):
    path, session = leveled
    window = make_window(session)
    window.show()
    qtbot.waitExposed(window)
    panel = window.ranking
    combo = panel.method
    combo.setCurrentIndex(combo.findData("vikor"))
    combo.activated.emit(combo.currentIndex())
    panel.vikor_v.setValue(0.7)
    panel.levels.leave_out.click()  # rank and mark
    qtbot.waitUntil(lambda: session.state.levels is LevelPolicy.MARK and session.state.vikor_v == 0.7)
    shown = session.ranking.ranked()
    assert window.isWindowModified()
    trigger(window, "&Save")
    assert not window.isWindowModified()

    state = reopen(qtbot, window, path)
    assert (state.levels, state.vikor_v) == (LevelPolicy.MARK, 0.7)
    assert session.ranking.ranked() == shown
    assert not panel.levels.leave_out.isChecked() and panel.vikor_v.value() == pytest.approx(0.7)


def test_undo_and_redo_before_saving_decide_what_is_saved(qtbot, leveled, make_window):
    path, session = leveled
    window = make_window(session)
    window.show()
    qtbot.waitExposed(window)
    window.ranking.levels.leave_out.click()
    qtbot.waitUntil(lambda: session.state.levels is LevelPolicy.MARK)
    trigger(window, "&Save")
    session.undo_stack.undo()  # back to leaving them out: unsaved again
    assert session.state.levels is LevelPolicy.EXCLUDE and window.isWindowModified()
    trigger(window, "&Save")
    assert StudyState.from_model(read_workbook(path)).levels is LevelPolicy.EXCLUDE
    session.undo_stack.redo()
    trigger(window, "&Save")
    assert reopen(qtbot, window, path).levels is LevelPolicy.MARK
