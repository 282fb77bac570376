"""PartnersTableModel: missing cells show what the session's ranking counts them as."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from criteria.missing import FILL_WORDS, MissingPolicy
from criteria.study import StudyState
from desktop.models.partners import PartnersTableModel
from desktop.session import StudySession
from tests.desktop.conftest import study_model

BLACKSTONE, MONTHS = 4, 4  # the partner with no Months value, and that criterion


def table(qtmodeltester, policy):
    session = StudySession(StudyState.from_model(study_model(), missing=policy))
    model = PartnersTableModel(session)
    qtmodeltester.check(model)
    return session, model, model.index(BLACKSTONE, model.column_of_criterion(MONTHS))


@pytest.mark.parametrize("policy", [MissingPolicy.WORST, MissingPolicy.MEAN])
def test_a_missing_cell_shows_the_value_the_ranking_counts(qtmodeltester, monkeypatch, policy):
    # the ranking already holds the filled values: the table does not fill them in again
    def refill(*_args):
        raise AssertionError("the table re-ran the missing-value policy")

    monkeypatch.setattr("desktop.models.partners.apply_policy", refill, raising=False)
    session, _model, index = table(qtmodeltester, policy)
    ranking = session.ranking
    row = list(ranking.indices).index(BLACKSTONE)
    counted = ranking.values[row, MONTHS]
    assert index.data() == f"({counted:.4g})"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert f"counted as {counted:.4g}, {FILL_WORDS[policy]}." in tip


def test_a_partner_left_out_of_the_ranking_is_said_to_be(qtmodeltester):
    session, _model, index = table(qtmodeltester, MissingPolicy.EXCLUDE)
    assert BLACKSTONE not in session.ranking.indices
    assert index.data() == "—"
    assert "left out of the ranking (policy exclude)" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_filling_the_cell_in_follows_the_new_ranking(qtmodeltester):
    session, model, index = table(qtmodeltester, MissingPolicy.MEAN)
    other = model.index(0, model.column_of_criterion(MONTHS))
    assert model.setData(other, "30")  # the mean of the others moves, and so does the shown value
    row = list(session.ranking.indices).index(BLACKSTONE)
    assert index.data() == f"({session.ranking.values[row, MONTHS]:.4g})"
    assert model.setData(index, "12")
    assert index.data() == "12" and index.data(Qt.ItemDataRole.ToolTipRole) is None
