"""What each method's per-criterion breakdown (``Ranking.contributions``) shows, in words.

Only WSM and PROMETHEE II are additive: their parts are points of the score and add up to it.
For the others a part is the partner's gap to the ideal on one criterion, and the words say
how the gaps combine (TOPSIS: Euclidean distance d+; VIKOR: they add up to S, the rank is by
Q; WPM: log of the score over an ideal partner's). The chart's axis title, the why-panel and
the Ranking sheet's headers all take their words from here, so none of them calls a gap a score.
The numbers themselves come from the ``*_contributions`` twins in ``scoring.kernels``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from criteria.i18n import N_, Language, language


@dataclass(frozen=True)
class Breakdown:
    """How to read one method's ``(n, m)`` breakdown.

    ``label`` names a part ("points of the score", "gap to the ideal"); ``reading`` says what
    0 and the sign mean; ``total`` what the parts of a row add up to or combine into.
    ``sums_to_score`` is True only when a row adds up to the method's score.
    ``higher_is_better`` is True when a larger part is better for the partner.
    """

    label: str
    reading: str
    total: str
    column: str  # Ranking-sheet header suffix, short
    short: str  # how the parts combine, in a few words for an axis title
    sums_to_score: bool
    higher_is_better: bool
    euclidean: bool = False  # parts combine as a Euclidean norm rather than a sum
    note: str = ""  # what else the score rests on

    def _note(self) -> str:
        return f"; {self.note}" if self.note else ""

    @property
    def heading(self) -> str:
        return f"{self.label[0].upper()}{self.label[1:]} per criterion"

    @property
    def axis_title(self) -> str:
        """The chart's axis title: what a bar segment is, then how the segments combine."""
        return f"{self.heading} ({self.short})"

    def sentence_head(self, parts: np.ndarray, lang: Language | str | None = None) -> str:
        """``heading (reading; total: value here; note)`` for one partner's parts, in ``lang``."""
        lang = language(lang)
        heading = lang.t("{part} per criterion", part=lang.t(self.label))
        return lang.t(
            "{heading} ({reading}; {total}: {value} here{note})",
            heading=heading[0].upper() + heading[1:],
            reading=lang.t(self.reading),
            total=lang.t(self.total),
            value=lang.number(self.combined(parts), 3),
            note=f"; {lang.t(self.note)}" if self.note else "",
        )

    def header(self, criterion: str) -> str:
        """Ranking-sheet column header of one criterion's part ("contribution" kept: CONTRACT.md names it)."""
        return f"{criterion} contribution ({self.column})"

    def combined(self, parts: np.ndarray) -> np.ndarray:
        """What the parts of each row (last axis) combine into: their sum, or their Euclidean norm."""
        parts = np.asarray(parts, dtype=float)
        return np.sqrt(np.square(parts).sum(axis=-1)) if self.euclidean else parts.sum(axis=-1)

    def advantage(self, parts: np.ndarray, row: int, other: int) -> np.ndarray:
        """Per criterion, how much better row ``row`` stands than row ``other`` in this view (> 0: better)."""
        difference = np.asarray(parts[row], dtype=float) - np.asarray(parts[other], dtype=float)
        return difference if self.higher_is_better else -difference


_POINTS = N_("points of the score")
BREAKDOWNS: dict[str, Breakdown] = {
    "wsm": Breakdown(
        _POINTS,
        N_("weight x 0-1 value, 1 = best"),
        N_("they add up to the score"),
        "points of score",
        "they add up to the score",
        sums_to_score=True,
        higher_is_better=True,
    ),
    "promethee": Breakdown(
        _POINTS,
        N_("weight x net flow on that criterion alone"),
        N_("they add up to the net flow, the score"),
        "points of score",
        "they add up to the net flow, the score",
        sums_to_score=True,
        higher_is_better=True,
    ),
    "topsis": Breakdown(
        N_("gap to the ideal"),
        N_("weighted, vector-normalised; 0 = at the ideal"),
        N_("not additive: combined as a Euclidean norm they give d+, the distance to the ideal"),
        "gap to ideal",
        "0 = ideal; not additive: combined they give d+",
        sums_to_score=False,
        higher_is_better=False,
        euclidean=True,
        note=N_("the score also weighs the distance to the worst"),
    ),
    "vikor": Breakdown(
        N_("shortfall from the best"),
        N_("weight x share of the range below the best value, 0 = best"),
        N_("they add up to S, the group shortfall"),
        "shortfall, sums to S",
        "0 = best; they add up to S; the rank is by Q",
        sums_to_score=False,
        higher_is_better=False,
        note=N_("the rank is by Q, which also weighs the largest shortfall"),
    ),
    "wpm": Breakdown(
        N_("log-gap to the best"),
        N_("weight x log(value / best value), 0 = best"),
        N_("they add up to log(score / score of a partner best on every criterion)"),
        "log-gap to best",
        "0 = best; they add up to log(score / ideal score)",
        sums_to_score=False,
        higher_is_better=True,
    ),
}


def breakdown_of(method: str) -> Breakdown | None:
    """The reading of method ``method``'s breakdown, None for a method without one."""
    return BREAKDOWNS.get(method)
