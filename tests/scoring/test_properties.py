"""Invariants of the scoring methods, checked with hypothesis (the extra methods: batching only).

Values are integers 1..20 and weights integers 0..10 (normalised): exact ties stay exact,
and distinct scores differ by far more than the 1e-9 rank tolerance.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.study import StudyState
from scoring import METHODS, rank, scores_for_weights
from scoring.dominance import dominance_matrix
from scoring.ranks import competition_ranks
from tests.conftest import make_model

CONTRACT = [key for key, method in METHODS.items() if method.contract]
SCALE_INVARIANT = ["wsm", "wpm", "topsis"]


@st.composite
def studies(draw, min_partners=1):
    n = draw(st.integers(min_partners, 8))
    m = draw(st.integers(1, 4))
    values = draw(st.lists(st.lists(st.integers(1, 20), min_size=m, max_size=m), min_size=n, max_size=n))
    directions = draw(st.lists(st.sampled_from(["benefit", "cost"]), min_size=m, max_size=m))
    weights = draw(st.lists(st.integers(0, 10), min_size=m, max_size=m).filter(lambda w: sum(w) > 0))
    return make_model(values, directions, weights=[float(w) for w in weights])


@pytest.mark.parametrize("method", CONTRACT)
@settings(max_examples=60, deadline=None)
@given(model=studies(min_partners=2))
def test_a_dominated_partner_never_ranks_better_than_its_dominator(method, model):
    ranking = rank(StudyState.from_model(model, method=method))
    dominates = dominance_matrix(model.values, model.benefit)
    for b, a in zip(*np.nonzero(dominates), strict=True):
        assert ranking.ranks[a] >= ranking.ranks[b]


@pytest.mark.parametrize("method", CONTRACT)
@settings(max_examples=40, deadline=None)
@given(model=studies(), c=st.floats(0.01, 100))
def test_scaling_all_weights_changes_nothing(method, model, c):
    state = StudyState.from_model(model, method=method)
    base = rank(state)
    scaled = rank(state.replace(weights=tuple(w * c for w in state.weights)))
    np.testing.assert_allclose(scaled.scores, base.scores, rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(scaled.ranks, base.ranks)


@pytest.mark.parametrize("method", SCALE_INVARIANT)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_rescaling_one_criterion_leaves_ranks_unchanged(method, data):
    model = data.draw(studies())
    j = data.draw(st.integers(0, model.shape[1] - 1))
    factor = data.draw(st.sampled_from([0.25, 3.0, 1000.0]))
    values = np.array(model.values)
    values[:, j] *= factor
    rescaled = make_model(
        values, [c.direction.value for c in model.criteria], weights=list(model.workbook_weights)
    )
    before = rank(StudyState.from_model(model, method=method))
    after = rank(StudyState.from_model(rescaled, method=method))
    np.testing.assert_array_equal(after.ranks, before.ranks)


@pytest.mark.parametrize("method", CONTRACT)
@settings(max_examples=40, deadline=None)
@given(model=studies())
def test_ranks_are_competition_ranks(method, model):
    ranking = rank(StudyState.from_model(model, method=method))
    sign = 1.0 if ranking.higher_is_better else -1.0
    s = sign * ranking.scores
    for i in range(len(s)):
        assert ranking.ranks[i] == 1 + np.sum(s > s[i] + 1e-9)
    assert ranking.ranks[ranking.order[0]] == 1


@pytest.mark.parametrize("method", CONTRACT)
@settings(max_examples=30, deadline=None)
@given(
    model=studies(),
    batch=st.lists(st.lists(st.integers(0, 10), min_size=4, max_size=4), min_size=1, max_size=5),
)
def test_batch_equals_row_by_row(method, model, batch):
    assert_batch_equals_rows(method, model, batch)


def assert_batch_equals_rows(method, model, batch):
    m = model.shape[1]
    W = np.array([row[:m] for row in batch], dtype=float)
    W[W.sum(axis=1) == 0, 0] = 1.0
    state = StudyState.from_model(model, method=method)
    together = scores_for_weights(state, W)
    assert together.shape == (len(W), model.shape[0])
    for k, w in enumerate(W):
        np.testing.assert_allclose(together[k], scores_for_weights(state, w), rtol=1e-12, atol=1e-12)


EXTRA = [key for key in METHODS if key not in ("wsm", "wpm", "topsis", "vikor", "promethee")]


@pytest.mark.parametrize("method", EXTRA)
@settings(max_examples=10, deadline=None)
@given(
    model=studies(),
    batch=st.lists(st.lists(st.integers(0, 10), min_size=4, max_size=4), min_size=1, max_size=3),
)
def test_extra_methods_batch_equals_row_by_row(method, model, batch):
    """The scikit-criteria methods loop over weight rows; a (k, m) batch must match row by row."""
    assert_batch_equals_rows(method, model, batch)


@settings(max_examples=200, deadline=None)
@given(
    scores=st.lists(st.sampled_from([0.0, 0.5, 1.0, 1.0 + 1e-12, 2.0, -3.0]), min_size=1, max_size=12),
    higher=st.booleans(),
)
def test_competition_ranks_share_the_better_rank_and_skip_after_ties(scores, higher):
    ranks = competition_ranks(scores, higher_is_better=higher)
    ordered = np.sort(ranks)
    assert ordered[0] == 1
    for k in range(1, len(ordered)):
        assert ordered[k] in (ordered[k - 1], k + 1)
    s = np.asarray(scores) * (1 if higher else -1)
    for i in range(len(s)):
        assert ranks[i] == 1 + np.sum(s > s[i] + 1e-9)
