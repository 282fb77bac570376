"""The charts panel's PROMETHEE I tab, driven through a real StudySession (pytest-qt, offscreen)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from matplotlib.collections import LineCollection

from criteria.model import Criterion, DecisionModel, Partner
from criteria.study import StudyState
from desktop.charts.panel import ChartsPanel
from desktop.charts.promethee_one_plot import LEFT, RIGHT
from desktop.i18n import format_number
from desktop.session import StudySession
from scoring.promethee_one import partial_ranking
from tests.desktop.test_chart_fit_grid import assert_fits
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


def unit(values, top_is_high: bool) -> np.ndarray:
    """Heights on a scale, 0 (bottom) .. 1 (top), as the chart puts them."""
    share = (values - values.min()) / (values.max() - values.min())
    return share if top_is_high else 1 - share


def assert_shows_flows(canvas, partial, where: str) -> None:
    """The chart shows ``partial``'s flows: each partner's line at its phi+ and phi- heights, the scales'
    extreme values, and beside both scales its name, in its line's colour, at the end of a leader
    from its own point (found by geometry, whatever the plot's own bookkeeping says)."""
    ax, renderer = canvas.figure.axes[0], canvas.get_renderer()
    lines = [line for line in ax.lines if line.get_marker() == "o"]  # the scales have no markers
    shown = len(lines)
    plus, minus = partial.phi_plus[:shown], partial.phi_minus[:shown]
    heights = np.column_stack([unit(plus, True), unit(minus, False)])
    np.testing.assert_allclose([line.get_ydata() for line in lines], heights, atol=1e-9, err_msg=where)
    texts = [(t, t.get_window_extent(renderer)) for t in ax.texts if t.get_visible() and t.get_text()]
    extremes = {format_number(v, 3) for v in (plus.max(), plus.min(), minus.max(), minus.min())}
    assert extremes <= {t.get_text() for t, _ in texts}, where
    leaders = [ax.transData.transform(segment) for c in ax.collections if isinstance(c, LineCollection)
               for segment in c.get_segments()]  # fmt: skip
    for name, line, (left, right) in zip(partial.partners, lines, heights, strict=False):
        for x, height in ((LEFT, left), (RIGHT, right)):
            point = ax.transData.transform((x, height))
            ends = [end for start, end in leaders if np.allclose(start, point, atol=0.5)]
            named = [
                t
                for t, box in texts
                for end in ends
                if abs((box.y0 + box.y1) / 2 - end[1]) <= 1
                and min(abs(end[0] - box.x0), abs(end[0] - box.x1)) <= 4
            ]
            assert any(
                name.startswith(t.get_text().rstrip("…")) and t.get_color() == line.get_color() for t in named
            ), f"{name} is not named by its point {where}"


def sample_tab(qtbot):
    session = StudySession(StudyState.from_model(load_sample(), method="promethee"))
    panel = shown(qtbot, session)
    open_tab(qtbot, panel)
    return session, panel, panel.promethee_one_view.canvas


def test_a_slider_drag_moves_the_chart_to_the_new_flows_and_names_stay_by_their_points(qtbot):
    """Issue 9: with PROMETHEE I on screen each weight edit built and fitted the whole chart again (70-120 ms),
    so a slider drag lagged. Each step now moves the lines, values and names, blitted: the new flows at
    once, every name beside its own point and apart from every other text, during the drag and once
    the edits pause."""
    session, panel, canvas = sample_tab(qtbot)
    before, full = partial_ranking(session.state).partners, canvas.draws["full"]
    session.begin_drag()
    for step in range(4):
        blits = canvas.draws["blit"]
        session.set_weight(0, session.state.weights[0] + 0.05)
        qtbot.waitUntil(lambda b=blits: canvas.draws["blit"] > b and canvas.up_to_date)
        assert_shows_flows(canvas, partial_ranking(session.state), f"after step {step + 1}")
        assert_fits(canvas.figure, f"after step {step + 1}")
    session.end_drag()
    assert canvas.draws["full"] == full  # the drag neither rebuilt nor re-rendered the whole chart
    assert partial_ranking(session.state).partners != before  # partners changed rows: names followed
    qtbot.waitUntil(lambda: not panel.promethee_one.moved and canvas.up_to_date)  # the edits paused
    assert_shows_flows(canvas, partial_ranking(session.state), "once the edits paused")
    assert_fits(canvas.figure, "once the edits paused")


def test_once_edits_pause_a_text_left_on_another_is_fitted_again(qtbot):
    """The check once a drag pauses: should a moved name reach another text, the chart is fitted again."""
    session, panel, canvas = sample_tab(qtbot)
    session.set_weight(0, 0.3)
    qtbot.waitUntil(lambda: canvas.draws["blit"] > 0 and canvas.up_to_date)
    full = canvas.draws["full"]
    first, second = panel.promethee_one.plot.name_texts[0][:2]
    first.set_position(second.get_position())  # as if a step had left one name on another
    qtbot.waitUntil(lambda: canvas.draws["full"] > full and canvas.up_to_date)
    assert_shows_flows(canvas, partial_ranking(session.state), "once the edits paused")
    assert_fits(canvas.figure, "once the edits paused")


def test_an_incomparable_pair_never_reads_as_outranked_more_with_two_equal_numbers(language):
    """φ− 0.36000 against 0.35971 once read "outranked more (φ− 0,360 so với 0,360)"."""
    from criteria.i18n import VIETNAMESE
    from desktop.charts.promethee_one_view import incomparable_words
    from scoring.promethee_one import PartialRanking

    partial = PartialRanking(("A", "B"), np.array([0.5, 0.42]), np.array([0.36, 0.35971]))
    english = incomparable_words(partial)
    assert "(φ+ 0.500 against 0.420)" in english and "(φ− 0.3600 against 0.3597)" in english
    language.apply(VIETNAMESE)
    vietnamese = incomparable_words(partial)
    assert "φ+ 0,500" in vietnamese and "φ− 0,3600" in vietnamese and "0,3597)" in vietnamese
