"""Weights people can give: direct points, a rank order, or swings.

Each function turns what a workshop participant can say into weights summing to 1
and raises InputError naming every criterion whose input is unusable.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from criteria.errors import InputError, Problem, quote
from criteria.weights import normalise, weight_problem

RANK_METHODS = {
    "roc": "rank-order centroid",
    "rs": "rank sum",
    "rr": "rank reciprocal",
}


def _label(labels: Sequence[str] | None, index: int) -> str:
    return repr(labels[index]) if labels is not None and index < len(labels) else f"criterion {index + 1}"


def rank_position_weights(n: int, method: str = "roc") -> tuple[float, ...]:
    """Weights of positions 1 (most important) to ``n`` under a rank-weighting rule.

    Parameters
    ----------
    n : int
        Number of criteria, at least 1.
    method : {"roc", "rs", "rr"}
        Rank-order centroid w_k = (1/n) sum_{i=k}^{n} 1/i; rank sum
        w_k = 2 (n + 1 - k) / (n (n + 1)); rank reciprocal w_k = (1/k) / sum_i 1/i.

    Returns
    -------
    tuple of float
        Position weights, decreasing, summing to 1.

    References
    ----------
    .. [1] Barron, F. H., & Barrett, B. E. (1996). Decision quality using ranked
       attribute weights. *Management Science*, 42(11), 1515-1523.
    .. [2] Stillwell, W. G., Seaver, D. A., & Edwards, W. (1981). A comparison of weight
       approximation techniques in multiattribute utility decision making.
       *Organizational Behavior and Human Performance*, 28(1), 62-77.
    """
    if n < 1:
        raise InputError(Problem("rank weights need at least one criterion"))
    k = np.arange(1, n + 1, dtype=float)
    if method == "roc":
        raw = np.cumsum((1.0 / k)[::-1])[::-1] / n
    elif method == "rs":
        raw = n + 1 - k
    elif method == "rr":
        raw = 1.0 / k
    else:
        choices = ", ".join(f"{key} ({name})" for key, name in RANK_METHODS.items())
        raise InputError(Problem(f"unknown rank-weighting method {method!r} (choose one of {choices})"))
    return tuple(float(w) for w in raw / raw.sum())


def rank_weights(
    ranks: Sequence[object], method: str = "roc", labels: Sequence[str] | None = None
) -> tuple[float, ...]:
    """Weights from each criterion's rank (1 = most important; ties allowed).

    Tied criteria share the mean weight of the positions they occupy, so a tie
    of two at rank 2 takes the average of positions 2 and 3. Ranks need not be
    consecutive: only their order matters.

    References
    ----------
    .. [1] Barron, F. H., & Barrett, B. E. (1996). Decision quality using ranked
       attribute weights. *Management Science*, 42(11), 1515-1523.
    """
    problems = []
    for index, rank in enumerate(ranks):
        if (
            isinstance(rank, bool)
            or not isinstance(rank, (int, float))
            or not math.isfinite(rank)
            or rank < 1
        ):
            problems.append(Problem(f"{_label(labels, index)}: rank {quote(rank)} is not a number >= 1"))
    if problems:
        raise InputError(problems)
    values = np.asarray(ranks, dtype=float)
    positions = np.asarray(rank_position_weights(len(values), method))
    order = np.argsort(values, kind="stable")
    result = np.empty(len(values))
    start = 0
    while start < len(order):  # walk groups of equal rank along the sorted order
        stop = start
        while stop < len(order) and values[order[stop]] == values[order[start]]:
            stop += 1
        result[order[start:stop]] = positions[start:stop].mean()
        start = stop
    return tuple(float(w) for w in result)


def swing_weights(ratings: Sequence[object], labels: Sequence[str] | None = None) -> tuple[float, ...]:
    """Weights from swing ratings: 100 for the most important worst-to-best swing, 0-100 for the others.

    References
    ----------
    .. [1] von Winterfeldt, D., & Edwards, W. (1986). *Decision Analysis and Behavioral
       Research*. Cambridge University Press, ch. 8.
    """
    problems = []
    for index, rating in enumerate(ratings):
        reason = weight_problem(rating)
        if reason is None and rating > 100:
            reason = f"{rating!r} is above 100, the most important swing"
        if reason is not None:
            problems.append(Problem(f"{_label(labels, index)}: swing rating {reason}"))
    if problems:
        raise InputError(problems)
    if ratings and max(ratings) != 100:  # type: ignore[type-var]
        raise InputError(Problem("swing ratings: the most important swing must be rated 100"))
    return normalise(ratings, what="swing ratings")  # type: ignore[arg-type]


def direct_weights(
    values: Sequence[object], total: float | None = None, labels: Sequence[str] | None = None
) -> tuple[float, ...]:
    """Weights from direct allocation: percentages or points (e.g. 100 points to share out).

    With ``total`` the allocation must add up to it (within 0.01), as in a
    100-point allocation; without, any non-negative numbers are normalised.

    References
    ----------
    .. [1] Bottomley, P. A., & Doyle, J. R. (2001). A comparison of three weight
       elicitation methods: good, better, and best. *Omega*, 29(6), 553-560.
    """
    problems = [
        Problem(f"{_label(labels, index)}: {quote(value)}: {reason}")
        for index, value in enumerate(values)
        if (reason := weight_problem(value)) is not None
    ]
    if problems:
        raise InputError(problems)
    if total is not None:
        allocated = math.fsum(values)  # type: ignore[arg-type]
        if abs(allocated - total) > 0.01:
            raise InputError(Problem(f"the points add up to {allocated:g}, not {total:g}"))
    return normalise(values, what="direct weights")  # type: ignore[arg-type]
