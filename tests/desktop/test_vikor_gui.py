"""VIKOR's v and compromise set in the ranking panel, and Analysis > Rank reversal, through real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from criteria.study import StudyState
from workbooks.sample import load_sample


@pytest.fixture
def sample_window(qtbot, qapp, make_window):
    from desktop.session import StudySession

    session = StudySession(StudyState.from_model(load_sample()))
    win = make_window(session)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win


def choose_method(window, key: str) -> None:
    combo = window.ranking.method
    position = combo.findData(key)
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def test_v_is_shown_with_vikor_only_and_its_answer_is_said(sample_window):
    panel = sample_window.ranking
    assert not panel.vikor_v.isVisibleTo(panel) and not panel.compromise.isVisibleTo(panel)
    choose_method(sample_window, "vikor")
    assert panel.vikor_v.isVisibleTo(panel) and panel.vikor_v.value() == 0.5
    assert panel.compromise.text().startswith(
        "Star Group Industrial and LS Eco Energy together form the compromise solution under VIKOR (v = 0.5)"
    )
    choose_method(sample_window, "topsis")
    assert not panel.vikor_v.isVisibleTo(panel) and not panel.compromise.isVisibleTo(panel)


def test_changing_v_is_one_undo_step_that_changes_the_answer(qtbot, sample_window):
    panel, session = sample_window.ranking, sample_window.session
    choose_method(sample_window, "vikor")
    steps = session.undo_stack.count()
    before = session.ranking.scores.copy()
    panel.vikor_v.setFocus()
    panel.vikor_v.selectAll()
    qtbot.keyClicks(panel.vikor_v, "0.25")
    qtbot.keyClick(panel.vikor_v, Qt.Key.Key_Return)
    assert session.state.vikor_v == 0.25
    assert session.undo_stack.count() == steps + 1
    assert (session.ranking.scores != before).any()
    assert panel.compromise.text().startswith("Star Group Industrial is the compromise solution")
    session.undo_stack.undo()
    assert session.state.vikor_v == 0.5 and panel.vikor_v.value() == 0.5
    assert "together form the compromise solution" in panel.compromise.text()


def test_the_method_help_says_which_methods_can_reverse(sample_window):
    tip = sample_window.ranking.method.toolTip()
    assert "TOPSIS, VIKOR, PROMETHEE II and WSM without Min/Max bounds" in tip and "WPM" in tip


def test_the_compromise_speaks_vietnamese(sample_window, language):
    choose_method(sample_window, "vikor")
    language.apply("vi")
    text = sample_window.ranking.compromise.text()
    assert "cùng tạo thành nghiệm thỏa hiệp theo VIKOR (v = 0,5)" in text
    language.apply("en")
    assert "together form the compromise solution" in sample_window.ranking.compromise.text()


def test_analysis_rank_reversal_lists_the_pairs_in_the_background(qtbot, sample_window):
    choose_method(sample_window, "vikor")
    action = next(
        a for a in sample_window.menu("&Analysis").actions() if a.text().replace("&", "") == "Rank reversal…"
    )
    action.trigger()
    dialog = sample_window.rank_reversal
    qtbot.waitUntil(lambda: dialog.pairs.count() > 0, timeout=10000)
    sentences = [dialog.pairs.item(k).text() for k in range(dialog.pairs.count())]
    assert "Without Blackstone Minerals, JOGMEC and Shin-Etsu Chemical swap places under VIKOR." in sentences
    assert dialog.heading.text() == f"VIKOR: {len(sentences)} pairs swap places when one partner is removed."
    assert dialog.run_again.isEnabled() and not dialog.cancel_run.isEnabled()
    dialog.close()
    assert dialog.runner.closed


def test_rank_reversal_says_when_nothing_can_swap(qtbot, sample_window):
    choose_method(sample_window, "wpm")
    sample_window.show_rank_reversal()
    dialog = sample_window.rank_reversal
    qtbot.waitUntil(lambda: dialog.pairs.count() == 1, timeout=10000)
    assert dialog.heading.text() == "WPM: no pair swaps places when one partner is removed."


def test_rank_reversal_speaks_vietnamese(qtbot, sample_window, language):
    choose_method(sample_window, "vikor")
    language.apply("vi")
    sample_window.show_rank_reversal()
    dialog = sample_window.rank_reversal
    qtbot.waitUntil(lambda: dialog.pairs.count() > 0, timeout=10000)
    sentences = [dialog.pairs.item(k).text() for k in range(dialog.pairs.count())]
    assert (
        "Không có Blackstone Minerals, JOGMEC và Shin-Etsu Chemical đổi chỗ cho nhau theo VIKOR." in sentences
    )
    assert dialog.heading.text().endswith("cặp đổi chỗ cho nhau khi bỏ một đối tác.")
    assert dialog.windowTitle() == "Đảo hạng"


def test_opening_a_workbook_keeps_v(qtbot, sample_window, workbook):
    """v is a setting of the study in use, like the method: a workbook opened next is ranked with it."""
    choose_method(sample_window, "vikor")
    sample_window.session.set_vikor_v(0.3)
    assert sample_window.files.load_file(workbook)
    assert sample_window.session.state.vikor_v == 0.3 and sample_window.session.ranking.compromise.v == 0.3
    sample_window.files.open(workbook)
    qtbot.waitUntil(lambda: not sample_window.files.loading, timeout=10000)
    assert sample_window.session.state.vikor_v == 0.3


def test_v_is_remembered_for_the_next_start(qtbot, sample_window):
    from desktop.app import sample_session
    from desktop.settings import Settings

    choose_method(sample_window, "vikor")
    sample_window.session.set_vikor_v(0.8)
    sample_window.close()
    assert Settings().vikor_v() == 0.8
    assert sample_session(Settings()).state.vikor_v == 0.8
    Settings().store.setValue("study/vikor_v", "2")  # a hand-edited settings file
    assert Settings().vikor_v() == 0.5


def test_a_long_list_is_cut_and_says_how_many_more(qtbot, sample_window):
    from desktop.dialogs.rank_reversal import SHOWN
    from scoring.rank_reversal import Reversal, ReversalReport

    sample_window.show_rank_reversal()
    dialog = sample_window.rank_reversal
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=10000)
    many = tuple(Reversal(f"R{k}", "A", "B") for k in range(SHOWN + 7))
    dialog.show_report(ReversalReport("topsis", many, 1000))
    assert dialog.pairs.count() == SHOWN + 1
    assert dialog.pairs.item(SHOWN).text().startswith("… and 7 more")
    assert dialog.heading.text() == f"TOPSIS: {SHOWN + 7} pairs swap places when one partner is removed."
