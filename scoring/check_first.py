"""What to check first: the uncertain scores whose true value would most change the decision.

For each cell with a range, the SMAA run is repeated with that cell alone fixed at its low,
middle and high value, on the same weight and value draws (common random numbers, so the
differences are the cell's doing, not sampling noise). A cell's effect is the largest change in
the leader's share of first places; cells are listed by effect, largest first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from criteria.i18n import N_, Language, language
from criteria.study import StudyState
from scoring.ranks import competition_ranks
from scoring.sensitivity import Cancelled
from scoring.smaa import BLOCK_CELLS, Study
from scoring.smaa_sampling import WeightSampler, WeightSpace, uniform_levels

CHECK_SAMPLES = 2000  # per fixed value: a share's standard error is at most 1.1 points
FIXES = ("low", "middle", "high")
NEGLIGIBLE = 0.02  # a change under 2 points of share is within sampling noise: said so
# Cells tried at most (three SMAA runs each): a 1,000-partner study has 10,000 uncertain cells.
# The cells of the partners most often first (then best ranked at the study's weights) go first.
MAX_CELLS = 300


@dataclass(frozen=True)
class CellEffect:
    """One uncertain score and what fixing it at its low, middle and high value does."""

    partner: str
    criterion: str
    score: float
    low: float
    high: float
    confidence: str
    source: str
    date: object
    values: tuple[float, float, float]  # the low, middle and high value tried
    leader_shares: tuple[float, float, float]  # the leader's share of first places at each
    shares: tuple[tuple[float, ...], ...]  # at each: every partner's share of first places
    effect: float  # the largest change in the leader's share, in shares (0.49 = 49 points)
    # at each value tried: the share of samples (same draws) whose first place goes to someone else
    winner_changes: tuple[float, float, float] = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class CheckFirst:
    leader: str
    first_shares: dict[str, float]  # every partner's share of first places with all ranges open
    cells: tuple[CellEffect, ...]  # largest effect first
    samples: int
    seed: int
    weights: WeightSpace  # how the weights were drawn
    triangular: bool  # values triangular around the score, else uniform in their ranges
    untried: int = 0  # uncertain cells beyond MAX_CELLS, of partners less often first: not tried

    def describe(self, lang: Language | str | None = None) -> str:
        """How the samples were drawn, in ``lang`` (English when not given: json and workbooks)."""
        lang = language(lang)
        values = (
            N_("values triangular within their ranges, one cell fixed at a time")
            if self.triangular
            else N_("values uniform within their ranges, one cell fixed at a time")
        )
        return lang.t("{weights}; {values}", weights=self.weights.describe(lang), values=lang.t(values))

    @property
    def description(self) -> str:
        return self.describe()

    def sentence(self, cell: CellEffect, lang: Language | str | None = None) -> str:
        """The effect in words (in ``lang``): the fix that moves the leader's share most, and who is then first."""
        lang = language(lang)
        where = lang.t("{partner}'s {criterion}", partner=cell.partner, criterion=cell.criterion)
        if cell.effect < NEGLIGIBLE:
            return lang.t(
                "Whatever {where} is between {low} and {high}, {leader} stays first "
                "in about {share} of cases (changes under {negligible})",
                where=where,
                low=lang.significant(cell.low, 6),
                high=lang.significant(cell.high, 6),
                leader=self.leader,
                share=lang.percent(self.first_shares[self.leader], 0),
                negligible=lang.percent(NEGLIGIBLE, 0),
            )
        base = self.first_shares[self.leader]
        k = int(np.argmax([abs(s - base) for s in cell.leader_shares]))
        value = cell.values[k]
        condition = (
            lang.t("If {where} is confirmed at {value}", where=where, value=lang.significant(value, 6))
            if value == cell.score
            else lang.t(
                "If {where} is {value} rather than {score}",
                where=where,
                value=lang.significant(value, 6),
                score=lang.significant(cell.score, 6),
            )
        )
        shares = dict(zip(self.first_shares, cell.shares[k], strict=True))
        leader = lang.t(
            "{leader} ranks first in {share} of cases instead of {base}",
            leader=self.leader,
            share=lang.percent(shares[self.leader], 0),
            base=lang.percent(base, 0),
        )
        (top, share), (second, runner_up) = sorted(shares.items(), key=lambda item: -item[1])[:2]
        if share - runner_up < NEGLIGIBLE:  # no clear leader then: say so rather than name one
            return lang.t(
                "{condition}, no partner clearly leads ({top} {share}, {second} {runner_up}); {leader}",
                condition=condition,
                top=top,
                share=lang.percent(share, 0),
                second=second,
                runner_up=lang.percent(runner_up, 0),
                leader=leader,
            )
        if top == self.leader:
            return lang.t("{condition}, {leader}", condition=condition, leader=leader)
        return lang.t(
            "{condition}, {top} leads in {share} of cases instead of {before} ({leader})",
            condition=condition,
            top=top,
            share=lang.percent(share, 0),
            before=lang.percent(self.first_shares[top], 0),
            leader=leader,
        )

    def to_dict(self, limit: int | None = None) -> dict:
        return {
            "leader": self.leader,
            "leader_first_share": self.first_shares[self.leader],
            "samples": self.samples,
            "seed": self.seed,
            "sampling": self.description,
            "untried_cells": self.untried,
            "cells": [
                {
                    "partner": c.partner,
                    "criterion": c.criterion,
                    "score": c.score,
                    "low": c.low,
                    "high": c.high,
                    "confidence": c.confidence,
                    "source": c.source,
                    "date": None if c.date is None else str(c.date),
                    "effect": c.effect,
                    "leader_first_share_if": dict(zip(FIXES, c.leader_shares, strict=True)),
                    "values_tried": dict(zip(FIXES, c.values, strict=True)),
                    "winner_changes_if": dict(zip(FIXES, c.winner_changes, strict=True)),
                    "sentence": self.sentence(c),
                }
                for c in self.cells[:limit]
            ],
        }

    def sheet(self) -> tuple[str, list[list]]:
        notes = [
            ["Leader", self.leader],
            ["Leader's share of first places", self.first_shares[self.leader]],
            ["Samples per value tried", self.samples],
            ["Seed", self.seed],
            ["Sampling", self.description],
            ["Cells not tried", self.untried],
            [],
        ]
        header = [
            "Check",
            "Partner",
            "Criterion",
            "Score",
            "Low",
            "High",
            "Confidence",
            "Source",
            "Date",
            *(f"Leader first if {f}" for f in FIXES),
            *(f"Winner changes if {f}" for f in FIXES),
            "Largest change",
            "In words",
        ]
        rows = [
            [
                k,
                c.partner,
                c.criterion,
                c.score,
                c.low,
                c.high,
                c.confidence or None,
                c.source or None,
                c.date if isinstance(c.date, str) or c.date is None else str(c.date),
                *c.leader_shares,
                *c.winner_changes,
                c.effect,
                self.sentence(c),
            ]
            for k, c in enumerate(self.cells, start=1)
        ]
        return "Check first", [*notes, header, *rows]


def _firsts(study: Study, space, U, W, cells) -> np.ndarray:
    """``(samples, n)``: True where the partner ranks first in that sample."""
    n, m = len(study.scorer.partners), len(study.scorer.criteria)
    rows = max(1, BLOCK_CELLS // max(n * m, 1))
    firsts = np.empty((len(W), n), dtype=bool)
    drawn_scores = study.drawn_scores(space, cells)
    for start in range(0, len(W), rows):
        block = slice(start, start + rows)
        scores = drawn_scores(U[block], W[block][:, None, :])[:, 0, :]
        firsts[block] = competition_ranks(scores, higher_is_better=study.scorer.higher_is_better) == 1
    return firsts


def check_first(
    state: StudyState,
    study: Study,
    *,
    n_samples: int = CHECK_SAMPLES,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> CheckFirst:
    """Rank the uncertain cells of ``study`` (built from ``state``) by their effect on the leader.

    Raises
    ------
    Cancelled
        When ``should_stop()`` returned True (checked between cells).
    """
    scorer, space = study.scorer, study.values
    cells = space.cells
    W = WeightSampler(study.weights, scorer.weights, np.random.default_rng(seed)).take(n_samples)
    U = uniform_levels(np.random.default_rng([seed, 1]), n_samples, cells.size)
    base_firsts = _firsts(study, space, U, W, cells)
    base = base_firsts.mean(axis=0)
    leader = int(np.argmax(base))
    partners = scorer.partners
    m = len(scorer.criteria)
    evidence = state.model.evidence_cells()
    effects = []
    place = np.empty(len(partners), dtype=int)
    place[scorer.order] = np.arange(len(partners))
    tried = sorted(cells.tolist(), key=lambda c: (-base[c // m], place[c // m], c))[:MAX_CELLS]
    for done, cell in enumerate(tried):
        if should_stop is not None and should_stop():
            raise Cancelled(f"stopped after {done} of {len(tried)} cells")
        r, j = divmod(cell, m)
        low, high = float(space.low.flat[cell]), float(space.high.flat[cell])
        values = (low, (low + high) / 2, high)
        firsts = [_firsts(study, space.fixed(cell, v), U, W, cells) for v in values]
        shares = [f.mean(axis=0) for f in firsts]
        item = evidence.get((int(scorer.ranking.indices[r]), j))
        effects.append(
            CellEffect(
                partners[r],
                scorer.criteria[j],
                float(space.base.flat[cell]),
                low,
                high,
                item.confidence if item else "",
                item.source if item else "",
                item.date if item else None,
                values,
                tuple(float(s[leader]) for s in shares),
                tuple(tuple(map(float, s)) for s in shares),
                float(max(abs(s[leader] - base[leader]) for s in shares)),
                tuple(float((f != base_firsts).any(axis=1).mean()) for f in firsts),
            )
        )
        if progress is not None:
            progress(done + 1, len(tried))
    effects.sort(key=lambda e: -e.effect)
    return CheckFirst(
        partners[leader],
        dict(zip(partners, map(float, base), strict=True)),
        tuple(effects),
        int(n_samples),
        int(seed),
        study.weights,
        space.triangular,
        int(cells.size - len(tried)),
    )
