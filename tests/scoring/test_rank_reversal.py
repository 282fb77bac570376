"""Rank reversal: removing one partner and rescoring can swap two others (issue 14, item 6)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from criteria.edits import remove_partner
from criteria.i18n import Language
from criteria.study import StudyState
from scoring import rank
from scoring.rank_reversal import rank_reversals
from scoring.sensitivity import Cancelled
from tests.conftest import make_model
from workbooks.sample import load_sample


def position(ranking, name) -> int:
    return int(ranking.ranks[ranking.partners.index(name)])


def test_dropping_blackstone_swaps_jogmec_and_shin_etsu_under_vikor():
    """The issue's claim on the bundled sample, checked against a plain re-ranking without Blackstone."""
    model = load_sample()
    state = StudyState.from_model(model, method="vikor")
    before = rank(state)
    after = rank(state.replace(model=remove_partner(model, before.partners.index("Blackstone Minerals"))))
    assert position(before, "JOGMEC") < position(before, "Shin-Etsu Chemical")
    assert position(after, "JOGMEC") > position(after, "Shin-Etsu Chemical")

    report = rank_reversals(state)
    sentence = "Without Blackstone Minerals, JOGMEC and Shin-Etsu Chemical swap places under VIKOR."
    assert sentence in report.sentences()
    assert report.checked == 16
    vietnamese = report.sentences(Language("vi"))
    assert (
        "Không có Blackstone Minerals, JOGMEC và Shin-Etsu Chemical đổi chỗ cho nhau theo VIKOR."
        in vietnamese
    )


@pytest.mark.parametrize("method", ["wsm", "wpm"])
def test_methods_scoring_each_partner_alone_never_reverse_on_the_sample(method):
    """The sample has 1-10 scale bounds on every criterion, so WSM reads no other partner; nor does WPM."""
    report = rank_reversals(StudyState.from_model(load_sample(), method=method))
    assert report.reversals == ()
    assert report.sentences() == [
        f"Removing any one of the 16 partners leaves the order of the others unchanged under {method.upper()}."
    ]


def test_wsm_without_bounds_can_reverse():
    """Min-max on the observed range, weights 0.4 and 0.6: with C, criterion 2 spans 0-10 and A scores
    0.6 x 0.2 = 0.12 against B's 0.4 x 1 = 0.4; without C it spans 0-2 and A scores 0.6 > 0.4."""
    values = [[0.0, 2.0], [1.0, 0.0], [0.5, 10.0]]
    model = make_model(values, partners=["A", "B", "C"], weights=[0.4, 0.6])
    state = StudyState.from_model(model, method="wsm")
    assert [p for _, p, _ in rank(state).ranked()] == ["C", "B", "A"]
    report = rank_reversals(state)
    assert [(r.removed, r.ahead, r.behind) for r in report.reversals] == [("C", "B", "A")]


@settings(max_examples=40, deadline=None)
@given(
    arrays(float, st.tuples(st.integers(3, 6), st.integers(1, 3)), elements=st.integers(1, 9).map(float)),
    st.sampled_from(["wsm", "topsis", "vikor", "promethee"]),
)
def test_every_reported_pair_really_flips_and_no_flip_is_missed(values, method):
    model = make_model(values)
    state = StudyState.from_model(model, method=method)
    before = rank(state)
    found = {(r.removed, r.ahead, r.behind) for r in rank_reversals(state).reversals}
    expected = set()
    for removed in range(len(model.partners)):
        after = rank(state.replace(model=remove_partner(model, removed)))
        for a in after.partners:
            for b in after.partners:
                if position(before, a) < position(before, b) and position(after, a) > position(after, b):
                    expected.add((model.partners[removed].name, a, b))
    assert found == expected


@settings(max_examples=30, deadline=None)
@given(arrays(float, st.tuples(st.integers(3, 6), st.integers(1, 3)), elements=st.integers(1, 9).map(float)))
def test_bounded_wsm_and_wpm_never_reverse(values):
    bounds = [(0.0, 10.0)] * values.shape[1]
    for method in ("wsm", "wpm"):
        state = StudyState.from_model(make_model(values, bounds=bounds), method=method)
        assert rank_reversals(state).reversals == ()


def test_progress_and_cancel():
    state = StudyState.from_model(load_sample(), method="topsis")
    seen = []
    rank_reversals(state, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (1, 16) and seen[-1] == (16, 16)
    with pytest.raises(Cancelled):
        rank_reversals(state, should_stop=lambda: True)


def test_two_partners_have_no_pair_to_reverse():
    state = StudyState.from_model(make_model(np.array([[1.0, 2.0], [2.0, 1.0]])), method="topsis")
    report = rank_reversals(state)
    assert report.reversals == () and report.checked == 2
