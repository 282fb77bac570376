"""``Ranking``: the frozen outcome of scoring one study."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from criteria.i18n import format_readable
from criteria.levels import NO_SCREEN, Screen
from scoring.breakdown import Breakdown, breakdown_of
from scoring.compromise import Compromise
from scoring.dominance import dominated_by

# methods whose scores span orders of magnitude (WPM's products: 1.3e-9 is a real score), read in
# scientific notation when small; the others score on a fixed scale (VIKOR's Q in 0..1), where a
# leader's Q of 4e-17 is rounding and reads 0.000
SCIENTIFIC_SCORES = ("wpm",)


def readable_score(score: float, decimals: int = 4) -> str:
    """A score for reading in English (``criteria.i18n.format_readable``: fixed places, or
    scientific notation when they would hide it)."""
    return format_readable(score, decimals)


@dataclass(frozen=True, eq=False)
class Ranking:
    """Scores and ranks of the partners kept for ranking, in workbook order.

    Arrays are read-only; row ``r`` of every array belongs to ``partners[r]`` (model row
    ``indices[r]``). ``order`` lists rows best first (ties in workbook order).
    ``contributions`` holds each criterion's part of the method's breakdown, as documented per
    method in ``scoring.kernels`` and read through ``breakdown`` (None for methods without one). ``filled`` marks values filled in by the
    missing-value policy; ``excluded`` names the partners the policy left out. ``lo`` and ``hi``
    are each criterion's min-max range as the scores used it (``scoring.normalise.resolve_range``:
    scale bounds where given, else the observed range of ``values``).
    """

    method: str
    criteria: tuple[str, ...]
    weights: tuple[float, ...]
    partners: tuple[str, ...]
    indices: np.ndarray
    scores: np.ndarray
    ranks: np.ndarray
    order: np.ndarray
    contributions: np.ndarray | None
    filled: np.ndarray
    excluded: tuple[str, ...]
    higher_is_better: bool
    values: np.ndarray  # the filled values the scores rest on
    benefit: np.ndarray
    lo: np.ndarray  # (m,) min-max range the kernel used
    hi: np.ndarray
    compromise: Compromise | None = None  # VIKOR only: the authors' compromise solution
    screen: Screen = NO_SCREEN  # minimum levels (criteria.levels): failures, partners left out

    @property
    def scientific_scores(self) -> bool:
        """Whether small scores are read in scientific notation (``SCIENTIFIC_SCORES``)."""
        return self.method in SCIENTIFIC_SCORES

    def fails_minimum(self, row: int, lang=None) -> tuple[str, ...]:
        """Why ranked partner ``row`` fails a minimum level, in words (empty when it passes)."""
        return self.screen.words(int(self.indices[row]), lang)

    @property
    def left_out_below_minimum(self) -> tuple[str, ...]:
        """The partners left out of the ranking for failing a minimum level (setting exclude)."""
        return tuple(self.screen.failures[i][0].partner for i in self.screen.left_out)

    @property
    def excluded_for_missing(self) -> tuple[str, ...]:
        """The partners the missing-value policy left out (``excluded`` less the minimum levels')."""
        below = set(self.left_out_below_minimum)
        return tuple(name for name in self.excluded if name not in below)

    @cached_property
    def dominated_by(self) -> tuple[tuple[int, ...], ...]:
        """Per partner, the rows (into ``partners``) of the partners that Pareto-dominate it.

        Computed on first use: it does not depend on the weights, and costs more than scoring.
        """
        return dominated_by(self.values, self.benefit)

    @property
    def breakdown(self) -> Breakdown | None:
        """How to read ``contributions``: points of the score or gaps to the ideal (None without them)."""
        return None if self.contributions is None else breakdown_of(self.method)

    @property
    def rests_on_filled(self) -> np.ndarray:
        """True for partners with at least one filled-in value."""
        return self.filled.any(axis=1)

    def ranked(self) -> list[tuple[int, str, float]]:
        """``(rank, partner, score)`` best first, ties in workbook order."""
        return [(int(self.ranks[r]), self.partners[r], float(self.scores[r])) for r in self.order]
