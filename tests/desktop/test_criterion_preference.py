"""The criterion dialog edits PROMETHEE's preference function and thresholds (real widgets, offscreen)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from criteria.model import Criterion
from criteria.preference import PreferenceFunction, Shape, Threshold, preference_of, preference_values
from desktop.dialogs.criterion import CriterionDialog
from scoring import rank
from tests.desktop.test_main_window import expected_ranking, shown_ranking


def choose(qtbot, dialog, shape: Shape, **thresholds) -> None:
    """Pick the function and type each threshold as written in a workbook ("2", "10%")."""
    editor = dialog.preference
    editor.shape.setCurrentIndex(editor.shape.findData(shape.value))
    for name, text in thresholds.items():
        field = editor.fields[name]
        field.kind.setCurrentIndex(field.SHARE if text.endswith("%") else field.UNIT)
        field.spin.lineEdit().clear()
        qtbot.keyClicks(field.spin.lineEdit(), text.removesuffix("%"))


def test_thresholds_are_checked_as_typed(qtbot, session):
    dialog = CriterionDialog(criterion=session.state.model.criteria[0], span=9.0)
    qtbot.addWidget(dialog)
    assert not dialog.preference.fields["q"].isEnabled()  # usual: no threshold
    choose(qtbot, dialog, Shape.LINEAR, q="3", p="2")
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == "q must be at most p."
    choose(qtbot, dialog, Shape.LINEAR, p="20%")
    assert dialog.message.text() == "Write q and p both as numbers or both as percentages."
    choose(qtbot, dialog, Shape.LINEAR, p="0")
    assert dialog.message.text() == "p must be greater than 0."
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
    p = dialog.preference.fields["p"]
    assert (p.spin.text(), p.kind.currentIndex()) == ("25.000", p.SHARE)
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


def test_numbers_are_typed_and_shown_in_the_vietnamese_locale(qtbot, session, language):
    """In Vietnamese '1.000' is a thousand and '1,5' one and a half, in every number box of the
    criterion dialog: scale bounds, acceptable levels and PROMETHEE's thresholds."""
    from criteria.i18n import VIETNAMESE

    language.apply(VIETNAMESE)
    dialog = CriterionDialog(criterion=session.state.model.criteria[0], span=9.0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def type_into(box, text: str) -> float:
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), text)
        return box.value()

    assert (dialog.low.text(), dialog.high.text()) == ("1,000", "10,000")  # the criterion's 1..10
    assert type_into(dialog.high, "1.000") == 1000.0
    assert type_into(dialog.low, "1,5") == 1.5
    tick, box = dialog.levels["minimum"]
    tick.setChecked(True)
    assert type_into(box, "2,25") == 2.25
    choose(qtbot, dialog, Shape.LINEAR, q="1,5", p="1.200")
    form = dialog.form()
    assert (form.low, form.high, form.minimum) == (1.5, 1000.0, 2.25)
    assert form.preference == PreferenceFunction(Shape.LINEAR, Threshold(1.5), Threshold(1200.0))
    written = Criterion(
        "Capital", min=0.5, max=12500.5, extra=(("Preference function", "linear"), ("q", 1.5), ("p", 1200))
    )
    shown = CriterionDialog(criterion=written, span=9.0)
    qtbot.addWidget(shown)
    q, p = shown.preference.fields["q"], shown.preference.fields["p"]
    assert (shown.low.text(), shown.high.text()) == ("0,500", "12.500,500")
    assert (q.spin.text(), p.spin.text()) == ("1,500", "1.200,000")
    assert shown.form().preference is None  # shown, not changed: its cells stay as written


def test_numbers_are_typed_the_english_way_in_english(qtbot, session, language):
    from criteria.i18n import ENGLISH

    language.apply(ENGLISH)
    dialog = CriterionDialog(criterion=session.state.model.criteria[0], span=9.0)
    qtbot.addWidget(dialog)
    choose(qtbot, dialog, Shape.LINEAR, q="1.5", p="1,200")
    assert dialog.form().preference == PreferenceFunction(Shape.LINEAR, Threshold(1.5), Threshold(1200.0))
    assert dialog.form().high == 10.0 and dialog.high.text() == "10.000"
