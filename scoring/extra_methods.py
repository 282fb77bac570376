"""Kernels for extra methods computed by scikit-criteria (imported lazily, only when chosen).

scikit-criteria takes 1.6 s to import and validates on every call, so these methods are for
an occasional second opinion, not the interactive path. Batches loop over weight rows.
"""

from __future__ import annotations

import numpy as np


def _decision_matrix(X, w, benefit):
    import skcriteria

    return skcriteria.mkdm(X, np.where(benefit, 1, -1), weights=w)


def _scores(result):
    # scikit-criteria squeezes a single alternative's score to a 0-d array
    return np.asarray(result.e_.score, dtype=float).reshape(-1)


def _per_weight_row(score_one):
    """Lift a one-weight-vector scorer to the kernel signature, looping over a (k, m) batch."""

    def kernel(X, W, benefit, lo, hi):
        W = np.asarray(W, dtype=float)
        if W.ndim == 2:
            return np.stack([score_one(X, w, benefit, lo, hi) for w in W])
        return score_one(X, W, benefit, lo, hi)

    kernel.__doc__ = score_one.__doc__
    kernel.__name__ = score_one.__name__
    return kernel


@_per_weight_row
def moora(X, w, benefit, lo, hi):
    """MOORA ratio system: weighted vector-normalised benefit values minus cost values.

    References
    ----------
    .. [1] Brauers, W. K. M., & Zavadskas, E. K. (2006). The MOORA method and its application
       to privatization in a transition economy. *Control and Cybernetics*, 35(2), 445-469.
    """
    from skcriteria.agg.moora import RatioMOORA
    from skcriteria.preprocessing.scalers import VectorScaler

    scaled = VectorScaler(target="matrix").transform(_decision_matrix(X, w, benefit))
    return _scores(RatioMOORA().evaluate(scaled))


@_per_weight_row
def waspas(X, w, benefit, lo, hi):
    """WASPAS with lambda = 0.5 on linear ratio normalisation (x / max; min / x for cost).

    Values must be > 0.

    References
    ----------
    .. [1] Zavadskas, E. K., Turskis, Z., Antucheviciene, J., & Zakarevicius, A. (2012).
       Optimization of weighted aggregated sum product assessment. *Elektronika ir
       Elektrotechnika*, 122(6), 3-6.
    """
    from skcriteria.agg.waspas import WASPAS
    from skcriteria.preprocessing.invert_objectives import InvertMinimize
    from skcriteria.preprocessing.scalers import MaxAbsScaler

    # 1/x for cost, then / max: gives min/x, the normalisation of Zavadskas et al.
    inverted = InvertMinimize().transform(_decision_matrix(X, w, benefit))
    scaled = MaxAbsScaler(target="matrix").transform(inverted)
    return _scores(WASPAS().evaluate(scaled))


@_per_weight_row
def spotis(X, w, benefit, lo, hi):
    """SPOTIS: weighted normalised distance to the ideal point of the scale; LOWER is better.

    The bounds are the resolved min-max range, widened to hold every value; a range of zero
    width is widened by 1 so the criterion contributes nothing.

    References
    ----------
    .. [1] Dezert, J., Tchamova, A., Han, D., & Tacnet, J.-M. (2020). The SPOTIS rank reversal
       free method for multi-criteria decision-making support. *2020 IEEE 23rd International
       Conference on Information Fusion (FUSION)*, 1-8.
    """
    from skcriteria.agg.spotis import SPOTIS

    low = np.minimum(lo, X.min(axis=0))
    high = np.maximum(hi, X.max(axis=0))
    high = np.where(high > low, high, low + 1.0)
    bounds = np.column_stack([low, high])
    return _scores(SPOTIS().evaluate(_decision_matrix(X, w, benefit), bounds=bounds))
