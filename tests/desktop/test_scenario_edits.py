"""Edits of the named scenarios only (``what == {"scenarios"}``) keep results that do not read them."""

from __future__ import annotations

import pytest

from criteria import edits
from criteria.study import StudyState
from desktop.panels.why import WhyPanel
from desktop.session import StudySession
from tests.desktop.conftest import study_model


@pytest.fixture
def session():
    return StudySession(StudyState.from_model(study_model()))


def test_dominance_and_baseline_carry_over_a_scenario_edit(session):
    dominance, baseline = session.dominance, session.baseline
    assert session.rename_scenario("Speed first", "Fast")
    assert session.add_scenario("Now")
    assert session.remove_scenario("Now")
    assert session.dominance is dominance and session.baseline is baseline
    session.undo_stack.undo()
    assert session.dominance is dominance and session.baseline is baseline
    assert session.try_edit(edits.set_value, 0, 0, 9.0, label="Value")
    assert session.dominance is not dominance and session.baseline is not baseline  # computed again


def test_a_monte_carlo_result_stays_current_through_scenario_edits(session):
    result = object()
    session.set_acceptability(result, session.state)
    assert session.rename_scenario("Speed first", "Fast")
    assert session.acceptability is result
    session.undo_stack.undo()
    assert session.acceptability is result
    session.set_weight(0, 0.5)
    assert session.acceptability is None
    session.undo_stack.undo()
    assert session.acceptability is result


def test_why_panel_keeps_its_explanation_through_a_scenario_edit(qtbot, session):
    panel = WhyPanel(session)
    qtbot.addWidget(panel)
    before = panel.sentences
    assert session.update_scenario("ESG counts double")
    assert panel.sentences is before
    session.set_weight(0, 0.5)
    assert panel.sentences is not before
