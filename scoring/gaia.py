"""The GAIA plane of PROMETHEE: partners, criteria and the decision stick in two dimensions."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from criteria.study import StudyState
from scoring.kernels import single_criterion_flows
from scoring.sensitivity import BatchScorer


@dataclass(frozen=True, eq=False)
class GaiaPlane:
    """Coordinates in the plane of the first two principal components of the criterion flows.

    ``partners_xy`` ``(n, 2)`` places each partner, ``criteria_xy`` ``(m, 2)`` is each criterion's
    axis (the projected unit vector), ``stick`` ``(2,)`` is the projected weight vector (the
    decision stick: PROMETHEE II prefers partners far along it). ``delta`` is the share of the
    flows' variance the plane keeps; below about 0.6 the picture can mislead.
    """

    partners: tuple[str, ...]
    criteria: tuple[str, ...]
    partners_xy: np.ndarray
    criteria_xy: np.ndarray
    stick: np.ndarray
    delta: float
    explained: tuple[float, float]


def gaia_plane(state: StudyState) -> GaiaPlane:
    """Principal component analysis of the single-criterion net flows (the GAIA plane).

    The ``(n, m)`` matrix of single-criterion PROMETHEE flows (usual preference function)
    has column means of zero, so its SVD gives the principal axes directly. Each axis's sign is
    fixed so that its largest criterion loading is positive: the plane does not flip while the
    weights change (weights move only the stick).

    Returns
    -------
    GaiaPlane
        With ``delta = 1`` when the flows have no variance at all (nothing is lost).

    References
    ----------
    .. [1] Mareschal, B., & Brans, J.-P. (1988). Geometrical representations for MCDA.
       *European Journal of Operational Research*, 34(1), 69-77.
    .. [2] Brans, J.-P., & Mareschal, B. (2005). PROMETHEE methods, sec. 5.5 (the GAIA plane).
       In *Multiple Criteria Decision Analysis: State of the Art Surveys*. Springer.
    """
    scorer = BatchScorer.of(state)
    prepared = scorer.prepared
    flows = single_criterion_flows(prepared.values, prepared.benefit)
    _, singular, vt = np.linalg.svd(flows, full_matrices=False)
    axes = np.zeros((flows.shape[1], 2))
    kept = min(2, vt.shape[0])
    axes[:, :kept] = vt[:kept].T
    for k in range(kept):
        largest = np.argmax(np.abs(axes[:, k]))
        axes[:, k] *= 1.0 if axes[largest, k] >= 0 else -1.0
    variance = singular**2
    total = variance.sum()
    explained = np.zeros(2)
    explained[:kept] = variance[:kept] / total if total > 0 else (1.0, 0.0)[:kept]
    return GaiaPlane(
        partners=scorer.partners,
        criteria=scorer.criteria,
        partners_xy=flows @ axes,
        criteria_xy=axes,
        stick=scorer.weights @ axes,
        delta=float(explained.sum()),
        explained=(float(explained[0]), float(explained[1])),
    )
