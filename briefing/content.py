"""What the brief says, as data in no language: every figure, computed once for one study.

The figures come from the same ``scoring`` functions, with the same settings and seed, as the
result workbook of ``partner-scout sensitivity --out`` (``Ranking``, ``Acceptability``,
``Tipping points``, ``Method comparison``, ``Scenario comparison``), so the two agree.
``briefing.text`` turns this into sentences and tables in English or Vietnamese.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from criteria.errors import InputError
from criteria.study import WORKBOOK_WEIGHTS, StudyState, same_weights
from scoring.agreement import MethodRanks, ranks_by_method
from scoring.check_first import CheckFirst
from scoring.missing_range import RankRange, missing_value_ranges
from scoring.result import Ranking
from scoring.scenarios import ScenarioComparison, compare_scenarios
from scoring.sensitivity import DEFAULT_SAMPLES, DEFAULT_SEED, DEFAULT_SPREAD, Acceptability
from scoring.tipping import TippingReport, tipping_points
from scoring.verdict import Verdict, compose_verdict
from workbooks.front_matter import FrontMatter

WORKBOOK, SCENARIO, OVERRIDES, SET_IN_APP = "workbook", "scenario", "overrides", "set in app"


@dataclass(frozen=True)
class WeightSource:
    """Where the weights came from: the ``Criteria`` sheet, a scenario, ``--weights`` on one of
    them, or the desktop app (AHP, ballots, edits by hand...)."""

    kind: str  # WORKBOOK, SCENARIO, OVERRIDES or SET_IN_APP
    scenario: str | None = None  # the scenario used (or overridden)
    overrides: str | None = None  # the --weights text, or how the app set them (StudyState.weights_from)

    @classmethod
    def of_state(cls, state: StudyState) -> WeightSource:
        """The source of the weights a study shows: the workbook's or a scenario's only while
        they are exactly those; any other weights are quoted as the app describes them."""
        if state.weights_from == WORKBOOK_WEIGHTS and state.weights_label == WORKBOOK_WEIGHTS:
            return cls(WORKBOOK)
        origin = state.origin
        scenario = origin.scenario if origin else None
        if scenario and state.scenario_shown == scenario and same_weights(origin.weights, state.weights):
            return cls(SCENARIO, scenario)
        return cls(SET_IN_APP, overrides=state.weights_from)


@dataclass(frozen=True, eq=False)
class BriefContent:
    """Every figure of the brief for one study (language-neutral)."""

    front: FrontMatter
    source: str  # the workbook's file name, "" for a study not saved yet
    date: dt.date
    version: str
    state: StudyState
    weight_source: WeightSource
    ranking: Ranking
    acceptability: Acceptability
    tipping: TippingReport
    agreement: MethodRanks  # the ranks of the Method comparison sheet (its correlations are not quoted)
    scenarios: ScenarioComparison | None
    missing_ranges: tuple[RankRange, ...]
    missing_cells: tuple[tuple[str, str, str], ...]  # (cell, partner, criterion) of each empty cell
    check_first: CheckFirst | None = None  # the uncertain scores to verify first; None without ranges

    @property
    def tied_first(self) -> tuple[str, ...]:
        """The partners at rank 1 (more than one when the top is a tie)."""
        return tuple(p for p, r in zip(self.ranking.partners, self.ranking.ranks) if r == 1)

    @cached_property
    def verdict(self) -> Verdict:
        """The app's verdict (``scoring.verdict``) on these figures: the one grading of how sure the
        winner is (share of first places, nearest tipping point, every method together)."""
        return compose_verdict(self.ranking, self.acceptability, self.tipping, self.agreement)

    @property
    def winner(self) -> str:
        return self.ranking.partners[int(self.ranking.order[0])]

    def first_share(self, partner: str) -> float:
        """Share of Monte Carlo samples in which ``partner`` ranks first."""
        return float(self.acceptability.top_shares(1)[self.acceptability.partners.index(partner), 0])

    def methods_ranking_first(self, partner: str) -> tuple[str, ...]:
        """The methods of the agreement table that put ``partner`` at rank 1 (not VIKOR when its
        answer is a compromise set of several partners: that is no first place)."""
        row = self.agreement.partners.index(partner)
        compromise = self.agreement.vikor_set
        return tuple(
            m
            for m, r in zip(self.agreement.methods, self.agreement.ranks[row])
            if r == 1 and not (m == "vikor" and compromise)
        )

    def range_of(self, partner: str) -> RankRange | None:
        return next((r for r in self.missing_ranges if r.partner == partner), None)


def build_content(
    state: StudyState,
    front: FrontMatter,
    *,
    source: str | Path | None,
    weight_source: WeightSource,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    spread: float | str = DEFAULT_SPREAD,
    today: dt.date | None = None,
    acceptability: Acceptability | None = None,
) -> BriefContent:
    """Compute every figure of the brief (InputError when the study cannot be scored).

    ``acceptability``: a Monte Carlo run on this very state (the app's last one) instead of
    sampling ``samples`` anew. The scores to verify first are computed when the Evidence sheet
    gives any score a range.
    """
    from scoring import rank
    from scoring.sensitivity import rank_acceptability
    from workbooks.writer import tool_version

    model = state.model
    ranking = rank(state)
    ranked = np.isin(np.arange(len(model.partners)), ranking.indices)[:, None]
    cells = tuple(  # the filled-in cells of partners ranked, not of those left out
        (model.cell_ref(i, j) or "", model.partners[i].name, model.criteria[j].name)
        for i, j in zip(*(model.missing & ranked).nonzero())
    )
    return BriefContent(
        front=front,
        source=Path(source).name if source else "",
        date=today or dt.date.today(),
        version=tool_version(),
        state=state,
        weight_source=weight_source,
        ranking=ranking,
        acceptability=acceptability or rank_acceptability(state, n_samples=samples, seed=seed, spread=spread),
        tipping=tipping_points(state),
        agreement=ranks_by_method(state),
        scenarios=compare_scenarios(state) if model.scenarios else None,
        missing_ranges=missing_value_ranges(state),
        missing_cells=cells,
        check_first=_check_first(state, seed),
    )


def _check_first(state: StudyState, seed: int) -> CheckFirst | None:
    """``partner-scout sensitivity --values``'s list (same seed), or None when no score has a range."""
    from scoring.check_first import check_first
    from scoring.smaa import Study

    try:
        study = Study.of(state)
    except InputError:  # WPM with a range reaching 0: sensitivity --values says which; the brief skips it
        return None
    return check_first(state, study, seed=seed) if study.values.cells.size else None
