"""TOPSIS, VIKOR and PROMETHEE II over a batch of value matrices, for SMAA's sampled values.

``scoring.kernels`` scores one matrix for many weight vectors; SMAA draws a new matrix per
sample, and calling the kernel once per sample costs more in Python than in arithmetic (the
"check first" ranking of the sample made 460,000 such calls). These follow the kernels'
definitions step for step along a leading sample axis: ``X`` is ``(k, n, m)``, ``W`` is
``(k, p, m)`` and the scores ``(k, p, n)``. ``tests/scoring/test_value_batches.py`` checks them
against the kernels, sample by sample.
"""

from __future__ import annotations

import numpy as np

from scoring.kernels import TOPSIS_TIE, VIKOR_V
from scoring.normalise import minmax, orient


def topsis(X: np.ndarray, W: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    """``scoring.kernels.topsis`` for each matrix (vector normalisation, closeness to the ideal)."""
    norm = np.sqrt(np.einsum("knm,knm->km", X, X))[:, None, :]
    r = X / np.where(norm == 0, 1.0, norm)
    high, low = r.max(axis=1, keepdims=True), r.min(axis=1, keepdims=True)
    best, worst = np.where(benefit, high, low), np.where(benefit, low, high)
    W2 = np.square(W)
    d_plus = np.sqrt(np.matmul(W2, np.square(r - best).transpose(0, 2, 1)))
    d_minus = np.sqrt(np.matmul(W2, np.square(r - worst).transpose(0, 2, 1)))
    total = d_plus + d_minus
    return np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), TOPSIS_TIE)


def _unit_spread(values: np.ndarray) -> np.ndarray:
    low = values.min(axis=-1, keepdims=True)
    span = values.max(axis=-1, keepdims=True) - low
    return np.where(span > 0, (values - low) / np.where(span > 0, span, 1.0), 0.0)


def vikor(X: np.ndarray, W: np.ndarray, benefit: np.ndarray, v: float = VIKOR_V) -> np.ndarray:
    """``scoring.kernels.vikor`` (Q, lower is better) for each matrix."""
    gaps = 1.0 - minmax(X, benefit, X.min(axis=1, keepdims=True), X.max(axis=1, keepdims=True))
    S = np.matmul(W, gaps.transpose(0, 2, 1))
    R = np.zeros_like(S)
    for j in range(gaps.shape[2]):  # one (k, p, n) slice at a time, as the kernel does
        np.maximum(R, W[:, :, j, None] * gaps[:, None, :, j], out=R)
    return v * _unit_spread(S) + (1.0 - v) * _unit_spread(R)


def promethee(X: np.ndarray, W: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    """``scoring.kernels.promethee`` (net flow, usual criterion) for each matrix.

    A value's single-criterion flow is (#partners worse - #partners better) / (n - 1): after one
    sort per column, #worse is the position where its group of equal values starts and #better
    is n - 1 minus where the group ends, found with running maxima and minima; no n x n array.
    """
    k, n, m = X.shape
    if n < 2:
        return np.zeros((k, W.shape[1], n))
    oriented = orient(X, benefit)
    order = np.argsort(oriented, axis=1)
    ordered = np.take_along_axis(oriented, order, axis=1)
    position = np.arange(n)[None, :, None]
    starts = np.ones(ordered.shape, dtype=bool)
    starts[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    ends = np.ones(ordered.shape, dtype=bool)
    ends[:, :-1] = starts[:, 1:]
    worse = np.maximum.accumulate(np.where(starts, position, 0), axis=1)
    last = np.minimum.accumulate(np.where(ends, position, n - 1)[:, ::-1], axis=1)[:, ::-1]
    flows = np.empty(ordered.shape)
    np.put_along_axis(flows, order, (worse - (n - 1 - last)) / (n - 1), axis=1)
    return np.matmul(W, flows.transpose(0, 2, 1))


BATCHED = {"topsis": topsis, "vikor": vikor, "promethee": promethee}
