"""The contributions chart keeps every name on its own bar, whatever happens to the window (pytest-qt).

Real windows on the bundled sample (16 partners, long names, four scenarios) are
resized, re-fonted, re-docked and re-weighted; after each change, once the canvas
has painted, the artists' measured extents (``get_window_extent``) must show each
name and score centred on its bar's row, no two texts overlapping, all inside the
figure, and the canvas's pixels must equal a full redraw of the figure (what the
room sees is what the artists say, whatever was cached).
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import Qt

from criteria.study import StudyState
from desktop.charts import style
from desktop.session import StudySession
from desktop.settings import DEFAULT_FONT_SIZE
from workbooks.sample import load_sample

Area = Qt.DockWidgetArea


@pytest.fixture
def sample_window(qtbot, make_window):
    window = make_window(StudySession(StudyState.from_model(load_sample())))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.load_charts()
    settle(qtbot, window)
    yield window
    window.set_font_size(DEFAULT_FONT_SIZE)  # the application's font outlives the window


def settle(qtbot, window, painted_since: int | None = None) -> None:
    """Wait until the contributions canvas shows the figure at its size, painted after ``painted_since``."""
    canvas = window.charts.contributions.canvas
    qtbot.waitUntil(lambda: canvas.up_to_date and (painted_since is None or canvas.paints > painted_since))


def change(qtbot, window, action) -> None:
    """Do ``action`` and wait for the chart to be painted again."""
    canvas = window.charts.contributions.canvas
    before = canvas.paints
    action()
    canvas.update()  # an action that changes nothing on the chart still ends in a paint
    settle(qtbot, window, before)


def text_boxes(plot, renderer):
    """(label, extent) of every text the chart shows, tick numbers included."""
    ax, figure = plot.ax, plot.ax.figure
    texts = [*plot.name_texts, *plot.score_texts, plot.title, plot.note, ax.xaxis.label]
    texts += [t for t in ax.get_xticklabels() if ax.get_xlim()[0] <= t.get_position()[0] <= ax.get_xlim()[1]]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts if t.get_visible() and t.get_text()]
    boxes.append(("legend", plot.legend.get_window_extent(renderer)))
    assert figure is plot.legend.figure
    return boxes


def overlap(a, b) -> bool:
    return a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 and a.y0 < b.y1 - 0.5 and b.y0 < a.y1 - 0.5


def assert_chart_right(window) -> None:
    plot = window.charts.contribution_plot
    canvas = window.charts.contributions.canvas
    ranking = window.session.ranking
    renderer = canvas.get_renderer()
    figure, ax = canvas.figure, plot.ax
    shown = [t for t in plot.name_texts if t.get_text()]
    assert len(shown) == plot.rows >= 3  # a small chart shows fewer rows, never piled-up ones
    # every shown row names the partner ranked there, and its name and score sit on its bar
    for row, (name, score) in enumerate(zip(plot.name_texts[: plot.rows], plot.score_texts, strict=False)):
        partner = ranking.partners[ranking.order[row]]
        rank, label = plot.labels()[row].split(". ", 1)
        assert int(rank) == ranking.ranks[ranking.order[row]]
        assert partner.startswith(label.replace("\n", " ").rstrip("\u2026").rstrip())
        low, high = sorted(
            ax.transData.transform([(0, row - plot.BAR_HEIGHT / 2), (0, row + plot.BAR_HEIGHT / 2)])[:, 1]
        )
        for text in (name, score):
            box = text.get_window_extent(renderer)
            assert low <= (box.y0 + box.y1) / 2 <= high, f"{text.get_text()!r} is off its bar"
        assert name.get_fontsize() == style.sizes().tick * plot.scale  # as the rest of the chart's text
    # no two texts overlap; none leaves the figure
    boxes = text_boxes(plot, renderer)
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not overlap(box_a, box_b), f"{a!r} overlaps {b!r}"
    for label, box in boxes:
        assert box.x0 >= -0.5 and box.y0 >= -0.5, f"{label!r} runs off the figure"
        assert box.x1 <= figure.bbox.width + 0.5 and box.y1 <= figure.bbox.height + 0.5, f"{label!r} runs off"
    # the painted pixels are a full draw's: no name left behind by a cached image
    shown_pixels = np.asarray(canvas.buffer_rgba()).copy()
    canvas.draw()
    fresh = np.asarray(canvas.buffer_rgba())
    assert shown_pixels.shape == fresh.shape
    # (a glyph drawn a fraction of a pixel apart shades its edge a few levels differently)
    differing = (np.abs(shown_pixels.astype(int) - fresh).max(axis=2) > 40).mean()
    assert differing < 1e-4, f"{differing:.2%} of the pixels differ from a full redraw"


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1920, 1080), (2560, 1440)])
def test_names_stay_on_their_bars_at_every_window_size(qtbot, sample_window, size):
    window = sample_window
    change(qtbot, window, lambda: window.resize(*size))
    assert_chart_right(window)


@pytest.mark.parametrize("steps", [-2, 4, 6])
def test_names_grow_with_the_text_size_and_stay_on_their_bars(qtbot, sample_window, steps):
    window = sample_window
    change(qtbot, window, lambda: window.resize(1920, 1080))
    before = window.charts.contribution_plot.name_texts[0].get_fontsize()
    for _ in range(abs(steps)):
        change(qtbot, window, lambda: window.change_font(1 if steps > 0 else -1))
    assert window.settings.font_size() == DEFAULT_FONT_SIZE + steps
    after = window.charts.contribution_plot.name_texts[0].get_fontsize()
    assert (after > before) if steps > 0 else (after < before)
    assert_chart_right(window)
    change(qtbot, window, lambda: window.resize(1024, 700))  # the smallest window: fewer rows, still apart
    assert_chart_right(window)


def test_names_follow_scenarios_and_weight_edits(qtbot, sample_window):
    window = sample_window
    session = window.session
    for scenario in session.state.model.scenarios:
        leaders = session.ranking.order[:3].tolist()
        change(qtbot, window, lambda name=scenario.name: session.apply_scenario(name))
        assert_chart_right(window)
    assert session.ranking.order[:3].tolist() != leaders or len(session.state.model.scenarios) == 1
    slider = window.weights.rows[0].slider
    slider.setSliderDown(True)
    for step in range(6):  # a drag: blitted updates, names redrawn from the cached background
        change(qtbot, window, lambda s=step: slider.setValue(slider.value() + (60 if s % 2 == 0 else -25)))
        assert_chart_right(window)
    slider.setSliderDown(False)


def test_names_survive_status_messages_docks_and_the_robustness_panel(qtbot, sample_window):
    window = sample_window
    change(qtbot, window, lambda: window.statusBar().showMessage("Saved study.xlsx", 10_000))
    assert_chart_right(window)
    change(qtbot, window, window.show_robustness)
    assert_chart_right(window)
    change(qtbot, window, window.docks["Robustness"].close)
    assert_chart_right(window)
    change(qtbot, window, lambda: window.addDockWidget(Area.BottomDockWidgetArea, window.docks["Ranking"]))
    assert_chart_right(window)
    change(qtbot, window, lambda: window.docks["Criteria and weights"].setFloating(True))
    assert_chart_right(window)
    change(qtbot, window, lambda: window.statusBar().clearMessage())
    assert_chart_right(window)
