"""Rank-order, swing and direct weights."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.elicitation import direct_weights, rank_position_weights, rank_weights, swing_weights
from criteria.errors import InputError

# Barron & Barrett (1996), Management Science 42(11), table 1: rank-order centroid weights.
BARRON_BARRETT_ROC = {
    2: [0.7500, 0.2500],
    3: [0.6111, 0.2778, 0.1111],
    4: [0.5208, 0.2708, 0.1458, 0.0625],
    5: [0.4567, 0.2567, 0.1567, 0.0900, 0.0400],
}


@pytest.mark.parametrize("n", sorted(BARRON_BARRETT_ROC))
def test_roc_barron_barrett1996_table1(n):
    assert rank_position_weights(n, "roc") == pytest.approx(BARRON_BARRETT_ROC[n], abs=6e-5)


def test_rank_sum_and_reciprocal_for_three_criteria():
    # Stillwell, Seaver & Edwards (1981): rank sum 3:2:1, rank reciprocal 1 : 1/2 : 1/3
    assert rank_position_weights(3, "rs") == pytest.approx([3 / 6, 2 / 6, 1 / 6])
    assert rank_position_weights(3, "rr") == pytest.approx([6 / 11, 3 / 11, 2 / 11])


def test_rank_weights_follow_the_given_order():
    weights = rank_weights([3, 1, 2], "roc")
    assert weights == pytest.approx([0.1111, 0.6111, 0.2778], abs=6e-5)


def test_tied_ranks_share_their_positions():
    weights = rank_weights([1, 2, 2, 4], "roc")
    table = BARRON_BARRETT_ROC[4]
    assert weights == pytest.approx(
        [table[0], (table[1] + table[2]) / 2, (table[1] + table[2]) / 2, table[3]], abs=6e-5
    )


def test_bad_ranks_are_all_named():
    with pytest.raises(InputError) as caught:
        rank_weights([1, 0, "x"], labels=["Capital", "Speed", "ESG"])
    text = str(caught.value)
    assert "'Speed'" in text and "'ESG'" in text and "'Capital'" not in text


def test_unknown_rank_method():
    with pytest.raises(InputError, match="unknown rank-weighting method"):
        rank_position_weights(3, "xyz")


def test_swing_weights():
    assert swing_weights([100, 50, 25, 25]) == pytest.approx([0.5, 0.25, 0.125, 0.125])
    with pytest.raises(InputError, match="rated 100"):
        swing_weights([80, 40])
    with pytest.raises(InputError, match="above 100"):
        swing_weights([100, 140])


def test_direct_points_must_add_up_to_the_total():
    assert direct_weights([40, 30, 20, 10], total=100) == pytest.approx([0.4, 0.3, 0.2, 0.1])
    with pytest.raises(InputError, match="add up to 95, not 100"):
        direct_weights([40, 30, 20, 5], total=100)
    with pytest.raises(InputError, match="'Speed'"):
        direct_weights([40, -1], labels=["Capital", "Speed"])


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 20), st.sampled_from(["roc", "rs", "rr"]))
def test_position_weights_decrease_and_sum_to_one(n, method):
    weights = rank_position_weights(n, method)
    assert sum(weights) == pytest.approx(1.0)
    assert all(a >= b for a, b in zip(weights, weights[1:], strict=False))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(1, 6), min_size=1, max_size=8), st.sampled_from(["roc", "rs", "rr"]))
def test_better_rank_never_gets_less_weight(ranks, method):
    weights = rank_weights(ranks, method)
    assert sum(weights) == pytest.approx(1.0)
    for a in range(len(ranks)):
        for b in range(len(ranks)):
            if ranks[a] < ranks[b]:
                assert weights[a] > weights[b]
            elif ranks[a] == ranks[b]:
                assert weights[a] == pytest.approx(weights[b])
