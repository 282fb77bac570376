"""Scenario comparison: ranks under every stakeholder scenario, and the robust choices."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from criteria.errors import InputError, Problem
from criteria.i18n import N_, Language, language
from criteria.study import StudyState
from criteria.weights import normalise
from scoring.sensitivity import BatchScorer

CURRENT = N_("Current weights")  # the study's own weights, beside the named scenarios
ROBUST_TOP = 3


@dataclass(frozen=True, eq=False)
class ScenarioComparison:
    """Ranks and scores of each partner (rows) under each scenario (columns).

    ``robust`` lists the partners in the top ``top`` of every scenario ("robust choices"),
    best average rank first. ``ranks`` is the data of a bump chart.
    """

    method: str
    scenarios: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]
    partners: tuple[str, ...]
    criteria: tuple[str, ...]
    scores: np.ndarray
    ranks: np.ndarray
    top: int
    robust: tuple[str, ...]

    def winners(self) -> dict[str, tuple[str, ...]]:
        """The partners ranked first under each scenario (several when tied)."""
        return {
            name: tuple(p for p, r in zip(self.partners, self.ranks[:, k]) if r == 1)
            for k, name in enumerate(self.scenarios)
        }

    def sentence(self, lang: Language | str | None = None) -> str:
        """The robust choices in words, in ``lang`` (English when not given)."""
        lang = language(lang)
        if not self.robust:
            return lang.t("No partner is in the top {top} under every scenario.", top=self.top)
        return lang.t("Top {top} under every scenario: {names}.", top=self.top, names=", ".join(self.robust))

    def label(self, scenario: str, lang: Language | str | None = None) -> str:
        """A scenario's name as shown: the workbook's, or ``Current weights`` in ``lang``."""
        return language(lang).t(CURRENT) if scenario == CURRENT else scenario

    def sheet(self) -> tuple[str, list[list]]:
        """The ``Scenario comparison`` sheet: ranks per scenario, then each scenario's weights."""
        names = list(self.scenarios)
        robust = set(self.robust)
        rows = [["Partner", *names, f"Top {self.top} in every scenario"]]
        rows += [[p, *map(int, r), "yes" if p in robust else ""] for p, r in zip(self.partners, self.ranks)]
        rows += [[], ["Weights", *names]]
        rows += [[c, *(w[j] for w in self.weights)] for j, c in enumerate(self.criteria)]
        return "Scenario comparison", rows

    def to_dict(self) -> dict:
        return {
            "method": self.method,
            "scenarios": {
                name: dict(zip(self.criteria, weights)) for name, weights in zip(self.scenarios, self.weights)
            },
            "ranks": {
                p: dict(zip(self.scenarios, map(int, row))) for p, row in zip(self.partners, self.ranks)
            },
            "robust": list(self.robust),
        }


def compare_scenarios(
    state: StudyState,
    names: tuple[str, ...] | None = None,
    *,
    include_current: bool = False,
    top: int = ROBUST_TOP,
) -> ScenarioComparison:
    """Rank the study under each scenario's weights (the study's method and missing policy).

    Parameters
    ----------
    state : StudyState
    names : tuple of str, optional
        Scenarios of the model to compare; default all of them.
    include_current : bool
        Also compare the study's current weights, as a first column named ``CURRENT``.
    top : int
        Size of the top group a robust choice belongs to in every scenario.

    Returns
    -------
    ScenarioComparison

    Raises
    ------
    InputError
        Unknown scenario names, or nothing to compare.

    References
    ----------
    .. [1] Stewart, T. J., French, S., & Rios, J. (2013). Integrating multicriteria decision
       analysis and scenario planning: Review and extension. *Omega*, 41(4), 679-688.
    """
    model = state.model
    wanted = [s.name for s in model.scenarios] if names is None else list(names)
    problems, columns, labels = [], [], []
    if include_current:
        labels.append(CURRENT)
        columns.append(tuple(state.weights))
    for name in wanted:
        try:
            scenario = model.scenario(name)
        except KeyError:
            problems.append(Problem(f"unknown scenario {name!r}", sheet="Scenarios"))
            continue
        try:
            columns.append(normalise(scenario.weights, what=f"scenario {scenario.name!r}"))
        except InputError as error:
            problems.extend(error.problems)
            continue
        labels.append(scenario.name)
    if problems:
        raise InputError(problems)
    if not columns:
        raise InputError(Problem("there are no scenarios to compare", sheet="Scenarios"))
    scorer = BatchScorer.of(state)
    W = np.array(columns)
    scores, ranks = scorer.scores(W).T, scorer.ranks(W).T
    in_top = np.all(ranks <= top, axis=1)
    mean_rank = ranks.mean(axis=1)
    robust = tuple(scorer.partners[i] for i in sorted(np.flatnonzero(in_top), key=lambda i: mean_rank[i]))
    return ScenarioComparison(
        scorer.ranking.method,
        tuple(labels),
        tuple(columns),
        scorer.partners,
        scorer.criteria,
        scores,
        ranks,
        top,
        robust,
    )
