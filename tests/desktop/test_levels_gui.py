"""Minimum levels and value functions in the GUI (issue 14, items 4 and 5), driving real widgets."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from criteria.levels import LevelPolicy
from criteria.study import StudyState
from desktop.dialogs.criterion import CriterionDialog
from desktop.dialogs.value_function import ValueFunctionDialog
from desktop.models.ranking import NOTES, PARTNER
from desktop.panels.ranking import RankingPanel
from desktop.session import StudySession
from tests.desktop.conftest import study_model

ESG = 2


def leveled_session(minimum=7.5) -> StudySession:
    model = study_model()
    criteria = list(model.criteria)
    criteria[ESG] = dataclasses.replace(criteria[ESG], minimum=minimum)
    return StudySession(StudyState.from_model(dataclasses.replace(model, criteria=tuple(criteria))))


def table_names(panel) -> list[str]:
    return [panel.model.partner_name(r) for r in range(panel.model.rowCount())]


def test_ranking_panel_leaves_out_then_marks_and_undo_restores(qtbot):
    session = leveled_session()
    panel = RankingPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    bar = panel.levels
    failing = {"Toyota Tsusho + Sojitz", "Australian Strategic Materials", "Blackstone Minerals"}
    assert bar.leave_out.isVisible() and bar.leave_out.isChecked()
    assert not failing & set(table_names(panel)) and len(table_names(panel)) == 3
    assert "Blackstone Minerals (below ESG credibility minimum 7.5)" in bar.left_out.text()
    assert "missing values" not in panel.excluded.text() or not panel.excluded.isVisible()
    assert "⊘" not in panel.legend.text()

    bar.leave_out.click()  # the real check box: rank them, marked
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6)
    assert session.state.levels is LevelPolicy.MARK and not bar.left_out.isVisible()
    assert "⊘ below a minimum level" in panel.legend.text()
    row = table_names(panel).index("Blackstone Minerals")
    assert "⊘" in panel.model.index(row, NOTES).data()
    tip = panel.model.index(row, PARTNER).data(Qt.ItemDataRole.ToolTipRole)
    assert "fails a minimum level: below ESG credibility minimum 7.5" in tip
    jogmec = table_names(panel).index("JOGMEC")
    assert "⊘" not in (panel.model.index(jogmec, NOTES).data() or "")

    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert bar.leave_out.isChecked()


def test_a_value_edit_that_crosses_the_level_adds_the_row(qtbot):
    from criteria import edits

    session = leveled_session()
    panel = RankingPanel(session)
    qtbot.addWidget(panel)
    model = session.state.model
    i = model.partner_index("Blackstone Minerals")
    session.try_edit(edits.set_value, i, ESG, 9.0, label="ESG")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    assert "Blackstone Minerals" in table_names(panel)


def test_no_levels_no_setting_shown(qtbot, session):
    panel = RankingPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.levels.leave_out.isVisible() and not panel.levels.functions.isVisible()


def test_criterion_dialog_sets_levels_and_refuses_crossed_ones(qtbot):
    criterion = study_model().criteria[ESG]
    dialog = CriterionDialog(None, criterion)
    qtbot.addWidget(dialog)
    tick, box = dialog.levels["minimum"]
    assert not box.isEnabled()
    tick.click()
    box.setValue(4.0)
    assert dialog.form().minimum == 4.0 and dialog.form().maximum is None
    high_tick, high = dialog.levels["maximum"]
    high_tick.click()
    high.setValue(3.0)
    assert not dialog.ok_button.isEnabled() and "minimum acceptable level" in dialog.message.text()
    high.setValue(9.0)
    assert dialog.ok_button.isEnabled()


def type_cell(dialog, row, column, text):
    dialog.table.item(row, column).setText(text)


def test_value_function_dialog_checks_points_and_draws_the_curve(qtbot):
    dialog = ValueFunctionDialog(None, "Capital", True, ((0.0, 0.0), (50.0, 0.6), (200.0, 1.0)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.isEnabled() and dialog.curve.points == ((0.0, 0.0), (50.0, 0.6), (200.0, 1.0))
    type_cell(dialog, 1, 1, "0,2")  # Vietnamese decimals are read too; 0.2 at 50 and 1 at 200: still rising
    assert dialog.ok_button.isEnabled() and dialog.points()[1] == (50.0, 0.2)
    type_cell(dialog, 2, 1, "0.1")  # falls after 50: not monotone for a benefit criterion
    assert not dialog.ok_button.isEnabled() and "Point 3" in dialog.message.text()
    assert dialog.curve.points == ()
    type_cell(dialog, 2, 1, "1.5")
    assert "outside 0..1" in dialog.message.text()
    type_cell(dialog, 2, 1, "x")
    assert not dialog.ok_button.isEnabled()
    dialog.clear_button.click()
    assert dialog.ok_button.isEnabled() and dialog.points() == ()
    dialog.add_button.click()
    dialog.add_button.click()
    assert dialog.points() == ((1.0, 1.0), (2.0, 1.0))


def test_value_function_from_the_criterion_dialog_is_one_undo_step(qtbot, window, session):
    j = session.state.model.criterion_index("Capital")
    window.partners.view.setCurrentIndex(
        window.partners.proxy.index(0, window.partners.model.column_of_criterion(j))
    )

    def answer(index):
        dialog = CriterionDialog(window, session.state.model.criteria[index])
        qtbot.addWidget(dialog)
        dialog.ask_value_function = lambda: ((1.0, 0.0), (5.0, 0.9), (10.0, 1.0))
        dialog.value_function_button.click()
        assert dialog.value_function_button.text() == "3 points: edit..."
        return dialog.form()

    before = session.ranking.scores.copy()
    window.partners.ask_criterion = answer
    window.partners.on_edit_criterion()
    assert session.state.model.criteria[j].value_function == ((1.0, 0.0), (5.0, 0.9), (10.0, 1.0))
    assert not (session.ranking.scores == before).all()
    assert window.ranking.levels.functions.isVisible()
    assert "used by WSM only" in window.ranking.levels.functions.text()
    session.undo_stack.undo()
    assert session.state.model.criteria[j].value_function == ()
    assert (session.ranking.scores == before).all()


@pytest.mark.parametrize("benefit", [True, False])
def test_direction_change_against_the_function_is_refused(qtbot, benefit):
    criterion = dataclasses.replace(study_model().criteria[1], value_function=((1.0, 0.0), (10.0, 1.0)))
    dialog = CriterionDialog(None, criterion)
    qtbot.addWidget(dialog)
    dialog.direction.setCurrentIndex(0 if benefit else 1)
    assert dialog.ok_button.isEnabled() is benefit


def test_value_function_dialog_and_levels_bar_in_vietnamese(qtbot, language):
    from criteria.i18n import VIETNAMESE
    from tests.desktop.test_translations import english_left, open_dialog, visible_texts

    language.apply(VIETNAMESE)
    dialog = open_dialog(qtbot, ValueFunctionDialog(None, "Capital", False, ((0.0, 1.0), (10.0, 0.0))))
    assert english_left(visible_texts(dialog), data=["Capital"]) == []
    session = leveled_session()
    session.set_level_policy(LevelPolicy.MARK)
    panel = RankingPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.levels.leave_out.text() == "&Loại các đối tác không đạt mức tối thiểu"
    row = table_names(panel).index("Blackstone Minerals")
    tip = panel.model.index(row, PARTNER).data(Qt.ItemDataRole.ToolTipRole)
    assert "⊘ không đạt mức tối thiểu: dưới mức tối thiểu 7,5 của ESG credibility" in tip
