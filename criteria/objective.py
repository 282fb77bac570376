"""Weights suggested by the data: entropy, CRITIC and standard deviation.

Shown beside the room's own weights so it can see where judgement and data
differ. The formulas are scikit-criteria's (imported only when asked: it takes
over a second to load); this module handles what they do not: missing values,
criteria on which all partners are equal, and too few partners.
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


def objective_weights(
    values: object, method: str, benefit: Sequence[bool] | None = None
) -> tuple[float, ...]:
    """Weights from the spread (and, for CRITIC, the correlation) of the values.

    Parameters
    ----------
    values : array-like, shape (n_partners, n_criteria)
        Finite values, no missing cells (fill them first).
    method : {"entropy", "critic", "std"}
        Entropy: 1 - Shannon entropy of each column read as a distribution
        (values >= 0), log base n. CRITIC: standard deviation of the
        ideal-scaled column times the sum of (1 - Pearson correlation) with the
        others (when every varying criterion is perfectly correlated with the
        others, the standard deviation alone). std: sample standard deviation.
    benefit : sequence of bool, optional
        Directions (True = higher is better); only CRITIC uses them. Default all benefit.

    Returns
    -------
    tuple of float
        Weights summing to 1. A criterion on which every partner has the same
        value carries no information and gets weight 0.

    Raises
    ------
    InputError
        Unknown method, fewer than two partners, a non-finite value, a negative
        value for entropy, or no criterion that varies.

    References
    ----------
    .. [1] Zeleny, M. (1982). *Multiple Criteria Decision Making*. McGraw-Hill (entropy weights).
    .. [2] Diakoulaki, D., Mavrotas, G., & Papayannakis, L. (1995). Determining objective
       weights in multiple criteria problems: the CRITIC method. *Computers & Operations
       Research*, 22(7), 763-770.
    .. [3] Cabrera, J. B., et al. scikit-criteria, ``skcriteria.preprocessing.weighters``.
    """
    if method not in OBJECTIVE_METHODS:
        choices = ", ".join(OBJECTIVE_METHODS)
        raise InputError(Problem(f"unknown data-weighting method {method!r} (choose one of {choices})"))
    matrix = np.asarray(values, dtype=float)
    if matrix.ndim != 2 or matrix.shape[0] < 2:
        raise InputError(Problem("weights from the data need at least two partners"))
    if not np.isfinite(matrix).all():
        raise InputError(Problem("weights from the data need every value filled in"))
    objectives = np.where(
        np.ones(matrix.shape[1], bool) if benefit is None else np.asarray(benefit, bool), 1, -1
    )
    varies = matrix.max(axis=0) > matrix.min(axis=0)
    if not varies.any():
        raise InputError(
            Problem("every criterion has the same value for all partners; the data suggest no weights")
        )
    if method == "entropy" and (matrix < 0).any():
        raise InputError(Problem("entropy weights need values >= 0 (a column is read as a distribution)"))

    weights = np.zeros(matrix.shape[1])
    if method == "critic" and varies.sum() == 1:  # no other varying criterion to correlate with
        weights[varies] = 1.0
    else:
        weights[varies] = _skcriteria_weights(matrix[:, varies], method, objectives[varies])
    return tuple(float(w) for w in weights)


def _skcriteria_weights(matrix: np.ndarray, method: str, objectives: np.ndarray) -> np.ndarray:
    from skcriteria.preprocessing import weighters

    if method == "entropy":
        return weighters.entropy_weights(matrix)
    if method == "critic":
        with np.errstate(invalid="ignore"):
            weights = weighters.critic_weights(matrix, objectives)
        if np.isfinite(weights).all():
            return weights
        # all varying criteria perfectly correlated: no conflict term, keep the contrast term
        best, worst = (
            np.where(objectives > 0, matrix.max(axis=0), matrix.min(axis=0)),
            np.where(objectives > 0, matrix.min(axis=0), matrix.max(axis=0)),
        )
        spread = np.std((matrix - worst) / (best - worst), axis=0)
        return spread / spread.sum()
    return weighters.std_weights(matrix)


def model_objective_weights(
    model: DecisionModel, method: str, policy: MissingPolicy = MissingPolicy.WORST
) -> tuple[float, ...]:
    """``objective_weights`` of a study's values, missing cells handled by ``policy``."""
    filled = apply_policy(model, policy)
    return objective_weights(filled.values, method, model.benefit)
