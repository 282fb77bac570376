"""How sure are we? on a study tied for first: the verdict and the tipping points say it is a tie."""

from __future__ import annotations

import pytest

from criteria.study import StudyState
from desktop.panels.robustness import MONTE_CARLO, ONE_WAY
from desktop.session import StudySession
from tests.conftest import make_model
from tests.desktop.test_robustness_panel import open_panel


@pytest.fixture
def panel(qtbot):
    # A and B tie under WSM at equal weights (0.5 + 0.5/7 each); C is far behind
    model = make_model([[8, 2], [2, 8], [1, 1]], partners=["A", "B", "C"])
    widget = open_panel(qtbot, StudySession(StudyState.from_model(model)))
    yield widget
    widget.runner.cancel()
    widget.runner.wait()


def test_a_tie_is_said_before_its_tipping_points(qtbot, panel):
    panel.tabs.setCurrentIndex(ONE_WAY)
    qtbot.waitUntil(lambda: "overtakes" in panel.tipping_text.text(), timeout=20000)
    text = panel.tipping_text.text()
    assert text.index("A and B are tied for first") < text.index("overtakes")


def test_the_monte_carlo_verdict_says_tie_and_gives_no_tipping_point(qtbot, panel):
    panel.tabs.setCurrentIndex(MONTE_CARLO)
    panel.samples_spin.setValue(1000)
    with qtbot.waitSignal(panel.runner.finished, timeout=20000):
        panel.start_monte_carlo()
    verdict = panel.verdict.text()
    assert verdict.startswith("Tied: A and B are tied for first under WSM")
    assert "point" not in verdict and "%" in verdict


def test_spread_choices_name_the_factors_the_run_uses(panel):
    # "±20% around each weight" was false: after rescaling to 100% a weight can leave that band
    combo = panel.spread_combo
    for i in range(combo.count()):
        spread = combo.itemData(i)
        if spread != "full":
            assert f"× {1 - spread:g}-{1 + spread:g}, rescaled" in combo.itemText(i)
            assert "±" not in combo.itemText(i)
