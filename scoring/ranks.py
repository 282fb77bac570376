"""Scores to ranks: the one tolerance and the one tie rule, for a single row or a batch."""

from __future__ import annotations

import numpy as np

TOLERANCE = 1e-9  # scores this close share a rank (CONTRACT.md, competition ranking)


def competition_ranks(scores, *, higher_is_better: bool = True, tol: float = TOLERANCE) -> np.ndarray:
    """Competition ranks ("1, 1, 3") of scores along the last axis.

    Sorted best first, a tie group holds the scores within ``tol`` of the group's first (best)
    score, and the next score starts a new group (CONTRACT: "equal within 1e-9"); every member
    of a group gets one plus the number of partners ranked before it. Small gaps do not chain:
    scores 0.8e-9 apart share a rank with their neighbours, but 0 and 1.6e-9 never do.

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
    by_score, tied_rows, tied_ranks = sorted_groups(scores, higher_is_better=higher_is_better, tol=tol)
    positions = np.broadcast_to(np.arange(1, by_score.shape[-1] + 1), by_score.shape)
    if tied_rows.size == 0:  # no ties at all, the usual case with random weights
        return by_score, positions
    sorted_ranks = np.array(positions)
    sorted_ranks[tied_rows] = tied_ranks
    return by_score, sorted_ranks


def sorted_groups(scores, *, higher_is_better: bool = True, tol: float = TOLERANCE):
    """The sort and the tie rule themselves, with the ranks of untied rows left implicit.

    Returns ``(by_score, tied_rows, tied_ranks)``: ``by_score`` is ``(k, n)``, each row's
    partners best first; in a row not listed in ``tied_rows`` (indices, ascending) the partner
    at position p has rank p + 1; ``tied_ranks[t, p]`` is the rank at position p of row
    ``tied_rows[t]``. With random weights only a few rows of a Monte Carlo batch hold a tie, so
    the tie rule runs on those rows alone.
    """
    batch = np.atleast_2d(np.asarray(scores, dtype=float))
    k, n = batch.shape
    # Any sort will do: equal scores always share a group, so their relative order cannot change
    # a rank, and quicksort is 4-5x faster than a stable sort on Monte Carlo batches. One
    # ascending sort serves both directions (best first is its mirror when higher is better),
    # and the scores are read back in that order through flat indices, cheaper than
    # ``take_along_axis``.
    ascending = np.argsort(batch, axis=-1)
    by_score = ascending[:, ::-1] if higher_is_better else ascending
    ordered = np.take(batch, by_score + (np.arange(k) * n)[:, None])
    # the gap from each score to the next one down, ``better - worse`` (exactly the same float
    # as on negated scores when lower is better)
    gaps = ordered[:, :-1] - ordered[:, 1:] if higher_is_better else ordered[:, 1:] - ordered[:, :-1]
    starts = gaps > tol  # a gap wider than tol always starts a new tie group
    tied_rows = np.flatnonzero(~starts.all(axis=1))
    new_group = np.ones((tied_rows.size, n), dtype=bool)
    new_group[:, 1:] = starts[tied_rows]
    _split_long_groups(ordered[tied_rows], new_group, tol)
    # every member of a group: one plus the number of partners before the group
    tied_ranks = np.maximum.accumulate(np.where(new_group, np.arange(1, n + 1), 0), axis=-1)
    return by_score, tied_rows, tied_ranks


def _split_long_groups(ordered: np.ndarray, new_group: np.ndarray, tol: float) -> None:
    """Start a new group (in ``new_group``, in place) wherever a score lies more than ``tol``
    from its group's first score.

    ``ordered`` holds each row's scores best first and ``new_group`` the groups that gaps alone
    start. Distances to the group's first score grow along a group, so its members too far
    from it form a tail; its head starts a new group, which may need splitting in turn (a few
    rounds at most, and none without a chain of near-ties longer than ``tol``).
    """
    positions = np.arange(ordered.shape[-1])
    while True:
        first = np.maximum.accumulate(np.where(new_group, positions, 0), axis=-1)
        far = np.abs(np.take_along_axis(ordered, first, axis=-1) - ordered) > tol
        if not far.any():
            return
        new_group[:, 1:] |= far[:, 1:] & ~far[:, :-1]  # the head of each tail


def order(ranks) -> np.ndarray:
    """Row positions best first: by rank, ties in workbook order (a stable sort)."""
    return np.argsort(np.asarray(ranks), axis=-1, kind="stable")
