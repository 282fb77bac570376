"""Weights suggested by the data: entropy, CRITIC and standard deviation.

Shown beside the room's own weights so it can see where judgement and data differ.
Standard deviation and CRITIC read each criterion rescaled from its worst (0) to its best (1)
observed value, so units and where a scale starts do not matter. Entropy reads values as
amounts counted from zero (US$, tonnes, months); on a scale that starts elsewhere (1-10
scores) or with values below zero its weights mean nothing, so it says so instead.
This module also handles missing values, criteria on which all partners are equal, and too
few partners.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from criteria.errors import InputError, Problem
from criteria.missing import MissingPolicy, apply_policy
from criteria.model import DecisionModel

OBJECTIVE_METHODS = {
    "entropy": "Entropy",
    "critic": "CRITIC",
    "std": "Standard deviation",
}
# A criterion whose observed span is below this share of its magnitude is flat: such a span is
# rounding (a mean filled in, a unit conversion), and rescaling it to 0-1 would make it decisive.
FLAT = 1e-9


def objective_weights(
    values: object,
    method: str,
    benefit: Sequence[bool] | None = None,
    *,
    names: Sequence[str] | None = None,
    scale_min: Sequence[float | None] | None = None,
) -> tuple[float, ...]:
    """Weights from the spread (and, for CRITIC, the correlation) of the values.

    Parameters
    ----------
    values : array-like, shape (n_partners, n_criteria)
        Finite values, no missing cells (fill them first).
    method : {"entropy", "critic", "std"}
        std: population standard deviation of each criterion scaled 0 (worst observed) to 1
        (best observed) [2]_ [3]_. CRITIC: that standard deviation times the sum of
        (1 - Pearson correlation) with the other scaled criteria [2]_ (when every varying
        criterion is perfectly correlated with the others, the standard deviation alone).
        Entropy: 1 - Shannon entropy of each criterion read as a distribution of amounts,
        log base n [1]_; a cost criterion is read through 1/value (less is more).
    benefit : sequence of bool, optional
        Directions (True = higher is better). Default all benefit.
    names : sequence of str, optional
        Criterion names, for messages.
    scale_min : sequence of float or None, optional
        Each criterion's scale start (``Min``), if any; entropy refuses a scale that does not
        start at 0 (an interval scale: its weights would change with the start).

    Returns
    -------
    tuple of float
        Weights summing to 1. A criterion on which every partner has the same
        value carries no information and gets weight 0.

    Raises
    ------
    InputError
        Unknown method, fewer than two partners, a non-finite value, no criterion that
        varies, or (entropy) values that are not amounts, saying which criteria and why.

    References
    ----------
    .. [1] Zeleny, M. (1982). *Multiple Criteria Decision Making*. McGraw-Hill (entropy weights).
    .. [2] Diakoulaki, D., Mavrotas, G., & Papayannakis, L. (1995). Determining objective
       weights in multiple criteria problems: the CRITIC method. *Computers & Operations
       Research*, 22(7), 763-770 (eqs. 2-3: the 0-1 scaling).
    .. [3] Jahan, A., Mustapha, F., Sapuan, S. M., Ismail, M. Y., & Bahraminasab, M. (2012).
       A framework for weighting of criteria in ranking stage of material selection process.
       *International Journal of Advanced Manufacturing Technology*, 58, 411-420.
    """
    if method not in OBJECTIVE_METHODS:
        choices = ", ".join(OBJECTIVE_METHODS)
        raise InputError(Problem(f"unknown data-weighting method {method!r} (choose one of {choices})"))
    matrix = np.asarray(values, dtype=float)
    if matrix.ndim != 2 or matrix.shape[0] < 2:
        raise InputError(Problem("weights from the data need at least two partners"))
    if not np.isfinite(matrix).all():
        raise InputError(Problem("weights from the data need every value filled in"))
    m = matrix.shape[1]
    is_benefit = np.ones(m, bool) if benefit is None else np.asarray(benefit, bool)
    low, high = matrix.min(axis=0), matrix.max(axis=0)
    varies = (high - low) > FLAT * np.maximum(np.abs(low), np.abs(high))
    if not varies.any():
        raise InputError(
            Problem("every criterion has the same value for all partners; the data suggest no weights")
        )
    names = list(names) if names is not None else [f"criterion {j + 1}" for j in range(m)]
    if method == "entropy":
        _check_amounts(matrix, is_benefit, names, scale_min)

    weights = np.zeros(m)
    kept, kept_benefit = matrix[:, varies], is_benefit[varies]
    if method == "entropy":
        weights[varies] = _entropy_weights(kept, kept_benefit)
    else:
        scaled = (kept - low[varies]) / (high - low)[varies]
        scaled = np.where(kept_benefit, scaled, 1.0 - scaled)  # 1 = best observed (Diakoulaki eqs. 2-3)
        spread = scaled.std(axis=0)
        weights[varies] = spread / spread.sum() if method == "std" else _critic_weights(scaled, spread)
    return tuple(float(w) for w in weights)


def _check_amounts(
    matrix: np.ndarray, benefit: np.ndarray, names: list[str], scale_min: Sequence[float | None] | None
) -> None:
    """InputError saying why entropy's weights would mean nothing here, if they would."""
    starts = list(scale_min) if scale_min is not None else [None] * len(names)
    interval = [(names[j], start) for j, start in enumerate(starts) if start not in (None, 0)]
    negative = [names[j] for j in np.flatnonzero(benefit & (matrix < 0).any(axis=0))]
    not_positive = [names[j] for j in np.flatnonzero(~benefit & (matrix <= 0).any(axis=0))]
    reasons = []
    if interval:
        first = {start for _, start in interval}
        at = f"at {first.pop():g}" if len(first) == 1 else "elsewhere than 0"
        scales = "a scale that starts" if len(interval) == 1 else "scales that start"
        reasons.append(f"{_listed([n for n, _ in interval])} {_verb(interval, 'is')} scored on {scales} {at}")
    if negative:
        reasons.append(f"{_listed(negative)} {_verb(negative, 'has')} negative values")
    if not_positive:
        reasons.append(
            f"{_listed(not_positive)}, a cost read as 1/value, {_verb(not_positive, 'has')} values of 0 or below"
        )
    if reasons:
        raise InputError(
            Problem(
                "Entropy reads values as amounts counted from zero (US$, tonnes, months), and here "
                f"{'; '.join(reasons)}: its weights would change with where a scale starts and mean nothing. "
                "Use CRITIC or standard deviation."
            )
        )


def _entropy_weights(matrix: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    amounts = np.where(benefit, matrix, 1.0 / np.where(benefit, 1.0, matrix))
    shares = amounts / amounts.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(shares > 0, shares * np.log(shares), 0.0)  # p ln p -> 0 as p -> 0
    divergence = 1.0 + terms.sum(axis=0) / np.log(len(matrix))
    return divergence / divergence.sum()


def _critic_weights(scaled: np.ndarray, spread: np.ndarray) -> np.ndarray:
    if scaled.shape[1] == 1:  # no other varying criterion to conflict with
        return np.ones(1)
    conflict = (1.0 - np.corrcoef(scaled, rowvar=False)).sum(axis=0)
    information = spread * conflict
    if information.sum() <= 1e-12 * spread.sum():
        # every varying criterion perfectly correlated: no conflict term, keep the contrast term
        return spread / spread.sum()
    return information / information.sum()


def _listed(names: list[str]) -> str:
    quoted = [repr(n) for n in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def _verb(items: list, singular: str) -> str:
    return singular if len(items) == 1 else {"is": "are", "has": "have"}[singular]


def model_objective_weights(
    model: DecisionModel, method: str, policy: MissingPolicy = MissingPolicy.WORST
) -> tuple[float, ...]:
    """``objective_weights`` of a study's values, missing cells handled by ``policy``."""
    filled = apply_policy(model, policy)
    return objective_weights(
        filled.values,
        method,
        model.benefit,
        names=model.criterion_names,
        scale_min=[c.min for c in model.criteria],
    )
