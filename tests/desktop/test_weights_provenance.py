"""Issue 9, items 6, 9, 10 and 11: the selector and the provenance never misstate whose weights the room
sees, a drag lands on whole percents, and undoing everything leaves nothing to save."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook


def drag(slider, values) -> None:
    slider.setSliderDown(True)
    for value in values:
        slider.setValue(value)
    slider.setSliderDown(False)


def choose(window, name: str) -> None:
    combo = window.weights.scenarios
    position = combo.findText(name)
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def test_selector_stops_naming_a_scenario_as_soon_as_the_weights_leave_it(window, session):
    combo, weights = window.weights.scenarios, window.weights
    choose(window, "Speed first")
    assert combo.currentText() == "Speed first"
    assert weights.origin.text() == "Weights from: Scenario Speed first"
    weights.equal.click()
    assert combo.currentText() == "Custom weights"
    assert weights.origin.text() == "Weights from: Equal weights"
    weights.reset.click()
    assert combo.currentText() == "Workbook weights"
    choose(window, "Speed first")
    weights.rows[1].spin.setValue(30.0)  # an edit by hand
    assert combo.currentText() == "Speed first (edited)"
    assert weights.origin.text() == "Weights from: Scenario Speed first, edited by hand"
    assert weights.current_scenario() == "Speed first"  # "Update with current weights" acts on it
    session.undo_stack.undo()
    assert combo.currentText() == "Speed first"  # back at the scenario's weights: its name again
    assert weights.origin.text() == "Weights from: Scenario Speed first"


def test_dragging_back_to_the_scenario_shows_its_name_again(window):
    choose(window, "Speed first")
    slider = window.weights.rows[4].slider
    start = slider.value()
    drag(slider, [start + 100])
    assert window.weights.scenarios.currentText() == "Speed first (edited)"
    drag(slider, [start])
    assert window.weights.scenarios.currentText() == "Speed first"


def test_a_drag_lands_on_whole_percents_and_history_states_the_value_set(window, session):
    slider = window.weights.rows[1].slider
    drag(slider, [305, 399, 402])  # pixels of a mouse drag map to 0.1% steps between whole percents
    assert session.state.weights[1] == pytest.approx(0.40)
    assert session.undo_stack.text(0) == "Weight: Capital 20% -> 40%"
    window.weights.rows[1].spin.setValue(39.9)  # typing keeps decimals
    assert session.state.weights[1] == pytest.approx(0.399)
    assert session.undo_stack.text(1) == "Weight: Capital 40% -> 39.9%"


def test_keyboard_steps_are_whole_percents(qtbot, window, session):
    from PySide6.QtCore import Qt

    slider = window.weights.rows[1].slider
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert session.state.weights[1] == pytest.approx(0.21)


def test_closing_after_everything_was_undone_asks_nothing(window, session):
    asked = []
    window.files.ask_save_changes = lambda: asked.append(1) or "cancel"
    slider = window.weights.rows[1].slider
    drag(slider, [300, 500, 200])  # out and back in one drag: no step at all
    assert session.undo_stack.count() == 0 and not window.isWindowModified()
    drag(slider, [300])
    window.weights.equal.click()
    window.weights.equal.click()  # equal already: no second step
    assert session.undo_stack.count() == 2 and window.isWindowModified()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert not window.isWindowModified()
    assert not window.autosaver.save_now()  # nothing to autosave either
    window.close()
    assert not asked and not window.isVisible()


def test_exported_results_say_where_the_weights_came_from(qtbot, window, session, tmp_path):
    choose(window, "Speed first")
    window.weights.rows[0].spin.setValue(25.0)
    out = tmp_path / "results.xlsx"
    window.files.ask_save_path = lambda title, suggested: str(out)
    with qtbot.waitSignal(window.files.exported, timeout=60_000):
        window.files.export_results()
    rows = dict(load_workbook(out)["Settings"].iter_rows(values_only=True))
    assert rows["Weights from"] == "Scenario Speed first, edited by hand"
