"""A resized chart is laid out once where that suffices, and always ends at rest (pytest-qt, offscreen).

"At rest" is what an export relies on: it lays the figure out once more before saving, and that
pass must leave every axes where the screen shows it.
"""

from __future__ import annotations

import pytest
from matplotlib.layout_engine import ConstrainedLayoutEngine

from criteria.study import StudyState
from desktop.session import StudySession
from workbooks.sample import load_sample


@pytest.fixture
def window(qtbot, make_window):
    window = make_window(StudySession(StudyState.from_model(load_sample())))
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.load_charts()
    canvas = window.charts.contributions.canvas
    qtbot.waitUntil(lambda: canvas.up_to_date and canvas.paints > 0)
    return window


def resize(qtbot, window, size) -> None:
    canvas = window.charts.contributions.canvas
    painted = canvas.paints
    window.resize(*size)
    qtbot.waitUntil(lambda: canvas.up_to_date and canvas.paints > painted)


def assert_at_rest(canvas) -> None:
    """Another layout pass (an export's) moves no axes."""
    shown = [bound for ax in canvas.figure.axes for bound in ax.get_position().bounds]
    canvas.figure.get_layout_engine().execute(canvas.figure)
    again = [bound for ax in canvas.figure.axes for bound in ax.get_position().bounds]
    assert again == pytest.approx(shown, abs=1e-5)


@pytest.mark.parametrize("size", [(1200, 800), (1024, 700), (1920, 1080)])
def test_a_resized_chart_ends_at_rest(qtbot, window, size):
    resize(qtbot, window, size)
    assert_at_rest(window.charts.contributions.canvas)


def test_a_size_shown_before_is_laid_out_in_one_pass(qtbot, window, monkeypatch):
    canvas = window.charts.contributions.canvas
    resize(qtbot, window, (1300, 850))
    resize(qtbot, window, (1600, 1000))
    passes = []
    execute = ConstrainedLayoutEngine.execute
    monkeypatch.setattr(
        ConstrainedLayoutEngine, "execute", lambda self, fig: passes.append(fig) or execute(self, fig)
    )
    draws = canvas.draws["full"]
    resize(qtbot, window, (1300, 850))
    assert len([fig for fig in passes if fig is canvas.figure]) == 1  # the draw's own pass, no other
    assert canvas.draws["full"] == draws + 1
    assert_at_rest(canvas)
