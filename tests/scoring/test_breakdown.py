"""Each method's per-criterion breakdown: points that add up to the score, or gaps to the ideal,
checked against the method's definition computed here from scratch."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from criteria.study import StudyState
from scoring import rank
from scoring.breakdown import BREAKDOWNS
from scoring.methods import METHODS
from scoring.normalise import negligible
from tests.conftest import make_model


@st.composite
def studies(draw, method):
    values = draw(arrays(float, st.tuples(st.integers(2, 7), st.integers(1, 4)), elements=st.floats(1, 100)))
    m = values.shape[1]
    directions = draw(st.lists(st.sampled_from(["benefit", "cost"]), min_size=m, max_size=m))
    weights = draw(st.lists(st.floats(0.01, 1), min_size=m, max_size=m))
    return rank(StudyState.from_model(make_model(values, directions, weights=weights), method=method))


def oriented_best_worst(ranking):
    values = ranking.values
    best = np.where(ranking.benefit, values.max(axis=0), values.min(axis=0))
    worst = np.where(ranking.benefit, values.min(axis=0), values.max(axis=0))
    return best, worst


def test_every_method_with_a_breakdown_says_how_to_read_it():
    with_parts = {key for key, method in METHODS.items() if method.contributions is not None}
    assert with_parts == set(BREAKDOWNS)
    assert {key for key, b in BREAKDOWNS.items() if b.sums_to_score} == {"wsm", "promethee"}


@pytest.mark.parametrize("method", ["wsm", "promethee"])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_additive_parts_add_up_to_the_score(method, data):
    ranking = data.draw(studies(method))
    np.testing.assert_allclose(ranking.contributions.sum(axis=1), ranking.scores, atol=1e-12)
    assert ranking.breakdown.label == "points of the score"


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_vikor_shortfalls_add_up_to_S_not_to_the_score(data):
    ranking = data.draw(studies("vikor"))
    best, worst = oriented_best_worst(ranking)
    # a span of rounding noise (1 against 1.0000000000000002) is flat, as everywhere (scoring.normalise)
    flat = negligible(np.abs(best - worst), np.minimum(best, worst), np.maximum(best, worst))
    span = np.where(flat, 1.0, best - worst)
    S = (np.array(ranking.weights) * np.where(flat, 0.0, (best - ranking.values) / span)).sum(axis=1)
    np.testing.assert_allclose(ranking.contributions.sum(axis=1), S, atol=1e-12)
    assert not ranking.breakdown.sums_to_score and "S" in ranking.breakdown.total
    assert "rank is by Q" in ranking.breakdown.axis_title


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_topsis_gaps_have_the_distance_to_the_ideal_as_their_norm(data):
    ranking = data.draw(studies("topsis"))
    v = ranking.values / np.sqrt((ranking.values**2).sum(axis=0)) * np.array(ranking.weights)
    ideal = np.where(ranking.benefit, v.max(axis=0), v.min(axis=0))
    d_plus = np.sqrt(((v - ideal) ** 2).sum(axis=1))
    np.testing.assert_allclose(np.linalg.norm(ranking.contributions, axis=1), d_plus, atol=1e-12)
    np.testing.assert_allclose(ranking.breakdown.combined(ranking.contributions), d_plus, atol=1e-12)
    assert (ranking.contributions >= 0).all() and ranking.breakdown.label == "gap to the ideal"


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_wpm_log_gaps_are_zero_for_the_best_and_give_the_ratio_to_the_ideal(data):
    ranking = data.draw(studies("wpm"))
    parts, values = ranking.contributions, ranking.values
    best, _ = oriented_best_worst(ranking)
    # the best partner on a criterion, cost or benefit, has no gap there; everyone else is behind
    assert np.all(parts[values == best] == 0) and (parts <= 0).all()
    w = np.array(ranking.weights)
    ideal = np.prod(best ** np.where(ranking.benefit, w, -w))
    np.testing.assert_allclose(np.exp(parts.sum(axis=1)), ranking.scores / ideal, rtol=1e-9)


def test_a_cost_criterion_no_longer_counts_against_its_best_partner():
    # before: -w log(x) in raw units, negative for everyone on a cost criterion
    model = make_model([[2, 10], [5, 30]], ["benefit", "cost"], weights=[0.5, 0.5])
    parts = rank(StudyState.from_model(model, method="wpm")).contributions
    assert parts[0, 1] == 0 and parts[1, 1] == pytest.approx(0.5 * np.log(10 / 30))
