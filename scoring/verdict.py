"""The headline verdict: one honest sentence (or two short ones) on how sure the winner is.

It combines the three things a room must hear together, so that none is quoted without the
others: how often the leader stays first when the weights are perturbed (Monte Carlo rank
acceptability), the smallest change of one weight that puts another partner first (the
nearest tipping point), and how many of the five methods put the same partner first. A tie
for first is said as a tie, never broken by workbook order, and then no tipping point is
given (the leader of a tie "tips" at a change of zero).

Grades, from the parts that were computed (a part left out neither helps nor hurts):

- ``tied``: two or more partners share rank 1 under the chosen method;
- ``clear``: first in at least ``CLEAR_SHARE`` of the samples, no single weight change of fewer
  than ``CLEAR_POINTS`` percentage points puts another partner first, and every method puts
  the leader first (alone);
- ``contested``: first in fewer than ``CONTESTED_SHARE`` of the samples, or another partner is
  first more often, or fewer than half of the methods put the leader first, or a change of
  fewer than ``CONTESTED_POINTS`` points puts another partner first;
- ``fragile``: anything in between;
- ``compromise``: under VIKOR, the authors' conditions (``scoring.compromise``) make the answer
  a compromise set of several partners; the verdict names them all, never one winner.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from criteria.study import StudyState
from scoring.agreement import MethodRanks, ranks_by_method
from scoring.result import Ranking
from scoring.sensitivity import Acceptability
from scoring.tipping import Tipping, TippingReport, tipping_points

CLEAR_SHARE = 0.90
CLEAR_POINTS = 10.0
CONTESTED_SHARE = 0.50
CONTESTED_POINTS = 2.0
TIED, CLEAR, FRAGILE, CONTESTED, COMPROMISE = "tied", "clear", "fragile", "contested", "compromise"
OPENING = {
    TIED: "Tied",
    CLEAR: "Clear winner",
    FRAGILE: "Fragile lead",
    CONTESTED: "Contested",
    COMPROMISE: "Compromise set",
}
SHORT_NAMES = {"promethee": "PROMETHEE II"}  # others: the key in capitals (WSM, TOPSIS, ...)


def method_name(key: str) -> str:
    return SHORT_NAMES.get(key, key.upper())


def _names(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _tenths(points: float) -> str:
    return f"{points:.1f}".removesuffix(".0")


def _change_words(tipping: Tipping) -> str:
    """'by 3.1 points (20% to 23.1%)': the change rounded up to a tenth of a point, so the
    weight printed lies past the tipping point (never a change of 0)."""
    points = max(math.ceil(100.0 * tipping.change * 10 - 1e-9) / 10, 0.1)
    start = 100.0 * tipping.current
    end = start + points if tipping.threshold > tipping.current else start - points
    return f"by {_tenths(points)} points ({_tenths(start)}% to {_tenths(end)}%)"


@dataclass(frozen=True)
class Verdict:
    """The composed verdict and the figures it rests on (None: that part was not computed).

    ``leaders`` are the partners ranked first under ``method`` (several when tied);
    ``first_share`` the leader's share of first places in the samples; ``nearest`` the
    smallest single-weight change that changes the winner; ``agreeing`` the methods that put
    the (untied) leader first alone, out of ``methods``.
    """

    grade: str
    sentence: str
    method: str
    leaders: tuple[str, ...]
    first_share: float | None
    nearest: Tipping | None
    agreeing: tuple[str, ...] | None
    methods: tuple[str, ...] | None

    def to_dict(self) -> dict:
        """Plain data for json (strict: no NaN)."""
        nearest = self.nearest
        return {
            "grade": self.grade,
            "sentence": self.sentence,
            "method": self.method,
            "leaders": list(self.leaders),
            "first_share": self.first_share,
            "nearest_tipping": None
            if nearest is None
            else {
                "criterion": nearest.criterion,
                "weight": nearest.current,
                "threshold": nearest.threshold,
                "change_points": 100.0 * nearest.change,
                "new_leader": nearest.new_leader,
            },
            "methods_agreeing": None if self.agreeing is None else list(self.agreeing),
            "methods": None if self.methods is None else list(self.methods),
        }


def tied_leaders(ranking: Ranking) -> tuple[str, ...]:
    """The partners sharing rank 1, best-listed first (one name when there is no tie)."""
    return tuple(ranking.partners[r] for r in ranking.order if ranking.ranks[r] == 1)


def tie_caveat(ranking: Ranking) -> str | None:
    """What to say above tipping points computed for a tie (they only break it), or None."""
    leaders = tied_leaders(ranking)
    if len(leaders) < 2:
        return None
    return (
        f"{_names(leaders)} are tied for first; the tipping points below only say which weight "
        f"change breaks the tie in whose favour, not how far a winner is from losing."
    )


def study_verdict(
    state: StudyState,
    ranking: Ranking,
    acceptability: Acceptability | None = None,
    *,
    tipping: TippingReport | None = None,
    method_ranks: MethodRanks | None = None,
    find_tipping: bool = True,
) -> Verdict:
    """The verdict on ``state`` (ranked as ``ranking``), computing what the caller did not pass.

    Tipping points are computed unless given or ``find_tipping`` is False (and never for a tie);
    the ranks under the five methods unless given. ``acceptability`` (a Monte Carlo run of the
    same study) is the caller's to run: it is seeded and can be long.
    """
    if (
        tipping is None
        and find_tipping
        and len(tied_leaders(ranking)) == 1
        and _compromise_set(ranking) is None
    ):
        tipping = tipping_points(state)
    if method_ranks is None:
        method_ranks = ranks_by_method(state)
    return compose_verdict(ranking, acceptability, tipping, method_ranks)


def compose_verdict(
    ranking: Ranking,
    acceptability: Acceptability | None = None,
    tipping: TippingReport | None = None,
    method_ranks: MethodRanks | None = None,
) -> Verdict:
    """Compose the verdict from the parts given; see the module docstring for the grades.

    Raises
    ------
    ValueError
        When a part describes another method or another leader than ``ranking``.
    """
    method = ranking.method
    leaders = tied_leaders(ranking)
    if acceptability is not None and acceptability.method != method:
        raise ValueError(f"the Monte Carlo run is for {acceptability.method}, the ranking for {method}")
    if len(leaders) > 1:
        return _tie(ranking, leaders, acceptability, method_ranks)
    if (members := _compromise_set(ranking)) is not None:
        return _several(
            COMPROMISE,
            ranking.compromise.sentence(ranking.partners),
            ranking,
            members,
            acceptability,
            method_ranks,
        )
    leader = leaders[0]
    if tipping is not None and tipping.leader != leader:
        raise ValueError(f"the tipping points are for {tipping.leader}, the leader is {leader}")
    share, top_name, top_share = _shares(acceptability, leader)
    nearest = None if tipping is None else _nearest(tipping)
    agreeing = None if method_ranks is None else _agreeing(method_ranks, leader)
    grade = _grade(tipping, nearest, share, top_name != leader, agreeing, method_ranks)
    first = f"{leader} is first under {method_name(method)}"
    if acceptability is not None:
        where = f"of sampled weightings ({acceptability.describe_spread()})"
        first += (
            f" and in {share:.0%} {where}"
            if top_name == leader
            else f" but in only {share:.0%} {where}; {top_name} is first in {top_share:.0%}"
        )
    if tipping is not None:
        first += "; " + _tipping_words(nearest)
    sentences = [first + "."]
    if method_ranks is not None:
        sentences.append(_agreement_words(method_ranks, leader, agreeing))
    return Verdict(
        grade,
        f"{OPENING[grade]}: " + " ".join(sentences),
        method,
        leaders,
        share,
        nearest,
        agreeing,
        None if method_ranks is None else method_ranks.methods,
    )


def _shares(acceptability: Acceptability | None, leader: str) -> tuple[float | None, str, float | None]:
    """The leader's share of first places, and the partner first most often with its share."""
    if acceptability is None:
        return None, leader, None
    first = acceptability.top_shares(1)[:, 0]
    share = float(first[acceptability.partners.index(leader)])
    top = int(np.argmax(first))
    # the leader keeps the headline when it is first as often as anyone
    return (
        (share, leader, share)
        if first[top] <= share
        else (share, acceptability.partners[top], float(first[top]))
    )


def _nearest(tipping: TippingReport) -> Tipping | None:
    found = [c.nearest for c in tipping.per_criterion if c.nearest is not None]
    return min(found, key=lambda t: t.change) if found else None


def _agreeing(method_ranks: MethodRanks, leader: str) -> tuple[str, ...]:
    return tuple(
        m
        for k, m in enumerate(method_ranks.methods)
        if method_ranks.first(k) == (leader,) and not (m == "vikor" and method_ranks.vikor_set)
    )


def _grade(tipping, nearest, share, overtaken, agreeing, method_ranks) -> str:
    points = None if nearest is None else 100.0 * nearest.change
    if (
        (share is not None and (share < CONTESTED_SHARE or overtaken))
        or (agreeing is not None and 2 * len(agreeing) < len(method_ranks.methods))
        or (points is not None and points < CONTESTED_POINTS)
    ):
        return CONTESTED
    if (
        (share is None or share >= CLEAR_SHARE)
        and (points is None or points >= CLEAR_POINTS)
        and (agreeing is None or len(agreeing) == len(method_ranks.methods))
        and (share, tipping, agreeing) != (None, None, None)  # nothing checked is not clear
    ):
        return CLEAR
    return FRAGILE


def _tipping_words(nearest: Tipping | None) -> str:
    if nearest is None:
        return "no change of a single weight puts another partner first"
    verb = "raising" if nearest.threshold > nearest.current else "lowering"
    return f"{verb} {nearest.criterion!r} {_change_words(nearest)} puts {nearest.new_leader} first"


def _others(method_ranks: MethodRanks, skip: tuple[str, ...]) -> list[str]:
    """'TOPSIS and VIKOR put JOGMEC first', one clause per first place, for methods not in ``skip``."""
    groups: dict[tuple[str, ...], list[str]] = {}
    compromise = []
    for k, m in enumerate(method_ranks.methods):
        if m in skip:
            continue
        if m == "vikor" and method_ranks.vikor_set:  # a compromise set, not a first place
            compromise.append(f"VIKOR's compromise set is {_names(method_ranks.vikor_set)}")
        else:
            groups.setdefault(method_ranks.first(k), []).append(method_name(m))
    clauses = []
    for firsts, methods in groups.items():
        verb = "put" if len(methods) > 1 else "puts"
        who = f"{_names(firsts)} tied" if len(firsts) > 1 else firsts[0]
        clauses.append(f"{_names(methods)} {verb} {who} first")
    return clauses + compromise


def _unscored(method_ranks: MethodRanks) -> str:
    if not method_ranks.skipped:
        return ""
    names = _names([method_name(m) for m, _ in method_ranks.skipped])
    return f" ({names} cannot score this study)"


def _agreement_words(method_ranks: MethodRanks, leader: str, agreeing: tuple[str, ...]) -> str:
    count = len(method_ranks.methods)
    if len(agreeing) == count:
        return f"Every one of the {count} methods puts {leader} first{_unscored(method_ranks)}."
    lead = f"{'Only ' if 2 * len(agreeing) < count else ''}{len(agreeing)} of the {count} methods"
    lead += f" put{'s' if len(agreeing) == 1 else ''} {leader} first{_unscored(method_ranks)}"
    return f"{lead}; {'; '.join(_others(method_ranks, agreeing))}."


def _compromise_set(ranking: Ranking) -> tuple[str, ...] | None:
    """The members of VIKOR's compromise set when it has several, else None."""
    compromise = ranking.compromise
    if compromise is None or compromise.single:
        return None
    return tuple(compromise.names(ranking.partners))


def _tie(ranking: Ranking, leaders, acceptability, method_ranks) -> Verdict:
    first = f"{_names(leaders)} are tied for first under {method_name(ranking.method)}, so there is no single winner"
    return _several(TIED, first + ".", ranking, leaders, acceptability, method_ranks)


def _several(grade: str, first: str, ranking: Ranking, leaders, acceptability, method_ranks) -> Verdict:
    """The verdict when several partners share the answer (a tie, or VIKOR's compromise set):
    each one's share of first places and every method's first, no single winner."""
    sentences = [first]
    if acceptability is not None:
        shares = dict(zip(acceptability.partners, acceptability.top_shares(1)[:, 0]))
        sentences.append(
            f"In sampled weightings ({acceptability.describe_spread()}) "
            + ", ".join(f"{name} is first in {shares[name]:.0%}" for name in leaders)
            + "."
        )
    if method_ranks is not None:
        clauses = _others(method_ranks, ())
        sentences.append(
            f"Across the {len(method_ranks.methods)} methods: {'; '.join(clauses)}{_unscored(method_ranks)}."
        )
    return Verdict(
        grade,
        f"{OPENING[grade]}: " + " ".join(sentences),
        ranking.method,
        tuple(leaders),
        None,
        None,
        None,
        None if method_ranks is None else method_ranks.methods,
    )
