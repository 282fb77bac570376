"""Projector comfort: chart text follows the application's text size (Ctrl+= / Ctrl+-)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.charts import style
from desktop.charts.fitting import TEXT_SCALES
from desktop.settings import DEFAULT_FONT_SIZE, Settings


def tick_size(window) -> float:
    return window.charts.contribution_plot.ax.get_xticklabels()[0].get_fontsize()


def press(qtbot, window, key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def charted(qtbot, window):
    window.set_font_size(DEFAULT_FONT_SIZE)
    window.load_charts()
    yield window
    window.set_font_size(DEFAULT_FONT_SIZE)  # the application's font outlives the window


def test_two_ctrl_equals_enlarge_the_contribution_ticks(qtbot, charted):
    window = charted
    before = tick_size(window)
    title_before = window.charts.contribution_plot.title.get_fontsize()
    press(qtbot, window, Qt.Key.Key_Equal)
    press(qtbot, window, Qt.Key.Key_Equal)
    assert Settings().font_size() == DEFAULT_FONT_SIZE + 2  # the keys reached the window
    assert QApplication.font().pointSize() == DEFAULT_FONT_SIZE + 2
    assert tick_size(window) > before
    assert window.charts.contribution_plot.title.get_fontsize() > title_before
    assert tick_size(window) == style.sizes().tick
    # the other charts were rebuilt at the new size too
    weights_ax = window.charts.weight_plot.ax
    assert weights_ax.get_yticklabels()[0].get_fontsize() == style.sizes().label
    charts = window.charts
    charts.tabs.setCurrentWidget(charts.tradeoff)  # built when shown, at the size it is shown at
    qtbot.waitUntil(lambda: charts.tradeoff.canvas.isVisible() and charts.tradeoff.canvas.up_to_date)
    assert charts.tradeoff_plot.title.get_fontsize() == style.sizes().title  # room for it at 1600 x 1000
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert tick_size(window) == pytest.approx(before)


def test_charts_are_rebuilt_once_per_size_change_not_per_weight_edit(qtbot, charted, session):
    window = charted
    rebuilt = []
    original = window.charts._rebuild
    window.charts._rebuild = lambda: rebuilt.append(1) or original()
    window.set_font_size(DEFAULT_FONT_SIZE + 3)
    assert len(rebuilt) == 1
    window.set_font_size(DEFAULT_FONT_SIZE + 3)  # same size: nothing to rebuild
    assert len(rebuilt) == 1
    window.weights.rows[1].spin.setValue(35.0)
    window.weights.rows[1].spin.setValue(40.0)
    assert len(rebuilt) == 1
    assert tick_size(window) == style.sizes().tick > style.BASE_SIZES.tick


def test_robustness_charts_follow_the_text_size(qtbot, charted):
    window = charted
    window.show_robustness()  # a hidden panel computes nothing
    panel = window.robustness
    panel.tabs.setCurrentIndex(0)  # one-way: computed in the background
    qtbot.waitUntil(lambda: panel.one_way.canvas in panel._drawings, timeout=10_000)
    ax = panel.one_way.canvas.figure.axes[0]
    before = ax.xaxis.label.get_fontsize()
    window.set_font_size(DEFAULT_FONT_SIZE + 4)
    ax = panel.one_way.canvas.figure.axes[0]  # drawn again on a fresh figure
    assert ax.xaxis.label.get_fontsize() > before
    # at the chart's size, or as much smaller as the panel needs for every text to fit
    assert any(ax.xaxis.label.get_fontsize() == pytest.approx(style.sizes().label * s) for s in TEXT_SCALES)


def test_sizes_scale_with_the_font_within_bounds():
    assert style.TextSizes.for_font(style.BASE_FONT_SIZE) == style.BASE_SIZES
    assert style.BASE_FONT_SIZE == DEFAULT_FONT_SIZE
    big, small = style.TextSizes.for_font(22), style.TextSizes.for_font(8)
    assert big.tick == 2 * style.BASE_SIZES.tick and small.tick < style.BASE_SIZES.tick
    assert style.TextSizes.for_font(60) == style.TextSizes.for_font(22)  # capped
