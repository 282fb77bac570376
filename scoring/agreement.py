"""Method agreement: the ranks under several methods side by side, with rank correlations.

A ranking that every method supports is easier to defend; a partner whose rank swings by three
places or more between methods deserves a closer look.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from criteria.errors import InputError
from criteria.study import StudyState
from scoring.methods import METHODS
from scoring.sensitivity import BatchScorer

CONTRACT_METHODS = tuple(key for key, method in METHODS.items() if method.contract)
DIVERGENCE = 3  # a rank difference this large between two methods is highlighted


@dataclass(frozen=True)
class Divergence:
    """A partner ranked ``best`` by some methods and ``worst`` by others."""

    partner: str
    best: int
    worst: int
    best_methods: tuple[str, ...]
    worst_methods: tuple[str, ...]

    @property
    def spread(self) -> int:
        return self.worst - self.best


@dataclass(frozen=True, eq=False)
class MethodAgreement:
    """Ranks per method and the rank correlations between methods.

    ``ranks[i, k]`` is partner i's competition rank under ``methods[k]``; ``kendall`` and
    ``spearman`` are ``(k, k)`` matrices (NaN where undefined: fewer than two partners, or a
    method ranking everyone equal). ``skipped`` names the methods that could not score this
    study and why (for example WPM with a value <= 0).
    """

    methods: tuple[str, ...]
    partners: tuple[str, ...]
    ranks: np.ndarray
    kendall: np.ndarray
    spearman: np.ndarray
    divergent: tuple[Divergence, ...]
    skipped: tuple[tuple[str, str], ...]
    vikor_set: tuple[str, ...] | None = None  # as in MethodRanks

    @property
    def by_method(self) -> MethodRanks:
        """The ranks per method without the correlations (what ``scoring.verdict`` reads)."""
        return MethodRanks(self.methods, self.partners, self.ranks, self.skipped, self.vikor_set)

    def sheet(self) -> tuple[str, list[list]]:
        """The ``Method comparison`` sheet: ranks per method, then both correlation matrices."""
        methods = list(self.methods)
        flagged = {d.partner for d in self.divergent}
        rows = [["Partner", *methods, "Rank spread", f"Differs by {DIVERGENCE}+"]]
        for name, row in zip(self.partners, self.ranks):
            rows.append([name, *map(int, row), int(row.max() - row.min()), "yes" if name in flagged else ""])
        for title, values in (("Kendall's tau", self.kendall), ("Spearman's rho", self.spearman)):
            rows += [[], [title, *methods]]
            rows += [
                [m, *(float(v) if np.isfinite(v) else None for v in line)] for m, line in zip(methods, values)
            ]
        rows += [[f"{m} not used: {why}"] for m, why in self.skipped]
        return "Method comparison", rows

    def to_dict(self) -> dict:
        def matrix(values: np.ndarray) -> list[list[float | None]]:
            return [[float(v) if np.isfinite(v) else None for v in row] for row in values]

        return {
            "methods": list(self.methods),
            "ranks": {p: dict(zip(self.methods, map(int, row))) for p, row in zip(self.partners, self.ranks)},
            "kendall_tau": matrix(self.kendall),
            "spearman_rho": matrix(self.spearman),
            "divergent": [d.partner for d in self.divergent],
            "skipped": {method: reason for method, reason in self.skipped},
        }


def rank_correlations(ranks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Kendall's tau-b and Spearman's rho between every pair of columns of ``ranks``.

    Both handle ties (tau-b; rho on average ranks). The diagonal is 1 where defined.

    References
    ----------
    .. [1] Kendall, M. G. (1945). The treatment of ties in ranking problems. *Biometrika*,
       33(3), 239-251.
    .. [2] Spearman, C. (1904). The proof and measurement of association between two things.
       *American Journal of Psychology*, 15(1), 72-101.
    """
    from scipy import stats

    k = ranks.shape[1]
    tau, rho = np.full((k, k), np.nan), np.full((k, k), np.nan)
    for a in range(k):
        for b in range(a, k):
            x, y = ranks[:, a], ranks[:, b]
            if len(x) < 2 or np.ptp(x) == 0 or np.ptp(y) == 0:
                continue  # correlation is undefined without variation
            tau[a, b] = tau[b, a] = stats.kendalltau(x, y).statistic
            rho[a, b] = rho[b, a] = stats.spearmanr(x, y).statistic
    return tau, rho


def divergences(ranks: np.ndarray, partners, methods, gap: int = DIVERGENCE) -> tuple[Divergence, ...]:
    """Partners whose best and worst rank over the methods (columns) differ by ``gap`` or more, widest first."""
    found = []
    for name, row in zip(partners, ranks):
        best, worst = int(row.min()), int(row.max())
        if worst - best >= gap:
            found.append(
                Divergence(
                    name,
                    best,
                    worst,
                    tuple(m for m, r in zip(methods, row) if r == best),
                    tuple(m for m, r in zip(methods, row) if r == worst),
                )
            )
    return tuple(sorted(found, key=lambda d: -d.spread))


def method_agreement(
    state: StudyState, methods: tuple[str, ...] = CONTRACT_METHODS, *, gap: int = DIVERGENCE
) -> MethodAgreement:
    """Rank the study under each method and measure how far the rankings agree.

    Parameters
    ----------
    state : StudyState
        Weights and missing-value policy are shared by every method.
    methods : tuple of str
        Method keys; by default the five methods of the contract.
    gap : int
        Partners whose best and worst rank differ by at least this much are listed in
        ``divergent``.

    Returns
    -------
    MethodAgreement

    Raises
    ------
    InputError
        When no method can score the study (the problems of the first are raised).

    References
    ----------
    .. [1] Zanakis, S. H., Solomon, A., Wishart, N., & Dublish, S. (1998). Multi-attribute
       decision making: A simulation comparison of select methods. *European Journal of
       Operational Research*, 107(3), 507-529.
    """
    ranked = ranks_by_method(state, methods)
    tau, rho = rank_correlations(ranked.ranks)
    return MethodAgreement(
        ranked.methods,
        ranked.partners,
        ranked.ranks,
        tau,
        rho,
        divergences(ranked.ranks, ranked.partners, ranked.methods, gap),
        ranked.skipped,
        ranked.vikor_set,
    )


@dataclass(frozen=True, eq=False)
class MethodRanks:
    """``ranks[i, k]``: partner i's competition rank under ``methods[k]``; ``skipped`` names the
    methods that could not score the study, and why."""

    methods: tuple[str, ...]
    partners: tuple[str, ...]
    ranks: np.ndarray
    skipped: tuple[tuple[str, str], ...]
    # VIKOR's compromise set when it holds several partners (``scoring.compromise``): then VIKOR
    # names no single partner first, whatever its rank 1 by Q
    vikor_set: tuple[str, ...] | None = None

    def first(self, k: int) -> tuple[str, ...]:
        """The partners ranked first under ``methods[k]`` (more than one when they tie)."""
        return tuple(p for p, r in zip(self.partners, self.ranks[:, k]) if r == 1)


def ranks_by_method(state: StudyState, methods: tuple[str, ...] = CONTRACT_METHODS) -> MethodRanks:
    """Rank the study under each method (same weights and missing-value policy).

    Raises
    ------
    InputError
        When no method can score the study (the problems of the first are raised).
    """
    used, columns, skipped, errors, partners, vikor_set = [], [], [], [], (), None
    for key in methods:
        try:
            ranking = BatchScorer.of(state.replace(method=key)).ranking
        except InputError as error:
            skipped.append((key, error.summary(limit=2)))
            errors.append(error)
            continue
        used.append(ranking.method)
        columns.append(ranking.ranks)
        if ranking.compromise is not None and not ranking.compromise.single:
            vikor_set = tuple(ranking.compromise.names(ranking.partners))
        partners = ranking.partners
    if not used:
        raise errors[0]
    return MethodRanks(tuple(used), partners, np.column_stack(columns), tuple(skipped), vikor_set)
