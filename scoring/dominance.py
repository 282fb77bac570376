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


def non_dominated(values: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    """Boolean mask of the partners no other partner dominates (the Pareto frontier).

    Two criteria, the trade-off chart's case, take a sort and a sweep (O(n log n)) instead of
    the n x n dominance matrix: 20,000 partners in milliseconds instead of seconds.
    """
    oriented = orient(values, benefit)
    if oriented.shape[1] != 2 or oriented.shape[0] == 0:
        return ~dominance_matrix(values, benefit).any(axis=0)
    x, y = oriented[:, 0], oriented[:, 1]
    # best x first; among equal x, best y first, so a partner is dominated exactly when an
    # earlier one has y at least as high and is strictly better on x or y
    order = np.lexsort((-y, -x))
    xs, ys = x[order], y[order]
    best_y_before = np.maximum.accumulate(np.concatenate(([-np.inf], ys[:-1])))
    # the best y among partners with strictly greater x (groups of equal x start where x changes)
    starts = np.concatenate(([True], xs[1:] != xs[:-1]))
    group = np.cumsum(starts) - 1
    best_y_of_better_x = best_y_before[starts][group]
    first_of_group_y = ys[starts][group]
    dominated = (best_y_of_better_x >= ys) | (first_of_group_y > ys)
    mask = np.empty(len(x), dtype=bool)
    mask[order] = ~dominated
    return mask
