"""Group weights: arithmetic mean of weights, Aczél-Saaty geometric mean of judgements, disagreement."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.aggregation import Ballot, aggregate, geometric_mean_matrix, mean_weights
from criteria.ahp import analyse, consistent_matrix
from criteria.errors import InputError


def _direct(name, weights, importance=1.0):
    return Ballot(name, tuple(weights), importance=importance)


def _pairwise(name, matrix, importance=1.0):
    return Ballot(name, analyse(matrix).weights, np.asarray(matrix, float), importance)


def test_mean_of_weights_with_and_without_importance():
    assert mean_weights([[0.5, 0.3, 0.2], [0.1, 0.3, 0.6]]) == pytest.approx([0.3, 0.3, 0.4])
    assert mean_weights([[0.5, 0.3, 0.2], [0.1, 0.3, 0.6]], [3, 1]) == pytest.approx([0.4, 0.3, 0.3])
    # raw points are normalised per participant before averaging
    assert mean_weights([[50, 50], [1, 3]]) == pytest.approx([0.375, 0.625])


def test_geometric_mean_of_two_judgements_aczel_saaty():
    # one says 9, the other 1 (equal): the group says 3 = sqrt(9 * 1), and 1/3 in the mirror
    group = geometric_mean_matrix([[[1, 9], [1 / 9, 1]], [[1, 1], [1, 1]]])
    assert group == pytest.approx(np.array([[1, 3], [1 / 3, 1]]))
    weighted = geometric_mean_matrix([[[1, 9], [1 / 9, 1]], [[1, 1], [1, 1]]], importance=[1, 3])
    assert weighted[0, 1] == pytest.approx(9**0.25)


def test_aggregate_picks_the_geometric_mean_when_all_ballots_are_pairwise():
    ballots = [_pairwise("A", [[1, 9], [1 / 9, 1]]), _pairwise("B", [[1, 1], [1, 1]])]
    result = aggregate(ballots)
    assert result.method == "geometric"
    assert result.weights == pytest.approx([0.75, 0.25])  # a_12 = 3
    assert result.consistency_ratio == 0.0


def test_aggregate_falls_back_to_the_mean_for_mixed_ballots():
    ballots = [_pairwise("A", [[1, 9], [1 / 9, 1]]), _direct("B", [0.5, 0.5])]
    result = aggregate(ballots)
    assert result.method == "mean"
    assert result.weights == pytest.approx([0.7, 0.3])
    with pytest.raises(InputError, match="direct weights from 'B'"):
        aggregate(ballots, "geometric")


def test_disagreement_names_who_is_furthest_on_each_criterion():
    ballots = [
        _direct("Ministry", [0.40, 0.15, 0.45]),
        _direct("Manufacturer", [0.05, 0.30, 0.65]),
        _direct("Financier", [0.15, 0.15, 0.70]),
    ]
    result = aggregate(ballots)
    assert result.weights == pytest.approx([0.2, 0.2, 0.6])
    tech, capital, rest = result.criteria
    assert (tech.furthest, tech.furthest_gap) == (0, pytest.approx(0.2))
    assert (tech.low, tech.high) == (0.05, 0.40)
    assert (capital.furthest, capital.furthest_gap) == (1, pytest.approx(0.1))
    assert tech.spread == pytest.approx(math.sqrt((0.2**2 + 0.15**2 + 0.05**2) / 3))
    assert result.most_contested is tech
    # half the L1 distance: the share of weight the Ministry would have to move
    assert result.distances[0] == pytest.approx(0.5 * (0.2 + 0.05 + 0.15))


def test_unanimous_ballots_have_no_spread():
    result = aggregate([_direct("A", [0.2, 0.8]), _direct("B", [0.2, 0.8])])
    assert result.weights == pytest.approx([0.2, 0.8])
    assert all(c.spread == pytest.approx(0) for c in result.criteria)
    assert result.distances == pytest.approx((0, 0))


@pytest.mark.parametrize(
    ("ballots", "fragment"),
    [
        ([], "no usable ballots"),
        ([_direct("A", [0.5, 0.5]), _direct("B", [1.0])], "same criteria"),
        ([_direct("A", [0.5, 0.5], importance=0), _direct("B", [0.5, 0.5], importance=0)], "importance"),
        ([_direct("A", [0.5, 0.5], importance=-1)], "negative"),
    ],
)
def test_bad_aggregations_raise_input_error(ballots, fragment):
    with pytest.raises(InputError, match=fragment):
        aggregate(ballots)


_weights = st.lists(st.floats(0.05, 10), min_size=3, max_size=6)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(3, 6).flatmap(
        lambda m: st.lists(st.lists(st.floats(0.05, 10), min_size=m, max_size=m), min_size=1, max_size=5)
    ),
    st.data(),
)
def test_geometric_mean_of_consistent_matrices_is_the_geometric_mean_of_weights(weight_sets, data):
    importance = data.draw(st.lists(st.floats(0.1, 5), min_size=len(weight_sets), max_size=len(weight_sets)))
    group = geometric_mean_matrix([consistent_matrix(w) for w in weight_sets], importance)
    assert group * group.T == pytest.approx(np.ones_like(group))  # reciprocal
    shares = np.array(importance) / sum(importance)
    expected = np.exp(shares @ np.log([np.array(w) / sum(w) for w in weight_sets]))
    result = analyse(group)
    assert result.weights == pytest.approx(expected / expected.sum(), rel=1e-6)
    assert result.consistency_ratio == pytest.approx(0, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(st.lists(_weights.filter(lambda w: len(w) == 3), min_size=1, max_size=6))
def test_mean_lies_within_the_participants_range(weight_sets):
    result = aggregate([_direct(f"P{k}", np.array(w) / sum(w)) for k, w in enumerate(weight_sets)])
    assert sum(result.weights) == pytest.approx(1)
    for c in result.criteria:
        assert c.low - 1e-12 <= c.group <= c.high + 1e-12
        assert 0 <= result.distances[c.furthest] <= 1
