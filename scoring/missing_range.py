"""How far a partner's rank rests on the values filled in for its gaps.

For each partner with filled-in values, the study is scored twice more: once with that
partner's missing cells at the best value they could take, once at the worst (the scale bound
where ``Min``/``Max`` are given, else the best or worst observed value; ``criteria.missing``),
while every other partner keeps the values the missing-value policy gave it. For methods
monotone in a partner's own values these two corners are its best and worst rank; the rank
under the policy's own fill is included in the range.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from criteria.missing import best_case, fill_values
from criteria.study import StudyState
from scoring.normalise import resolve_range
from scoring.ranks import competition_ranks
from scoring.sensitivity import BatchScorer


@dataclass(frozen=True)
class RankRange:
    """Partner ``partner`` ranks ``rank`` as filled, between ``best`` and ``worst`` otherwise."""

    partner: str
    rank: int
    best: int
    worst: int
    cells: tuple[str, ...]  # the filled cells, as ``Speed (Partners!F6)``

    def sentence(self) -> str:
        if self.best == self.worst:
            return f"{self.partner}: rank {self.rank} however its gaps are filled"
        return (
            f"{self.partner}: rank {self.rank} as filled; {self.best} to {self.worst} depending on its gaps"
        )


def missing_value_ranges(state: StudyState) -> tuple[RankRange, ...]:
    """Best and worst rank of every partner with filled-in values, workbook order.

    Empty when nothing was filled (no gaps, or policy ``exclude``).

    References
    ----------
    .. [1] Lahdelma, R., Miettinen, K., & Salminen, P. (2003). Ordinal criteria in stochastic
       multicriteria acceptability analysis (SMAA). *European Journal of Operational Research*,
       147(1), 117-127 (bounding ranks over the values a criterion may take).
    """
    scorer = BatchScorer.of(state)
    prepared, ranking = scorer.prepared, scorer.ranking
    model = state.model
    filled = prepared.fill.filled
    if not filled.any():
        return ()
    rows = prepared.fill.kept
    corners = (best_case(model)[rows], fill_values(model, model.values, model.missing)[rows])
    ranges = []
    for r in np.flatnonzero(filled.any(axis=1)):
        found = [int(ranking.ranks[r])]
        for corner in corners:
            values = prepared.values.copy()
            values[r] = np.where(filled[r], corner[r], values[r])
            lo, hi = resolve_range(values, model.lower_bounds, model.upper_bounds)
            moved = dataclasses.replace(
                prepared, fill=dataclasses.replace(prepared.fill, values=values), lo=lo, hi=hi
            )
            compared = moved.compared(scorer.weights)
            found.append(int(competition_ranks(compared, higher_is_better=scorer.higher_is_better)[r]))
        ranges.append(RankRange(scorer.partners[r], found[0], min(found), max(found), _cells(model, rows[r])))
    return tuple(ranges)


def _cells(model, row: int) -> tuple[str, ...]:
    """The missing cells of model row ``row``, as ``Speed (Partners!F6)``."""
    found = []
    for j in np.flatnonzero(model.missing[row]):
        ref = model.cell_ref(row, j)
        found.append(model.criteria[j].name + (f" (Partners!{ref})" if ref else ""))
    return tuple(found)
