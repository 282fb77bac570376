"""Rank reversal: which pairs of partners swap order when one other partner is removed.

A method that scores each partner against the others (TOPSIS's ideal, VIKOR's best and worst,
PROMETHEE's pairwise comparisons, min-max without scale bounds) can reorder two partners when a
third one leaves the study. Removing each partner in turn, rescoring the rest with the same
weights, method and missing-value policy (so a value filled in from the others' values moves
too) and comparing every remaining pair shows whether the room's order rests on who else is on
the list. A pair counts when one partner ranked strictly ahead of the other and now ranks
strictly behind it; a tie that forms or breaks is not a reversal.

References
----------
.. [1] Belton, V., & Gear, T. (1983). On a short-coming of Saaty's method of analytic
   hierarchies. *Omega*, 11(3), 228-230.
.. [2] Wang, Y.-M., & Luo, Y. (2009). On rank reversal in decision analysis. *Mathematical and
   Computer Modelling*, 49(5-6), 1221-1229.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from criteria.edits import remove_partner
from criteria.i18n import Language
from criteria.study import StudyState
from scoring.rank import rank
from scoring.sensitivity import Cancelled
from scoring.verdict import method_name

# methods whose scores of one partner never read the others' values (given complete data)
CANNOT_REVERSE = ("wpm",)


@dataclass(frozen=True)
class Reversal:
    """Without ``removed``, ``behind`` now ranks ahead of ``ahead`` (who ranked ahead before)."""

    removed: str
    ahead: str
    behind: str

    def sentence(self, method: str, lang: Language | None = None) -> str:
        lang = lang or Language()
        return lang.t(
            "Without {removed}, {ahead} and {behind} swap places under {method}.",
            removed=self.removed,
            ahead=self.ahead,
            behind=self.behind,
            method=method_name(method),
        )


@dataclass(frozen=True)
class ReversalReport:
    """Every reversal found, by removed partner in ranking order; ``checked`` partners removed."""

    method: str
    reversals: tuple[Reversal, ...]
    checked: int

    def sentences(self, lang: Language | None = None) -> list[str]:
        lang = lang or Language()
        if not self.reversals:
            return [
                lang.t(
                    "Removing any one of the {n} partners leaves the order of the others unchanged under {method}.",
                    n=lang.integer(self.checked),
                    method=method_name(self.method),
                )
            ]
        return [reversal.sentence(self.method, lang) for reversal in self.reversals]

    def to_dict(self) -> dict:
        return {
            "method": self.method,
            "checked": self.checked,
            "reversals": [
                {"removed": r.removed, "was_ahead": r.ahead, "now_ahead": r.behind} for r in self.reversals
            ],
        }


def rank_reversals(
    state: StudyState,
    *,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ReversalReport:
    """Remove each ranked partner in turn and list the pairs of the others whose order flips.

    Each removal rescores the whole study (n rankings of n - 1 partners, and an
    ``(n - 1) x (n - 1)`` comparison each), so a study of 1,000 partners takes seconds: callers
    with a window run it in the background (``progress(done, total)`` after each removal,
    ``Cancelled`` once ``should_stop()`` is true). A study of one or two partners has no pair
    left to reverse.
    """
    base = rank(state)
    rank_of = dict(zip(base.indices.tolist(), base.ranks.tolist(), strict=True))
    total = len(base.order)
    reversals: list[Reversal] = []
    for done, row in enumerate(base.order, start=1):
        if should_stop is not None and should_stop():
            raise Cancelled()
        removed = int(base.indices[row])
        reversals.extend(_flips(state, removed, rank_of))
        if progress is not None:
            progress(done, total)
    return ReversalReport(base.method, tuple(reversals), total)


def _flips(state: StudyState, removed: int, rank_of: dict[int, int]) -> list[Reversal]:
    """The pairs whose strict order flips once model row ``removed`` is gone."""
    model = state.model
    if len(rank_of) < 3:  # two ranked partners at most (the others left out): no pair left to reverse
        return []
    after = rank(state.replace(model=remove_partner(model, removed)))
    # model rows of the reduced study, back in the full model's numbering
    rows = np.asarray([i + (i >= removed) for i in after.indices.tolist()])
    before = np.asarray([rank_of[int(i)] for i in rows])
    now = np.asarray(after.ranks)
    flipped = (before[:, None] < before[None, :]) & (now[:, None] > now[None, :])
    ahead, behind = np.nonzero(flipped)
    names = model.partners
    pairs = sorted(
        zip(ahead.tolist(), behind.tolist(), strict=True), key=lambda p: (before[p[0]], before[p[1]])
    )
    return [Reversal(names[removed].name, names[rows[a]].name, names[rows[b]].name) for a, b in pairs]
