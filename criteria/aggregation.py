"""Group weights from stakeholder ballots, and where the stakeholders disagree.

Two ways to combine, following Forman & Peniwati (1998): the arithmetic mean of
each participant's weights (aggregating individual priorities, works for any
ballot), or the geometric mean of their pairwise judgements (Aczél & Saaty 1983;
aggregating individual judgements, the only mean that keeps the group matrix
reciprocal), used when every ballot holds judgements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from criteria.ahp import analyse
from criteria.errors import InputError, Problem
from criteria.weights import normalise

MEAN_OF_WEIGHTS = "mean"
GEOMETRIC_MEAN_OF_JUDGEMENTS = "geometric"
AGGREGATION_METHODS = {
    MEAN_OF_WEIGHTS: "arithmetic mean of the participants' weights",
    GEOMETRIC_MEAN_OF_JUDGEMENTS: "geometric mean of the pairwise judgements (Aczél-Saaty)",
}


@dataclass(frozen=True, eq=False)
class Ballot:
    """One participant's view: weights (normalised) and, for a pairwise ballot, the matrix behind them."""

    participant: str
    weights: tuple[float, ...]
    matrix: np.ndarray | None = None
    importance: float = 1.0
    consistency_ratio: float | None = None
    source: str = field(default="")  # the file it came from, for messages


@dataclass(frozen=True)
class CriterionDisagreement:
    criterion: int
    group: float  # the group's weight
    low: float  # lowest participant weight
    high: float  # highest participant weight
    spread: float  # importance-weighted standard deviation around the group weight
    furthest: int  # ballot index furthest from the group on this criterion
    furthest_gap: float  # their weight minus the group's


@dataclass(frozen=True)
class GroupResult:
    weights: tuple[float, ...]
    method: str
    consistency_ratio: float | None  # of the group matrix (geometric method only)
    criteria: tuple[CriterionDisagreement, ...]
    distances: tuple[float, ...]  # per ballot: half the L1 distance to the group (share of weight to move)

    @property
    def most_contested(self) -> CriterionDisagreement:
        return max(self.criteria, key=lambda c: c.spread)


def importance_shares(importance: Sequence[float]) -> np.ndarray:
    """Participant importance scaled to sum to 1 (InputError if negative or all zero)."""
    return np.asarray(normalise(importance, what="participant importance"))


def mean_weights(
    weight_sets: Sequence[Sequence[float]], importance: Sequence[float] | None = None
) -> tuple[float, ...]:
    """Importance-weighted arithmetic mean of normalised weight vectors.

    References
    ----------
    .. [1] Forman, E., & Peniwati, K. (1998). Aggregating individual judgments and
       priorities with the analytic hierarchy process. *European Journal of Operational
       Research*, 108(1), 165-169.
    """
    sets = np.array([normalise(w) for w in weight_sets])
    shares = importance_shares(importance if importance is not None else [1.0] * len(sets))
    return tuple(float(w) for w in shares @ sets)


def geometric_mean_matrix(
    matrices: Sequence[object], importance: Sequence[float] | None = None
) -> np.ndarray:
    """Element-wise importance-weighted geometric mean of pairwise matrices.

    The result is again reciprocal: prod a_ij^p = 1 / prod a_ji^p.

    References
    ----------
    .. [1] Aczél, J., & Saaty, T. L. (1983). Procedures for synthesizing ratio judgements.
       *Journal of Mathematical Psychology*, 27(1), 93-102.
    .. [2] Aczél, J., & Alsina, C. (1987). Synthesizing judgements: a functional equations
       approach. *Mathematical Modelling*, 9(3-5), 311-320 (weighted form).
    """
    stack = np.array([np.asarray(m, dtype=float) for m in matrices])
    if stack.ndim != 3 or (stack <= 0).any():
        raise InputError(Problem("geometric mean needs positive pairwise matrices of the same size"))
    shares = importance_shares(importance if importance is not None else [1.0] * len(stack))
    return np.exp(np.tensordot(shares, np.log(stack), axes=1))


def aggregate(ballots: Sequence[Ballot], method: str | None = None) -> GroupResult:
    """Group weights from ballots, with disagreement per criterion and per participant.

    Parameters
    ----------
    ballots : sequence of Ballot
        At least one; all with the same number of criteria.
    method : {"mean", "geometric"}, optional
        Default: "geometric" when every ballot holds pairwise judgements, else "mean".

    Returns
    -------
    GroupResult

    References
    ----------
    .. [1] Forman, E., & Peniwati, K. (1998). Aggregating individual judgments and
       priorities with the analytic hierarchy process. *European Journal of Operational
       Research*, 108(1), 165-169.
    .. [2] Aczél, J., & Saaty, T. L. (1983). Procedures for synthesizing ratio judgements.
       *Journal of Mathematical Psychology*, 27(1), 93-102.
    """
    if not ballots:
        raise InputError(Problem("no usable ballots to aggregate"))
    if len({len(b.weights) for b in ballots}) != 1:
        raise InputError(Problem("the ballots do not all have the same criteria"))
    all_pairwise = all(b.matrix is not None for b in ballots)
    method = method or (GEOMETRIC_MEAN_OF_JUDGEMENTS if all_pairwise else MEAN_OF_WEIGHTS)
    if method not in AGGREGATION_METHODS:
        raise InputError(Problem(f"unknown aggregation method {method!r} (choose mean or geometric)"))
    importance = [b.importance for b in ballots]
    consistency = None
    if method == GEOMETRIC_MEAN_OF_JUDGEMENTS:
        if not all_pairwise:
            direct = ", ".join(repr(b.participant) for b in ballots if b.matrix is None)
            raise InputError(
                Problem(f"the geometric mean needs pairwise judgements; direct weights from {direct}")
            )
        result = analyse(geometric_mean_matrix([b.matrix for b in ballots], importance))
        group, consistency = result.weights, result.consistency_ratio
    else:
        group = mean_weights([b.weights for b in ballots], importance)
    return GroupResult(
        group,
        method,
        consistency,
        disagreement([b.weights for b in ballots], group, importance),
        distances(ballots, group),
    )


def disagreement(
    weight_sets: Sequence[Sequence[float]], group: Sequence[float], importance: Sequence[float]
) -> tuple[CriterionDisagreement, ...]:
    """Per criterion: the range of participant weights, the spread around the group, who is furthest."""
    sets = np.asarray(weight_sets, dtype=float)
    shares = importance_shares(importance)
    gaps = sets - np.asarray(group)[None, :]
    spread = np.sqrt(shares @ gaps**2)
    result = []
    for j in range(sets.shape[1]):
        k = int(np.argmax(np.abs(gaps[:, j])))  # ties go to the first ballot
        result.append(
            CriterionDisagreement(
                j,
                float(group[j]),
                float(sets[:, j].min()),
                float(sets[:, j].max()),
                float(spread[j]),
                k,
                float(gaps[k, j]),
            )
        )
    return tuple(result)


def distances(ballots: Sequence[Ballot], group: Sequence[float]) -> tuple[float, ...]:
    """Per ballot, the share of weight that would have to move to reach the group's weights (0..1)."""
    target = np.asarray(group)
    return tuple(float(0.5 * np.abs(np.asarray(b.weights) - target).sum()) for b in ballots)
