"""The one tie rule (scoring.ranks; CONTRACT: scores equal within 1e-9 share the lower rank) and
what WPM ranks compare (issue 10, items 2 and 3)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.study import StudyState
from scoring import rank
from scoring.ranks import TOLERANCE, competition_ranks
from scoring.sensitivity import rank_acceptability
from tests.conftest import make_model

# Investment needed (US$, cost) and Technology transfer (benefit): A dominates B and C.
INVESTMENT = make_model(
    [[2.0e9, 8], [3.0e9, 6], [4.5e9, 3]],
    ["cost", "benefit"],
    names=["Investment needed (US$)", "Technology transfer"],
    partners=["A", "B", "C"],
    weights=[0.98, 0.02],
)


@pytest.mark.parametrize("higher", [True, False])
def test_ties_do_not_chain_through_a_middle_score(higher):
    sign = 1.0 if higher else -1.0
    scores = sign * np.array([1.6e-9, 0.8e-9, 0.0])
    assert list(competition_ranks(scores, higher_is_better=higher)) == [1, 1, 3]
    # the same rule in a Monte Carlo batch, whatever the other rows hold
    batch = np.vstack([scores, sign * np.array([3.0, 2.0, 1.0]), scores[::-1]])
    np.testing.assert_array_equal(
        competition_ranks(batch, higher_is_better=higher), [[1, 1, 3], [1, 2, 3], [3, 1, 1]]
    )


@settings(max_examples=300, deadline=None)
@given(
    steps=st.lists(st.integers(0, 6), min_size=1, max_size=10),
    higher=st.booleans(),
)
def test_a_tie_group_is_the_scores_within_tolerance_of_its_first(steps, higher):
    scores = np.array(steps) * 0.4e-9 * (1 if higher else -1)
    ranks = competition_ranks(scores, higher_is_better=higher)
    oriented = scores if higher else -scores
    firsts = {}
    for r in np.unique(ranks):
        members = oriented[ranks == r]
        firsts[r] = members.max()
        assert np.all(firsts[r] - members <= TOLERANCE)  # within tol of the group's first score
        assert r == 1 + np.sum(ranks < r)  # competition ranking: 1, 1, 3
    ordered = sorted(firsts)
    for better, worse in zip(ordered, ordered[1:]):
        # the next group starts at the first score beyond the tolerance of the group before it
        assert firsts[better] - firsts[worse] > TOLERANCE
        assert np.all(oriented[ranks == worse] < firsts[better] - TOLERANCE)
    np.testing.assert_array_equal(
        competition_ranks(np.vstack([scores, scores]), higher_is_better=higher)[1], ranks
    )


def test_wpm_separates_partners_whose_products_are_tiny():
    ranking = rank(StudyState.from_model(INVESTMENT, method="wpm"))
    assert list(ranking.ranks) == [1, 2, 3]
    # the score stays the contract's product, at full precision (Triantaphyllou 2000, sec. 2.2.2)
    expected = [2.0e9**-0.98 * 8**0.02, 3.0e9**-0.98 * 6**0.02, 4.5e9**-0.98 * 3**0.02]
    np.testing.assert_allclose(ranking.scores, expected, rtol=1e-12)
    assert np.ptp(ranking.scores) < TOLERANCE  # an absolute tolerance on them would merge all three


def test_wpm_sensitivity_never_puts_a_dominated_partner_first():
    result = rank_acceptability(StudyState.from_model(INVESTMENT, method="wpm"), n_samples=2000, seed=1)
    assert result.shares[0, 0] == 1.0 and result.shares[1:, 0].sum() == 0.0


@settings(max_examples=60, deadline=None)
@given(
    base=st.lists(st.floats(1.0, 9.0), min_size=3, max_size=3),
    magnitude=st.integers(0, 12),
    better=st.floats(1.01, 3.0),
    j=st.integers(0, 2),
    cost_weight=st.floats(0.3, 0.98),
    split=st.floats(0.1, 0.9),
)
def test_wpm_ranks_a_dominating_partner_strictly_ahead_at_any_magnitude(
    base, magnitude, better, j, cost_weight, split
):
    """A partner 1% or more better on one criterion and equal elsewhere is strictly ahead under WPM
    (Triantaphyllou 2000, sec. 2.2.2: the ratio of products is what matters), whatever the units:
    a cost in US$ (1e9) with a large weight makes every product tiny."""
    dominated = np.array(base) * [1.0, 1.0, 10.0**magnitude]
    dominating = dominated.copy()
    dominating[j] = dominated[j] * better if j != 2 else dominated[j] / better  # criterion 3 is a cost
    rest = 1.0 - cost_weight
    weights = [rest * split, rest * (1.0 - split), cost_weight]
    model = make_model([dominated, dominating], ["benefit", "benefit", "cost"], weights=weights)
    ranking = rank(StudyState.from_model(model, method="wpm"))
    assert list(ranking.ranks) == [2, 1]


def reference_ranks(row: np.ndarray, higher: bool) -> list[int]:
    """The tie rule of CONTRACT.md written out for one row: best first, a group holds the scores
    within the tolerance of its first; each member ranks one plus the partners before the group."""
    oriented = row if higher else -row
    order = sorted(range(len(row)), key=lambda i: -oriented[i])
    ranks, first = [0] * len(row), None
    for position, i in enumerate(order):
        if first is None or oriented[first] - oriented[i] > TOLERANCE:
            first, rank = i, position + 1
        ranks[i] = rank
    return ranks


@settings(max_examples=200, deadline=None)
@given(
    base=st.floats(-1e6, 1e6, allow_nan=False),
    ulps=st.lists(st.integers(-40, 40), min_size=2, max_size=1100),
    gaps=st.lists(st.sampled_from([0.0, 0.3e-9, 0.9e-9, 2e-9, 0.5]), min_size=1, max_size=5),
    higher=st.booleans(),
)
def test_scores_differing_only_in_their_last_bits_are_still_sorted_by_value(base, ulps, gaps, higher):
    # Batches are sorted on integer keys that carry the position in the scores' lowest bits;
    # scores a few units in the last place apart (rounding noise) must still be ranked by value
    row = base + np.array(ulps) * np.spacing(base or 1.0) + np.resize(gaps, len(ulps))
    np.testing.assert_array_equal(
        competition_ranks(row, higher_is_better=higher), reference_ranks(row, higher)
    )
    batch = np.vstack([row, row[::-1], -row])
    expected = [reference_ranks(r, higher) for r in batch]
    np.testing.assert_array_equal(competition_ranks(batch, higher_is_better=higher), expected)
