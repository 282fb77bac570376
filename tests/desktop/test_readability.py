"""Readable from the back of the room: nothing clipped, cut off or piled up (pytest-qt, offscreen).

Each test asserts on widget or artist state (column widths, text extents after a draw), not pixels.
"""

from __future__ import annotations

import itertools

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QScrollArea

from criteria.study import StudyState
from desktop.charts import style
from desktop.charts.plots import ContributionPlot
from desktop.charts.robustness_plots import draw_gaia, end_label_size
from desktop.models.ranking import PARTNER
from scoring.gaia import gaia_plane
from workbooks.sample import load_sample

CRITERIA = ("Technology transfer", "Capital", "ESG credibility", "Geopolitical alignment", "Speed")


def overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def drawn(figure):
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_renderer()


def ready(qtbot, window):
    """The window with its charts, once the deferred dock sizing has run."""
    window.load_charts()
    qtbot.waitUntil(lambda: window.docks["Ranking"].width() >= window.ranking.wanted_width() - 2)


# -- ranking ------------------------------------------------------------------------------------


def test_ranking_partner_column_fits_the_longest_name_at_the_default_size(qtbot, window, session):
    ready(qtbot, window)
    view = window.ranking.view
    longest = max((p.name for p in session.state.model.partners), key=len)
    assert longest == "Australian Govt + Critical Minerals R&D Hub"
    assert view.columnWidth(PARTNER) > view.fontMetrics().horizontalAdvance(longest)
    # the narrow columns only hold their content: the name column is the widest by far
    assert view.columnWidth(PARTNER) > 2 * max(view.columnWidth(c) for c in range(5) if c != PARTNER)


def test_ranking_partner_tooltip_gives_the_full_name(window, session):
    model = window.ranking.model
    for row in range(model.rowCount()):
        tip = model.data(model.index(row, PARTNER), Qt.ItemDataRole.ToolTipRole)
        assert tip.splitlines()[0] == model.partner_name(row)


def test_charts_do_not_force_the_side_docks_narrow(qtbot, window):
    """The trade-off tab's controls once made the charts 890 px wide at least, squeezing the ranking."""
    ready(qtbot, window)
    assert window.charts.minimumSizeHint().width() < 700


# -- partners table -----------------------------------------------------------------------------


def test_partner_table_headers_fit_even_in_bold(window):
    """A selected row turns every header bold; the titles and sort arrows must still fit."""
    view = window.partners.view
    font = QFont(view.horizontalHeader().font())
    font.setBold(True)
    bold = QFontMetrics(font).horizontalAdvance
    model = window.partners.model
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert view.columnWidth(column) > bold(title) + 20, title


def test_partner_table_headers_fit_after_the_font_is_enlarged(window):
    window.change_font(+1)
    window.change_font(+1)
    test_partner_table_headers_fit_even_in_bold(window)


def test_weights_panel_scrolls_instead_of_clipping_its_rows(window):
    area = window.docks["Criteria and weights"].widget()
    assert isinstance(area, QScrollArea) and area.widget() is window.weights
    window.docks["Criteria and weights"].resize(QSize(360, 150))
    assert window.weights.height() >= window.weights.minimumSizeHint().height()


# -- contributions chart ------------------------------------------------------------------------


def contribution_plot(width: float, height: float) -> ContributionPlot:
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    plot = ContributionPlot(
        figure.add_subplot(), CRITERIA, 16, title="Why each partner scores as it does: Weighted sum (WSM)"
    )
    names = [f"Partner with a rather long name {k}" for k in range(16)]
    plot.update(names, list(range(1, 17)), np.linspace(0.6, 0.2, 16), np.full((16, 5), 0.1),
                note="Numbers: score (higher is better)")  # fmt: skip
    plot.fit_to_size()
    return plot


def test_contribution_title_note_and_legend_stay_inside_and_apart():
    plot = contribution_plot(6.4, 6.0)  # the chart area at 1600 x 1000
    figure = plot.ax.figure
    renderer = drawn(figure)
    title = plot.title.get_window_extent(renderer)
    note = plot.note.get_window_extent(renderer)
    legend = plot.legend.get_window_extent(renderer)
    assert plot.title.get_text().endswith("(WSM)")
    assert 0 <= title.x0 and title.x1 <= figure.bbox.width + 1
    assert not overlaps(title, note)
    assert 0 <= legend.x0 and legend.x1 <= figure.bbox.width + 1  # no "…nology transfer"


def test_a_short_chart_shows_fewer_rows_at_full_size_and_says_so():
    plot = contribution_plot(9.0, 4.0)  # squeezed under a dock at 1920 x 1080
    figure = plot.ax.figure
    renderer = drawn(figure)
    shown = [t for t in plot.name_texts if t.get_text()]
    assert 0 < len(shown) < 16 and plot.rows == len(shown)
    assert plot.note.get_text().endswith(f"showing {len(shown)} of 16 partners")
    assert all(t.get_fontsize() == style.sizes().tick for t in plot.name_texts)  # never shrunk
    boxes = [t.get_window_extent(renderer) for t in shown]
    assert not any(overlaps(a, b) for a, b in itertools.combinations(boxes, 2))


def test_legend_columns_follow_the_width():
    columns = [contribution_plot(width, 6.0).legend_layout[0] for width in (20.0, 9.0, 3.2)]
    assert columns[0] == 5 and 2 <= columns[1] <= 4 and columns[2] <= 2
    for width in (20.0, 9.0, 3.2):
        plot = contribution_plot(width, 6.0)
        drawn(plot.ax.figure)
        box = plot.legend.get_window_extent()
        assert 0 <= box.x0 and box.x1 <= plot.ax.figure.bbox.width + 1


def test_a_legend_too_wide_for_enough_columns_takes_the_fewest_rows():
    """At 1280 x 800 the chart is about 3.9 in wide: one column at full size took five rows and left
    room for 7 of 16 partners; two columns at a smaller size take three and leave room for 10."""
    plot = contribution_plot(3.93, 4.73)
    columns, size = plot.legend_layout
    assert columns == 2 and size < style.sizes().label
    drawn(plot.ax.figure)
    box = plot.legend.get_window_extent()
    assert 0 <= box.x0 and box.x1 <= plot.ax.figure.bbox.width + 1


# -- robustness charts --------------------------------------------------------------------------


def test_end_labels_get_smaller_only_when_crowded():
    figure = Figure(dpi=100)
    assert end_label_size(figure, 5, 400) == style.sizes().note
    assert end_label_size(figure, 16, 230) < style.sizes().note
    assert end_label_size(figure, 100, 100) == 7


def test_gaia_partner_labels_do_not_pile_up():
    """The equal-aspect box shrinks at draw time; labels placed before that landed on each other."""
    plane = gaia_plane(StudyState.from_model(load_sample()))
    figure = Figure(figsize=(16, 6), dpi=100, layout="constrained")  # a robustness dock at 1920 x 1080
    ax = figure.add_subplot()
    draw_gaia(ax, plane)
    renderer = drawn(figure)
    names = [t for t in ax.texts if t.get_color() == "#333333"]
    assert len(names) >= 5  # the five best along the decision stick at least
    boxes = [t.get_window_extent(renderer) for t in names]
    assert not any(overlaps(a, b) for a, b in itertools.combinations(boxes, 2))
    assert all(ax.bbox.x0 - 1 <= b.x0 and b.x1 <= ax.bbox.x1 + 1 for b in boxes[5:])


def test_weights_panel_widens_with_the_font(qtbot, window):
    """At a larger font the spin boxes and buttons need more room; the dock makes it, nothing is cut."""
    window.change_font(+1)
    window.change_font(+1)
    area = window.docks["Criteria and weights"].widget()
    needed = window.weights.minimumSizeHint().width()
    qtbot.waitUntil(lambda: area.minimumWidth() >= needed)
    qtbot.waitUntil(lambda: area.viewport().width() >= needed)


def test_every_rank_cell_fits_its_column_including_best_to_worst_ranges(qtbot, window):
    from desktop.models.ranking import RANK
    from desktop.panels.columns import cell_width

    view = window.ranking.view
    model = view.model()
    texts = [model.index(r, RANK).data() for r in range(model.rowCount())]
    assert any("(" in t for t in texts)  # the study has a filled-in value, so a range is shown
    assert max(cell_width(view, t) for t in texts) <= view.columnWidth(RANK)


def test_the_ranking_panel_never_squeezes_partner_names_to_nothing(qtbot, window):
    from desktop.models.ranking import CHANGE, NOTES, RANK, SCORE
    from desktop.panels.columns import cell_width

    view = window.ranking.view
    fixed = sum(view.columnWidth(c) for c in (RANK, CHANGE, SCORE, NOTES))
    # about 11 characters (and the tooltip) at least: more would push the window off a 1024 px screen
    assert window.ranking.minimumWidth() >= fixed + cell_width(view, "Australian…")
