"""Monte Carlo rank acceptability (scoring.sensitivity): closed forms, invariants, seeding, cancel."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.errors import InputError
from criteria.study import StudyState
from scoring import rank
from scoring.sensitivity import Cancelled, rank_acceptability, sample_weights
from tests.conftest import make_model

METHODS = ["wsm", "wpm", "topsis", "vikor", "promethee"]


def within_se(share: float, expected: float, samples: int, k: float = 4.0) -> bool:
    """``share`` is within ``k`` binomial standard errors of ``expected``."""
    return abs(share - expected) <= k * np.sqrt(expected * (1 - expected) / samples)


def test_two_partners_full_spread_each_first_half_the_time():
    # A = (1, 0), B = (0, 1) under WSM: A wins iff w1 > w2, which has probability 1/2 on the simplex
    state = StudyState.from_model(make_model([[1, 0], [0, 1]], partners=["A", "B"]), method="wsm")
    result = rank_acceptability(state, n_samples=20_000, seed=7, spread="full")
    assert within_se(result.shares[0, 0], 0.5, 20_000)
    assert within_se(result.shares[1, 0], 0.5, 20_000)
    assert result.shares[0, 1] == pytest.approx(1 - result.shares[0, 0])


def test_two_partners_local_spread_closed_form():
    # weights (0.6, 0.4), factors f1, f2 ~ U[0.5, 1.5]: B wins iff f2 > 1.5 f1, whose probability is
    # the integral over f1 in [0.5, 1] of (1.5 - 1.5 f1) df1 = 0.1875, so A is first with 0.8125
    model = make_model([[1, 0], [0, 1]], partners=["A", "B"], weights=[0.6, 0.4])
    result = rank_acceptability(StudyState.from_model(model), n_samples=40_000, seed=3, spread=0.5)
    assert within_se(result.shares[0, 0], 0.8125, 40_000)


def test_full_spread_weights_are_uniform_on_the_simplex():
    # the marginal of one weight of Dirichlet(1, 1, 1) is Beta(1, 2): P(w < 0.5) = 1 - 0.5 ** 2
    weights = sample_weights([0.2, 0.3, 0.5], np.random.default_rng(1), 40_000, "full")
    assert np.allclose(weights.sum(axis=1), 1.0)
    assert within_se(float(np.mean(weights[:, 0] < 0.5)), 0.75, 40_000)
    assert within_se(float(np.mean(weights[:, 2] < 0.1)), 1 - 0.9**2, 40_000)


def test_local_spread_keeps_each_factor_in_range():
    base = np.array([0.5, 0.3, 0.2, 0.0])
    weights = sample_weights(base, np.random.default_rng(2), 5_000, 0.2)
    assert np.all(weights[:, 3] == 0)  # a zero weight stays zero
    ratios = weights[:, :3] / base[:3]
    # after renormalisation every ratio of two factors stays within (1 - P) / (1 + P) .. (1 + P) / (1 - P)
    pairwise = ratios[:, :, None] / ratios[:, None, :]
    assert pairwise.max() <= 1.2 / 0.8 + 1e-12 and pairwise.min() >= 0.8 / 1.2 - 1e-12


matrices = st.integers(2, 6).flatmap(
    lambda n: st.integers(1, 4).flatmap(
        lambda m: st.lists(st.lists(st.integers(1, 9), min_size=m, max_size=m), min_size=n, max_size=n)
    )
)


@settings(max_examples=30, deadline=None)
@given(values=matrices, method=st.sampled_from(METHODS), seed=st.integers(0, 2**32), full=st.booleans())
def test_rows_sum_to_one_and_expected_rank_matches(values, method, seed, full):
    state = StudyState.from_model(make_model(values), method=method)
    result = rank_acceptability(state, n_samples=300, seed=seed, spread="full" if full else 0.3, chunk=70)
    n = len(values)
    assert result.shares.shape == (n, n)
    assert np.allclose(result.shares.sum(axis=1), 1.0)
    assert np.allclose(
        result.expected_rank, [sum((r + 1) * p for r, p in enumerate(row)) for row in result.shares]
    )


@settings(max_examples=25, deadline=None)
@given(
    values=matrices,
    method=st.sampled_from(METHODS),
    seed=st.integers(0, 2**63),
    chunks=st.tuples(st.integers(1, 400), st.integers(1, 400)),
)
def test_same_seed_same_shares_for_any_chunk_size(values, method, seed, chunks):
    state = StudyState.from_model(make_model(values), method=method)
    first, second = (
        rank_acceptability(state, n_samples=257, seed=seed, spread="full", chunk=c) for c in chunks
    )
    assert np.array_equal(first.shares, second.shares)


@settings(max_examples=30, deadline=None)
@given(values=matrices, method=st.sampled_from(METHODS), data=st.data())
def test_dominated_partner_never_more_acceptable_at_a_better_rank(values, method, data):
    n, m = len(values), len(values[0])
    dominator = data.draw(st.integers(0, n - 1))
    worse = data.draw(st.lists(st.integers(1, 8), min_size=m, max_size=m))
    # a partner worse than the dominator on every criterion (by at least 0.5; values stay > 0)
    rows = [list(r) for r in values] + [[max(v - d, 0.5) for v, d in zip(values[dominator], worse)]]
    state = StudyState.from_model(make_model(rows), method=method)
    result = rank_acceptability(state, n_samples=400, seed=1, spread="full", chunk=128)
    cumulative = np.cumsum(result.shares, axis=1)
    assert np.all(cumulative[-1] <= cumulative[dominator] + 1e-12)


def test_zero_spread_gives_the_ranking_itself():
    state = StudyState.from_model(make_model([[3, 1], [1, 3], [2, 2.5]]), method="topsis")
    result = rank_acceptability(state, n_samples=50, seed=0, spread=0.0)
    ranks = rank(state).ranks
    assert np.array_equal(result.shares, np.eye(3)[ranks - 1])


def test_tied_partners_both_count_at_the_shared_rank():
    state = StudyState.from_model(make_model([[5, 5], [5, 5], [1, 1]]), method="wsm")
    result = rank_acceptability(state, n_samples=100, seed=0, spread="full")
    assert result.shares[:2, 0].tolist() == [1.0, 1.0]  # column 1 sums to 2, column 2 to 0
    assert np.allclose(result.shares.sum(axis=1), 1.0)


def test_progress_is_reported_after_each_chunk():
    state = StudyState.from_model(make_model([[1, 2], [2, 1]]))
    calls = []
    rank_acceptability(state, n_samples=1_000, seed=0, chunk=300, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(300, 1000), (600, 1000), (900, 1000), (1000, 1000)]


def test_should_stop_raises_cancelled_after_the_current_chunk():
    state = StudyState.from_model(make_model([[1, 2], [2, 1]]))
    done = []
    with pytest.raises(Cancelled):
        rank_acceptability(
            state,
            n_samples=10_000,
            seed=0,
            chunk=100,
            progress=lambda d, t: done.append(d),
            should_stop=lambda: len(done) >= 2,
        )
    assert done == [100, 200]


def test_bad_arguments_are_all_reported():
    state = StudyState.from_model(make_model([[1, 2], [2, 1]]))
    with pytest.raises(InputError) as caught:
        rank_acceptability(state, n_samples=0, seed=-1, spread=1.5, chunk=0)
    text = str(caught.value)
    for word in ("samples", "chunk", "seed", "spread"):
        assert word in text
    assert len(caught.value.problems) == 4


@pytest.mark.parametrize("spread", ["FULL", " full ", "0.35", 0.35])
def test_spread_accepts_full_or_a_number(spread):
    state = StudyState.from_model(make_model([[1, 2], [2, 1]]))
    result = rank_acceptability(state, n_samples=10, seed=0, spread=spread)
    assert result.spread in ("full", 0.35)


def test_json_payload_is_the_contract_shape(small_model):
    result = rank_acceptability(StudyState.from_model(small_model), n_samples=200, seed=4)
    payload = result.to_dict()
    assert {"method", "samples", "seed", "weights", "acceptability", "expected_rank"} <= payload.keys()
    assert payload["samples"] == 200 and payload["seed"] == 4
    assert set(payload["acceptability"]) == set(small_model.partner_names)
    assert all(len(row) == 3 for row in payload["acceptability"].values())


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.integers(0, 4), min_size=6, max_size=6), min_size=1, max_size=8))
def test_batch_ranks_count_the_partners_strictly_ahead(rows):
    # whole-number scores tie exactly: a competition rank is 1 + the number of partners strictly
    # ahead, whatever order the sort put tied partners in (the Monte Carlo counts rest on this)
    from scoring.ranks import competition_ranks

    scores = np.array(rows, dtype=float)
    expected = 1 + (scores[:, None, :] > scores[:, :, None]).sum(axis=2)
    assert np.array_equal(competition_ranks(scores), expected)


def _topsis_reference(X, W, benefit):
    """TOPSIS closeness as the kernel computed it before it worked in place."""
    from scoring.kernels import TOPSIS_TIE, _topsis_gaps

    to_best, to_worst = _topsis_gaps(X, benefit)
    W2 = np.square(W)
    d_plus = np.sqrt(W2 @ to_best.T)
    d_minus = np.sqrt(W2 @ to_worst.T)
    total = d_plus + d_minus
    return np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), TOPSIS_TIE)


@settings(max_examples=60, deadline=None)
@given(values=matrices, data=st.data())
def test_in_place_topsis_kernel_matches_the_plain_formula(values, data):
    from scoring.kernels import topsis

    X = np.array(values, dtype=float)
    if data.draw(st.booleans()):  # identical partners: d+ = d- = 0, the TOPSIS_TIE branch
        X = np.repeat(X[:1], len(X), axis=0)
    m = X.shape[1]
    benefit = np.array(data.draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    W = sample_weights(np.full(m, 1.0 / m), np.random.default_rng(data.draw(st.integers(0, 99))), 17, "full")
    for weights in (W, W[0]):  # a batch and a single vector
        expected = _topsis_reference(X, weights, benefit)
        got = topsis(X, weights, benefit, None, None)
        assert got.shape == expected.shape
        np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)


def _ranks_by_the_rule(row, higher_is_better, tol):
    """Competition ranks of one row, straight from the rule (CONTRACT): sort best first, a new
    group wherever a score is more than tol below the group's first score, a group's rank is its
    first position."""
    values = np.asarray(row, dtype=float) * (1 if higher_is_better else -1)
    order = sorted(range(len(values)), key=lambda i: -values[i])
    ranks, group_rank, first = np.empty(len(values), dtype=int), 1, order[0]
    for p, i in enumerate(order):
        if values[first] - values[i] > tol:
            group_rank, first = p + 1, i
        ranks[i] = group_rank
    return ranks


@settings(max_examples=80, deadline=None)
@given(
    rows=st.lists(st.lists(st.integers(0, 6), min_size=7, max_size=7), min_size=1, max_size=9),
    higher_is_better=st.booleans(),
)
def test_batch_ranks_follow_the_tolerance_rule(rows, higher_is_better):
    # steps of 0.6 tol: chains of near-ties where the ends are more than tol apart
    from scoring.ranks import TOLERANCE, competition_ranks, ranks_in_score_order

    scores = 0.5 + np.array(rows, dtype=float) * 0.6 * TOLERANCE
    expected = np.array([_ranks_by_the_rule(r, higher_is_better, TOLERANCE) for r in scores])
    assert np.array_equal(competition_ranks(scores, higher_is_better=higher_is_better), expected)
    by_score, sorted_ranks = ranks_in_score_order(scores, higher_is_better=higher_is_better)
    assert np.array_equal(np.take_along_axis(expected, by_score, axis=-1), sorted_ranks)


@pytest.mark.parametrize("method", METHODS)
def test_same_shares_for_any_block_size(method, monkeypatch):
    import scoring.sensitivity as sensitivity

    rng = np.random.default_rng(5)
    values = rng.integers(1, 6, size=(40, 4)).tolist()  # small integers: plenty of exact ties
    state = StudyState.from_model(make_model(values), method=method)
    reference = rank_acceptability(state, n_samples=500, seed=11, spread="full", chunk=500)
    for block_scores in (1, 40 * 7, 40 * 64):
        monkeypatch.setattr(sensitivity, "BLOCK_SCORES", block_scores)
        for chunk in (1, 93, 500):
            result = rank_acceptability(state, n_samples=500, seed=11, spread="full", chunk=chunk)
            assert np.array_equal(result.shares, reference.shares), (block_scores, chunk)


def test_batch_scorer_validates_and_fills_once(monkeypatch):
    import importlib

    from scoring.sensitivity import BatchScorer

    rank_module = importlib.import_module("scoring.rank")  # the module, not scoring.rank()

    calls = []
    original = rank_module.apply_policy
    monkeypatch.setattr(rank_module, "apply_policy", lambda *a: calls.append(a) or original(*a))
    state = StudyState.from_model(make_model([[1, 2], [float("nan"), 3], [2, 1]]), method="topsis")
    scorer = BatchScorer.of(state)
    assert len(calls) == 1
    assert np.array_equal(scorer.prepared.values, scorer.ranking.values)
    assert np.allclose(scorer.scores(scorer.weights), scorer.ranking.scores)


def test_sparse_rank_counts_equal_the_dense_table(monkeypatch):
    import scoring.sensitivity as sensitivity

    rng = np.random.default_rng(8)
    state = StudyState.from_model(make_model(rng.integers(1, 6, size=(30, 4)).tolist()), method="topsis")
    dense = rank_acceptability(state, n_samples=400, seed=3, spread="full", chunk=150)
    monkeypatch.setattr(sensitivity, "DENSE_PARTNERS", 0)  # every study counted sparse
    sparse = rank_acceptability(state, n_samples=400, seed=3, spread="full", chunk=150)
    np.testing.assert_array_equal(sparse.shares, dense.shares)
    monkeypatch.setattr(sensitivity, "MERGE_CELLS", 10)  # and merged after every chunk
    merged = rank_acceptability(state, n_samples=400, seed=3, spread="full", chunk=150)
    np.testing.assert_array_equal(merged.shares, dense.shares)
    np.testing.assert_allclose(sparse.expected_rank, dense.shares @ np.arange(1, 31))
    np.testing.assert_array_equal(sparse.top_shares(3), dense.shares[:, :3])
    assert not sparse.top_shares(3).flags.writeable


def test_default_samples_shrink_only_for_large_studies():
    from scoring.sensitivity import DEFAULT_SAMPLES, default_samples

    assert default_samples(16) == default_samples(1000) == DEFAULT_SAMPLES
    assert default_samples(10_000) == 1000 and default_samples(100_000) == 1000
