"""Managing scenarios in the weights panel, and File > Export results with the robustness sheets.

Real widgets, offscreen; only the modal questions (``ask_*``) are replaced.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from criteria.errors import OutputError
from desktop.panels.weights import WeightsPanel
from workbooks.reader import read_workbook

ANALYSIS = ["Tipping points", "Stability", "Method comparison", "Scenario comparison"]
EXPORT_TIMEOUT_MS = 60_000


@pytest.fixture
def panel(qtbot, session):
    widget = WeightsPanel(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(panel: WeightsPanel, name: str) -> None:
    """Pick ``name`` in the scenario selector as a user does (it also applies its weights)."""
    position = panel.scenarios.findText(name)
    assert position > 0, name
    panel.scenarios.setCurrentIndex(position)
    panel.scenarios.activated.emit(position)


def listed(panel: WeightsPanel) -> list[str]:
    return [panel.scenarios.itemText(i) for i in range(1, panel.scenarios.count())]


def names(session) -> list[str]:
    return [s.name for s in session.state.model.scenarios]


def last_step(session) -> str:
    return session.undo_stack.text(session.undo_stack.count() - 1)


# -- the manage menu ------------------------------------------------------------------------------


def test_manage_button_offers_rename_update_delete_for_the_chosen_scenario(panel):
    assert panel.manage.menu() is panel.manage_menu
    texts = [a.text() for a in panel.manage_menu.actions() if not a.isSeparator()]
    assert texts == ["Rename…", "Update with current weights", "Delete…"]
    actions = (panel.rename_action, panel.update_action, panel.delete_action)
    assert panel.current_scenario() is None and not any(a.isEnabled() for a in actions)
    choose(panel, "Speed first")
    assert panel.current_scenario() == "Speed first" and all(a.isEnabled() for a in actions)


def test_rename_through_the_menu_is_one_undo_step(panel, session):
    choose(panel, "Speed first")
    weights = session.state.model.scenario("Speed first").weights
    steps = session.undo_stack.count()
    asked = []
    panel.ask_scenario_rename = lambda old: asked.append(old) or "  Ministry "
    panel.rename_action.trigger()
    assert asked == ["Speed first"]
    assert names(session) == ["ESG counts double", "Ministry"]
    assert session.state.model.scenario("Ministry").weights == weights
    assert listed(panel) == ["ESG counts double", "Ministry"]
    assert panel.current_scenario() == "Ministry"  # the renamed scenario stays chosen
    assert session.undo_stack.count() == steps + 1
    assert last_step(session) == "Rename scenario: Speed first → Ministry"
    assert session.is_dirty

    session.undo_stack.undo()
    assert names(session) == ["ESG counts double", "Speed first"]
    assert listed(panel) == ["ESG counts double", "Speed first"]
    session.undo_stack.redo()
    assert listed(panel) == ["ESG counts double", "Ministry"]


@pytest.mark.parametrize("answer", ["ESG counts double", " ESG counts double ", "", None])
def test_rename_to_a_taken_or_empty_name_or_cancelled_changes_nothing(panel, session, answer):
    choose(panel, "Speed first")
    steps = session.undo_stack.count()
    messages = []
    session.failed.connect(messages.append)
    panel.ask_scenario_rename = lambda old: answer
    panel.rename_action.trigger()
    assert names(session) == ["ESG counts double", "Speed first"]
    assert listed(panel) == ["ESG counts double", "Speed first"]
    assert session.undo_stack.count() == steps
    if answer and answer.strip():
        assert messages == ["there is already a scenario called 'ESG counts double'"]
    else:
        assert messages == []  # cancelled or empty: no question asked back, nothing to report


def test_update_with_current_weights_and_undo_in_one_step(panel, session):
    choose(panel, "Speed first")
    assert session.state.weights == pytest.approx((0.125, 0.125, 0.125, 0.125, 0.5))
    panel.rows[0].spin.setValue(40.0)
    current = session.state.weights
    steps = session.undo_stack.count()
    panel.update_action.trigger()
    assert session.state.model.scenario("Speed first").weights == pytest.approx(current)
    assert session.state.model.scenario("ESG counts double").weights == (0.3, 0.2, 0.4, 0.15, 0.15)
    assert last_step(session) == "Update scenario: Speed first with the current weights"
    assert session.undo_stack.count() == steps + 1
    panel.update_action.trigger()  # already equal: no second step
    assert session.undo_stack.count() == steps + 1

    session.undo_stack.undo()
    assert session.state.model.scenario("Speed first").weights == (1, 1, 1, 1, 4)
    assert session.state.weights == current  # only the scenario went back
    assert panel.current_scenario() == "Speed first"
    session.undo_stack.redo()
    assert session.state.model.scenario("Speed first").weights == pytest.approx(current)


def test_delete_through_the_menu_asks_and_undo_brings_it_back(panel, session):
    choose(panel, "ESG counts double")
    steps = session.undo_stack.count()
    panel.ask_delete_scenario = lambda name: False
    panel.delete_action.trigger()
    assert names(session) == ["ESG counts double", "Speed first"]
    assert session.undo_stack.count() == steps

    asked = []
    panel.ask_delete_scenario = lambda name: asked.append(name) or True
    panel.delete_action.trigger()
    assert asked == ["ESG counts double"]
    assert names(session) == ["Speed first"]
    assert listed(panel) == ["Speed first"]
    assert panel.current_scenario() is None and not panel.delete_action.isEnabled()
    assert last_step(session) == "Delete scenario: ESG counts double"

    session.undo_stack.undo()
    assert names(session) == ["ESG counts double", "Speed first"]  # back in its place
    assert listed(panel) == ["ESG counts double", "Speed first"]


def test_deleting_every_scenario_disables_the_button(panel, session):
    panel.ask_delete_scenario = lambda name: True
    for name in ("Speed first", "ESG counts double"):
        choose(panel, name)
        panel.delete_action.trigger()
    assert listed(panel) == [] and not panel.manage.isEnabled()
    session.undo_stack.undo()
    assert listed(panel) == ["ESG counts double"] and panel.manage.isEnabled()


def test_scenario_edits_keep_the_weight_sliders(panel, session):
    """A scenario edit refreshes the selector only: the criterion rows are not rebuilt."""
    rows = list(panel.rows)
    choose(panel, "Speed first")
    panel.ask_scenario_rename = lambda old: "Ministry"
    panel.rename_action.trigger()
    assert panel.rows == rows
    assert "scenarios" in session.undo_stack.command(session.undo_stack.count() - 1).what


def test_renamed_scenario_is_saved_to_the_workbook(window, session, tmp_path):
    panel = window.weights
    choose(panel, "Speed first")
    panel.ask_scenario_rename = lambda old: "Ministry"
    panel.rename_action.trigger()
    choose(panel, "ESG counts double")
    panel.rows[1].spin.setValue(35.0)
    panel.update_action.trigger()
    updated = session.state.weights
    target = tmp_path / "renamed.xlsx"
    window.files.ask_save_path = lambda title, suggested: str(target)
    assert window.files.save_as()

    reopened = read_workbook(target)
    assert [s.name for s in reopened.scenarios] == ["ESG counts double", "Ministry"]
    assert reopened.scenario("Ministry").weights == pytest.approx((1, 1, 1, 1, 4))
    assert reopened.scenario("ESG counts double").weights == pytest.approx(updated)
    with pytest.raises(KeyError):
        reopened.scenario("Speed first")


# -- export with the robustness sheets ------------------------------------------------------------


def export(qtbot, window, target) -> list[str]:
    """Run File > Export results to ``target`` and wait for it; the sheet names written."""
    window.files.ask_save_path = lambda title, suggested: str(target)
    with qtbot.waitSignal(window.files.exported, timeout=EXPORT_TIMEOUT_MS) as written:
        assert window.files.export_results()
        cursor = QApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor  # not silent
    assert written.args == [str(target)]
    assert QApplication.overrideCursor() is None
    return load_workbook(target, read_only=True).sheetnames


def run_monte_carlo(qtbot, window, samples=500):
    window.load_charts()
    panel = window.robustness
    panel.samples_spin.setValue(samples)
    with qtbot.waitSignal(panel.runner.finished, timeout=EXPORT_TIMEOUT_MS):
        panel.start_monte_carlo(seed=3)
    return panel


def test_export_writes_the_robustness_sheets(qtbot, window, tmp_path):
    sheets = export(qtbot, window, tmp_path / "results.xlsx")
    assert {"Partners", "Criteria", "Ranking", "Settings", "Sources", *ANALYSIS} <= set(sheets)
    assert "Acceptability" not in sheets  # no Monte Carlo run yet
    book = load_workbook(tmp_path / "results.xlsx", read_only=True)
    rows = list(book["Method comparison"].iter_rows(values_only=True))
    assert any("JOGMEC" in row for row in rows)


def test_export_adds_acceptability_after_a_fresh_monte_carlo_run(qtbot, window, session, tmp_path):
    panel = run_monte_carlo(qtbot, window)
    assert session.acceptability is panel.acceptability
    sheets = export(qtbot, window, tmp_path / "with-mc.xlsx")
    assert sheets.index("Acceptability") < sheets.index("Tipping points")
    assert set(ANALYSIS) <= set(sheets)
    rows = list(
        load_workbook(tmp_path / "with-mc.xlsx", read_only=True)["Acceptability"].iter_rows(values_only=True)
    )
    assert ["Samples", 500] in [list(row[:2]) for row in rows]

    window.weights.rows[0].spin.setValue(50.0)  # the run is now stale: not exported
    assert panel.monte_carlo_stale and session.acceptability is None
    sheets = export(qtbot, window, tmp_path / "stale.xlsx")
    assert "Acceptability" not in sheets and set(ANALYSIS) <= set(sheets)

    session.undo_stack.undo()  # back to the very study the run described: fresh again
    assert session.acceptability is panel.acceptability


def test_failed_export_says_why_and_restores_the_cursor(qtbot, window, tmp_path, monkeypatch):
    import workbooks.writer

    def refuse(*args, **kwargs):
        raise OutputError("disk full")

    monkeypatch.setattr(workbooks.writer, "write_result", refuse)
    errors = []
    window.files.show_error = lambda title, text: errors.append((title, text))
    window.files.ask_save_path = lambda title, suggested: str(tmp_path / "never.xlsx")
    with qtbot.waitSignal(window.files.exporter.failed, timeout=EXPORT_TIMEOUT_MS):
        assert window.files.export_results()
    assert errors == [("The results were not exported", "disk full")]
    assert QApplication.overrideCursor() is None
    assert not (tmp_path / "never.xlsx").exists()


def test_cancelled_export_dialog_writes_nothing(window):
    window.files.ask_save_path = lambda title, suggested: None
    assert not window.files.export_results()
    assert not window.files.exporter.running and QApplication.overrideCursor() is None
