"""ChartsPanel driven through a real StudySession (pytest-qt, offscreen)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from criteria.study import StudyState
from desktop.charts.panel import ChartsPanel
from desktop.charts.plots import TOP_N
from desktop.session import StudySession
from scoring.dominance import dominance_matrix
from tests.conftest import make_model
from tests.desktop.conftest import CRITERIA as STUDY_CRITERIA
from tests.desktop.conftest import PARTNERS as STUDY_PARTNERS
from tests.desktop.conftest import VALUES

PARTNERS = [name for name, *_ in STUDY_PARTNERS]  # the desktop fixtures' six partners and values
CRITERIA = [criterion.name for criterion in STUDY_CRITERIA]


def session_for(values=VALUES, partners=PARTNERS, method="wsm"):
    model = make_model(
        values,
        directions=["benefit"] * 4 + ["cost"],
        names=CRITERIA,
        partners=partners,
        weights=[0.3, 0.2, 0.2, 0.2, 0.1],
    )
    return StudySession(StudyState.from_model(model, method=method))


@pytest.fixture
def session():
    return session_for()


@pytest.fixture
def panel(qtbot, session):
    widget = ChartsPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(qtbot, panel, view):
    """Show ``view``'s tab and wait until its chart is drawn: profiles and trade-off are built when shown."""
    panel.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.canvas.isVisible() and view.canvas.up_to_date)
    return view


def assert_contributions_match(panel, ranking):
    """Bars equal the ranking's contributions, best first, each slot labelled with its partner."""
    plot = panel.contribution_plot
    shown = ranking.order[: plot.rows]
    assert np.allclose(plot.widths()[: len(shown)], ranking.contributions[shown])
    for label, row in zip(plot.labels(), shown):
        rank, name = label.split(". ", 1)
        assert int(rank) == ranking.ranks[row]
        assert ranking.partners[row].startswith(name.replace("\n", " ").rstrip("\u2026").rstrip())
    assert list(ranking.ranks[shown]) == sorted(ranking.ranks[shown])


def test_contributions_follow_a_weight_edit_without_a_rebuild(qtbot, panel, session):
    assert_contributions_match(panel, session.ranking)
    plot, canvas = panel.contribution_plot, panel.contributions.canvas
    qtbot.waitUntil(lambda: canvas.draws["full"] >= 1)
    before = dict(canvas.draws)
    with qtbot.waitSignal(session.changed):
        session.set_weight(1, 0.6)  # capital first: the order changes
    assert panel.contribution_plot is plot  # artists kept, not rebuilt
    assert_contributions_match(panel, session.ranking)
    assert session.ranking.partners[session.ranking.order[0]] != "JOGMEC"
    qtbot.waitUntil(lambda: canvas.draws != before)
    widths = [bar.get_width() for bar in panel.weight_plot.bars.patches]
    assert np.allclose(widths, session.ranking.weights)


def test_small_weight_steps_are_blitted_not_redrawn(qtbot, panel, session):
    canvas = panel.contributions.canvas
    session.set_weight(1, 0.6)
    canvas.flush()
    qtbot.waitUntil(lambda: canvas.draws["full"] >= 1)
    before = dict(canvas.draws)
    for share in (0.601, 0.602, 0.603):  # one drag: the three requests coalesce into one blit
        session.set_weight(1, share)
    qtbot.waitUntil(lambda: canvas.draws["blit"] > before["blit"])
    assert canvas.draws["full"] == before["full"] and canvas.draws["blit"] == before["blit"] + 1
    assert_contributions_match(panel, session.ranking)


def test_a_new_order_redraws_the_labels_from_cached_pixels(qtbot, panel, session):
    canvas = panel.contributions.canvas
    canvas.flush()
    qtbot.waitUntil(lambda: canvas.draws["full"] >= 1)
    before = dict(canvas.draws)
    first = session.ranking.order[0]
    session.set_weight(1, 0.45)  # capital up: a new leader, same partner names
    assert session.ranking.order[0] != first
    qtbot.waitUntil(lambda: canvas.draws["blit"] > before["blit"])
    assert canvas.draws["labels"] == before["labels"] + 1 and canvas.draws["full"] == before["full"]
    assert_contributions_match(panel, session.ranking)


def test_a_weight_edit_repaints_the_chart_not_the_tabs_around_it(qtbot, panel, session):
    """The edit changes the chart only: the tab bar and the chart's header are not painted again
    (setting the PROMETHEE I tab's visibility on every edit laid out and repainted them all)."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        def __init__(self):
            super().__init__()
            self.seen = []

        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                self.seen.append(watched)
            return False

    canvas = panel.contributions.canvas
    qtbot.waitUntil(lambda: canvas.up_to_date and canvas.paints > 0)
    paints = Paints()
    around = (panel.tabs.tabBar(), panel.export_button)
    for widget in around:
        widget.installEventFilter(paints)
    painted = canvas.paints
    for share in (0.35, 0.4, 0.45):
        session.set_weight(1, share)
        qtbot.waitUntil(lambda p=painted: canvas.up_to_date and canvas.paints > p)
        painted = canvas.paints
    assert not paints.seen


def test_method_change_rebuilds_with_signed_parts(qtbot, panel, session):
    with qtbot.waitSignal(session.changed):
        assert session.set_method("promethee")
    ranking = session.ranking
    assert (ranking.contributions < 0).any()
    assert_contributions_match(panel, ranking)
    assert panel.contribution_plot.title.get_text().endswith("PROMETHEE II")


def test_many_partners_show_the_top_n_with_a_note(qtbot):
    rng = np.random.default_rng(3)
    n = TOP_N + 15
    session = session_for(rng.integers(1, 11, (n, 5)).astype(float), [f"Partner {i}" for i in range(n)])
    widget = ChartsPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 1400)  # room for every slot
    widget.show()
    qtbot.waitUntil(lambda: widget.contributions.canvas.draws["full"] >= 1)
    plot = widget.contribution_plot
    assert plot.slots == plot.rows == TOP_N
    assert plot.note.get_text().endswith(f"showing {TOP_N} of {n} partners")
    assert_contributions_match(widget, session.ranking)


def test_radar_shows_the_selected_partners_on_a_0_1_scale(qtbot, panel, session):
    with qtbot.waitSignal(session.selection_changed):
        session.set_selection([5, 2])
    shown(qtbot, panel, panel.profiles)
    visible = [line for line in panel.radar_plot.lines if line.get_visible()]
    assert [line.get_label().replace("\n", " ") for line in visible][1] == "Shin-Etsu Chemical"
    assert visible[0].get_label().startswith("Australian Govt +")
    filled = session.ranking.values
    low, high = filled.min(0), filled.max(0)
    expected = (filled[2] - low) / (high - low)
    expected[4] = 1 - expected[4]  # Months is a cost: fewer months is better
    assert np.allclose(visible[1].get_ydata()[:-1], expected)


def test_radar_defaults_to_the_top_three(qtbot, panel, session):
    shown(qtbot, panel, panel.profiles)
    visible = [line.get_label().replace("\n", " ") for line in panel.radar_plot.lines if line.get_visible()]
    top = [session.ranking.partners[r] for r in session.ranking.order[:3]]
    assert len(visible) == 3
    assert all(name.startswith(label.rstrip("\u2026")) for label, name in zip(visible, top))


def non_dominated(x, y, x_benefit, y_benefit):
    """Brute force, independent of scoring: nobody at least as good on both and better on one."""
    sx, sy = (1 if x_benefit else -1), (1 if y_benefit else -1)
    keep = []
    for i in range(len(x)):
        beaten = any(
            sx * x[k] >= sx * x[i]
            and sy * y[k] >= sy * y[i]
            and (sx * x[k] > sx * x[i] or sy * y[k] > sy * y[i])
            for k in range(len(x))
        )
        keep.append(not beaten)
    return np.array(keep)


@pytest.mark.parametrize("pair", list(itertools.permutations(range(5), 2))[::3])
def test_tradeoff_frontier_equals_scoring_dominance(qtbot, panel, session, pair):
    a, b = pair
    panel.x_combo.setCurrentIndex(a)
    panel.y_combo.setCurrentIndex(b)
    shown(qtbot, panel, panel.tradeoff)
    ranking = session.ranking
    values = ranking.values
    expected = ~dominance_matrix(values[:, [a, b]], ranking.benefit[[a, b]]).any(axis=0)
    assert np.array_equal(
        expected, non_dominated(values[:, a], values[:, b], ranking.benefit[a], ranking.benefit[b])
    )
    drawn = {tuple(p) for p in panel.tradeoff_plot.frontier_points.get_offsets()}
    assert drawn == {(values[i, a], values[i, b]) for i in np.flatnonzero(expected)}
    assert panel.tradeoff_plot.ax.get_xlabel().startswith(CRITERIA[a])


def test_tradeoff_marks_the_selection_and_filled_values(qtbot, panel, session):
    panel.x_combo.setCurrentIndex(0)
    panel.y_combo.setCurrentIndex(4)
    session.set_selection([4])
    shown(qtbot, panel, panel.tradeoff)
    values = session.ranking.values
    assert np.allclose(panel.tradeoff_plot.selected_points.get_offsets(), [[values[4, 0], values[4, 4]]])
    # Blackstone's months were filled in: said in the chart, so its export says it too
    assert panel.tradeoff_plot.note.get_text() == "1 partner shown with filled-in values"


def test_the_filled_in_note_counts_partners_in_the_singular_and_the_plural(qtbot, panel, language):
    """It said "1 partner(s) shown with filled-in values"."""
    from criteria.i18n import VIETNAMESE

    assert panel._filled_note(0) == ""
    assert panel._filled_note(1) == "1 partner shown with filled-in values"
    assert panel._filled_note(3) == "3 partners shown with filled-in values"
    language.apply(VIETNAMESE)
    assert panel._filled_note(1) == "1 đối tác hiển thị với giá trị được điền"
    assert panel._filled_note(3) == "3 đối tác hiển thị với giá trị được điền"


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_each_chart_exports_with_its_bars(qtbot, panel, tmp_path, fmt):
    for k, view in enumerate((panel.contributions, panel.weights, panel.profiles, panel.tradeoff)):
        path = view.canvas.export(tmp_path / f"chart{k}.{fmt}")
        head = path.read_bytes()[:200]
        assert head.startswith({"png": b"\x89PNG", "pdf": b"%PDF", "svg": b"<?xml"}[fmt])
    assert all(artist.get_animated() for artist in panel.contribution_plot.dynamic)
    if fmt == "svg":  # the animated bars were drawn into the file too
        assert (tmp_path / "chart0.svg").read_text().count(
            "<path"
        ) > panel.contribution_plot.bars.get_paths().__len__()


def test_switching_back_to_a_language_measures_no_name_or_legend_again(qtbot, panel, language, monkeypatch):
    """Widths depend on the text, not the language: a rebuild keeps what earlier plots measured."""
    from matplotlib.legend import Legend

    from criteria.i18n import ENGLISH, VIETNAMESE
    from desktop.charts import plots

    language.apply(VIETNAMESE)
    language.apply(ENGLISH)  # both languages' words are measured once
    before = panel.contribution_plot
    measured, probes = [], []
    text_extent, legend_init = plots.text_extent, Legend.__init__
    monkeypatch.setattr(
        plots, "text_extent", lambda f, t, *a, **k: measured.append(t) or text_extent(f, t, *a, **k)
    )
    monkeypatch.setattr(
        Legend, "__init__", lambda self, *a, **k: probes.append(a) or legend_init(self, *a, **k)
    )
    language.apply(VIETNAMESE)
    plot = panel.contribution_plot
    assert plot is not before  # rebuilt in Vietnamese
    names = {line for label in plot.labels() for line in label.split("\n") if line}
    assert names and not names & set(measured)
    figure = panel.contributions.canvas.figure
    assert len([a for a in probes if a[0] is figure]) == 1  # its own legend, no probe to measure it again
