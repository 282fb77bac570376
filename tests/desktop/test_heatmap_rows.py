"""The Monte Carlo heat map keeps one name per row in a short view (issue 9: at 1280 x 800 its 16
partner names piled into an unreadable block): it shows the first partners that fit, says so in
its title, and every row's name is apart from the next."""

from __future__ import annotations

import itertools

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from criteria.study import StudyState
from desktop.charts.fitting import draw_fitted
from desktop.charts.robustness_plots import draw_heat_map
from scoring.sensitivity import rank_acceptability
from workbooks.sample import load_sample


@pytest.fixture(scope="module")
def acceptability():
    return rank_acceptability(StudyState.from_model(load_sample()), n_samples=500, seed=3, spread=0.2)


def heat_map(acceptability, height_px: float):
    figure = Figure(figsize=(4.2, height_px / 100), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    draw_heat_map(figure, acceptability)
    figure.canvas.draw()
    return figure


@pytest.mark.parametrize("height", [230, 280, 330])
def test_short_views_show_the_rows_whose_names_fit(qapp, acceptability, height):
    figure = heat_map(acceptability, height)
    ax = figure.axes[0]
    renderer = figure.canvas.get_renderer()
    labels = [t for t in ax.get_yticklabels() if t.get_text()]
    assert 3 <= len(labels) < len(acceptability.partners)  # fewer rows than partners, never piled up
    boxes = sorted((t.get_window_extent(renderer) for t in labels), key=lambda b: b.y0)
    for below, above in itertools.pairwise(boxes):
        assert below.y1 <= above.y0 + 0.5, "two partner names overlap"
    title = ax.get_title(loc="left").replace("\n", " ")
    assert f"top {len(labels)} of {len(acceptability.partners)} partners" in title


def test_a_tall_view_shows_every_partner(qapp, acceptability):
    figure = heat_map(acceptability, 900)
    labels = [t for t in figure.axes[0].get_yticklabels() if t.get_text()]
    assert len(labels) == len(acceptability.partners)


@pytest.mark.parametrize("width_px", [520, 673])
def test_the_one_way_axis_label_stays_inside_a_narrow_figure(qapp, width_px):
    """The one-way chart's x label ("Weight of Technology transfer (others rescaled in proportion)")
    ran 46 px off the left of the robustness view at 1920x1080: an axes' tight box counts its label
    only as wide as the axes, so the text was not made smaller to fit."""
    from desktop.charts.robustness_plots import draw_one_way
    from scoring.tipping import one_way

    curve = one_way(StudyState.from_model(load_sample()), 0)
    figure = Figure(figsize=(width_px / 100, 4.34), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    draw_fitted(figure, lambda f: draw_one_way(f.add_subplot(), curve))
    figure.canvas.draw()
    label = figure.axes[0].xaxis.label.get_window_extent(figure.canvas.get_renderer())
    assert label.x0 >= -0.5 and label.x1 <= figure.bbox.width + 0.5, label


@pytest.mark.parametrize("height", [280, 330, 420])
def test_every_rank_is_numbered_where_the_cells_hold_its_number(qapp, acceptability, height):
    """In the robustness view at 1280 x 800 the ranks over six columns read "1 4": their room was
    measured before the title was wrapped, when the grid was a fraction of its final width."""
    figure = heat_map(acceptability, height)
    ax = figure.axes[0]
    renderer = figure.canvas.get_renderer()
    columns = ax.images[0].get_array().shape[1]
    shown = [t for t in ax.get_xticklabels() if t.get_text()]
    widest = max(t.get_window_extent(renderer).width for t in shown)
    if ax.bbox.width / columns >= widest + 4:
        assert [t.get_text() for t in shown] == [str(r + 1) for r in range(columns)]
    boxes = [t.get_window_extent(renderer) for t in shown]
    assert all(a.x1 <= b.x0 for a, b in itertools.pairwise(boxes))  # never run together
