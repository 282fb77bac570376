"""The Qt-free chart drawing (desktop.charts.plots, labels, export) on small hand-made data."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex, to_rgb
from matplotlib.figure import Figure

from criteria.errors import InputError, OutputError
from criteria.study import StudyState
from desktop.charts import style
from desktop.charts.export import export_figure
from desktop.charts.labels import ELLIPSIS, crosses, fit_label, place_labels, spread_1d
from desktop.charts.plots import ContributionPlot, RadarPlot, Redraw, TradeoffPlot, WeightPlot

LONG = "Australian Govt + Critical Minerals R&D Hub"
MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-"}


def axes(**kwargs):
    figure = Figure(figsize=(16, 10), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure.add_subplot(**kwargs)


def test_contribution_bars_stack_signed_parts_each_side_of_zero():
    ax = axes()
    plot = ContributionPlot(ax, ["A", "B", "C"], 2)
    parts = np.array([[0.2, -0.1, 0.3], [-0.2, 0.4, -0.05]])
    plot.update(["P", "Q"], [1, 2], [0.5, 0.15], parts)
    assert np.allclose(plot.widths(), parts)
    corners = np.array([p.vertices[0, 0] for p in plot.bars.get_paths()]).reshape(2, 3)
    # positives start where the previous positive ended; negatives grow left from zero
    assert np.allclose(corners, [[0.0, 0.0, 0.2], [0.0, 0.0, -0.2]])
    assert plot.labels() == ["1. P", "2. Q"]
    assert [t.get_text().strip() for t in plot.score_texts] == ["0.500", "0.150"]
    low, high = ax.get_xlim()
    assert low < -0.25 and high > 0.5  # every segment and the score numbers fit


def test_contribution_update_says_how_much_to_redraw():
    plot = ContributionPlot(axes(), ["A", "B"], 3)
    first = plot.update(["P", "Q", "R"], [1, 2, 3], [0.6, 0.5, 0.4], np.full((3, 2), 0.25))
    assert first is Redraw.FIGURE  # new labels and limits: lay the figure out
    plot.ax.figure.canvas.draw()
    # same order, slightly different widths: only the bars and numbers move
    assert plot.update(["P", "Q", "R"], [1, 2, 3], [0.6, 0.5, 0.4], np.full((3, 2), 0.24)) is Redraw.ARTISTS
    # new order, labels no longer than before: only the labels are redrawn
    assert plot.update(["Q", "P", "R"], [1, 2, 3], [0.6, 0.5, 0.4], np.full((3, 2), 0.24)) is Redraw.LABELS
    assert plot.labels()[:2] == ["1. Q", "2. P"]
    # a longer label needs room the layout did not leave
    assert plot.update(
        ["Quite a long name", "P", "R"], [1, 2, 3], [0.6, 0.5, 0.4], np.full((3, 2), 0.24)
    ) is (Redraw.FIGURE)
    # bars far beyond the axis: the limits change
    assert plot.update(["Q", "P", "R"], [1, 2, 3], [0.6, 0.5, 0.4], np.full((3, 2), 2.0)) is Redraw.FIGURE


def test_contribution_chart_shows_the_top_slots_with_a_note():
    plot = ContributionPlot(axes(), ["A"], 2)
    plot.update(["P", "Q"], [1, 2], [0.9, 0.8], np.array([[0.9], [0.8]]), total=50)
    assert plot.note.get_text() == "showing 2 of 50 partners"


@pytest.mark.parametrize(("slots", "wrapped"), [(2, True), (16, False)])
def test_long_partner_names_are_wrapped_or_elided_to_their_measured_room(slots, wrapped):
    figure = Figure(figsize=(5, 4), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    plot = ContributionPlot(figure.add_subplot(), ["A"], slots)
    plot.update([LONG * 2] * slots, range(1, slots + 1), [1.0] * slots, np.ones((slots, 1)))
    plot.fit_to_size()
    figure.canvas.draw()
    label = plot.name_texts[0]
    assert ("\n" in label.get_text()) is wrapped  # tall rows: two lines; short rows: one
    assert label.get_text().endswith(ELLIPSIS)
    assert label.get_window_extent().width <= plot.NAME_SHARE * figure.bbox.width + 1
    assert fit_label(LONG, 12, 1) == "Australian" + ELLIPSIS  # cut at 12, trailing space dropped


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=120), st.integers(4, 40), st.integers(1, 3))
def test_fit_label_never_exceeds_its_box(text, width, lines):
    rows = fit_label(text, width, lines).split("\n")
    assert len(rows) <= lines
    assert all(len(row) <= width for row in rows)


box = st.tuples(st.floats(5, 200), st.floats(5, 60))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1000), st.floats(0, 700), box), min_size=1, max_size=25))
def test_placed_optional_labels_stay_inside_and_never_overlap(items):
    points = np.array([(x, y) for x, y, _ in items])
    sizes = [size for _, _, size in items]
    corners = place_labels(points, sizes, (0, 0, 1000, 700), [False] * len(items), radius=5)
    boxes = [(c[0], c[1], c[0] + s[0], c[1] + s[1]) for c, s in zip(corners, sizes) if c is not None]
    markers = [(x - 5, y - 5, x + 5, y + 5) for x, y in points]
    for k, a in enumerate(boxes):
        assert a[0] >= 0 and a[1] >= 0 and a[2] <= 1000 and a[3] <= 700
        for b in boxes[k + 1 :] + markers:
            assert not overlap(a, b)
    # each label is nearest its own point: it cannot be read as another's name
    for i, corner in enumerate(corners):
        if corner is not None:
            (w, h), gaps = sizes[i], []
            for x, y in points:
                dx = max(corner[0] - x, 0, x - corner[0] - w)
                dy = max(corner[1] - y, 0, y - corner[1] - h)
                gaps.append(np.hypot(dx, dy))
            assert gaps[i] <= min(gaps) + 1e-9


name = st.tuples(st.floats(5, 150), st.floats(5, 30))  # small enough that a free spot is always left
rays = st.lists(st.tuples(st.floats(-450, 450), st.floats(-300, 300)), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1000), st.floats(0, 700), name), min_size=1, max_size=16), rays)
def test_labels_keep_off_lines_from_the_centre_as_gaia_s_arrows(items, tips):
    """GAIA's names lay across its criteria's arrows (only other texts and markers were avoided):
    a name is placed where no arrow crosses it, beside its marker or, for a required one (the
    favourites), farther out with a leader line, which names placed later avoid too."""
    points = np.array([(x, y) for x, y, _ in items])
    sizes = [size for _, _, size in items]
    arrows = [(500.0, 350.0, 500 + dx, 350 + dy) for dx, dy in tips]
    required = [k % 3 == 0 for k in range(len(items))]
    leaders: dict = {}
    corners = place_labels(
        points, sizes, (0, 0, 1000, 700), required, radius=5, segments=arrows, leaders=leaders
    )
    for i, corner in enumerate(corners):
        if corner is None:
            assert not required[i]
            continue
        (w, h) = sizes[i]
        where = (corner[0], corner[1], corner[0] + w, corner[1] + h)
        if i not in leaders and not any(crosses(where, arrow) for arrow in arrows):
            continue  # beside its marker, clear of the arrows
        assert i in leaders, f"label {i} lies across an arrow with no spot found elsewhere"
        assert not any(crosses(where, line) for line in [*arrows, *(v for k, v in leaders.items() if k != i)])
        x0, y0, x1, y1 = leaders[i]
        assert (x0, y0) == tuple(points[i])  # from its point to its box's edge
        assert where[0] - 1e-6 <= x1 <= where[2] + 1e-6 and where[1] - 1e-6 <= y1 <= where[3] + 1e-6


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


quarter = st.tuples(st.floats(5, 240), st.floats(5, 165))  # a quarter of 1000 x 700, less the gaps


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1000), st.floats(0, 700), quarter), min_size=1, max_size=25))
def test_required_labels_that_fit_a_quarter_of_the_area_stay_inside_it(items):
    """Crowded or not, a required label goes where the reader looks: inside the chart (it used to take
    the first spot tried, right of its point, even when that ran off the axes)."""
    points = np.array([(x, y) for x, y, _ in items])
    sizes = [size for _, _, size in items]
    corners = place_labels(points, sizes, (0, 0, 1000, 700), [True] * len(items))
    for (x, y), (w, h) in zip(corners, sizes, strict=True):
        assert x >= 0 and y >= 0 and x + w <= 1000 and y + h <= 700


def test_a_required_label_with_no_free_spot_takes_the_first_one_inside():
    # a point at the right edge: every spot right of it runs out; left of it, every spot is taken
    point = np.array([[990.0, 350.0]])
    taken = [(850, 350, 980, 372), (850, 372, 980, 400), (850, 300, 980, 335)]
    [corner] = place_labels(point, [(80, 20)], (0, 0, 1000, 700), [True], obstacles=taken)
    assert corner == pytest.approx((904, 340))  # beside it, on the left: inside (it ran off the right)


def test_required_labels_are_always_placed():
    points = np.array([[10.0, 10.0]] * 4)  # all on one spot: some must overlap, none is dropped
    assert None not in place_labels(points, [(80, 20)] * 4, (0, 0, 100, 100), [True] * 4)


def test_weight_bars_show_the_weights_in_criterion_colours():
    plot = WeightPlot(axes(), ["Capital", "Speed", "ESG"])
    plot.update([0.5, 0.3, 0.2])
    assert [bar.get_width() for bar in plot.bars.patches] == [0.5, 0.3, 0.2]
    assert [t.get_text().strip() for t in plot.texts] == ["50%", "30%", "20%"]
    expected = [tuple(int(c[i : i + 2], 16) / 255 for i in (1, 3, 5)) for c in style.criterion_colours(3)]
    assert np.allclose([bar.get_facecolor()[:3] for bar in plot.bars.patches], expected)


def test_radar_shows_only_the_given_partners():
    plot = RadarPlot(axes(projection="polar"), ["A", "B", "C"])
    profiles = np.array([[1.0, 0.5, 0.0], [0.2, 0.4, 0.6]])
    plot.update(["P", "Q"], profiles)
    visible = [line for line in plot.lines if line.get_visible()]
    assert [line.get_label() for line in visible] == ["P", "Q"]
    assert np.allclose(visible[1].get_ydata(), [0.2, 0.4, 0.6, 0.2])  # closed polygon
    assert [t.get_text() for t in plot.legend.get_texts()] == ["P", "Q"]


def test_tradeoff_draws_the_given_frontier_and_labels_every_point_when_few():
    ax = axes()
    plot = TradeoffPlot(ax)
    x, y = np.array([1.0, 2.0, 3.0, 1.0]), np.array([3.0, 2.0, 1.0, 1.0])
    frontier = np.array([True, True, True, False])
    plot.update(
        x, y, ["P", "Q", "R", "S"], frontier, np.array([False, False, False, True]), xlabel="A", ylabel="B"
    )
    assert plot.place_labels()  # each label has a free spot in a large chart
    assert np.allclose(plot.frontier_points.get_offsets(), [[1, 3], [2, 2], [3, 1]])
    assert np.allclose(np.column_stack(plot.frontier_line.get_data()), [[1, 3], [2, 2], [3, 1]])
    assert np.allclose(plot.selected_points.get_offsets(), [[1, 1]])
    assert sorted(t.get_text() for t in plot.labels) == ["P", "Q", "R", "S"]


def test_tradeoff_labels_only_frontier_and_selection_when_many():
    plot = TradeoffPlot(axes())
    n = TradeoffPlot.LABEL_ALL + 5
    rng = np.random.default_rng(0)
    frontier = np.zeros(n, bool)
    frontier[:2] = True
    selected = np.zeros(n, bool)
    selected[7] = True
    names = [f"P{i}" for i in range(n)]
    plot.update(rng.random(n), rng.random(n), names, frontier, selected, xlabel="A", ylabel="B")
    plot.place_labels()
    assert sorted(t.get_text() for t in plot.labels) == ["P0", "P1", "P7"]


def test_partners_on_one_point_share_one_label():
    plot = TradeoffPlot(axes())
    ones = np.ones(2)
    plot.update(ones, ones, ["P", "Q"], np.array([True, True]), np.zeros(2, bool), xlabel="A", ylabel="B")
    plot.place_labels()
    assert [t.get_text() for t in plot.labels] == ["P\nQ"]


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_export_writes_each_format(tmp_path, fmt):
    ax = axes()
    WeightPlot(ax, ["A", "B"]).update([0.4, 0.6])
    path = export_figure(ax.figure, tmp_path / f"chart.{fmt.upper()}")
    data = path.read_bytes()
    if fmt == "svg":
        assert data.lstrip().startswith(b"<?xml") and b"<svg" in data[:2000]
    else:
        assert data.startswith(MAGIC[fmt])
    assert [p.name for p in tmp_path.iterdir()] == [f"chart.{fmt.upper()}"]  # no temp file left


def test_export_refuses_unknown_formats_and_keeps_old_file_on_failure(tmp_path, monkeypatch):
    ax = axes()
    with pytest.raises(InputError, match="chart.jpg"):
        export_figure(ax.figure, tmp_path / "chart.jpg")
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ax.figure, "savefig", broken)
    with pytest.raises(OutputError, match="chart.png: the disk is full"):
        export_figure(ax.figure, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]
    with pytest.raises(OutputError):
        export_figure(ax.figure, tmp_path / "missing-folder" / "chart.png")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 500), st.floats(5, 40)), min_size=1, max_size=20))
def test_spread_labels_keep_order_and_never_overlap(items):
    positions = [p for p, _ in items]
    heights = [h for _, h in items]
    centres = spread_1d(positions, heights, 0.0, 2000.0)
    order = np.argsort(positions, kind="stable")
    placed = centres[order]
    size = np.asarray(heights)[order]
    assert np.all(np.diff(placed) >= (size[1:] + size[:-1]) / 2 - 1e-9)
    assert placed[0] - size[0] / 2 >= -1e-9 and placed[-1] + size[-1] / 2 <= 2000 + 1e-9


@pytest.mark.parametrize("font", [11, 17])
def test_every_score_number_fits_inside_the_axes_even_the_winners(font):
    """The leader's "0.683" was cut at the chart's right edge: limits now make room for it, measured."""
    style.follow_font(font)
    figure = Figure(figsize=(4.5, 4), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    plot = ContributionPlot(figure.add_subplot(), ["A", "B"], 3)
    plot.update(
        ["P", "Q", "R"], [1, 2, 3], [0.683, 0.5, 0.41], np.array([[0.4, 0.283], [0.3, 0.2], [0.2, 0.21]])
    )
    plot.fit_to_size()
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    for text in plot.score_texts[: plot.rows]:
        box = text.get_window_extent(renderer)
        assert box.x1 <= plot.ax.bbox.x1 + 0.5, text.get_text()


def test_one_way_gives_every_partner_its_own_colour_and_names_lines_in_it():
    from desktop.charts.robustness_plots import draw_one_way
    from scoring.tipping import one_way
    from workbooks.sample import load_sample

    curve = one_way(StudyState.from_model(load_sample()), 0, partners=range(16))
    ax = axes()
    draw_one_way(ax, curve)
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) == len(curve.t)]
    assert len(lines) == 16
    colours = [to_hex(line.get_color()) for line in lines]
    assert len(set(colours)) == 16  # no two reds, no two blacks
    rgb = np.array([to_rgb(c) for c in colours])
    closest = min(np.abs(a - b).sum() for a, b in itertools.combinations(rgb, 2))
    assert closest > 0.15  # apart enough to tell on a projector
    names = {t.get_text(): to_hex(t.get_color()) for t in ax.texts}
    for partner, colour in zip(curve.partners, colours, strict=True):
        assert names[partner] == colour  # each line's name in its colour, whole in a wide chart


NARROW = "Illinois Iiti Lilli il Jil Fiji Til Ltd"  # 39 letters, narrower than many 26-letter names


def _sample_with_names(*names):
    """The sample study with its first partners renamed ``names``."""
    from criteria.study import StudyState
    from workbooks.sample import load_sample

    model = load_sample()
    partners = list(model.partners)
    for k, name in enumerate(names):
        partners[k] = dataclasses.replace(partners[k], name=name)
    return StudyState.from_model(dataclasses.replace(model, partners=tuple(partners)))


def _shown(ax) -> set[str]:
    """The texts of ``ax`` and its tick labels, each read as one line (a wrapped name joined again)."""
    texts = [*ax.texts, *ax.get_yticklabels(), *ax.get_xticklabels()]
    return {" ".join(t.get_text().split()) for t in texts}


def test_robustness_charts_cut_names_by_measured_width_not_by_their_count_of_letters():
    """The one-way, bump, heat map and GAIA charts cut names to 24-26 letters whatever the room
    ("Illinois Iiti Lilli il Ji…" in a chart 1600 px wide): a name is cut only when, measured,
    it does not fit, and then wrapped onto two lines first where the chart has the height."""
    from criteria.preference import preference_functions
    from desktop.charts import robustness_plots
    from scoring import rank
    from scoring.gaia import gaia_axes
    from scoring.scenarios import compare_scenarios
    from scoring.sensitivity import rank_acceptability
    from scoring.tipping import one_way

    state = _sample_with_names(NARROW, LONG + " of Western Australia")
    ax = axes()
    robustness_plots.draw_one_way(ax, one_way(state, 0))
    assert NARROW in _shown(ax)
    [wrapped] = [t.get_text() for t in ax.texts if "Western" in t.get_text()]
    assert wrapped.count("\n") == 1 and " ".join(wrapped.split()) == LONG + " of Western Australia"
    ax = axes()
    robustness_plots.draw_bump(ax, compare_scenarios(state, include_current=True))
    assert NARROW in _shown(ax)
    ax = axes()
    robustness_plots.draw_acceptability(ax, rank_acceptability(state, n_samples=200, seed=3))
    assert any(text.startswith(NARROW + " (") for text in _shown(ax))
    ranking = rank(state)
    ax = axes()
    robustness_plots.draw_gaia(
        ax, gaia_axes(ranking, preference_functions(state.model.criteria)).plane(ranking.weights)
    )
    assert NARROW in _shown(ax)


@pytest.mark.parametrize("size", [(4.2, 3.4), (3.4, 2.6)])
def test_every_trade_off_name_reads_as_its_own_points_or_has_a_line_to_it(size):
    """At 1280 x 800 (Vietnamese, PROMETHEE II) the selected partner's name, required but with no
    free spot beside its ring, was put where another partner's point was the nearest: "LS Eco
    Energy" sat under Blackstone's point. Now such a name goes where its own point is the nearest,
    or away with a line to its point. Every pair of the sample's criteria, each partner selected."""
    from scoring import rank
    from scoring.dominance import non_dominated
    from workbooks.sample import load_sample

    ranking = rank(StudyState.from_model(load_sample()))
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    pixels = figure.dpi / 72  # marker sizes are in points squared
    dot, big = (
        np.sqrt(TradeoffPlot.POINT_SIZE) / 2 * pixels,
        np.sqrt(TradeoffPlot.FRONTIER_SIZE) / 2 * pixels,
    )
    ring = (np.sqrt(TradeoffPlot.SELECTED_SIZE) + TradeoffPlot.RING_WIDTH) / 2 * pixels
    for a, b in itertools.combinations(range(len(ranking.criteria)), 2):
        x, y = ranking.values[:, a], ranking.values[:, b]
        frontier = non_dominated(ranking.values[:, [a, b]], ranking.benefit[[a, b]])
        for chosen in range(len(x)):
            figure.clear()
            plot = TradeoffPlot(figure.add_subplot())
            selected = np.arange(len(x)) == chosen
            plot.update(x, y, ranking.partners, frontier, selected, xlabel="A", ylabel="B")
            figure.canvas.draw()
            plot.place_labels()
            renderer = figure.canvas.get_renderer()
            points = plot.ax.transData.transform(np.column_stack([x, y]))
            starts = [line.get_xydata()[0] for line in plot.leader_lines]
            for label in plot.labels:
                box = label.get_window_extent(renderer)
                names = label.get_text().split("\n")
                own = [i for i, name in enumerate(ranking.partners) if any(
                    name.startswith(n.rstrip("\u2026")) for n in names)]  # fmt: skip
                if any(np.allclose(start, (x[i], y[i])) for start in starts for i in own):
                    continue  # a line joins it to its point
                # edge to edge: from the label's box to each marker's rim (the ring, a frontier dot, a dot)
                rims = np.where(selected, ring, np.where(frontier, big, dot))
                gaps = [np.hypot(max(box.x0 - px, 0, px - box.x1), max(box.y0 - py, 0, py - box.y1)) - rim
                        for (px, py), rim in zip(points, rims, strict=True)]  # fmt: skip
                mine = min(gaps[i] for i in own)
                others = [
                    g for i, g in enumerate(gaps) if i not in own and (x[i], y[i]) != (x[own[0]], y[own[0]])
                ]
                assert mine <= min(others, default=np.inf), (ranking.criteria[a], ranking.criteria[b], names)


def test_one_long_name_does_not_take_every_one_way_name_down_to_the_smallest_size():
    """In the robustness view at 1920 x 1080 (a one-way chart about 700 x 330 px) one long name,
    "Australian Govt + Critical Minerals R&D Hub", set all ten names at 7 points beside a 17-point
    title: the names give up at most a fifth of their size, and the long one is cut instead."""
    from desktop.charts import robustness_plots
    from scoring.tipping import one_way
    from workbooks.sample import load_sample

    figure = Figure(figsize=(7.0, 3.3), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    robustness_plots.draw_one_way(figure.add_subplot(), one_way(StudyState.from_model(load_sample()), 0))
    names = [t for t in figure.axes[0].texts if t.get_text() and not t.get_text().startswith("current")]
    assert len(names) >= 8
    assert min(t.get_fontsize() for t in names) >= 0.8 * style.sizes().note
