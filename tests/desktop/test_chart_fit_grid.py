"""Issue 9: the weights, profiles, trade-off and PROMETHEE I charts fit every window size (1024x700 to 2560x1440) and text
size (-2 to +6 steps): nothing runs outside the chart, no two texts overlap, and the trade-off's
point labels sit inside the axes clear of every marker (pytest-qt, one window walked over a grid,
asserted from the artists' extents as the renderer measures them).

At 1280x800 the trade-off's note was wrapped one word per line beside the axis pickers, its
labels ran off the axes onto the markers, and the radar's title ran over its legend while the
legend squeezed the radar to a dot; PROMETHEE I's title and scale headers ran over each other
and its names over the title.
"""

from __future__ import annotations

import itertools
import math

from matplotlib.text import Text
from PySide6.QtWidgets import QComboBox, QLabel

from desktop.charts.canvases import ChartView
from desktop.charts.panel import NOTE_LINES
from desktop.scrolling_text import ScrollingText
from tests.desktop.test_chart_layout import overlap
from tests.desktop.test_layout_grid import assert_whole_on_screen, sample_on_a_screen, walk_the_grid


def tick_labels(axis) -> list[Text]:
    """The tick labels an axis draws: those of ticks within its view, minor ones too."""
    low, high = sorted(axis.get_view_interval())
    span = (high - low) * 1e-9
    return [label for minor in (False, True)
            for label, where in zip(axis.get_ticklabels(minor=minor), axis.get_ticklocs(minor=minor), strict=True)
            if low - span <= where <= high + span]  # fmt: skip


def drawn_texts(figure) -> list[tuple[str, object]]:
    """(what, extent) of every text the figure draws; a legend counts as one box."""
    renderer = figure.canvas.get_renderer()
    texts = [*figure.texts]
    for ax in figure.axes:
        texts += [ax.title, *ax.texts, ax.xaxis.label, ax.yaxis.label]
        texts += [t for t in ax.get_children() if isinstance(t, Text) and t not in texts]  # left/right titles
        if ax.axison:  # an axes turned off (PROMETHEE I's) draws no ticks
            texts += tick_labels(ax.xaxis) + tick_labels(ax.yaxis)
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts if t.get_visible() and t.get_text()]
    boxes += [("legend", legend.get_window_extent(renderer)) for legend in figure.legends]
    return boxes


def assert_fits(figure, where: str) -> None:
    boxes = drawn_texts(figure)
    assert boxes, where
    width, height = figure.bbox.width, figure.bbox.height
    for label, box in boxes:
        assert box.x0 >= -0.5 and box.y0 >= -0.5, f"{label!r} runs off the figure {where}"
        assert box.x1 <= width + 0.5 and box.y1 <= height + 0.5, f"{label!r} runs off the figure {where}"
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not overlap(box_a, box_b), f"{a!r} overlaps {b!r} {where}"


def assert_labels_clear(plot, where: str) -> None:
    """The trade-off's point labels lie inside its axes and cover no marker."""
    ax, renderer = plot.ax, plot.ax.figure.canvas.get_renderer()
    assert plot.labels, where
    markers = []
    for points in (plot.points, plot.frontier_points, plot.selected_points):
        radius = math.sqrt(points.get_sizes()[0]) / 2 * ax.figure.dpi / 72 - 1  # the marker's disc
        for x, y in ax.transData.transform(points.get_offsets()) if len(points.get_offsets()) else []:
            markers.append((x - radius, y - radius, x + radius, y + radius))
    for label in plot.labels:
        box = label.get_window_extent(renderer)
        assert ax.bbox.x0 - 0.5 <= box.x0 and box.x1 <= ax.bbox.x1 + 0.5, (
            f"{label.get_text()!r} off the axes {where}"
        )
        assert ax.bbox.y0 - 0.5 <= box.y0 and box.y1 <= ax.bbox.y1 + 0.5, (
            f"{label.get_text()!r} off the axes {where}"
        )
        for x0, y0, x1, y1 in markers:  # a disc's box, less a pixel of antialiased edge
            covered = box.x0 < x1 and x0 < box.x1 and box.y0 < y1 and y0 < box.y1
            assert not covered, f"{label.get_text()!r} covers a marker {where}"


def show_tab(qtbot, window, view) -> None:
    window.charts.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.canvas.isVisible() and view.canvas.up_to_date, timeout=5000)


def test_weights_profiles_trade_off_and_promethee_one_fit_every_window_and_text_size(
    qtbot, make_window, monkeypatch
):
    window, screen = sample_on_a_screen(qtbot, make_window, monkeypatch)
    session, charts = window.session, window.charts
    session.set_method("promethee")  # its PROMETHEE I tab too
    ranking = session.ranking
    session.set_selection((int(ranking.indices[ranking.order[1]]),))  # a ring and its label too
    second = ranking.partners[ranking.order[1]]
    for size, steps in walk_the_grid(qtbot, window, screen):
        where = f"at {size[0]}x{size[1]}, text {steps:+d}"
        show_tab(qtbot, window, charts.weights)
        assert_fits(charts.weights.canvas.figure, where)
        show_tab(qtbot, window, charts.profiles)
        assert_whole_on_screen(window, size)
        assert_fits(charts.profiles.canvas.figure, where)
        [shown] = [t.get_text() for t in charts.radar_plot.legend.get_texts()]
        assert second.startswith(shown.rstrip("\u2026")), where  # the selected partner, maybe elided
        show_tab(qtbot, window, charts.tradeoff)
        assert_whole_on_screen(window, size)  # its header is taller: the chart must stay whole
        assert_fits(charts.tradeoff.canvas.figure, where)
        assert_labels_clear(charts.tradeoff_plot, where)
        show_tab(qtbot, window, charts.promethee_one_view)
        assert_whole_on_screen(window, size)
        assert_fits(charts.promethee_one_view.canvas.figure, where)


def test_a_chart_note_takes_a_row_of_its_own_up_to_three_lines_and_no_room_when_empty(qtbot):
    """Beside a chart's controls a narrow view wrapped its note one word per line; on a row of its
    own under them it reads across the chart, a long one (PROMETHEE I's pairs in words) scrolls
    after three lines instead of taking the chart's room, and an empty one takes none."""
    controls = [QComboBox(), QLabel("Across:"), QComboBox()]
    view = ChartView(controls, note_lines=NOTE_LINES)
    qtbot.addWidget(view)
    view.resize(420, 500)
    view.show()
    qtbot.waitExposed(view)
    note, line = view.findChild(ScrollingText), view.message.fontMetrics().lineSpacing()
    assert not view.message.isVisible()
    view.message.setText("1 partner shown with filled-in values")
    qtbot.waitUntil(lambda: view.message.isVisible() and note.height() >= line)
    assert note.height() < 2.5 * line  # one line, or two at most
    assert note.geometry().top() >= max(c.geometry().bottom() for c in [*controls, view.export_button])
    assert note.width() >= view.canvas.width() - 2
    view.message.setText(" ".join(["Alpha and Beta are incomparable."] * 30))
    qtbot.waitUntil(lambda: note.verticalScrollBar().maximum() > 0)
    assert note.height() <= NOTE_LINES * line + 4
    before = view.canvas.height()
    view.message.setText("")
    qtbot.waitUntil(lambda: not view.message.isVisible() and view.canvas.height() > before + 2 * line)


def test_the_export_button_in_the_tabs_corner_saves_the_chart_shown(qtbot, window, tmp_path, monkeypatch):
    """One Export button serves every chart tab: it saves the chart on screen, labels and note included."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    window.load_charts()
    charts = window.charts
    show_tab(qtbot, window, charts.tradeoff)
    asked = {}

    def answer(_parent, _title, suggested, _filter):
        asked["suggested"] = suggested
        return str(tmp_path / "chart.svg"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    qtbot.mouseClick(charts.export_button, Qt.MouseButton.LeftButton)
    assert asked["suggested"].endswith("trade-off.png")
    text = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    labels = [t.get_text() for t in charts.tradeoff_plot.labels]
    assert labels and all(label.split("\n")[0].replace("&", "&amp;") in text for label in labels)
    assert charts.tradeoff_plot.note.get_text() in text  # which partners use filled-in values
