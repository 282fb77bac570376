"""Best and worst rank given how gaps are filled (scoring.missing_range), against brute force."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.missing import MissingPolicy
from criteria.study import StudyState
from scoring import missing_range, rank
from scoring.missing_range import EXACT_METHODS, ROW_WISE_METHODS, missing_value_ranges
from tests.conftest import make_model

BOUNDS = [(0, 10)] * 3
VALUES = [[8, 5, 6], [4, 7, np.nan], [3, 9, 8], [6, 6, 5], [5, 4, 7]]


@pytest.mark.parametrize("method", ["wsm", "topsis", "vikor", "promethee", "wpm"])
def test_range_spans_every_value_the_gap_could_take(method):
    # with scale bounds the worst-case fill of the others is the bound, whatever this partner's value
    model = make_model(VALUES, bounds=[(0.5, 10)] * 3)
    state = StudyState.from_model(model, method=method)
    (found,) = missing_value_ranges(state)
    assert found.partner == "P2" and found.cells == ("C3 (Partners!D3)",)
    assert found.rank == int(rank(state).ranks[1])
    reached = []
    for value in np.linspace(0.5, 10, 39):
        values = model.values.copy()
        values[1, 2] = value
        reached.append(int(rank(state.replace(model=dataclasses.replace(model, values=values))).ranks[1]))
    assert found.best == min(reached) and found.worst == max(reached)
    assert found.best <= found.rank <= found.worst


def test_no_gaps_no_ranges():
    assert missing_value_ranges(StudyState.from_model(make_model([[1, 2], [2, 1]]))) == ()


def test_excluded_partners_have_no_range():
    state = StudyState.from_model(make_model(VALUES, bounds=BOUNDS), missing=MissingPolicy.EXCLUDE)
    assert missing_value_ranges(state) == ()


def test_mean_policy_range_includes_its_own_rank():
    state = StudyState.from_model(make_model(VALUES), missing=MissingPolicy.MEAN)
    (found,) = missing_value_ranges(state)
    assert found.best <= found.rank <= found.worst
    assert found.best < found.worst
    assert "depending on its gaps" in found.sentence()


def _brute_force_range(model, method, row, j, points=31):
    """The oracle: partner ``row``'s rank for every fill of its one gap on a grid over the scale
    (bounds, else the others' observed range) plus every observed value, as its best and worst."""
    observed = model.values[~model.missing[:, j], j]
    criterion = model.criteria[j]
    low = criterion.min if criterion.min is not None else observed.min()
    high = criterion.max if criterion.max is not None else observed.max()
    reached = []
    for value in np.unique(np.concatenate([np.linspace(low, high, points), observed])):
        values = model.values.copy()
        values[row, j] = value
        moved = dataclasses.replace(model, values=values)
        reached.append(int(rank(StudyState.from_model(moved, method=method)).ranks[row]))
    return min(reached), max(reached)


@st.composite
def one_gap_studies(draw):
    n, m = draw(st.integers(3, 5)), draw(st.integers(2, 3))
    values = np.array(
        draw(st.lists(st.lists(st.integers(1, 9), min_size=m, max_size=m), min_size=n, max_size=n))
    )
    values = values.astype(float)
    j = draw(st.integers(0, m - 1))
    values[0, j] = np.nan
    directions = draw(st.lists(st.sampled_from(["benefit", "cost"]), min_size=m, max_size=m))
    weights = draw(st.lists(st.integers(1, 5), min_size=m, max_size=m))
    bounds = [(0.5, 10)] * m if draw(st.booleans()) else None
    return make_model(values, directions, bounds=bounds, weights=[float(w) for w in weights]), j


@pytest.mark.parametrize("method", sorted(EXACT_METHODS))
@settings(max_examples=40, deadline=None)
@given(case=one_gap_studies())
def test_exact_methods_match_brute_force_enumeration(method, case):
    model, j = case
    (found,) = missing_value_ranges(StudyState.from_model(model, method=method))
    assert found.exact and "estimated" not in found.sentence()
    assert (found.best, found.worst) == _brute_force_range(model, method, 0, j)


@pytest.mark.parametrize("method", ["topsis", "vikor"])
@settings(max_examples=25, deadline=None)
@given(case=one_gap_studies())
def test_estimated_ranges_say_so_and_lie_inside_the_truth(method, case):
    model, j = case
    (found,) = missing_value_ranges(StudyState.from_model(model, method=method))
    best, worst = _brute_force_range(model, method, 0, j)
    assert not found.exact and "estimated" in found.sentence()
    assert best <= found.best <= found.rank <= found.worst <= worst


# Found by random search against the brute-force oracle. VIKOR: a fill between the corners
# moves S*, S-, R* and R- (Opricovic & Tzeng 2004, eq. 4); TOPSIS: the fill moves the column's
# vector norm, so everyone's normalised values (Hwang & Yoon 1981, sec. 2.3.6).
CORNERS_MISS = [
    (
        "vikor",
        [[np.nan, 1.4, 4.9], [1.9, 4.7, 2.8], [1.9, 1.6, 5.6], [1.0, 4.6, 1.5]],
        ["benefit", "cost", "cost"],
        [(0.5, 10)] * 3,
        [0.23814277791256538, 0.4274016826399466, 0.7514866678944566],
        (2, 3),
        (2, 4),
    ),
    (
        "topsis",
        [[7.7, np.nan], [1.5, 8.6], [1.1, 6.7], [9.1, 1.9], [9.2, 2.2]],
        ["benefit", "benefit"],
        None,
        [0.687700130023719, 0.17621686937213948],
        (2, 3),
        (1, 3),
    ),
]


@pytest.mark.parametrize(
    ("method", "values", "directions", "bounds", "weights", "corners", "truth"), CORNERS_MISS
)
def test_corner_fills_can_miss_ranks_so_the_range_is_an_estimate(
    method, values, directions, bounds, weights, corners, truth
):
    model = make_model(values, directions, bounds=bounds, weights=weights)
    (found,) = missing_value_ranges(StudyState.from_model(model, method=method))
    assert (found.best, found.worst) == corners
    assert (
        _brute_force_range(model, method, 0, int(np.flatnonzero(np.isnan(values[0]))[0]), points=60) == truth
    )
    assert not found.exact and "estimated" in found.sentence()


@pytest.mark.parametrize("method", sorted(ROW_WISE_METHODS))
def test_row_wise_batch_equals_moving_one_partner_at_a_time(method, monkeypatch):
    rng = np.random.default_rng(4)
    values = rng.integers(1, 10, size=(30, 4)).astype(float)
    values[rng.integers(0, 30, 12), rng.integers(0, 4, 12)] = np.nan
    state = StudyState.from_model(make_model(values, bounds=[(0.5, 10), (None, None)] * 2), method=method)
    batched = missing_value_ranges(state)
    monkeypatch.setattr(missing_range, "ROW_WISE_METHODS", frozenset())
    assert missing_value_ranges(state) == batched and len(batched) >= 8


def test_most_keeps_the_best_ranked_partners_with_gaps():
    rng = np.random.default_rng(2)
    values = rng.integers(1, 10, size=(12, 3)).astype(float)
    values[[1, 4, 7, 10], [0, 1, 2, 0]] = np.nan
    state = StudyState.from_model(make_model(values), method="topsis")
    every = missing_value_ranges(state)
    kept = missing_value_ranges(state, most=2)
    ranks = rank(state).ranks
    assert len(kept) == 2 and set(kept) <= set(every)
    assert max(ranks[int(g.partner[1:]) - 1] for g in kept) <= min(
        ranks[int(g.partner[1:]) - 1] for g in every if g not in kept
    )
