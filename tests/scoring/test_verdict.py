"""The headline verdict: each claim it makes checked against the computation it summarises."""

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from criteria.study import StudyState
from criteria.weights import with_weight
from scoring import rank
from scoring.agreement import CONTRACT_METHODS
from scoring.sensitivity import rank_acceptability, sample_weights
from scoring.tipping import tipping_points
from scoring.verdict import CLEAR, CONTESTED, TIED, study_verdict
from tests.conftest import make_model
from workbooks.sample import load_sample

PARTNERS = ["Alpha", "Beta", "Gamma", "Delta"]


def verdict_for(values, method="wsm", samples=500, **model):
    state = StudyState.from_model(make_model(values, **model), method=method)
    acceptability = None if samples is None else rank_acceptability(state, n_samples=samples, seed=0)
    return state, study_verdict(state, rank(state), acceptability)


def leads_alone(state, method, partner) -> bool:
    """First alone under ``method``; under VIKOR also its whole compromise set (Opricovic & Tzeng)."""
    ranking = rank(state.replace(method=method))
    if ranking.compromise is not None and not ranking.compromise.single:
        return False
    return [p for p, r in zip(ranking.partners, ranking.ranks) if r == 1] == [partner]


def test_methods_that_disagree_are_named_with_their_winner():
    # WSM puts Delta first; WPM, TOPSIS and PROMETHEE II put Gamma first; VIKOR's Q puts Delta
    # first by less than DQ = 1/3 over Gamma, so its answer is the compromise set of the two
    values = [[2, 9, 8], [7, 2, 8], [7, 7, 7], [6, 4, 9]]
    state, verdict = verdict_for(values, partners=PARTNERS, weights=[0.4, 0.35, 0.25])
    assert verdict.leaders == ("Delta",)
    assert "Only 1 of the 5 methods puts Delta first" in verdict.sentence
    assert "WPM, TOPSIS and PROMETHEE II put Gamma first" in verdict.sentence
    assert "VIKOR's compromise set is Delta and Gamma" in verdict.sentence
    assert set(verdict.agreeing) == {"wsm"}
    assert [leads_alone(state, m, "Delta") for m in CONTRACT_METHODS] == [
        m == "wsm" for m in CONTRACT_METHODS
    ]
    assert verdict.grade == CONTESTED and verdict.sentence.startswith("Contested: ")
    assert "every" not in verdict.sentence.lower()


def test_a_tie_for_first_is_said_and_gets_no_tipping_point():
    values = [[8, 2], [2, 8], [1, 1]]
    state, verdict = verdict_for(values, partners=["A", "B", "C"])
    # what the verdict must not repeat: the tipping points break the tie by workbook order, at no change
    assert tipping_points(state).per_criterion[0].nearest.change < 1e-6
    assert verdict.grade == TIED and verdict.leaders == ("A", "B")
    assert verdict.sentence.startswith("Tied: A and B are tied for first under WSM")
    assert verdict.nearest is None and "point" not in verdict.sentence
    assert re.search(r"A is first in \d+%, B is first in \d+%", verdict.sentence)


def test_a_robust_winner_gets_strong_wording():
    values = [[9, 9, 9], [2, 3, 1], [3, 1, 2], [1, 2, 3]]
    state, verdict = verdict_for(values, partners=PARTNERS)
    assert verdict.grade == CLEAR and verdict.first_share == 1.0
    assert verdict.sentence == (
        "Clear winner: Alpha is first under WSM and in 100% of sampled weightings (each weight multiplied "
        "by a random factor between 0.8 and 1.2, then rescaled to 100%); no change of a single weight puts "
        "another partner first. Every one of the 5 methods puts Alpha first."
    )


def test_a_leader_another_partner_beats_in_more_samples_is_contested():
    # D leads at equal weights, but over all possible weightings B is first more often
    state = StudyState.from_model(
        make_model([[6, 5, 3], [2, 7, 7], [1, 2, 5], [4, 8, 5]], partners=["A", "B", "C", "D"])
    )
    acceptability = rank_acceptability(state, n_samples=500, seed=0, spread="full")
    verdict = study_verdict(state, rank(state), acceptability)
    b, d = (acceptability.shares[acceptability.partners.index(p), 0] for p in "BD")
    assert b > d and verdict.leaders == ("D",) and verdict.grade == CONTESTED
    assert f"D is first under WSM but in only {d:.0%} of sampled weightings" in verdict.sentence
    assert f"B is first in {b:.0%}" in verdict.sentence
    assert "(weights drawn at random from all possible weightings)" in verdict.sentence


def test_sampling_is_described_as_it_is_done():
    state = StudyState.from_model(make_model([[1, 2, 3], [3, 2, 1]], weights=[0.5, 0.3, 0.2]))
    words = rank_acceptability(state, n_samples=10, seed=0).describe_spread()
    assert words == "each weight multiplied by a random factor between 0.8 and 1.2, then rescaled to 100%"
    # the old words, "each weight within ±20% of its value", do not hold after rescaling
    W = sample_weights(np.array([0.5, 0.3, 0.2]), np.random.default_rng(0), 10_000, 0.2)
    assert ((W < 0.8 * np.array([0.5, 0.3, 0.2])) | (W > 1.2 * np.array([0.5, 0.3, 0.2]))).any()


@settings(max_examples=40, deadline=None)
@given(
    arrays(float, st.tuples(st.integers(2, 5), st.integers(1, 3)), elements=st.integers(1, 6).map(float)),
    st.sampled_from(CONTRACT_METHODS),
)
def test_every_claim_about_the_methods_holds_under_rank(values, method):
    state = StudyState.from_model(make_model(values), method=method)
    ranking = rank(state)
    verdict = study_verdict(state, ranking)
    firsts = [p for p, r in zip(ranking.partners, ranking.ranks) if r == 1]
    if len(firsts) > 1:
        assert verdict.grade == TIED and "tied for first" in verdict.sentence and verdict.nearest is None
        return
    leader = firsts[0]
    alone = [m for m in CONTRACT_METHODS if leads_alone(state, m, leader)]
    if "Every one of the" in verdict.sentence or verdict.grade == CLEAR:
        assert alone == list(CONTRACT_METHODS)
    counted = re.search(r"(\d+) of the 5 methods", verdict.sentence)
    assert counted is None or int(counted.group(1)) == len(alone)
    assert verdict.nearest is None or verdict.nearest.change > 0


@pytest.mark.parametrize("method", ["wsm", "topsis", "vikor"])
def test_the_weight_the_verdict_names_does_put_the_other_partner_first(method):
    # VIKOR at v = 0.25: Star Group Industrial is the compromise solution alone (at 0.5 it shares it)
    state = StudyState.from_model(load_sample(), method=method, vikor_v=0.25)
    verdict = study_verdict(state, rank(state))
    found = re.search(
        r"(raising|lowering) '(.+?)' by ([\d.]+) points \(([\d.]+)% to ([\d.]+)%\) puts (.+?) first",
        verdict.sentence,
    )
    assert found, verdict.sentence
    _, criterion, points, start, end, new_leader = found.groups()
    assert float(points) > 0 and abs(float(end) - float(start)) == pytest.approx(float(points))
    index = state.model.criterion_names.index(criterion)
    moved = rank(state.replace(weights=with_weight(state.weights, index, float(end) / 100)))
    assert moved.ranks[moved.partners.index(new_leader)] == 1
