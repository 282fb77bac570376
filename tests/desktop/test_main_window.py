"""The workshop app driven through its real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from criteria.errors import OutputError
from criteria.study import StudyState
from desktop.models.ranking import PARTNER, RANK, SCORE, SORT_ROLE
from scoring import rank


def shown_ranking(window) -> list[tuple[int, str, float]]:
    """(rank, partner, score) as the ranking table shows them, top to bottom."""
    model = window.ranking.model
    return [
        (
            model.index(r, RANK).data(SORT_ROLE),
            model.index(r, PARTNER).data(),
            float(model.index(r, SCORE).data()),
        )
        for r in range(model.rowCount())
    ]


def expected_ranking(state: StudyState) -> list[tuple[int, str, float]]:
    return [(r, p, round(s, 3)) for r, p, s in rank(state).ranked()]


def drag(qtbot, slider, values) -> None:
    """A mouse drag as Qt reports it: press, several moves, release."""
    slider.setSliderDown(True)
    for value in values:
        slider.setValue(value)
    slider.setSliderDown(False)


def test_opens_the_study_with_its_ranking(window, session):
    assert window.windowTitle().startswith("study.xlsx")
    assert shown_ranking(window) == expected_ranking(session.state)
    assert window.partners.model.rowCount() == 6
    assert window.weights.rows[0].spin.value() == pytest.approx(30.0)


def test_slider_drag_reranks_live_and_is_one_undo_step(qtbot, window, session):
    before = shown_ranking(window)
    capital = window.weights.rows[1].slider
    seen = []
    session.changed.connect(lambda change: seen.append(shown_ranking(window)))
    drag(qtbot, capital, range(220, 701, 40))
    assert len(seen) == len(range(220, 701, 40))  # re-ranked while the slider moved
    assert session.state.weights[1] == pytest.approx(0.7)
    assert sum(session.state.weights) == pytest.approx(1.0)
    expected = expected_ranking(
        StudyState.from_model(session.state.model).replace(weights=session.state.weights)
    )
    assert shown_ranking(window) == expected
    assert shown_ranking(window) != before
    assert session.undo_stack.count() == 1
    assert session.undo_stack.text(0) == "Weight: Capital 20% -> 70%"
    # the other sliders followed, under signal blockers (no extra undo steps)
    assert window.weights.rows[0].slider.value() == round(session.state.weights[0] * 1000)
    session.undo_stack.undo()
    assert shown_ranking(window) == before
    assert window.weights.rows[1].spin.value() == pytest.approx(20.0)


def test_two_drags_are_two_steps_and_history_lists_them(qtbot, window, session):
    drag(qtbot, window.weights.rows[1].slider, [300, 400])
    drag(qtbot, window.weights.rows[1].slider, [500])
    assert session.undo_stack.count() == 2
    labels = [window.history.view.model().index(r, 0).data() for r in range(1, 3)]
    assert labels == ["Weight: Capital 20% -> 40%", "Weight: Capital 40% -> 50%"]


def test_locked_weight_stays_while_another_moves(qtbot, window, session):
    window.weights.rows[0].lock.setChecked(True)
    drag(qtbot, window.weights.rows[1].slider, [400, 500])
    assert session.state.weights[0] == pytest.approx(0.3)
    assert session.state.weights[1] == pytest.approx(0.5)
    assert sum(session.state.weights) == pytest.approx(1.0)


def test_spin_box_sets_the_weight(window, session):
    window.weights.rows[2].spin.setValue(40.0)
    assert session.state.weights[2] == pytest.approx(0.4)
    assert window.weights.rows[2].slider.value() == 400


def test_scenario_and_equal_and_reset(window, session):
    window.weights.scenarios.activated.emit(window.weights.scenarios.findText("Speed first"))
    assert session.state.weights == pytest.approx((0.125, 0.125, 0.125, 0.125, 0.5))
    window.weights.equal.click()
    assert session.state.weights == pytest.approx((0.2,) * 5)
    window.weights.reset.click()
    assert session.state.weights == pytest.approx((0.3, 0.2, 0.2, 0.15, 0.15))
    assert shown_ranking(window) == expected_ranking(StudyState.from_model(session.state.model))
    assert [session.undo_stack.text(i) for i in range(3)] == [
        "Scenario: Speed first",
        "Weights: equal",
        "Weights: reset to the workbook's",
    ]


def test_save_current_weights_as_scenario(window, session):
    window.weights.rows[1].spin.setValue(50.0)
    window.weights.ask_scenario_name = lambda: "Capital heavy"
    window.weights.save_scenario.click()
    assert session.state.model.scenario("Capital heavy").weights == pytest.approx(session.state.weights)
    assert window.weights.scenarios.findText("Capital heavy") > 0


def test_editing_a_cell_updates_the_rank(qtbot, window, session):
    table = window.partners
    proxy, model = table.proxy, table.model
    blackstone = session.state.model.partner_index("Blackstone Minerals")
    months = model.column_of_criterion(4)
    index = proxy.mapFromSource(model.index(blackstone, months))
    assert "(" in index.data()  # missing: shown with the value it counts as
    rank_before = dict((p, r) for r, p, _ in shown_ranking(window))["Blackstone Minerals"]
    assert proxy.setData(index, "6", Qt.ItemDataRole.EditRole)
    assert session.state.model.values[blackstone, 4] == 6
    assert index.data() == "6"
    assert shown_ranking(window) == expected_ranking(session.state)
    # 6 months (a cost) replaces the worst value it counted as: Blackstone moves up
    assert dict((p, r) for r, p, _ in shown_ranking(window))["Blackstone Minerals"] < rank_before
    assert session.undo_stack.text(0) == "Value: Blackstone Minerals, Months missing -> 6"
    session.undo_stack.undo()
    assert np.isnan(session.state.model.values[blackstone, 4])


def test_bad_cell_text_is_refused_with_a_message(window, session):
    model = window.partners.model
    messages = []
    session.failed.connect(messages.append)
    assert not model.setData(model.index(0, model.column_of_criterion(1)), "high")
    assert messages and "'high' is not a number" in messages[0]
    assert session.undo_stack.count() == 0


def test_rename_partner_in_place(window, session):
    model = window.partners.model
    assert model.setData(model.index(0, 0), "JOGMEC (Japan)")
    assert session.state.model.partners[0].name == "JOGMEC (Japan)"
    assert "JOGMEC (Japan)" in [p for _, p, _ in shown_ranking(window)]


def test_method_selector_changes_the_ranking(window, session):
    combo = window.ranking.method
    position = combo.findData("vikor")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    assert session.state.method == "vikor"
    assert shown_ranking(window) == expected_ranking(session.state)
    assert "lower is better" in window.ranking.description.text()
    session.undo_stack.undo()
    assert combo.currentData() == "wsm"


def test_add_and_remove_partner_and_criterion(window, session):
    window.partners.ask_text = lambda title, label: "Lynas"
    window.partners.on_add_partner()
    assert session.state.model.partner_names[-1] == "Lynas"
    assert window.partners.model.rowCount() == 7
    assert "Lynas" in [p for _, p, _ in shown_ranking(window)]  # policy worst: ranked, never left out
    from criteria.model import Direction
    from desktop.dialogs.criterion import CriterionForm

    window.partners.ask_criterion = lambda index: CriterionForm("Offtake", Direction.BENEFIT, 0.0, 10.0)
    window.partners.on_add_criterion()
    assert session.state.model.criterion_names[-1] == "Offtake"
    assert len(window.weights.rows) == 6
    assert sum(session.state.weights) == pytest.approx(1.0)
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.state.model.criterion_names[-1] == "Months"
    assert window.partners.model.rowCount() == 6
    assert len(window.weights.rows) == 5


def test_edit_criterion_direction_and_bounds(window, session):
    from criteria.model import Direction
    from desktop.dialogs.criterion import CriterionForm

    window.partners.view.setCurrentIndex(
        window.partners.proxy.index(0, window.partners.model.column_of_criterion(1))
    )
    window.partners.ask_criterion = lambda index: CriterionForm("Capital (USD)", Direction.BENEFIT, 0.0, 20.0)
    window.partners.on_edit_criterion()
    criterion = session.state.model.criteria[1]
    assert (criterion.name, criterion.min, criterion.max) == ("Capital (USD)", 0.0, 20.0)
    assert window.weights.rows[1].name.text().endswith("Capital (USD)")
    assert shown_ranking(window) == expected_ranking(session.state)


def test_selection_is_shared_and_explained(qtbot, window, session):
    view = window.ranking.view
    view.selectRow(2)
    partner = window.ranking.model.rows[2]
    assert session.selection == (partner,)
    assert window.why.sentences[0].startswith(session.state.model.partners[partner].name + " ranks 3")
    selected = window.partners.selected_rows()
    assert selected == [partner]


def test_charts_follow_the_weights(qtbot, window, session):
    qtbot.waitUntil(lambda: window.charts is not None)
    drag(qtbot, window.weights.rows[1].slider, [400, 600])
    widths = [bar.get_width() for bar in window.charts.weight_plot.bars.patches]
    assert np.allclose(widths, session.state.weights)
    plot = window.charts.contribution_plot
    shown = session.ranking.order[: plot.slots]
    assert np.allclose(plot.widths()[: len(shown)], session.ranking.contributions[shown])


def test_save_and_reopen_gives_the_same_study(qtbot, window, session, tmp_path):
    from openpyxl import load_workbook

    window.weights.rows[1].spin.setValue(40.0)
    window.partners.model.setData(window.partners.model.index(0, 1), "Japan (state)")
    assert window.isWindowModified()
    target = tmp_path / "saved.xlsx"
    window.files.ask_save_path = lambda title, suggested: str(target)
    assert window.files.save_as()
    assert not window.isWindowModified() and window.windowTitle().startswith("saved.xlsx")
    saved_state = session.state
    assert "Sources" in load_workbook(target).sheetnames  # other sheets kept
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert window.files.open(target)
    from criteria.edits import set_workbook_weights

    reopened = session.state.model
    assert reopened.workbook_weights == pytest.approx(saved_state.weights)  # weights written back
    assert reopened == set_workbook_weights(saved_state.model, reopened.workbook_weights)
    assert session.state.weights == pytest.approx(saved_state.weights)
    assert shown_ranking(window) == expected_ranking(saved_state)


def test_failed_save_says_why_and_keeps_the_file(window, session, workbook, monkeypatch):
    import desktop.dialogs.files as files
    import workbooks.writer

    errors = []
    window.files.show_error = lambda title, text: errors.append(text)
    before = workbook.read_bytes()

    def refuse(*args, **kwargs):
        raise OutputError("disk full")

    monkeypatch.setattr(workbooks.writer, "save_study", refuse)
    window.weights.rows[1].spin.setValue(40.0)
    assert files is not None and not window.files.save()
    assert errors and "disk full" in errors[0] and "unchanged" in errors[0]
    assert workbook.read_bytes() == before
    assert window.isWindowModified()


def test_bad_workbook_lists_every_cell_and_keeps_the_study(qtbot, window, session, tmp_path):
    from openpyxl import load_workbook

    bad = tmp_path / "bad.xlsx"
    book = load_workbook(window.session.path)
    book["Partners"]["D2"] = "seven"
    book["Partners"]["E3"] = "lots"
    book.save(bad)
    shown = []
    window.files.show_problems = lambda title, error: shown.append((title, error))
    before = shown_ranking(window)
    with qtbot.waitSignal(window.files.open_failed, timeout=10_000):
        assert window.files.open(bad)  # read in the background; the dialog follows
    assert len(shown) == 1
    title, error = shown[0]
    cells = {(p.sheet, p.cell) for p in error.problems}
    assert {("Partners", "D2"), ("Partners", "E3")} <= cells
    assert "bad.xlsx" in title
    assert shown_ranking(window) == before and window.windowTitle().startswith("study.xlsx")


def test_numbers_stored_as_text_open_with_a_notice_naming_the_cells(qtbot, window, session, tmp_path):
    from openpyxl import load_workbook

    awkward = tmp_path / "awkward.xlsx"
    book = load_workbook(window.session.path)
    book["Partners"]["D2"] = str(book["Partners"]["D2"].value)  # Excel's "Number stored as text"
    book["Criteria"]["C3"] = str(book["Criteria"]["C3"].value)
    book.save(awkward)
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert window.files.open(awkward)  # no dialog: the fixture fails the test on one
    assert session.path == str(awkward)
    notice = window.statusBar().currentMessage()
    assert "Opened awkward.xlsx" in notice and "stored as text" in notice
    assert "Partners!D2" in notice and "Criteria!C3" in notice
    window.files.load_file(awkward)  # start-up with a file: the same notice
    assert "Partners!D2" in window.statusBar().currentMessage()


def test_a_workbook_whose_name_is_not_utf8_opens(qtbot, window, session, tmp_path):
    import shutil

    from tests.workbooks.test_awkward import strange_name

    strange = tmp_path / strange_name(b"study")
    shutil.copy(window.session.path, strange)
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert window.files.open(strange)  # no dialog: the fixture fails the test on one
    assert session.path == str(strange) and len(session.state.model.partners) == 6


def test_unsaved_changes_prompt_on_close_and_open(qtbot, window, session, workbook):
    window.weights.rows[1].spin.setValue(40.0)
    asked = []
    window.files.ask_save_changes = lambda: asked.append(1) or "cancel"
    window.close()
    assert asked and window.isVisible()
    assert not window.files.open(workbook)
    assert len(asked) == 2 and session.state.weights[1] == pytest.approx(0.4)
    window.files.ask_save_changes = lambda: "discard"
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert window.files.open(workbook)
    assert session.state.weights[1] == pytest.approx(0.2)


def test_autosave_and_restore(qtbot, window, session, make_window):
    from desktop.session import StudySession

    autosaver = window.autosaver
    autosaver.timer.setInterval(50)
    assert autosaver.pending() is None
    window.weights.rows[1].spin.setValue(40.0)
    qtbot.waitUntil(autosaver.workbook.exists, timeout=3000)
    edited = session.state
    # the next start after a crash: a new window on another study finds the recovery file
    start = StudyState.from_model(
        edited.model.__class__(edited.model.partners[:1], edited.model.criteria, [[1] * 5])
    )
    fresh = StudySession(start)
    other = make_window(fresh)
    recovery = other.autosaver.pending()
    assert recovery is not None and recovery.source == session.path
    other.ask_restore = lambda found: True
    assert other.offer_recovery()
    assert fresh.state.model == edited.model
    assert fresh.state.weights == pytest.approx(edited.weights)
    assert other.isWindowModified() and fresh.path == session.path
    assert other.files.save()  # saving the restored work removes the recovery file
    assert not autosaver.workbook.exists()
    assert other.autosaver.pending() is None


def test_no_restore_offer_without_a_crash(window, make_window, session):
    assert not make_window(session).offer_recovery()  # no recovery file: no question asked


def test_font_size_changes_and_is_remembered(window):
    from desktop.settings import Settings

    start = Settings().font_size()
    window.change_font(+2)
    assert Settings().font_size() == start + 2
    window.change_font(-1)
    assert Settings().font_size() == start + 1


def test_recent_files_are_remembered(qtbot, window, workbook):
    from desktop.settings import Settings

    window.files.ask_save_changes = lambda: "discard"
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert window.files.open(workbook)
    assert Settings().recent_files()[0] == str(workbook.resolve())


def test_plug_in_points(window):
    from PySide6.QtWidgets import QLabel

    dock = window.add_dock("Robustness", QLabel("robust"), Qt.DockWidgetArea.RightDockWidgetArea)
    assert window.docks["Robustness"] is dock
    analysis = window.menu("&Analysis")
    assert window.menu("Analysis") is analysis
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Analysis") == titles.index("&Help") - 1


def test_table_models_pass_qtmodeltester(qtmodeltester, window, session):
    qtmodeltester.check(window.ranking.model)
    qtmodeltester.check(window.partners.model)
    window.weights.rows[1].spin.setValue(60.0)
    qtmodeltester.check(window.ranking.model)


def test_close_robustness_is_enabled_only_while_the_view_is_open(qtbot, window):
    """Analysis > Close the robustness view: greyed out while there is nothing to close."""
    actions = {a.text(): a for a in window.menu("&Analysis").actions()}
    open_view, close_view = actions["How sure are we? (&Robustness)"], actions["&Close the robustness view"]
    assert open_view.isEnabled() and not close_view.isEnabled()
    open_view.trigger()
    qtbot.waitUntil(lambda: window.charts.tabs.currentWidget() is window.robustness_area)
    assert close_view.isEnabled()
    close_view.trigger()
    assert window.charts.tabs.indexOf(window.robustness_area) < 0
    assert not close_view.isEnabled()
    open_view.trigger()
    assert close_view.isEnabled()
    # the tab's own close button closes the view too: the action follows
    window.charts.tabs.tabCloseRequested.emit(window.charts.tabs.indexOf(window.robustness_area))
    assert window.charts.tabs.indexOf(window.robustness_area) < 0
    assert not close_view.isEnabled()
