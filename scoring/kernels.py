"""Plain numpy kernels of the five contract methods: ``kernel(X, W, benefit, lo, hi) -> scores``.

Unchecked by design (``scoring.rank`` validates once): ``X`` is ``(n, m)`` without NaN,
``W`` is ``(m,)`` normalised weights or a batch ``(k, m)`` (then scores are ``(k, n)``),
``benefit`` is a bool ``(m,)`` mask and ``lo``/``hi`` are the min-max range the caller resolved
(kernels other than ``wsm`` ignore them). Every kernel takes a batch without a Python loop over
its rows, and none builds an ``n x n`` array. Each has a ``*_contributions`` twin giving the
``(n, m)`` per-criterion breakdown for one weight vector (``scoring.breakdown`` says what it is).
"""

from __future__ import annotations

import numpy as np

from criteria.study import DEFAULT_VIKOR_V as VIKOR_V  # weight of group utility S against regret R
from scoring.normalise import FLAT_TOLERANCE, flat_columns, ideal_and_anti, minmax, negligible, orient, vector

TOPSIS_TIE = 0.5  # closeness when d+ = d- = 0: every partner equals the ideal and the anti-ideal


def wsm(X, W, benefit, lo, hi):
    """Weighted sum of min-max normalised values; higher is better.

    A constant criterion without bounds scores 1.0 for everyone (see
    :func:`scoring.normalise.minmax`).

    References
    ----------
    .. [1] Fishburn, P. C. (1967). Additive utilities with incomplete product sets.
       *Operations Research*, 15(3), 537-542.
    .. [2] Triantaphyllou, E. (2000). *Multi-Criteria Decision Making Methods: A Comparative
       Study*, sec. 2.2.1. Kluwer.
    """
    return np.asarray(W) @ wsm_terms(X, benefit, lo, hi).T


def wsm_terms(X, benefit, lo, hi):
    """The weight-free ``(n, m)`` terms of :func:`wsm`: min-max normalised values."""
    return minmax(X, benefit, lo, hi)


def wsm_contributions(X, w, benefit, lo, hi):
    """``w_j * normalised x_ij``; each row sums to the WSM score."""
    return minmax(X, benefit, lo, hi) * w


def _signed_logs(X, benefit):
    return np.where(benefit, 1.0, -1.0) * np.log(X)


def wpm(X, W, benefit, lo, hi):
    """Weighted product ``prod_j x_j ** w_j`` (``x_j ** -w_j`` for cost); values must be > 0.

    Computed as ``exp(sum_j w_j log x_j)``; higher is better. The ratio of two partners' scores
    is Bridgman's/Miller & Starr's ``R(A_K/A_L)``.

    References
    ----------
    .. [1] Miller, D. W., & Starr, M. K. (1969). *Executive Decisions and Operations Research*.
       Prentice-Hall.
    .. [2] Triantaphyllou, E. (2000). *Multi-Criteria Decision Making Methods: A Comparative
       Study*, sec. 2.2.2. Kluwer.
    """
    return np.exp(wpm_log(X, W, benefit, lo, hi))


def wpm_log(X, W, benefit, lo, hi):
    """``log`` of the WPM score, ``sum_j w_j log x_j``: what WPM ranks compare.

    Products of raw values span many orders of magnitude (US$ 2e9 ** -0.98 is about 1e-9), so
    the absolute tie tolerance of ``scoring.ranks`` would merge different partners; on the logs
    it is a relative tolerance on the products (1e-9 on the log is a ratio of 1 + 1e-9).
    """
    return np.asarray(W) @ _signed_logs(X, benefit).T


def wpm_contributions(X, w, benefit, lo, hi):
    """Log-gap to the best partner on each criterion: ``w_j log(x_ij / x*_j)`` (``w_j log(x*_j / x_ij)``
    for cost), with ``x*_j`` the best observed value; 0 for the best partner, below 0 otherwise.

    Each row sums to ``log(score / ideal score)``, the ideal scoring the best value everywhere,
    so the parts compare partners in the method's own (multiplicative) terms, whatever the units.
    """
    logs = _signed_logs(X, benefit)
    return (logs - logs.max(axis=0)) * w


def _topsis_gaps(X, benefit):
    """Squared distances of vector-normalised values to the ideal and anti-ideal, per criterion.

    Weights are >= 0, so the weighted ideal is the ideal of the unweighted columns times w_j,
    and ``(v_ij - v+_j)^2 = w_j^2 (r_ij - r+_j)^2``: one (n, m) pass serves any batch of weights.
    A flat column (:func:`scoring.normalise.flat_columns`) adds nothing to either distance.
    """
    r = vector(X)
    best, worst = ideal_and_anti(r, benefit)
    flat = flat_columns(X)
    return np.where(flat, 0.0, (r - best) ** 2), np.where(flat, 0.0, (r - worst) ** 2)


def topsis(X, W, benefit, lo, hi):
    """Relative closeness ``d- / (d+ + d-)`` to the ideal, on vector-normalised weighted values.

    Higher is better. When ``d+ = d- = 0`` (a single partner, or all partners equal) the score
    is ``TOPSIS_TIE`` = 0.5.

    References
    ----------
    .. [1] Hwang, C.-L., & Yoon, K. (1981). *Multiple Attribute Decision Making: Methods and
       Applications*, sec. 2.3.6. Springer.
    """
    to_best, to_worst = _topsis_gaps(X, benefit)
    W2 = np.square(W)
    # The same operations as ``np.where(total > 0, d_minus / total, TOPSIS_TIE)``, done in the
    # two product buffers: a Monte Carlo batch of 1,000 x 1,000 scores then makes no other
    # temporary of its size (that saved about a third of the kernel's time).
    d_plus = W2 @ to_best.T
    d_minus = W2 @ to_worst.T
    np.sqrt(d_plus, out=d_plus)
    np.sqrt(d_minus, out=d_minus)
    total = np.add(d_plus, d_minus, out=d_plus)
    if total.size and total.min() > 0:  # the usual case: nobody is both ideal and anti-ideal
        return np.divide(d_minus, total, out=d_minus)
    positive = total > 0
    np.divide(d_minus, total, out=d_minus, where=positive)
    d_minus[~positive] = TOPSIS_TIE
    return d_minus


def topsis_contributions(X, w, benefit, lo, hi):
    """Gap to the ideal on each criterion: ``|v_ij - v+_j|`` (v: weighted vector-normalised value).

    0 for a partner at the ideal value; the Euclidean norm of a row is ``d+``, the distance to
    the ideal behind the score ``d- / (d+ + d-)``. The parts do not add up to the score.
    """
    to_best, _ = _topsis_gaps(X, benefit)
    return np.sqrt(to_best) * w


def _vikor_gaps(X, benefit):
    """``(f*_j - f_ij) / (f*_j - f-_j)``: 0 at the best observed value, 1 at the worst.

    A constant criterion (``f* = f-``) gives 0: nobody regrets it.
    """
    return 1.0 - minmax(X, benefit, X.min(axis=0), X.max(axis=0))


def _unit_spread(values):
    """``(a - min) / (max - min)`` along the last axis; 0 where all are equal (up to rounding)."""
    low, high = values.min(axis=-1, keepdims=True), values.max(axis=-1, keepdims=True)
    span = high - low
    spread = ~negligible(span, low, high)
    return np.where(spread, (values - low) / np.where(spread, span, 1.0), 0.0)


def vikor(X, W, benefit, lo, hi, v=VIKOR_V):
    """VIKOR compromise index Q (v = 0.5 unless given); LOWER is better.

    ``S_i = sum_j w_j t_ij`` (group utility), ``R_i = max_j w_j t_ij`` (individual regret), with
    ``t_ij = (f*_j - f_ij) / (f*_j - f-_j)``, and
    ``Q_i = v (S_i - S*) / (S- - S*) + (1 - v) (R_i - R*) / (R- - R*)``.
    A term whose denominator is 0 (``S* = S-`` or ``R* = R-``) is 0, so a single partner or
    identical partners get Q = 0. ``v`` weighs the strategy of the majority of criteria (S)
    against the individual regret (R); ``scoring.compromise`` applies the authors' two
    conditions to Q, S and R.

    References
    ----------
    .. [1] Opricovic, S., & Tzeng, G.-H. (2004). Compromise solution by MCDM methods: A
       comparative analysis of VIKOR and TOPSIS. *European Journal of Operational Research*,
       156(2), 445-455.
    .. [2] Opricovic, S., & Tzeng, G.-H. (2007). Extended VIKOR method in comparison with
       outranking methods. *European Journal of Operational Research*, 178(2), 514-529.
    """
    return vikor_parts(X, W, benefit, v)[2]


def vikor_parts(X, W, benefit, v=VIKOR_V):
    """``(S, R, Q)`` of :func:`vikor`, each ``(n,)`` or ``(k, n)`` like the scores."""
    gaps = _vikor_gaps(X, benefit)
    W = np.asarray(W)
    W2 = np.atleast_2d(W)
    S = W2 @ gaps.T
    # max over criteria, one (k, n) slice at a time: no (k, n, m) array for Monte-Carlo batches
    R = np.zeros_like(S)
    for j in range(gaps.shape[1]):
        np.maximum(R, np.multiply.outer(W2[:, j], gaps[:, j]), out=R)
    Q = v * _unit_spread(S) + (1.0 - v) * _unit_spread(R)
    return (S, R, Q) if W.ndim == 2 else (S[0], R[0], Q[0])


def vikor_contributions(X, w, benefit, lo, hi):
    """``w_j (f*_j - f_ij) / (f*_j - f-_j)``: the terms of S (lower is better); rows sum to S."""
    return _vikor_gaps(X, benefit) * w


def single_criterion_flows(X, benefit):
    """PROMETHEE net flow of each partner on each criterion alone, usual preference function.

    ``phi_j(a) = (#partners worse than a on j - #partners better on j) / (n - 1)``, from one
    sort per column and two ``searchsorted`` calls: O(m n log n) time, O(n m) memory. A single
    partner gets 0. Two values closer than ``FLAT_TOLERANCE`` times the column's largest
    magnitude count as equal: a rounding-noise gap (0.1 against 0.10000000000000002) is no
    strict preference.

    References
    ----------
    .. [1] Brans, J.-P., & Mareschal, B. (2005). PROMETHEE methods. In J. Figueira, S. Greco &
       M. Ehrgott (Eds.), *Multiple Criteria Decision Analysis: State of the Art Surveys*
       (pp. 163-195), sec. 5.4 (net flow decomposition). Springer.
    """
    oriented = orient(X, benefit)
    n = oriented.shape[0]
    if n < 2:
        return np.zeros_like(oriented)
    ordered = np.sort(oriented, axis=0)
    noise = FLAT_TOLERANCE * np.maximum(np.abs(ordered[0]), np.abs(ordered[-1]))
    flows = np.empty_like(oriented)
    for j in range(oriented.shape[1]):
        worse = np.searchsorted(ordered[:, j], oriented[:, j] - noise[j], side="left")
        better = n - np.searchsorted(ordered[:, j], oriented[:, j] + noise[j], side="right")
        flows[:, j] = worse - better
    return flows / (n - 1)


def promethee(X, W, benefit, lo, hi, preferences=None):
    """PROMETHEE II net flow ``phi = phi+ - phi-``, the usual criterion unless ``preferences`` says otherwise.

    The net flow is linear in the weights, ``phi(a) = sum_j w_j phi_j(a)``, so it is the
    weighted sum of :func:`promethee_terms`. Higher is better; flows lie in [-1, 1].
    ``preferences`` holds one ``criteria.preference.PreferenceFunction`` per criterion (None:
    usual everywhere, exactly as before they existed).

    References
    ----------
    .. [1] Brans, J.-P., & Vincke, Ph. (1985). A preference ranking organisation method: (The
       PROMETHEE method for multiple criteria decision-making). *Management Science*, 31(6),
       647-656.
    .. [2] Brans, J.-P., & Mareschal, B. (2005). PROMETHEE methods, sec. 5.4. In *Multiple
       Criteria Decision Analysis: State of the Art Surveys*. Springer.
    """
    return np.asarray(W) @ promethee_terms(X, benefit, lo, hi, preferences).T


def promethee_flow_sums(X, benefit, lo, hi, preferences=None):
    """``(n, m)`` leaving and entering sums per criterion (``scoring.preference_flows``)."""
    from scoring.preference_flows import criterion_flow_sums, usual_everywhere

    return criterion_flow_sums(X, benefit, lo, hi, usual_everywhere(preferences, X.shape[1]))


def promethee_terms(X, benefit, lo, hi, preferences=None):
    """The weight-free ``(n, m)`` terms of :func:`promethee`: single-criterion net flows.

    The usual criterion everywhere keeps :func:`single_criterion_flows` itself.
    """
    if preferences is None or all(f.is_usual for f in preferences):
        return single_criterion_flows(X, benefit)
    n = X.shape[0]
    if n < 2:
        return np.zeros_like(X, dtype=float)
    leaving, entering = promethee_flow_sums(X, benefit, lo, hi, preferences)
    return (leaving - entering) / (n - 1)


def promethee_contributions(X, w, benefit, lo, hi, preferences=None):
    """``w_j phi_j(a)``; each row sums exactly to the net flow."""
    return promethee_terms(X, benefit, lo, hi, preferences) * w
