"""Scores to ranks: the one tolerance and the one tie rule, for a single row or a batch."""

from __future__ import annotations

import numpy as np

TOLERANCE = 1e-9  # scores this close share a rank (CONTRACT.md, competition ranking)


def competition_ranks(scores, *, higher_is_better: bool = True, tol: float = TOLERANCE) -> np.ndarray:
    """Competition ranks ("1, 1, 3") of scores along the last axis.

    Sorted best first, a new tie group starts wherever the gap to the previous score exceeds
    ``tol``; every member of a group gets one plus the number of partners ranked before it.
    Chaining the gaps keeps ranks consistent when several scores sit within ``tol`` of each other.

    Parameters
    ----------
    scores : array_like, shape (n,) or (k, n)
    higher_is_better : bool
        False for methods such as VIKOR where the lowest score wins.
    tol : float
        Absolute tolerance under which two scores tie.

    Returns
    -------
    ndarray of int, same shape as ``scores``

    References
    ----------
    .. [1] "Standard competition ranking", in Knuth, D. E. (1998). *The Art of Computer
       Programming*, vol. 3, sec. 5.1. Addison-Wesley.
    """
    values = np.asarray(scores, dtype=float)
    if values.shape[-1] == 0:
        return np.zeros(values.shape, dtype=int)
    by_score, sorted_ranks = ranks_in_score_order(values, higher_is_better=higher_is_better, tol=tol)
    ranks = np.empty(by_score.shape, dtype=int)
    np.put_along_axis(ranks, by_score, sorted_ranks, axis=-1)
    return ranks if values.ndim == 2 else ranks[0]


def ranks_in_score_order(scores, *, higher_is_better: bool = True, tol: float = TOLERANCE):
    """The rule of :func:`competition_ranks`, before the ranks are put back in partner order.

    Returns ``(by_score, sorted_ranks)``, both ``(k, n)``: row r's partner ``by_score[r, p]``
    has rank ``sorted_ranks[r, p]``. Monte Carlo counts of (partner, rank) pairs need only
    these, which saves scattering ``k x n`` ranks back.
    """
    batch = np.atleast_2d(np.asarray(scores, dtype=float))
    batch = batch if higher_is_better else -batch
    # Any sort will do: equal scores always share a group, so their relative order cannot change
    # a rank, and quicksort is 4-5x faster than a stable sort on Monte Carlo batches.
    by_score = np.argsort(-batch, axis=-1)
    ordered = np.take_along_axis(batch, by_score, axis=-1)
    positions = np.broadcast_to(np.arange(1, batch.shape[-1] + 1), batch.shape)
    new_group = np.ones(batch.shape, dtype=bool)
    new_group[:, 1:] = (ordered[:, :-1] - ordered[:, 1:]) > tol
    if new_group.all():  # no ties at all, the usual case with random weights
        return by_score, positions
    return by_score, np.maximum.accumulate(np.where(new_group, positions, 0), axis=-1)


def order(ranks) -> np.ndarray:
    """Row positions best first: by rank, ties in workbook order (a stable sort)."""
    return np.argsort(np.asarray(ranks), axis=-1, kind="stable")
