"""A resized chart is laid out once where that suffices, and always ends at rest (pytest-qt, offscreen).

"At rest" is what an export relies on: it lays the figure out once more before saving, and that
pass must leave every axes where the screen shows it.
"""

from __future__ import annotations

import pytest
from matplotlib.layout_engine import ConstrainedLayoutEngine

from tests.desktop.test_chart_layout import change, sample_window  # noqa: F401 (a fixture)


def assert_at_rest(canvas) -> None:
    """Another layout pass (an export's) moves no axes."""
    shown = [bound for ax in canvas.figure.axes for bound in ax.get_position().bounds]
    canvas.figure.get_layout_engine().execute(canvas.figure)
    again = [bound for ax in canvas.figure.axes for bound in ax.get_position().bounds]
    assert again == pytest.approx(shown, abs=1e-5)


@pytest.mark.parametrize("size", [(1600, 1000), (1024, 700), (1920, 1080)])
def test_a_resized_chart_ends_at_rest(qtbot, sample_window, size):  # noqa: F811 (the fixture)
    change(qtbot, sample_window, lambda: sample_window.resize(*size))
    assert_at_rest(sample_window.charts.contributions.canvas)


def test_a_size_shown_before_is_laid_out_in_one_pass(qtbot, sample_window, monkeypatch):  # noqa: F811
    window, canvas = sample_window, sample_window.charts.contributions.canvas
    change(qtbot, window, lambda: window.resize(1600, 1000))
    change(qtbot, window, lambda: window.resize(1280, 800))
    passes = []
    execute = ConstrainedLayoutEngine.execute
    monkeypatch.setattr(
        ConstrainedLayoutEngine, "execute", lambda self, fig: passes.append(fig) or execute(self, fig)
    )
    draws = canvas.draws["full"]
    change(qtbot, window, lambda: window.resize(1600, 1000))
    assert len([fig for fig in passes if fig is canvas.figure]) == 1  # the draw's own pass, no other
    assert canvas.draws["full"] == draws + 1
    assert_at_rest(canvas)
