"""Single-criterion PROMETHEE flows under any of the six preference functions, without n x n arrays.

For one criterion with oriented values ``x`` (higher is better) and preference function ``P``,
partner ``a`` has the leaving sum ``sum_b P(x_a - x_b)`` and the entering sum
``sum_b P(x_b - x_a)``; divided by ``n - 1`` they are its single-criterion ``phi+`` and ``phi-``
(Brans & Mareschal 2005, sec. 5.3-5.4). Every function is 0 for ``d <= 0``, so a partner never
prefers itself or an equal.

- usual, U-shape and level count partners beyond a threshold, and V-shape and linear add the
  gaps inside ``(q, p]`` from prefix sums: one sort and a few ``searchsorted`` calls per
  criterion, O(n log n) time and O(n) memory.
- Gaussian ``1 - exp(-d^2 / 2s^2)`` is not piecewise: the sum of ``exp(-(u_a - u_b)^2)`` over
  ``b`` below ``a`` (``u = x / (s sqrt 2)``) is a one-sided discrete Gauss transform, done with
  boxes of width ``_BOX`` along the sorted values and a truncated Taylor series of each box about
  its centre (the fast Gauss transform of Greengard & Strain 1991, one-dimensional): O(n) after
  the sort, absolute error below 1e-15 per pair (see ``_TERMS``), no pairwise array at all.

Where a function jumps (usual at 0, U-shape at q, level at q and p, linear with q = p), a gap
within the usual kernel's rounding tolerance (``FLAT_TOLERANCE`` times the column's largest
magnitude) of the threshold counts as equal to it: P(q) = 0 and the level's P(p) = 1/2 as the
definitions say, also for decimal values whose binary difference rounds just past the threshold
(1.1 - 0.8 = 0.30000000000000004 against q = 0.3), and U-shape with q = 0 equals the usual
criterion exactly. Gaussian with s = 0 (a share of a zero range) is its limit, the usual criterion.

References
----------
.. [1] Brans, J.-P., & Vincke, Ph. (1985). A preference ranking organisation method. *Management
   Science*, 31(6), 647-656.
.. [2] Brans, J.-P., & Mareschal, B. (2005). PROMETHEE methods. In J. Figueira, S. Greco &
   M. Ehrgott (Eds.), *Multiple Criteria Decision Analysis: State of the Art Surveys*, ch. 5
   (pp. 163-195), sec. 5.2 (the six types of generalised criteria). Springer.
.. [3] Greengard, L., & Strain, J. (1991). The fast Gauss transform. *SIAM Journal on Scientific
   and Statistical Computing*, 12(1), 79-94.
"""

from __future__ import annotations

import math

import numpy as np

from criteria.preference import USUAL, PreferenceFunction, Shape
from scoring.normalise import FLAT_TOLERANCE, orient

_BOX = 0.5  # box width in units of s * sqrt(2)
_REACH = 6.5  # beyond this many units exp(-u^2) < 5e-19: a box that far contributes P = 1 exactly
_FAR = 2 * _REACH  # gaps wider than this count as this wide (exp(-169) is 0 in doubles)
_TERMS = 20  # max over T of exp(-T^2) (T * _BOX)^20 / 20! is 2e-19: the truncation error per pair
_COEFFICIENTS = np.array([2.0**k / math.factorial(k) for k in range(_TERMS)])


def _usual(x: np.ndarray, ordered: np.ndarray, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """#partners worse and #partners better: the usual criterion (``scoring.kernels``' own counts)."""
    n = len(x)
    worse = np.searchsorted(ordered, x - noise, side="left")
    better = n - np.searchsorted(ordered, x + noise, side="right")
    return worse, better


def _level(x, ordered, q: float, p: float) -> tuple[np.ndarray, np.ndarray]:
    """Full preference beyond ``p``, half between ``q`` and ``p`` (U-shape when q = p)."""
    n = len(x)
    far_worse = np.searchsorted(ordered, x - p, side="left")
    near_worse = np.searchsorted(ordered, x - q, side="left") - far_worse
    far_better = n - np.searchsorted(ordered, x + p, side="right")
    near_better = n - np.searchsorted(ordered, x + q, side="right") - far_better
    return far_worse + 0.5 * near_worse, far_better + 0.5 * near_better


def _linear(x, ordered, q: float, p: float) -> tuple[np.ndarray, np.ndarray]:
    """``(d - q) / (p - q)`` inside ``(q, p]``, 1 beyond: counts plus prefix sums of the gaps."""
    n = len(x)
    prefix = np.concatenate(([0.0], np.cumsum(ordered)))
    width = p - q
    start = np.searchsorted(ordered, x - p, side="left")  # b with x_b < x_a - p: d > p
    stop = np.searchsorted(ordered, x - q, side="left")  # b with x_b < x_a - q: d > q
    inside = stop - start
    leaving = start + (inside * (x - q) - (prefix[stop] - prefix[start])) / width
    start = np.searchsorted(ordered, x + q, side="right")  # b with x_b > x_a + q
    stop = np.searchsorted(ordered, x + p, side="right")  # b with x_b > x_a + p: beyond
    inside = stop - start
    entering = (n - stop) + ((prefix[stop] - prefix[start]) - inside * (x + q)) / width
    return leaving, entering


def _gauss_below(u: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``sum_{b <= i} counts_b exp(-(u_i - u_b)^2)`` for sorted distinct ``u``."""
    box = np.floor((u - u[0]) / _BOX).astype(np.int64)
    offset = u - (u[0] + (box + 0.5) * _BOX)  # position in the own box, within +-_BOX / 2
    powers = np.vander(offset, _TERMS, increasing=True)  # offset ** k by running products
    moments = np.cumsum((counts * np.exp(-offset * offset))[:, None] * powers, axis=0)
    boxes, first = np.unique(box, return_index=True)
    last = np.r_[first[1:], len(u)] - 1
    before_first = np.where(first[:, None] > 0, moments[np.maximum(first - 1, 0)], 0.0)
    own = np.searchsorted(boxes, box)
    # the own box: partners up to i, expanded about the box centre
    partial = moments - before_first[own]
    total = np.exp(-offset * offset) * ((powers * partial) @ _COEFFICIENTS)
    whole = moments[last] - before_first  # each box's moments over all its partners
    for shift in range(1, math.ceil(_REACH / _BOX) + 1):
        found = np.searchsorted(boxes, box - shift)
        hit = (found < len(boxes)) & (boxes[np.minimum(found, len(boxes) - 1)] == box - shift)
        if not hit.any():
            continue
        gap = offset[hit] + shift * _BOX
        series = (np.vander(gap, _TERMS, increasing=True) * whole[found[hit]]) @ _COEFFICIENTS
        total[hit] += np.exp(-gap * gap) * series
    return total


def _scaled(values: np.ndarray, unit: float) -> np.ndarray:
    """Sorted distinct ``values`` in units of ``unit``, with every gap wider than ``_FAR`` units
    shortened to ``_FAR``: such pairs contribute P = 1 either way, and the positions stay finite
    and small enough for the boxes even when ``unit`` is tiny (s = 5e-324 gave inf - inf = NaN).
    Each run of nearer values is measured from its own first value, so its gaps stay exact."""
    with np.errstate(over="ignore"):
        far = np.diff(values) / unit > _FAR
    run = np.concatenate(([0], np.cumsum(far)))
    first = np.flatnonzero(np.concatenate(([True], far)))
    local = (values - values[first][run]) / unit
    last = np.concatenate((first[1:], [len(values)])) - 1
    starts = np.concatenate(([0.0], np.cumsum(local[last] + _FAR)[:-1]))
    return local + starts[run]


def _gaussian(x, s: float) -> tuple[np.ndarray, np.ndarray]:
    """``sum_b 1 - exp(-d^2 / 2s^2)`` over the partners below (leaving) and above (entering)."""
    values, inverse, counts = np.unique(x, return_inverse=True, return_counts=True)
    u = _scaled(values, s * math.sqrt(2.0))
    weights = counts.astype(float)
    at_or_below = np.cumsum(weights)
    at_or_above = at_or_below[-1] - at_or_below + weights
    # an equal partner has d = 0 and P = 0: counting it with exp(0) = 1 cancels it; the series'
    # rounding (~1e-16) must not take a sum of P in [0, 1] outside [0, #partners strictly beyond]
    leaving = np.clip(at_or_below - _gauss_below(u, weights), 0.0, at_or_below - weights)
    entering = np.clip(at_or_above - _gauss_below(-u[::-1], weights[::-1])[::-1], 0.0, at_or_above - weights)
    return leaving[inverse], entering[inverse]


def flow_sums(x: np.ndarray, function: PreferenceFunction, span: float) -> tuple[np.ndarray, np.ndarray]:
    """Leaving and entering sums of one criterion's oriented values ``x`` ``(n,)``.

    ``span`` is the criterion's range (``hi - lo``), for thresholds written as a share of it.
    A gap within ``FLAT_TOLERANCE`` of the column's magnitude of a threshold where the function
    jumps counts as equal to it (see the module docstring).
    """
    ordered = np.sort(x)
    noise = FLAT_TOLERANCE * max(abs(ordered[0]), abs(ordered[-1]))
    q, p, s = function.absolute(span)
    shape = function.shape
    if shape is Shape.USUAL:
        return _usual(x, ordered, noise)
    if shape is Shape.GAUSSIAN:
        # s = 0 (a share of a zero range) is the limit s -> 0: the usual criterion
        return _gaussian(x, s) if s > 0 else _usual(x, ordered, noise)
    if shape is Shape.V_SHAPE:
        q = 0.0
    if shape in (Shape.U_SHAPE, Shape.LEVEL) or p <= q:
        # a jump at q (and the level's at p): a gap equal to the threshold up to rounding is the
        # threshold, so P(q) = 0 and the level's P(p) = 1/2 as defined, even where x_a - x_b
        # rounds just above it (1.1 - 0.8 > 0.3); with q = 0 this is the usual kernel exactly
        q += noise
        return _level(x, ordered, q, q if shape is Shape.U_SHAPE else max(p + noise, q))
    centre = ordered[len(ordered) // 2]  # only gaps matter; centred, the prefix sums stay small
    return _linear(x - centre, ordered - centre, q, p)


def criterion_flow_sums(X, benefit, lo, hi, functions) -> tuple[np.ndarray, np.ndarray]:
    """``(n, m)`` leaving and entering sums of every criterion (divide by ``n - 1`` for flows)."""
    oriented = orient(X, benefit)
    leaving, entering = np.empty_like(oriented), np.empty_like(oriented)
    with np.errstate(over="ignore"):
        spans = np.asarray(hi, dtype=float) - np.asarray(lo, dtype=float)
    for j, function in enumerate(functions):
        leaving[:, j], entering[:, j] = flow_sums(oriented[:, j], function, float(spans[j]))
    return leaving, entering


def usual_everywhere(functions, count: int):
    """``functions``, or the usual criterion ``count`` times when None."""
    return (USUAL,) * count if functions is None else functions
