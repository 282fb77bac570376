"""PROMETHEE I: the partial ranking from the leaving flow phi+ and the entering flow phi-.

Brans & Mareschal (2005), sec. 5.3.1, eq. (5.10): with ``phi+`` (how strongly a partner
outranks the others, higher is better) and ``phi-`` (how strongly it is outranked, lower is
better), for two partners a and b

- a outranks b (``a P b``) when a is at least as good on both flows and better on one:
  ``phi+(a) > phi+(b)`` and ``phi-(a) < phi-(b)``, or ``>`` with ``=``, or ``=`` with ``<``;
- a and b are indifferent (``a I b``) when ``phi+(a) = phi+(b)`` and ``phi-(a) = phi-(b)``;
- a and b are incomparable (``a R b``) when each is better on one flow: ``phi+(a) > phi+(b)``
  and ``phi-(a) > phi-(b)``, or both ``<``.

Flows within ``scoring.ranks.TOLERANCE`` (1e-9, the tie rule of every ranking) count as equal.
The net flow ``phi = phi+ - phi-`` (PROMETHEE II) stays the ranking; PROMETHEE I says where it
rests on a trade-off between the two flows.

References
----------
.. [1] Brans, J.-P., & Mareschal, B. (2005). PROMETHEE methods. In J. Figueira, S. Greco &
   M. Ehrgott (Eds.), *Multiple Criteria Decision Analysis: State of the Art Surveys*, ch. 5,
   sec. 5.3.1 (PROMETHEE I partial ranking). Springer.
.. [2] Brans, J.-P., Vincke, Ph., & Mareschal, B. (1986). How to select and how to rank
   projects: The PROMETHEE method. *European Journal of Operational Research*, 24(2), 228-238.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from criteria.study import StudyState
from scoring import kernels
from scoring.rank import prepare_and_rank
from scoring.ranks import TOLERANCE

PAIR_LIMIT = 300  # partners up to which every pair is listed (44,850 pairs); beyond, only the flows


class Relation(StrEnum):
    OUTRANKS = "outranks"
    INDIFFERENT = "indifferent"
    INCOMPARABLE = "incomparable"


@dataclass(frozen=True, eq=False)
class PartialRanking:
    """Each kept partner's flows, in the net-flow ranking's order (best first)."""

    partners: tuple[str, ...]
    phi_plus: np.ndarray
    phi_minus: np.ndarray

    @property
    def phi(self) -> np.ndarray:
        return self.phi_plus - self.phi_minus

    def relation(self, a: int, b: int) -> Relation | None:
        """``a``'s relation to ``b``: OUTRANKS, INDIFFERENT, INCOMPARABLE, or None when b outranks a."""
        return _relations(self.phi_plus[[a]], self.phi_minus[[a]], self.phi_plus[[b]], self.phi_minus[[b]])[0]

    def pairs(self) -> list[tuple[int, Relation, int]]:
        """Every pair once, as ``(a, relation, b)`` read "a outranks b", "a and b are indifferent"
        or "... incomparable"; a is the one listed first (better by net flow) unless b outranks a.
        Empty above ``PAIR_LIMIT`` partners."""
        if not self.lists_pairs:
            return []
        a, b = np.triu_indices(len(self.partners), k=1)
        relations = _relations(self.phi_plus[a], self.phi_minus[a], self.phi_plus[b], self.phi_minus[b])
        return [
            (j, Relation.OUTRANKS, i) if relation is None else (i, relation, j)
            for i, j, relation in zip(a.tolist(), b.tolist(), relations, strict=True)
        ]

    def incomparable(self) -> list[tuple[int, int]]:
        """The incomparable pairs ``(a, b)``, a before b in the net-flow order (none listed
        above ``PAIR_LIMIT`` partners: see :attr:`lists_pairs`)."""
        return [(a, b) for a, relation, b in self.pairs() if relation is Relation.INCOMPARABLE]

    @property
    def lists_pairs(self) -> bool:
        """Whether the study is small enough to list every pair (``PAIR_LIMIT``)."""
        return len(self.partners) <= PAIR_LIMIT


def _compare(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """-1, 0 or 1 per element: ``x`` below, equal to (within ``TOLERANCE``) or above ``y``."""
    return np.where(np.abs(x - y) <= TOLERANCE, 0, np.sign(x - y)).astype(int)


def _relations(plus_a, minus_a, plus_b, minus_b) -> list[Relation | None]:
    """Each a's relation to its b (eq. 5.10), None where b outranks a."""
    plus = _compare(plus_a, plus_b)
    minus = _compare(minus_b, minus_a)  # lower phi- is better
    codes = np.select(
        [(plus == 0) & (minus == 0), (plus >= 0) & (minus >= 0), (plus <= 0) & (minus <= 0)], [0, 1, 2], 3
    )
    return [(Relation.INDIFFERENT, Relation.OUTRANKS, None, Relation.INCOMPARABLE)[c] for c in codes.tolist()]


def partial_ranking(state: StudyState) -> PartialRanking:
    """PROMETHEE I of a study (its method set to PROMETHEE, with the criteria's preference functions)."""
    prepared, ranking = prepare_and_rank(state.replace(method="promethee"))
    X = prepared.values
    n = X.shape[0]
    w = np.asarray(ranking.weights)
    if n < 2:
        zeros = np.zeros(n)
        return PartialRanking(ranking.partners, zeros, zeros)
    leaving, entering = kernels.promethee_flow_sums(
        X, prepared.benefit, prepared.lo, prepared.hi, prepared.method.preferences
    )
    order = ranking.order
    return PartialRanking(
        tuple(ranking.partners[k] for k in order),
        (leaving @ w / (n - 1))[order],
        (entering @ w / (n - 1))[order],
    )
