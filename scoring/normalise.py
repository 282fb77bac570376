"""Normalisation: the one home for min-max (with scale bounds), vector scaling and cost inversion.

Every function is plain numpy on an ``(n, m)`` matrix without NaN; columns are criteria.
"""

from __future__ import annotations

import numpy as np

# A span this small against the magnitude of the values is rounding noise, not information:
# ``np.nanmean`` of three 0.1s lies 1.4e-17 above them, and min-max would stretch that to the
# full 0-1 scale. 1e-12 leaves room for sums of thousands of values (n * 1.1e-16) and is far
# below any difference a workbook means (US$ 2.0e9 and 2.0e9 + 1 still differ).
FLAT_TOLERANCE = 1e-12


def negligible(span, low, high) -> np.ndarray:
    """True where ``span`` is rounding noise against the magnitude of ``low`` and ``high``.

    The one test of "all partners are equal on this criterion", relative rather than exact:
    every method treats such a criterion as flat (it cannot separate partners).
    """
    return np.asarray(span) <= FLAT_TOLERANCE * np.maximum(np.abs(low), np.abs(high))


def flat_columns(values: np.ndarray) -> np.ndarray:
    """``(m,)`` True for columns whose observed values differ only by rounding noise."""
    low, high = values.min(axis=0), values.max(axis=0)
    with np.errstate(over="ignore"):  # -1e308..1e308 spans infinity: far from flat
        return negligible(high - low, low, high)


def resolve_range(values: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The min-max range of each criterion: its scale bounds where given, else the observed range.

    Parameters
    ----------
    values : ndarray, shape (n, m)
        Filled values (no NaN), at least one row.
    lower, upper : ndarray, shape (m,)
        Criteria-sheet ``Min``/``Max`` per criterion, NaN where none is given.

    Returns
    -------
    lo, hi : ndarray, shape (m,)

    References
    ----------
    .. [1] Triantaphyllou, E. (2000). *Multi-Criteria Decision Making Methods: A Comparative
       Study*, ch. 2. Kluwer.
    """
    lo = np.where(np.isnan(lower), values.min(axis=0), lower)
    hi = np.where(np.isnan(upper), values.max(axis=0), upper)
    return lo, hi


def minmax(values: np.ndarray, benefit: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Min-max scores in [0, 1] (inside the range), cost criteria inverted.

    Benefit: ``(x - lo) / (hi - lo)``; cost: ``(hi - x) / (hi - lo)``. A criterion with an empty
    range (``hi - lo`` negligible against them, :func:`negligible`: a constant column without
    bounds, up to rounding) gives every partner 1.0: it cannot separate them, and nothing
    divides by zero or stretches rounding noise to the full scale.

    Parameters
    ----------
    values : ndarray, shape (n, m)
    benefit : ndarray of bool, shape (m,)
        True where higher is better.
    lo, hi : ndarray, shape (m,)
        The range, from :func:`resolve_range`.

    Returns
    -------
    ndarray, shape (n, m)

    References
    ----------
    .. [1] Hwang, C.-L., & Yoon, K. (1981). *Multiple Attribute Decision Making*, sec. 2.2
       (linear scale transformation). Springer.
    """
    with np.errstate(over="ignore"):
        span = hi - lo
    # A range wider than the largest float (-1e308..1e308): halve that column first; the
    # ratio is the same, and halving is exact, so other columns keep their bits.
    half = np.where(np.isinf(span), 0.5, 1.0)
    values, lo, hi = values * half, lo * half, hi * half
    span = hi - lo
    flat = negligible(span, lo, hi)
    safe = np.where(flat, 1.0, span)
    scaled = np.where(benefit, values - lo, hi - values) / safe
    return np.where(flat, 1.0, scaled)


def vector(values: np.ndarray) -> np.ndarray:
    """Vector normalisation ``x / sqrt(sum_i x_i^2)`` per column; an all-zero column stays 0.

    References
    ----------
    .. [1] Hwang, C.-L., & Yoon, K. (1981). *Multiple Attribute Decision Making*, sec. 2.2.
       Springer.
    """
    with np.errstate(over="ignore"):
        norm = np.sqrt(np.einsum("ij,ij->j", values, values))
    huge = np.isinf(norm)
    if huge.any():  # squares beyond the largest float: divide by the largest magnitude first
        peak = np.abs(values[:, huge]).max(axis=0)
        values = values.copy()
        values[:, huge] /= peak
        norm[huge] = np.sqrt(np.einsum("ij,ij->j", values[:, huge], values[:, huge]))
    return values / np.where(norm == 0, 1.0, norm)


def orient(values: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    """Cost inversion by sign: cost columns negated, so higher is better on every column.

    Order-preserving per column, which is all the ranking-by-comparison methods
    (PROMETHEE, dominance) need.
    """
    return np.where(benefit, values, -values)


def ideal_and_anti(values: np.ndarray, benefit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The best and the worst value of each column, given its direction.

    References
    ----------
    .. [1] Hwang, C.-L., & Yoon, K. (1981). *Multiple Attribute Decision Making*, sec. 2.3.6
       (TOPSIS ideal and negative-ideal solutions). Springer.
    """
    high, low = values.max(axis=0), values.min(axis=0)
    return np.where(benefit, high, low), np.where(benefit, low, high)
