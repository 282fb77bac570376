"""Our kernels against scikit-criteria, an independent implementation, on random matrices."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from scoring import kernels
from scoring.ranks import competition_ranks

SEEDS = range(8)


def _problem(seed):
    rng = np.random.default_rng(seed)
    n, m = rng.integers(3, 15), rng.integers(2, 6)
    X = rng.uniform(1.0, 50.0, size=(n, m))
    benefit = rng.random(m) < 0.6
    w = rng.dirichlet(np.ones(m))
    return X, w, benefit


def _dm(X, w, benefit):
    import skcriteria

    return skcriteria.mkdm(X, np.where(benefit, 1, -1), weights=w)


def _observed(X):
    return X.min(axis=0), X.max(axis=0)


@pytest.mark.parametrize("seed", SEEDS)
def test_wsm_matches_skcriteria_weighted_sum(seed):
    from skcriteria.agg.simple import WeightedSumModel
    from skcriteria.preprocessing.invert_objectives import MinMaxInverter

    X, w, benefit = _problem(seed)
    result = WeightedSumModel().evaluate(MinMaxInverter().transform(_dm(X, w, benefit)))
    ours = kernels.wsm(X, w, benefit, *_observed(X))
    np.testing.assert_allclose(ours, result.e_.score, rtol=1e-10, atol=1e-12)
    np.testing.assert_array_equal(competition_ranks(ours), result.rank_)


@pytest.mark.parametrize("seed", SEEDS)
def test_wpm_matches_skcriteria_weighted_product(seed):
    from skcriteria.agg.simple import WeightedProductModel
    from skcriteria.preprocessing.invert_objectives import InvertMinimize

    X, w, benefit = _problem(seed)
    result = WeightedProductModel().evaluate(InvertMinimize().transform(_dm(X, w, benefit)))
    ours = kernels.wpm(X, w, benefit, *_observed(X))
    np.testing.assert_allclose(np.log10(ours), result.e_.score, rtol=1e-10, atol=1e-12)  # it reports log10
    np.testing.assert_array_equal(competition_ranks(ours), result.rank_)


@pytest.mark.parametrize("seed", SEEDS)
def test_topsis_matches_skcriteria_topsis(seed):
    from skcriteria.agg.topsis import TOPSIS
    from skcriteria.preprocessing.scalers import VectorScaler

    X, w, benefit = _problem(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that cost criteria are present; they are handled
        result = TOPSIS().evaluate(VectorScaler(target="matrix").transform(_dm(X, w, benefit)))
    ours = kernels.topsis(X, w, benefit, *_observed(X))
    np.testing.assert_allclose(ours, result.e_.similarity, rtol=1e-10, atol=1e-12)
    np.testing.assert_array_equal(competition_ranks(ours), result.rank_)


@pytest.mark.parametrize("seed", SEEDS)
def test_vikor_matches_skcriteria_vikor(seed):
    from skcriteria.agg.vikor import VIKOR

    X, w, benefit = _problem(seed)
    result = VIKOR(use_compromise_set=False).evaluate(_dm(X, w, benefit))
    ours = kernels.vikor(X, w, benefit, *_observed(X))
    terms = kernels.vikor_contributions(X, w, benefit, *_observed(X))
    np.testing.assert_allclose(ours, result.e_.q_k, atol=1e-12)
    np.testing.assert_allclose(terms.sum(axis=1), result.e_.s_k, atol=1e-12)
    np.testing.assert_allclose(terms.max(axis=1), result.e_.r_k, atol=1e-12)
    np.testing.assert_array_equal(competition_ranks(ours, higher_is_better=False), result.rank_)
