"""The GAIA plane of PROMETHEE: partners, criteria and the decision stick in two dimensions.

Only the decision stick depends on the weights. :func:`gaia_axes` does the costly part once
per set of ranked values (single-criterion flows, O(n^2 m), and their SVD); :meth:`GaiaAxes.plane`
then places the stick for any weights, so a view can keep the axes while weights change.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from criteria.preference import preference_functions
from criteria.study import StudyState
from scoring.kernels import promethee_terms
from scoring.rank import rank
from scoring.result import Ranking


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


@dataclass(frozen=True, eq=False)
class GaiaAxes:
    """The weight-independent part of a GAIA plane: everything but the decision stick.

    It depends on the ranked partners' filled values and the criteria's directions only (not on
    weights or method); ``values`` and ``benefit`` are kept so :meth:`fits` can tell whether a
    later ranking has the same ones.
    """

    partners: tuple[str, ...]
    criteria: tuple[str, ...]
    values: np.ndarray  # the ranking's filled values the flows came from
    benefit: np.ndarray
    partners_xy: np.ndarray
    criteria_xy: np.ndarray
    delta: float
    explained: tuple[float, float]
    preferences: tuple | None = None  # the criteria's PROMETHEE preference functions (None: usual)

    def fits(self, ranking: Ranking, preferences: tuple | None = None) -> bool:
        """True when ``ranking`` ranks the same partners on the same values and directions
        (and the criteria keep the same preference functions)."""
        return (
            _usual_if_none(self.preferences) == _usual_if_none(preferences)
            and self.partners == ranking.partners
            and self.criteria == ranking.criteria
            and np.array_equal(self.benefit, ranking.benefit)
            and np.array_equal(self.values, ranking.values)
        )

    def plane(self, weights) -> GaiaPlane:
        """The GAIA plane with the decision stick of normalised ``weights`` (``Ranking.weights``)."""
        return GaiaPlane(
            partners=self.partners,
            criteria=self.criteria,
            partners_xy=self.partners_xy,
            criteria_xy=self.criteria_xy,
            stick=np.asarray(weights, dtype=float) @ self.criteria_xy,
            delta=self.delta,
            explained=self.explained,
        )


def _usual_if_none(preferences):
    return None if preferences is None or all(f.is_usual for f in preferences) else tuple(preferences)


def gaia_axes(ranking: Ranking, preferences: tuple | None = None) -> GaiaAxes:
    """Principal component analysis of the single-criterion net flows of ``ranking``'s values.

    The ``(n, m)`` matrix of single-criterion PROMETHEE flows (each criterion's preference
    function, ``criteria.preference``; None: the usual one everywhere)
    has column means of zero, so its SVD gives the principal axes directly. Each axis's sign is
    fixed so that its largest criterion loading is positive: the plane does not flip while the
    weights change (weights move only the stick).

    Returns
    -------
    GaiaAxes
        With ``delta = 1`` when the flows have no variance at all (nothing is lost).

    References
    ----------
    .. [1] Mareschal, B., & Brans, J.-P. (1988). Geometrical representations for MCDA.
       *European Journal of Operational Research*, 34(1), 69-77.
    .. [2] Brans, J.-P., & Mareschal, B. (2005). PROMETHEE methods, sec. 5.5 (the GAIA plane).
       In *Multiple Criteria Decision Analysis: State of the Art Surveys*. Springer.
    """
    flows = promethee_terms(
        ranking.values, ranking.benefit, ranking.lo, ranking.hi, _usual_if_none(preferences)
    )
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
    return GaiaAxes(
        partners=ranking.partners,
        criteria=ranking.criteria,
        values=ranking.values,
        benefit=ranking.benefit,
        partners_xy=flows @ axes,
        criteria_xy=axes,
        delta=float(explained.sum()),
        explained=(float(explained[0]), float(explained[1])),
        preferences=_usual_if_none(preferences),
    )


def gaia_plane(state: StudyState) -> GaiaPlane:
    """The GAIA plane of ``state``: :func:`gaia_axes` of its ranking, with its weights' stick.

    Raises ``criteria.errors.InputError`` when ``state`` cannot be ranked (``scoring.rank``).
    """
    ranking = rank(state)
    return gaia_axes(ranking, preference_functions(state.model.criteria)).plane(ranking.weights)
