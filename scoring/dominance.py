"""Pareto dominance between partners on their (filled) values."""

from __future__ import annotations

import numpy as np

from scoring.normalise import orient


def dominance_matrix(values: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    """``D[b, a]`` is True when partner b dominates partner a.

    b dominates a when it is at least as good on every criterion and strictly better on one
    (directions applied). Built one criterion at a time, so memory stays at two ``n x n``
    boolean arrays (1 MB each at 1,000 partners).

    References
    ----------
    .. [1] Pareto, V. (1906). *Manuale di economia politica*; in MCDA terms, Vincke, Ph.
       (1992). *Multicriteria Decision-Aid*, sec. 2.2 (dominance). Wiley.
    """
    oriented = orient(values, benefit)
    n = oriented.shape[0]
    at_least = np.ones((n, n), dtype=bool)
    better = np.zeros((n, n), dtype=bool)
    for column in oriented.T:
        at_least &= column[:, None] >= column[None, :]
        better |= column[:, None] > column[None, :]
    return at_least & better


def dominated_by(values: np.ndarray, benefit: np.ndarray) -> tuple[tuple[int, ...], ...]:
    """For each partner (row), the rows of the partners that dominate it, ascending."""
    matrix = dominance_matrix(values, benefit)
    return tuple(tuple(int(b) for b in np.flatnonzero(matrix[:, a])) for a in range(matrix.shape[0]))
