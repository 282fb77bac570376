"""The contributions chart says what its bars are: points of the score, or gaps to the ideal."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.charts.panel import ChartsPanel
from tests.desktop.test_charts_panel import session_for


@pytest.mark.parametrize(
    "method, title",
    [
        ("wsm", "Points of the score per criterion (they add up to the score)"),
        ("promethee", "Points of the score per criterion (they add up to the net flow, the score)"),
        ("topsis", "Gap to the ideal per criterion (0 = ideal; not additive: combined they give d+)"),
        ("vikor", "Shortfall from the best per criterion (0 = best; they add up to S; the rank is by Q)"),
        ("wpm", "Log-gap to the best per criterion (0 = best; they add up to log(score / ideal score))"),
    ],
)
def test_axis_title_names_the_breakdown_and_bars_plot_it(qtbot, method, title):
    session = session_for(method=method)
    panel = ChartsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1400, 800)
    panel.show()
    qtbot.waitExposed(panel)
    plot = panel.contribution_plot
    # The title wraps to the figure's width; its words are what the reader must see.
    assert plot.ax.get_xlabel().split() == title.split()
    shown = session.ranking.order[: plot.slots]
    assert np.allclose(plot.widths()[: len(shown)], session.ranking.contributions[shown])
