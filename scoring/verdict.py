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

from dataclasses import dataclass, field, replace

import numpy as np

from criteria.i18n import N_, Language, language
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
    TIED: N_("Tied"),
    CLEAR: N_("Clear winner"),
    FRAGILE: N_("Fragile lead"),
    CONTESTED: N_("Contested"),
    COMPROMISE: N_("Compromise set"),
}
SHORT_NAMES = {"promethee": "PROMETHEE II"}  # others: the key in capitals (WSM, TOPSIS, ...)


def method_name(key: str) -> str:
    return SHORT_NAMES.get(key, key.upper())


def _change_words(tipping: Tipping, lang: Language) -> str:
    """'by 3.1 points (20% to 23.1%)': the tipping point as everything else quotes it
    (``Tipping.shown``: the weight printed lies past the tipping point, never a change of 0)."""
    shown = tipping.shown
    return lang.t(
        "by {points} points ({start} to {end})",
        points=shown.change.number(lang),
        start=shown.current.text(lang),
        end=shown.threshold.text(lang),
    )


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
    # what the sentence was composed from, to say it again in another language (``in_language``)
    parts: tuple = field(default=(), repr=False, compare=False)

    def in_language(self, lang: Language | str | None) -> Verdict:
        """The same verdict with its sentence in ``lang`` (cheap: nothing is computed again)."""
        if not self.parts:
            return self
        return replace(self, sentence=compose_verdict(*self.parts, lang=language(lang)).sentence)

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


def tie_caveat(ranking: Ranking, lang: Language | str | None = None) -> str | None:
    """What to say above tipping points computed for a tie (they only break it), or None."""
    leaders = tied_leaders(ranking)
    if len(leaders) < 2:
        return None
    lang = language(lang)
    return lang.t(
        "{names} are tied for first; the tipping points below only say which weight "
        "change breaks the tie in whose favour, not how far a winner is from losing.",
        names=lang.names(leaders),
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
    lang: Language | str | None = None,
) -> Verdict:
    """Compose the verdict from the parts given; see the module docstring for the grades.

    The sentence is in ``lang`` (English when not given); ``Verdict.in_language`` says it again
    in another.

    Raises
    ------
    ValueError
        When a part describes another method or another leader than ``ranking``.
    """
    lang = language(lang)
    parts = (ranking, acceptability, tipping, method_ranks)
    method = ranking.method
    leaders = tied_leaders(ranking)
    if acceptability is not None and acceptability.method != method:
        raise ValueError(f"the Monte Carlo run is for {acceptability.method}, the ranking for {method}")
    if len(leaders) > 1:
        first = lang.t(
            "{names} are tied for first under {method}, so there is no single winner.",
            names=lang.names(leaders),
            method=method_name(ranking.method),
        )
        return _with_levels(_several(TIED, first, leaders, parts, lang), ranking, lang)
    if (members := _compromise_set(ranking)) is not None:
        first = ranking.compromise.sentence(ranking.partners, lang)
        return _with_levels(_several(COMPROMISE, first, members, parts, lang), ranking, lang)
    leader = leaders[0]
    if tipping is not None and tipping.leader != leader:
        raise ValueError(f"the tipping points are for {tipping.leader}, the leader is {leader}")
    share, top_name, top_share = _shares(acceptability, leader)
    nearest = None if tipping is None else _nearest(tipping)
    agreeing = None if method_ranks is None else _agreeing(method_ranks, leader)
    grade = _grade(tipping, nearest, share, top_name != leader, agreeing, method_ranks)
    first = lang.t("{leader} is first under {method}", leader=leader, method=method_name(method))
    if acceptability is not None:
        values = {"share": lang.percent(share, 0), "spread": acceptability.describe_spread(lang)}
        first += (
            lang.t(" and in {share} of sampled weightings ({spread})", **values)
            if top_name == leader
            else lang.t(
                " but in only {share} of sampled weightings ({spread}); {top} is first in {top_share}",
                top=top_name,
                top_share=lang.percent(top_share, 0),
                **values,
            )
        )
    if tipping is not None:
        first += "; " + _tipping_words(nearest, lang)
    sentences = [first + "."]
    if method_ranks is not None:
        sentences.append(_agreement_words(method_ranks, leader, agreeing, lang))
    verdict = Verdict(
        grade,
        lang.t("{opening}: {sentences}", opening=lang.t(OPENING[grade]), sentences=" ".join(sentences)),
        method,
        leaders,
        share,
        nearest,
        agreeing,
        None if method_ranks is None else method_ranks.methods,
        parts,
    )
    return _with_levels(verdict, ranking, lang)


def _with_levels(verdict: Verdict, ranking: Ranking, lang: Language) -> Verdict:
    """The verdict saying that a leader fails a minimum level (setting mark), or who was left out."""
    rows = {name: r for r, name in enumerate(ranking.partners)}
    failing = [
        lang.t(
            "{partner} fails a minimum level ({levels})",
            partner=name,
            levels=", ".join(ranking.fails_minimum(rows[name], lang)),
        )
        for name in verdict.leaders
        if ranking.fails_minimum(rows[name])
    ]
    if failing:
        words = lang.t(
            "{failing}: ranked because the study marks such partners rather than leaving them out.",
            failing="; ".join(failing),
        )
    elif ranking.left_out_below_minimum:
        words = lang.t(
            "Left out below a minimum level: {names}.", names=", ".join(ranking.left_out_below_minimum)
        )
    else:
        return verdict
    return replace(verdict, sentence=" ".join([verdict.sentence, words]))


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


def _tipping_words(nearest: Tipping | None, lang: Language) -> str:
    if nearest is None:
        return lang.t("no change of a single weight puts another partner first")
    values = {
        "criterion": repr(nearest.criterion),
        "change": _change_words(nearest, lang),
        "partner": nearest.new_leader,
    }
    if nearest.shown.rises:
        return lang.t("raising {criterion} {change} puts {partner} first", **values)
    return lang.t("lowering {criterion} {change} puts {partner} first", **values)


def _others(method_ranks: MethodRanks, skip: tuple[str, ...], lang: Language) -> list[str]:
    """'TOPSIS and VIKOR put JOGMEC first', one clause per first place, for methods not in ``skip``."""
    groups: dict[tuple[str, ...], list[str]] = {}
    compromise = []
    for k, m in enumerate(method_ranks.methods):
        if m in skip:
            continue
        if m == "vikor" and method_ranks.vikor_set:  # a compromise set, not a first place
            compromise.append(
                lang.t("VIKOR's compromise set is {names}", names=lang.names(method_ranks.vikor_set))
            )
        else:
            groups.setdefault(method_ranks.first(k), []).append(method_name(m))
    clauses = []
    for firsts, methods in groups.items():
        who = lang.t("{names} tied", names=lang.names(firsts)) if len(firsts) > 1 else firsts[0]
        clause = N_("{methods} put {who} first") if len(methods) > 1 else N_("{methods} puts {who} first")
        clauses.append(lang.t(clause, methods=lang.names(methods), who=who))
    return clauses + compromise


def _unscored(method_ranks: MethodRanks, lang: Language) -> str:
    if not method_ranks.skipped:
        return ""
    names = lang.names([method_name(m) for m, _ in method_ranks.skipped])
    return lang.t(" ({names} cannot score this study)", names=names)


def _agreement_words(
    method_ranks: MethodRanks, leader: str, agreeing: tuple[str, ...], lang: Language
) -> str:
    values = {
        "count": len(method_ranks.methods),
        "agreeing": len(agreeing),
        "leader": leader,
        "unscored": _unscored(method_ranks, lang),
    }
    if len(agreeing) == values["count"]:
        return lang.t("Every one of the {count} methods puts {leader} first{unscored}.", **values)
    few = 2 * len(agreeing) < values["count"]
    lead = {
        (True, True): N_("Only {agreeing} of the {count} methods puts {leader} first{unscored}"),
        (True, False): N_("Only {agreeing} of the {count} methods put {leader} first{unscored}"),
        (False, True): N_("{agreeing} of the {count} methods puts {leader} first{unscored}"),
        (False, False): N_("{agreeing} of the {count} methods put {leader} first{unscored}"),
    }[few, len(agreeing) == 1]
    return lang.t(
        "{lead}; {others}.",
        lead=lang.t(lead, **values),
        others="; ".join(_others(method_ranks, agreeing, lang)),
    )


def _compromise_set(ranking: Ranking) -> tuple[str, ...] | None:
    """The members of VIKOR's compromise set when it has several, else None."""
    compromise = ranking.compromise
    if compromise is None or compromise.single:
        return None
    return tuple(compromise.names(ranking.partners))


def _several(grade: str, first: str, leaders, parts: tuple, lang: Language) -> Verdict:
    """The verdict when several partners share the answer (a tie, or VIKOR's compromise set):
    each one's share of first places and every method's first, no single winner. ``parts``:
    ranking, acceptability, tipping points and method ranks."""
    ranking, acceptability, _tipping, method_ranks = parts
    sentences = [first]
    if acceptability is not None:
        shares = dict(zip(acceptability.partners, acceptability.top_shares(1)[:, 0]))
        sentences.append(
            lang.t(
                "In sampled weightings ({spread}) {shares}.",
                spread=acceptability.describe_spread(lang),
                shares=", ".join(
                    lang.t("{name} is first in {share}", name=name, share=lang.percent(shares[name], 0))
                    for name in leaders
                ),
            )
        )
    if method_ranks is not None:
        sentences.append(
            lang.t(
                "Across the {count} methods: {clauses}{unscored}.",
                count=len(method_ranks.methods),
                clauses="; ".join(_others(method_ranks, (), lang)),
                unscored=_unscored(method_ranks, lang),
            )
        )
    return Verdict(
        grade,
        lang.t("{opening}: {sentences}", opening=lang.t(OPENING[grade]), sentences=" ".join(sentences)),
        ranking.method,
        tuple(leaders),
        None,
        None,
        None,
        None if method_ranks is None else method_ranks.methods,
        parts,
    )
