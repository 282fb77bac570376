"""normalise, ranks, dominance and the PROMETHEE kernel's footprint."""

from __future__ import annotations

import tracemalloc

import numpy as np

from scoring import kernels
from scoring.dominance import dominance_matrix, dominated_by
from scoring.normalise import ideal_and_anti, minmax, orient, resolve_range, vector
from scoring.ranks import competition_ranks, order


def test_minmax_inverts_cost_and_uses_the_given_range():
    X = np.array([[2.0, 10.0], [4.0, 30.0], [3.0, 20.0]])
    benefit = np.array([True, False])
    lo, hi = resolve_range(X, np.array([np.nan, 0.0]), np.array([np.nan, np.nan]))
    np.testing.assert_array_equal(lo, [2.0, 0.0])
    np.testing.assert_array_equal(hi, [4.0, 30.0])
    np.testing.assert_allclose(minmax(X, benefit, lo, hi), [[0.0, 2 / 3], [1.0, 0.0], [0.5, 1 / 3]])


def test_minmax_gives_a_flat_range_one_everywhere():
    X = np.array([[7.0], [7.0]])
    for benefit in (np.array([True]), np.array([False])):
        np.testing.assert_array_equal(minmax(X, benefit, X.min(0), X.max(0)), [[1.0], [1.0]])


def test_vector_normalisation_has_unit_columns_and_keeps_zero_columns():
    X = np.array([[3.0, 0.0], [4.0, 0.0]])
    np.testing.assert_allclose(vector(X), [[0.6, 0.0], [0.8, 0.0]])


def test_orient_and_ideals_follow_directions():
    X = np.array([[1.0, 5.0], [3.0, 2.0]])
    benefit = np.array([True, False])
    np.testing.assert_array_equal(orient(X, benefit), [[1.0, -5.0], [3.0, -2.0]])
    best, worst = ideal_and_anti(X, benefit)
    np.testing.assert_array_equal(best, [3.0, 2.0])
    np.testing.assert_array_equal(worst, [1.0, 5.0])


def test_competition_ranks_single_row_and_batch():
    assert list(competition_ranks([0.2, 0.9, 0.9, 0.5])) == [4, 1, 1, 3]
    assert list(competition_ranks([0.2, 0.9, 0.9, 0.5], higher_is_better=False)) == [1, 3, 3, 2]
    assert list(competition_ranks([1.0, 1.0 + 5e-10, 0.0])) == [1, 1, 3]
    batch = competition_ranks([[1, 2, 3], [3, 3, 1]])
    np.testing.assert_array_equal(batch, [[3, 2, 1], [1, 1, 3]])
    assert competition_ranks(np.empty((2, 0))).shape == (2, 0)


def test_order_keeps_ties_in_workbook_order():
    assert list(order([2, 1, 3, 1])) == [1, 3, 0, 2]


def test_dominance_respects_directions_and_needs_one_strict_gain():
    X = np.array([[5.0, 10.0], [5.0, 12.0], [4.0, 10.0], [6.0, 20.0]])
    benefit = np.array([True, False])
    D = dominance_matrix(X, benefit)
    assert D[0, 1] and D[0, 2] and not D[1, 0] and not D[0, 0]
    assert not D[0, 3] and not D[3, 0]  # a trade-off: neither dominates
    assert dominated_by(X, benefit) == ((), (0,), (0,), ())
    identical = np.array([[1.0, 1.0], [1.0, 1.0]])
    assert dominated_by(identical, benefit) == ((), ())


def test_promethee_at_10000_partners_stays_small():
    """No n x n array: 10,000 x 10 must stay far below the 200 MiB budget (an n x n x m
    float array would need 7.5 GiB)."""
    rng = np.random.default_rng(1)
    X = rng.uniform(1, 10, size=(10_000, 10))
    w = rng.dirichlet(np.ones(10))
    benefit = rng.random(10) < 0.5
    tracemalloc.start()
    try:
        scores = kernels.promethee(X, w, benefit, None, None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 2**20
    assert scores.shape == (10_000,) and np.all(np.abs(scores) <= 1)
    assert abs(scores.mean()) < 1e-12  # net flows always sum to zero
