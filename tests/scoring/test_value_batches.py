"""Batched TOPSIS, VIKOR and PROMETHEE II (scoring.value_batches) equal the kernels, one matrix at a time."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import kernels, value_batches


@settings(max_examples=60, deadline=None)
@given(
    method=st.sampled_from(["topsis", "vikor", "promethee"]),
    shape=st.tuples(st.integers(1, 4), st.integers(1, 3), st.integers(1, 6), st.integers(1, 4)),
    seed=st.integers(0, 2**32 - 1),
    flat=st.booleans(),
)
def test_each_matrix_scores_as_the_kernel_scores_it(method, shape, seed, flat):
    k, p, n, m = shape
    rng = np.random.default_rng(seed)
    X = rng.integers(1, 6, size=(k, n, m)).astype(float)  # small integers: ties and equal columns
    if flat:
        X[:, :, 0] = 3.0
    W = rng.dirichlet(np.ones(m), size=(k, p))
    benefit = rng.random(m) < 0.6
    batched = value_batches.BATCHED[method](X, W, benefit)
    kernel = getattr(kernels, method)
    expected = np.stack([kernel(X[s], W[s], benefit, X[s].min(axis=0), X[s].max(axis=0)) for s in range(k)])
    np.testing.assert_allclose(batched, expected, rtol=1e-12, atol=1e-12)
