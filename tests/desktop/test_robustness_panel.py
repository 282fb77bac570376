"""RobustnessPanel: each tab shows exactly what the scoring computation returns (pytest-qt, offscreen)."""

from __future__ import annotations

import numpy as np
import pytest

from criteria.model import DecisionModel, Scenario
from criteria.study import StudyState
from desktop.charts.robustness_plots import acceptability_view
from desktop.panels.robustness import DIVERGENT, RobustnessPanel
from desktop.session import StudySession
from scoring import rank
from scoring.agreement import method_agreement
from scoring.gaia import gaia_plane
from scoring.scenarios import compare_scenarios
from scoring.sensitivity import rank_acceptability
from scoring.tipping import one_way
from scoring.verdict import study_verdict
from tests.conftest import make_model

VALUES = [  # domain brief section 4 (illustrative scores), eight partners, five criteria
    [8, 5, 8, 8, 3],
    [4, 7, 7, 8, 3],
    [3, 7, 8, 8, 7],
    [6, 4, 7, 8, 4],
    [7, 3, 9, 9, 4],
    [6, 6, 6, 7, 7],
    [4, 9, 4, 2, 7],
    [4, 6, 10, 8, 2],
]
PARTNERS = ["JOGMEC", "Toyota Tsusho + Sojitz", "Shin-Etsu Chemical", "Australian Strategic Materials",
            "Australian Govt + Hub", "Star Group Industrial", "China Rare Earth Group", "European Union"]  # fmt: skip
CRITERIA = ["Technology transfer", "Capital", "ESG credibility", "Geopolitical alignment", "Speed"]
SCENARIOS = (  # domain brief section 5, stakeholder profiles S1-S4
    Scenario("S1 Ministry", (0.40, 0.15, 0.15, 0.20, 0.10)),
    Scenario("S2 Manufacturer", (0.05, 0.30, 0.10, 0.10, 0.45)),
    Scenario("S3 Green financier", (0.10, 0.15, 0.50, 0.15, 0.10)),
    Scenario("S4 Security office", (0.15, 0.15, 0.10, 0.45, 0.15)),
)


@pytest.fixture
def session():
    base = make_model(VALUES, names=CRITERIA, partners=PARTNERS, weights=[0.4, 0.15, 0.15, 0.2, 0.1])
    model = DecisionModel(base.partners, base.criteria, base.values, scenarios=SCENARIOS)
    return StudySession(StudyState.from_model(model))


def open_panel(qtbot, session) -> RobustnessPanel:
    widget = RobustnessPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def panel(qtbot, session):
    widget = open_panel(qtbot, session)
    yield widget
    widget.runner.cancel()
    widget.runner.wait()


def settle(qtbot, panel, tab=None):
    """Show ``tab`` and wait until its background computation has been drawn."""
    if tab is not None:
        panel.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: panel._computing is None and not panel.quick_runner.running, timeout=20000)


def test_one_way_lines_are_the_computed_curve(qtbot, panel, session):
    panel.criterion_combo.setCurrentIndex(1)
    settle(qtbot, panel)
    curve = one_way(session.state, 1)
    ax = panel.one_way.canvas.figure.axes[0]
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) == len(curve.t)]
    assert len(lines) == len(curve.partners)
    for k, line in enumerate(lines):
        assert np.allclose(line.get_xdata(), curve.t)
        assert np.allclose(line.get_ydata(), curve.scores[:, k])
    assert "overtakes" in panel.tipping_text.text()


def test_monte_carlo_heat_map_equals_the_computation(qtbot, panel, session):
    panel.tabs.setCurrentIndex(1)
    panel.samples_spin.setValue(2000)
    with qtbot.waitSignal(panel.runner.finished, timeout=20000):
        panel.start_monte_carlo(seed=7)
    expected = rank_acceptability(session.state, n_samples=2000, seed=7, spread=0.2)
    rows, shares = acceptability_view(expected)
    image = panel.monte_carlo.canvas.figure.axes[0].images[0]
    assert np.array_equal(np.asarray(image.get_array()), shares)
    labels = [t.get_text() for t in panel.monte_carlo.canvas.figure.axes[0].get_yticklabels()]
    for label, i in zip(labels, rows, strict=True):  # long names are elided
        assert expected.partners[i].startswith(label.rsplit("  (", 1)[0].rstrip("\u2026"))
        assert label.endswith(f"({expected.expected_rank[i]:.1f})")
    verdict = panel.verdict.text()
    assert verdict == study_verdict(session.state, rank(session.state), expected).sentence
    # the room reads the runs and the other methods together
    assert (
        "sampled weightings (each weight multiplied by a random factor" in verdict and "5 methods" in verdict
    )
    assert not panel.monte_carlo_stale


def test_a_new_run_replaces_the_running_one(qtbot, panel):
    finished = []
    panel.runner.finished.connect(finished.append)
    panel.samples_spin.setValue(200_000)
    first = panel.start_monte_carlo(chunk=100)  # slow: thousands of chunks
    panel.samples_spin.setValue(500)
    second = panel.start_monte_carlo()
    assert second != first
    with qtbot.waitSignal(panel.runner.finished, timeout=20000):
        pass
    panel.runner.wait()
    qtbot.waitUntil(lambda: not panel.runner.running)
    assert [result.samples for _state, (result, _verdict) in finished] == [
        500
    ]  # the first run's result never arrives
    assert panel.acceptability.samples == 500


def test_cancel_stops_the_run_and_drops_its_result(qtbot, panel):
    panel.samples_spin.setValue(200_000)
    with qtbot.waitSignal(panel.runner.busy, check_params_cb=lambda busy: busy):
        panel.start_monte_carlo(chunk=100)
    with qtbot.assertNotEmitted(panel.runner.finished, wait=300):
        qtbot.mouseClick(panel.cancel_button, qtbot_button())
        assert panel.runner.wait(10000)  # the worker stops after its current chunk
    assert panel.verdict.text() == "Run cancelled."
    assert panel.acceptability is None


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_results_are_marked_stale_when_weights_change(qtbot, panel, session):
    panel.samples_spin.setValue(300)
    with qtbot.waitSignal(panel.runner.finished, timeout=20000):
        panel.start_monte_carlo()
    assert panel.monte_carlo.message.text() == ""
    with qtbot.waitSignal(session.changed):
        session.set_weight(0, 0.3)
    assert panel.monte_carlo_stale
    assert "Out of date" in panel.monte_carlo.message.text()


def test_methods_table_shows_each_methods_ranks_and_highlights_divergence(qtbot, panel, session):
    settle(qtbot, panel, 2)
    expected = method_agreement(session.state)
    table = panel.method_table
    assert [table.horizontalHeaderItem(k).text().lower() for k in range(table.columnCount())] == list(
        expected.methods
    )
    for row in range(table.rowCount()):
        i = expected.partners.index(table.verticalHeaderItem(row).text())
        assert [int(table.item(row, k).text()) for k in range(table.columnCount())] == list(expected.ranks[i])
        shaded = any(table.item(row, k).background().color() == DIVERGENT for k in range(table.columnCount()))
        spread = expected.ranks[i].max() - expected.ranks[i].min()
        assert shaded == (spread >= 3)
    tau = panel.correlation_table.item(0, 1).text()
    assert tau == f"{expected.kendall[0, 1]:.2f}"


def test_scenario_bump_chart_plots_the_ranks_under_each_scenario(qtbot, panel, session):
    settle(qtbot, panel, 3)
    expected = compare_scenarios(session.state, include_current=True)
    ax = panel.scenarios.canvas.figure.axes[0]
    lines = ax.get_lines()
    assert len(lines) == len(expected.partners)
    for line, ranks in zip(lines, expected.ranks):
        assert np.array_equal(line.get_ydata(), ranks)
    assert expected.sentence() in panel.scenario_text.text()


def test_quick_views_follow_the_study_after_an_edit(qtbot, panel, session):
    settle(qtbot, panel, 4)
    before = panel.plane
    session.set_weight(0, 0.1)  # the stick moves; the refresh waits for the edit burst to end
    qtbot.waitUntil(lambda: panel.plane is not before, timeout=20000)
    assert np.allclose(panel.plane.stick, gaia_plane(session.state).stick)
    assert not np.allclose(panel.plane.stick, before.stick)


def test_gaia_places_partners_where_the_computation_says(qtbot, panel, session):
    settle(qtbot, panel, 4)
    plane = gaia_plane(session.state)
    ax = panel.gaia.canvas.figure.axes[0]
    assert np.allclose(ax.collections[0].get_offsets(), plane.partners_xy)
    assert f"{plane.delta:.0%}" in ax.get_title(loc="left")


def test_one_way_is_redrawn_at_its_new_size_so_end_labels_stay_apart(qtbot, panel):
    settle(qtbot, panel, 0)
    canvas = panel.one_way.canvas
    before = list(canvas.figure.axes[0].texts)
    panel.resize(1200, 500)  # less height: names spread for the old size would now overlap
    qtbot.waitUntil(lambda: canvas.figure.axes and canvas.figure.axes[0].texts[0] is not before[0])
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = canvas.figure.axes[0]
    names = [t for t in ax.texts if " ".join(t.get_text().split()) in PARTNERS or t.get_text().endswith("…")]
    boxes = sorted((t.get_window_extent(renderer) for t in names), key=lambda b: b.y0)
    assert len(boxes) == len(PARTNERS)
    assert all(low.y1 <= high.y0 + 1 for low, high in zip(boxes, boxes[1:], strict=False))


def test_default_run_gives_the_same_figures_as_the_command_line(qtbot, panel, session):
    from scoring.sensitivity import DEFAULT_SAMPLES, DEFAULT_SEED, DEFAULT_SPREAD

    panel.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(panel.runner.finished, timeout=30000):
        panel.start_monte_carlo()
    expected = rank_acceptability(
        session.state, n_samples=DEFAULT_SAMPLES, seed=DEFAULT_SEED, spread=DEFAULT_SPREAD
    )
    image = panel.monte_carlo.canvas.figure.axes[0].images[0]
    assert np.array_equal(np.asarray(image.get_array()), acceptability_view(expected)[1])


def test_a_scenario_rename_refreshes_the_comparison_and_nothing_else(qtbot, panel, session):
    panel.samples_spin.setValue(300)
    with qtbot.waitSignal(panel.runner.finished, timeout=20000):
        panel.start_monte_carlo()
    for tab in (0, 2, 4, 3):
        settle(qtbot, panel, tab)
    shown = (panel.curve, panel.agreement, panel.plane)
    before = panel.comparison
    assert session.rename_scenario("S1 Ministry", "Ministry")
    qtbot.waitUntil(lambda: panel.comparison is not before, timeout=20000)
    assert "Ministry" in panel.comparison.scenarios and "S1 Ministry" not in panel.comparison.scenarios
    assert not panel.monte_carlo_stale and panel.monte_carlo.message.text() == ""
    assert session.acceptability is panel.acceptability  # still exported with the results
    for tab in (0, 2, 4):
        settle(qtbot, panel, tab)
    assert (panel.curve, panel.agreement, panel.plane) == shown  # not recomputed
    session.undo_stack.undo()
    assert not panel.monte_carlo_stale
    session.set_weight(0, 0.3)
    assert panel.monte_carlo_stale


def test_a_run_finishing_after_a_scenario_edit_is_current(qtbot, panel, session):
    panel.samples_spin.setValue(300)
    with qtbot.waitSignal(panel.runner.finished, timeout=20000):
        panel.start_monte_carlo()  # on the study as it was before the edit below
        assert session.add_scenario("Now")
    assert not panel.monte_carlo_stale
    assert session.acceptability is panel.acceptability


def test_gaia_moves_only_the_stick_while_weights_or_method_change(qtbot, panel, session, monkeypatch):
    import scoring.gaia

    calls = []
    original = scoring.gaia.gaia_axes
    monkeypatch.setattr(
        scoring.gaia, "gaia_axes", lambda ranking, *more: calls.append(ranking) or original(ranking, *more)
    )
    settle(qtbot, panel, 4)
    assert len(calls) == 1
    for edit in (lambda: session.set_weight(0, 0.1), lambda: session.set_method("topsis")):
        before = panel.plane
        edit()
        qtbot.waitUntil(lambda: panel.plane is not before, timeout=20000)  # noqa: B023
        expected = original(session.ranking).plane(session.ranking.weights)  # gaia_plane, uncounted
        assert np.allclose(panel.plane.stick, expected.stick)
        assert np.allclose(panel.plane.partners_xy, expected.partners_xy)
    assert len(calls) == 1
    session.remove_partners([0])  # other partners: the axes are computed again
    settle(qtbot, panel)
    qtbot.waitUntil(lambda: len(panel.plane.partners) == len(PARTNERS) - 1, timeout=20000)
    assert len(calls) == 2


def test_a_hidden_panel_computes_nothing_until_it_is_shown(qtbot, panel, session):
    panel.tabs.setCurrentIndex(0)  # one-way: recomputed in the background after each change
    qtbot.waitUntil(lambda: not panel.quick_runner.running)
    panel.hide()
    starts = []
    panel.quick_runner.busy.connect(lambda busy: busy and starts.append(busy))
    session.set_weight(0, 0.5)
    assert panel._refresh_timer.isActive()
    qtbot.waitUntil(lambda: not panel._refresh_timer.isActive())  # the coalesced refresh has run
    assert starts == []  # a drag behind another dock tab costs the room nothing
    with qtbot.waitSignal(panel.quick_runner.finished, timeout=20000):
        panel.show()
    assert starts


@pytest.mark.parametrize("width", [400, 700, 1400])
def test_heat_map_texts_never_touch_and_stay_inside_at_any_width(qtbot, session, width):
    """In a 700 px view the title ran off the figure and squeezed the heat map to a strip, the
    percentages ran into each other and the rank numbers read "10111213"."""
    from itertools import combinations

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from desktop.charts.fitting import draw_fitted
    from desktop.charts.robustness_plots import draw_acceptability

    acceptability = rank_acceptability(session.state, n_samples=2000, seed=7, spread=0.2)
    figure = Figure(figsize=(width / 100, 4.5), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    draw_fitted(figure, lambda f: draw_acceptability(f.add_subplot(), acceptability))
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    ax = figure.axes[0]
    texts = [ax.title, *ax.texts, *ax.get_xticklabels(), *ax.get_yticklabels(), ax.xaxis.label]
    texts += [
        t for t in ax.get_children() if hasattr(t, "get_text") and t.get_text() == ax.get_title(loc="left")
    ]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts if t.get_visible() and t.get_text()]
    assert any(text == ax.get_title(loc="left") for text, _ in boxes)
    for text, box in boxes:
        assert figure.bbox.x0 - 0.5 <= box.x0 and box.x1 <= figure.bbox.x1 + 0.5, text
    for (a, box_a), (b, box_b) in combinations(boxes, 2):
        assert not (box_a.x0 < box_b.x1 - 0.5 and box_b.x0 < box_a.x1 - 0.5
                    and box_a.y0 < box_b.y1 - 0.5 and box_b.y0 < box_a.y1 - 0.5), (a, b)  # fmt: skip
    assert ax.bbox.width >= width / 4  # the heat map keeps a real width beside the names
    if width >= 1400:
        assert any(t.get_visible() for t in ax.texts)  # with room, the shares are written in the cells


def test_a_language_switch_redraws_a_hidden_chart_when_it_is_shown(qtbot, panel, language):
    """Each chart costs several layout passes: the ones behind another tab wait until shown, and
    then show the new language."""
    from matplotlib.text import Text

    from criteria.i18n import VIETNAMESE

    def words(canvas) -> str:
        return " ".join(t.get_text() for t in canvas.figure.findobj(Text))

    settle(qtbot, panel, 0)  # one-way drawn in English
    one_way = panel.one_way.canvas
    assert "Weight of" in words(one_way)
    settle(qtbot, panel, 3)  # scenarios: the one-way chart is now hidden
    figure_of = {canvas: canvas.figure.axes[0] for canvas in (one_way, panel.scenarios.canvas)}
    language.apply(VIETNAMESE)
    assert one_way.figure.axes[0] is figure_of[one_way]  # not drawn again behind the scenarios tab
    scenarios = panel.scenarios.canvas  # on screen: drawn again at once
    assert scenarios.figure.axes[0] is not figure_of[scenarios]
    panel.tabs.setCurrentIndex(0)
    assert one_way.figure.axes[0] is not figure_of[one_way]
    assert "Weight of" not in words(one_way) and "Trọng số" in words(one_way)
