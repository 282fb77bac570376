"""Scores as the room reads them: VIKOR's leader (Q about 0) reads 0.000, never 4e-04 or -0.000;
WPM's tiny products keep scientific notation (issue 14, gap 8)."""

from __future__ import annotations

from criteria.i18n import Language, format_number, format_readable
from criteria.study import StudyState
from desktop.models.ranking import SCORE
from desktop.panels.ranking import RankingPanel
from desktop.session import StudySession
from workbooks.sample import load_sample


def test_vikor_leader_reads_as_zero_in_the_ranking_table(qtbot):
    session = StudySession(StudyState.from_model(load_sample()))
    panel = RankingPanel(session)
    qtbot.addWidget(panel)
    combo = panel.method
    position = combo.findData("vikor")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)  # what a click on the item does
    qtbot.waitUntil(lambda: session.state.method == "vikor")
    leader_q = float(session.ranking.scores[session.ranking.order[0]])
    assert 0 < leader_q < 1e-3  # the sample's leader: Q 0.0004, once shown as "3.6e-04"
    assert panel.model.index(0, SCORE).data() == "0.000"


def test_fixed_scale_scores_never_turn_scientific_or_negative_zero():
    assert format_readable(4.14e-17, 3, scientific=False) == "0.000"
    assert format_readable(4.14e-17, 3) == "4.14e-17"  # WPM: a product that small is real
    assert format_number(-1e-17) == "0.000" and Language("vi").number(-1e-17) == "0,000"
    assert Language("en").readable(-3e-12, 4, scientific=False) == "0.0000"
