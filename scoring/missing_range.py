"""How far a partner's rank rests on the values filled in for its gaps.

For each partner with filled-in values, the study is scored twice more: once with that
partner's missing cells at the best value they could take, once at the worst (the scale bound
where ``Min``/``Max`` are given, else the best or worst observed value; ``criteria.missing``),
while every other partner keeps the values the missing-value policy gave it. The rank under the
policy's own fill is included in the range. For WSM, WPM and PROMETHEE these two corners are
the partner's best and worst rank over every fill (:data:`EXACT_METHODS`); for the others the
range is an estimate and says so.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from criteria.i18n import Language, language
from criteria.missing import best_case, fill_values
from criteria.study import StudyState
from scoring.normalise import resolve_range
from scoring.ranks import competition_ranks
from scoring.sensitivity import BatchScorer

# Methods for which the two corners are the partner's best and worst rank over every fill (a
# partner's own scores rise with its values, and nobody else's scores depend on them, or -
# PROMETHEE - fall as they rise); tests/scoring/test_missing_range.py checks each against
# brute force. TOPSIS (column norms) and VIKOR (f*, S*, R* move with the fill) are not monotone
# that way: their corners give an estimate, which can be narrower than the truth.
EXACT_METHODS = frozenset({"wsm", "wpm", "promethee"})
# Methods whose every score depends on its own row alone (given the min-max range, which fills
# inside the scale or observed range do not move): all corners are scored in one batch.
ROW_WISE_METHODS = frozenset({"wsm", "wpm"})
BLOCK_SCORES = 2_000_000  # rank rows per block: (rows x partners) floats, 16 MB


@dataclass(frozen=True)
class RankRange:
    """Partner ``partner`` ranks ``rank`` as filled, between ``best`` and ``worst`` otherwise.

    ``exact`` is False when ``best`` and ``worst`` come from the two corner fills of a method
    for which other fills can reach further (:data:`EXACT_METHODS`): an estimate.
    """

    partner: str
    rank: int
    best: int
    worst: int
    cells: tuple[str, ...]  # the filled cells, as ``Speed (Partners!F6)``
    exact: bool = True

    def sentence(self, lang: Language | str | None = None) -> str:
        """The range in words, in ``lang`` (English when not given)."""
        lang = language(lang)
        values = {"partner": self.partner, "rank": self.rank, "best": self.best, "worst": self.worst}
        if self.best == self.worst:
            text = lang.t("{partner}: rank {rank} however its gaps are filled", **values)
        else:
            text = lang.t(
                "{partner}: rank {rank} as filled; {best} to {worst} depending on its gaps", **values
            )
        if not self.exact:
            text += lang.t(" (estimated from the best and worst fills; other fills may reach further)")
        return text


def missing_value_ranges(state: StudyState, *, most: int | None = None) -> tuple[RankRange, ...]:
    """Best and worst rank of every partner with filled-in values, workbook order.

    Empty when nothing was filled (no gaps, or policy ``exclude``). With ``most``, only the
    ``most`` best-ranked such partners (see :func:`range_limit` for large studies).

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
    gappy = np.flatnonzero(filled.any(axis=1))
    if most is not None and most < gappy.size:
        gappy = np.sort(gappy[np.argsort(ranking.ranks[gappy], kind="stable")[:most]])
    found = [ranking.ranks[gappy]]
    for corner in corners:
        values = np.where(filled, corner, prepared.values)
        if ranking.method in ROW_WISE_METHODS:
            found.append(_row_wise_ranks(scorer, values, gappy))
        else:
            found.append(np.array([_moved_rank(scorer, model, values, r) for r in gappy], dtype=int))
    best, worst = np.min(found, axis=0), np.max(found, axis=0)
    exact = ranking.method in EXACT_METHODS
    return tuple(
        RankRange(
            scorer.partners[r], int(found[0][k]), int(best[k]), int(worst[k]), _cells(model, rows[r]), exact
        )
        for k, r in enumerate(gappy)
    )


def range_limit(method: str, partners: int) -> int | None:
    """How many partners' ranges the command line computes: all for row-wise methods (one
    batch), else about half a million partner scores' worth (50 partners at 10,000)."""
    return None if method in ROW_WISE_METHODS else max(20, 500_000 // max(partners, 1))


def _moved_rank(scorer: BatchScorer, model, corner: np.ndarray, r: int) -> int:
    """Partner ``r``'s rank with its filled cells taken from ``corner``, everyone else as filled."""
    prepared = scorer.prepared
    values = prepared.values.copy()
    values[r] = corner[r]
    lo, hi = resolve_range(values, model.lower_bounds, model.upper_bounds)
    moved = dataclasses.replace(
        prepared, fill=dataclasses.replace(prepared.fill, values=values), lo=lo, hi=hi
    )
    compared = moved.compared(scorer.weights)
    return int(competition_ranks(compared, higher_is_better=scorer.higher_is_better)[r])


def _row_wise_ranks(scorer: BatchScorer, corner: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Ranks of ``rows``, each moved alone to its ``corner`` values, for a row-wise method.

    A row's score depends on that row alone, so one kernel call scores every corner; each
    moved partner then ranks against the others' scores as filled, a batch row per partner.
    """
    prepared = scorer.prepared
    base = prepared.compared(scorer.weights)
    moved = prepared.method.ranked_by(corner, scorer.weights, prepared.benefit, prepared.lo, prepared.hi)
    ranks = np.empty(rows.size, dtype=int)
    step = max(1, BLOCK_SCORES // base.size)
    for start in range(0, rows.size, step):
        block = rows[start : start + step]
        batch = np.tile(base, (block.size, 1))
        here = np.arange(block.size)
        batch[here, block] = moved[block]
        ranks[start : start + step] = competition_ranks(batch, higher_is_better=scorer.higher_is_better)[
            here, block
        ]
    return ranks


def _cells(model, row: int) -> tuple[str, ...]:
    """The missing cells of model row ``row``, as ``Speed (Partners!F6)``."""
    found = []
    for j in np.flatnonzero(model.missing[row]):
        ref = model.cell_ref(row, j)
        found.append(model.criteria[j].name + (f" (Partners!{ref})" if ref else ""))
    return tuple(found)
