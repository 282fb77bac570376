"""The charts panel's PROMETHEE I tab, driven through a real StudySession (pytest-qt, offscreen)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from criteria.model import Criterion, DecisionModel, Partner
from criteria.study import StudyState
from desktop.charts.panel import ChartsPanel
from desktop.session import StudySession
from scoring.promethee_one import partial_ranking
from workbooks.sample import load_sample

V10 = (("Preference function", "v-shape"), ("p", 10))


def hand_worked_session():
    """tests/scoring/test_promethee_one.py's example: A and B tie on net flow yet are incomparable."""
    model = DecisionModel(
        partners=tuple(Partner(name) for name in ("Alpha", "Beta", "Gamma")),
        criteria=(Criterion("c1", weight=0.5, extra=V10), Criterion("c2", weight=0.5, extra=V10)),
        values=np.array([[10, 0], [5, 5], [4, 4]], dtype=float),
    )
    return StudySession(StudyState.from_model(model, method="wsm"))


def shown(qtbot, session):
    panel = ChartsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1100, 750)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def tab_visible(panel) -> bool:
    return panel.tabs.isTabVisible(panel.tabs.indexOf(panel.promethee_one_view))


def open_tab(qtbot, panel):
    panel.tabs.setCurrentWidget(panel.promethee_one_view)
    canvas = panel.promethee_one_view.canvas
    qtbot.waitUntil(lambda: canvas.draws["full"] > 0 and canvas.up_to_date)


def test_the_tab_appears_with_promethee_and_names_the_incomparable_pairs(qtbot):
    session = hand_worked_session()
    panel = shown(qtbot, session)
    assert not tab_visible(panel)
    session.set_method("promethee")
    assert tab_visible(panel)
    open_tab(qtbot, panel)
    message = panel.promethee_one_view.message.text()
    assert "Alpha and Beta are incomparable" in message and "Alpha and Gamma are incomparable" in message
    assert "(φ+ 0.275 against 0.175)" in message
    session.set_method("topsis")
    assert not tab_visible(panel)


def test_a_weight_edit_redraws_the_flows_of_the_new_weights(qtbot):
    session = hand_worked_session()
    session.set_method("promethee")
    panel = shown(qtbot, session)
    open_tab(qtbot, panel)
    session.set_weight(0, 0.9)
    expected = partial_ranking(session.state)
    qtbot.waitUntil(lambda: panel.promethee_one.partial is not None and not panel.promethee_one.stale)
    np.testing.assert_allclose(panel.promethee_one.partial.phi_plus, expected.phi_plus)
    assert panel.promethee_one.partial.partners == expected.partners


@pytest.mark.parametrize("size", [(1100, 750), (700, 480)])
def test_names_on_the_sample_sit_on_their_own_rows(qtbot, size):
    session = StudySession(StudyState.from_model(load_sample(), method="promethee"))
    panel = shown(qtbot, session)
    panel.resize(*size)
    open_tab(qtbot, panel)
    figure = panel.promethee_one_view.canvas.figure
    renderer = panel.promethee_one_view.canvas.get_renderer()
    ax = figure.axes[0]
    names = set(session.ranking.partners)
    texts = [
        t
        for t in ax.texts
        if t.get_text().rstrip("…") and any(n.startswith(t.get_text().rstrip("…")) for n in names)
    ]
    assert len(texts) == 2 * len(names)  # each partner named beside both scales
    boxes = [t.get_window_extent(renderer) for t in texts]
    for a, b in itertools.combinations(range(len(boxes)), 2):
        assert not boxes[a].overlaps(boxes[b]), (texts[a].get_text(), texts[b].get_text())
    inside = ax.bbox
    assert all(inside.x0 - 1 <= box.x0 and box.x1 <= inside.x1 + 1 for box in boxes)
