"""The criterion dialog edits PROMETHEE's preference function and thresholds (real widgets, offscreen)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from criteria.preference import PreferenceFunction, Shape, Threshold, preference_of, preference_values
from desktop.dialogs.criterion import CriterionDialog
from scoring import rank
from tests.desktop.test_main_window import expected_ranking, shown_ranking


def choose(qtbot, dialog, shape: Shape, **thresholds) -> None:
    editor = dialog.preference
    editor.shape.setCurrentIndex(editor.shape.findData(shape.value))
    for name, text in thresholds.items():
        field = editor.fields[name]
        field.clear()
        qtbot.keyClicks(field, text)


def test_thresholds_are_checked_as_typed(qtbot, session):
    dialog = CriterionDialog(criterion=session.state.model.criteria[0], span=9.0)
    qtbot.addWidget(dialog)
    assert not dialog.preference.fields["q"].isEnabled()  # usual: no threshold
    choose(qtbot, dialog, Shape.LINEAR, q="3", p="2")
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == "q must be at most p."
    choose(qtbot, dialog, Shape.LINEAR, p="20%")
    assert dialog.message.text() == "Write q and p both as numbers or both as percentages."
    choose(qtbot, dialog, Shape.LINEAR, p="x")
    assert "p must be a number >= 0" in dialog.message.text()
    choose(qtbot, dialog, Shape.LINEAR, p="5")
    assert dialog.ok_button.isEnabled()
    assert dialog.form().preference == PreferenceFunction(Shape.LINEAR, Threshold(3.0), Threshold(5.0))
    assert not dialog.preference.fields["s"].isEnabled()


def test_the_picture_draws_the_chosen_function(qtbot, session):
    dialog = CriterionDialog(criterion=session.state.model.criteria[0], span=9.0)
    qtbot.addWidget(dialog)
    choose(qtbot, dialog, Shape.LEVEL, q="10%", p="30%")
    gaps, values = dialog.preference.picture.curve()
    function = PreferenceFunction(Shape.LEVEL, Threshold(0.1, relative=True), Threshold(0.3, relative=True))
    np.testing.assert_array_equal(values, preference_values(function, gaps, 9.0))
    assert set(np.round(values, 6)) == {0.0, 0.5, 1.0}  # the level function's three steps
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.preference.picture.grab().toImage().isNull()


def test_editing_the_function_is_one_undo_step_and_reranks_promethee(qtbot, window, session):
    session.set_method("promethee")
    partners = window.partners
    partners.view.setCurrentIndex(partners.proxy.index(0, partners.model.column_of_criterion(0)))
    before = session.state.model

    def answer(index):
        ranking = session.ranking
        dialog = CriterionDialog(
            partners, session.state.model.criteria[index], float(ranking.hi[index] - ranking.lo[index])
        )
        qtbot.addWidget(dialog)
        choose(qtbot, dialog, Shape.V_SHAPE, p="50%")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.form()

    partners.ask_criterion = answer
    steps = session.undo_stack.count()
    partners.on_edit_criterion()
    assert session.undo_stack.count() == steps + 1
    assert preference_of(session.state.model.criteria[0]) == PreferenceFunction(
        Shape.V_SHAPE, p=Threshold(0.5, relative=True)
    )
    assert shown_ranking(window) == expected_ranking(session.state)
    assert not np.allclose(rank(session.state).scores, rank(session.state.replace(model=before)).scores)
    session.undo_stack.undo()
    assert session.state.model == before


def test_ok_without_touching_the_function_keeps_its_cells_as_written(qtbot, session):
    criterion = session.state.model.criteria[0]
    written = criterion.__class__(criterion.name, extra=(("Preference function", "V-Shape"), ("p", "25%")))
    dialog = CriterionDialog(criterion=written, span=9.0)
    qtbot.addWidget(dialog)
    assert dialog.preference.fields["p"].text() == "25%"
    assert dialog.form().preference is None


def test_a_new_criterion_keeps_the_function_chosen_when_adding_it(qtbot, window, session):
    def answer(index):
        dialog = CriterionDialog(window.partners)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.name, "Offtake")
        choose(qtbot, dialog, Shape.U_SHAPE, q="2")
        return dialog.form()

    window.partners.ask_criterion = answer
    steps = session.undo_stack.count()
    window.partners.on_add_criterion()
    assert session.undo_stack.count() == steps + 1
    added = session.state.model.criteria[-1]
    assert added.name == "Offtake"
    assert preference_of(added) == PreferenceFunction(Shape.U_SHAPE, q=Threshold(2.0))
