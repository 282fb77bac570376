"""VIKOR's compromise solution as its authors define it: Q ranks, two conditions decide the answer.

Opricovic & Tzeng (2004, sec. 3, step 5; 2007, sec. 2) rank by Q, then propose the partner
first by Q, a1, as the compromise solution only when

- C1, *acceptable advantage*: ``Q(a2) - Q(a1) >= DQ`` with ``DQ = 1/(n - 1)``, a2 second by Q;
- C2, *acceptable stability in decision making*: a1 is also best ranked by S or/and by R.

When a condition fails, the answer is a set: a1 and a2 when only C2 fails; a1, ..., aM when C1
fails, aM the last partner with ``Q(aM) - Q(a1) < DQ``. Q, S and R are compared with the tie
tolerance of ``scoring.ranks`` (a lead within 1e-9 of DQ reaches it; S within 1e-9 of the
smallest is best). A single partner is the compromise solution on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from criteria.i18n import Language
from scoring.kernels import vikor_parts
from scoring.ranks import TOLERANCE, competition_ranks, order


@dataclass(frozen=True, eq=False)
class Compromise:
    """VIKOR's S, R, Q for the ranked partners (rows as in the ``Ranking``) and the answer.

    ``members`` are the rows of the compromise set, best Q first; ``advantage`` is
    ``Q(a2) - Q(a1)`` (None, like ``dq`` and ``second``, with one partner); ``best_by`` says which of "S" and "R" put a1 first.
    """

    v: float
    S: np.ndarray
    R: np.ndarray
    Q: np.ndarray
    dq: float | None
    advantage: float | None
    acceptable_advantage: bool  # C1
    acceptable_stability: bool  # C2
    best_by: tuple[str, ...]
    members: tuple[int, ...]
    second: int | None  # a2, the row second by Q

    @property
    def leader(self) -> int:
        return self.members[0]

    @property
    def single(self) -> bool:
        return len(self.members) == 1

    def names(self, partners) -> list[str]:
        return [partners[r] for r in self.members]

    def to_dict(self, partners) -> dict:
        """Plain data for json: the set by name and what decided it."""
        return {
            "v": self.v,
            "dq": self.dq,
            "advantage": self.advantage,
            "acceptable_advantage": self.acceptable_advantage,
            "acceptable_stability": self.acceptable_stability,
            "best_by": list(self.best_by),
            "compromise_set": self.names(partners),
            "S": {partners[r]: float(s) for r, s in enumerate(self.S)},
            "R": {partners[r]: float(x) for r, x in enumerate(self.R)},
        }

    def sentence(self, partners, lang: Language | None = None) -> str:
        """The answer in words, naming every member and the condition that failed."""
        lang = lang or Language()
        names = self.names(partners)
        v = lang.number(self.v, 2).rstrip("0").rstrip(".,")  # 0.5, 0.25, 1
        if self.advantage is None:
            return lang.t(
                "{a1} is the only partner, so it is the compromise solution under VIKOR.", a1=names[0]
            )
        a1, a2 = partners[self.leader], partners[self.second]
        figures = {
            "a1": a1,
            "a2": a2,
            "v": v,
            "adv": lang.number(self.advantage, 3),
            "dq": lang.number(self.dq, 3),
        }
        if self.single:
            return lang.t(
                "{a1} is the compromise solution under VIKOR (v = {v}): its lead in Q over {a2} ({adv}) "
                "reaches the acceptable advantage DQ = {dq}, and it is also best by {best}.",
                best=lang.t("S and R") if len(self.best_by) == 2 else self.best_by[0],
                **figures,
            )
        together = lang.t(
            "{names} together form the compromise solution under VIKOR (v = {v})",
            names=lang.names(names),
            v=v,
        )
        reasons = []
        if not self.acceptable_advantage:
            reasons.append(
                lang.t(
                    "{a1}'s lead in Q over {a2} ({adv}) is below the acceptable advantage DQ = {dq}",
                    **figures,
                )
            )
        if not self.acceptable_stability:
            reasons.append(
                lang.t(
                    "{a1} is best by neither group utility S nor individual regret R, so its lead is not stable",
                    a1=a1,
                )
            )
        return f"{together}: {'; '.join(reasons)}."


def compromise_of(S, R, Q, v: float, ranks=None) -> Compromise:
    """Apply conditions C1 and C2 to VIKOR's S, R and Q (``(n,)`` each; ``ranks``: Q's competition
    ranks, computed when not given). See the module docstring."""
    S, R, Q = (np.asarray(a, dtype=float) for a in (S, R, Q))
    if ranks is None:
        ranks = competition_ranks(Q, higher_is_better=False)
    by_q = order(ranks)
    a1 = int(by_q[0])
    if len(Q) < 2:
        return Compromise(v, S, R, Q, None, None, True, True, ("S", "R"), (a1,), None)
    dq = 1.0 / (len(Q) - 1)
    advantage = float(Q[by_q[1]] - Q[a1])
    c1 = advantage >= dq - TOLERANCE
    best_by = tuple(name for name, values in (("S", S), ("R", R)) if values[a1] <= values.min() + TOLERANCE)
    c2 = bool(best_by)
    if not c1:
        members = tuple(int(r) for r in by_q if Q[r] - Q[a1] < dq - TOLERANCE)
    elif not c2:
        members = (a1, int(by_q[1]))
    else:
        members = (a1,)
    return Compromise(v, S, R, Q, dq, advantage, bool(c1), c2, best_by, members, int(by_q[1]))


def vikor_compromise(X, w, benefit, v: float, ranks=None) -> Compromise:
    """:func:`compromise_of` on the S, R and Q of ``scoring.kernels.vikor_parts`` for one weight vector.

    References
    ----------
    .. [1] Opricovic, S., & Tzeng, G.-H. (2004). Compromise solution by MCDM methods: A
       comparative analysis of VIKOR and TOPSIS. *EJOR*, 156(2), 445-455, sec. 3 (step 5).
    .. [2] Opricovic, S., & Tzeng, G.-H. (2007). Extended VIKOR method in comparison with
       outranking methods. *EJOR*, 178(2), 514-529, sec. 2.
    """
    S, R, Q = vikor_parts(X, w, benefit, v)
    return compromise_of(S, R, Q, v, ranks)
