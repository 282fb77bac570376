"""Why a partner ranks where it does, in plain sentences (the GUI's "Why this rank" panel).

The sentences are in ``lang`` (``criteria.i18n``; English when not given), numbers included.
"""

from __future__ import annotations

import math

import numpy as np

from criteria.i18n import N_, Language, language
from criteria.missing import FILL_WORDS
from criteria.study import StudyState
from scoring.methods import get_method
from scoring.normalise import minmax
from scoring.result import Ranking

TOP = 3  # criteria named per sentence; more is noise on a projector
FALLBACK_VIEW = N_("on a weighted 0-1 scale")  # methods without a breakdown of their own
# who a partner is compared with, said so that it stays true under ties (``_whom``)
STRENGTHS = N_("Strengths against {whom} ({where}): {listed}.")
WEAKNESSES = N_("Weaknesses against {whom} ({where}): {listed}.")
LEVEL = N_("On the weighted criteria it is level with {whom} under {method}.")


def _whom(ranking: Ranking, row: int, lang: Language) -> tuple[int, str]:
    """The partner ``row`` is compared with, and words naming it that hold when ranks are shared.

    A partner below the top is compared with the leader, or with one of the partners tied
    first; the sole leader with the partner ranked next (one of those tied there, if any);
    a partner tied first with another of the partners tied with it. A tie is never called
    "the leader" or "the runner-up": only its rank is.
    """
    ranks = np.asarray(ranking.ranks)
    order = [int(r) for r in ranking.order]
    first = [r for r in order if ranks[r] == 1]
    if ranks[row] == 1 and len(first) > 1:
        other = next(r for r in first if r != row)
        return other, lang.t("{name}, tied first with it", name=ranking.partners[other])
    other = order[1] if ranks[row] == 1 else first[0]
    name = ranking.partners[other]
    shared = int(np.count_nonzero(ranks == ranks[other]))
    compromise = ranking.compromise
    if shared == 1 and ranks[other] == 1 and compromise is not None and not compromise.single:
        # VIKOR: first by Q, but its compromise set holds others too, so no single winner
        return other, lang.t(
            "{name}, first by Q, one of the {count} partners of VIKOR's compromise set",
            name=name,
            count=len(compromise.members),
        )
    if shared == 1:
        return other, lang.t(
            N_("the leader {name}") if ranks[other] == 1 else N_("the runner-up {name}"), name=name
        )
    if ranks[other] == 1:
        return other, lang.t("{name}, one of the {count} partners tied first", name=name, count=shared)
    return other, lang.t(
        "{name}, one of the {count} partners tied at rank {rank}",
        name=name,
        count=shared,
        rank=int(ranks[other]),
    )


def _advantage(ranking: Ranking, row: int, other: int, lang: Language) -> tuple[np.ndarray, str]:
    """Per criterion, how much better ``row`` stands than ``other`` in the method's own view
    (its breakdown), with words naming that view; a weighted 0-1 scale for methods without one."""
    breakdown = ranking.breakdown
    if breakdown is not None:
        return breakdown.advantage(ranking.contributions, row, other), lang.t(
            "by {part}", part=lang.t(breakdown.label)
        )
    scaled = minmax(ranking.values[[row, other]], ranking.benefit, ranking.lo, ranking.hi)
    return np.asarray(ranking.weights) * (scaled[0] - scaled[1]), lang.t(FALLBACK_VIEW)


def _comparison(ranking: Ranking, row: int, lang: Language) -> list[str]:
    other, whom = _whom(ranking, row, lang)
    gaps, view = _advantage(ranking, row, other, lang)
    values = ranking.values
    criteria = ranking.criteria
    method = lang.t(get_method(ranking.method).label)

    def listed(order) -> str:
        return lang.names(
            lang.t(
                "{criterion} ({value} against {other})",
                criterion=criteria[j],
                value=lang.significant(values[row, j]),
                other=lang.significant(values[other, j]),
            )
            for j in order[:TOP]
        )

    better = [j for j in np.argsort(-gaps, kind="stable") if gaps[j] > 1e-12]
    worse = [j for j in np.argsort(gaps, kind="stable") if gaps[j] < -1e-12]
    where = lang.t("under {method}, {view}, largest first", method=method, view=view)
    sentences = []
    if better:
        sentences.append(lang.t(STRENGTHS, whom=whom, where=where, listed=listed(better)))
    if worse:
        sentences.append(lang.t(WEAKNESSES, whom=whom, where=where, listed=listed(worse)))
    if not better and not worse:
        sentences.append(lang.t(LEVEL, whom=whom, method=method))
    return sentences


def _signed(value: float, signed: bool, lang: Language) -> str:
    """A part of the score with its sign when parts add up (``+0.123``), else plain."""
    text = lang.number(value, 3)
    return f"+{text}" if signed and not text.startswith("-") else text


def _contributions(ranking: Ranking, row: int, lang: Language) -> str | None:
    breakdown = ranking.breakdown
    if breakdown is None:
        return None
    terms = np.asarray(ranking.contributions[row], dtype=float)
    order = np.argsort(-np.abs(terms), kind="stable")
    parts = [f"{ranking.criteria[j]} {_signed(terms[j], breakdown.sums_to_score, lang)}"
             for j in order if math.isfinite(terms[j])]  # fmt: skip
    finite = terms[np.isfinite(terms)]
    mixed = (finite < 0).any() and (
        finite > 0
    ).any()  # "Speed -0.033, Capital +0.010" must not read as a slip
    message = (
        N_("{head}, largest first whatever the sign: {parts}.")
        if mixed
        else N_("{head}, largest first: {parts}.")
    )
    return lang.t(message, head=breakdown.sentence_head(terms, lang), parts=", ".join(parts))


def explain(
    state: StudyState, ranking: Ranking, partner: int, dominated_by=None, lang: Language | str | None = None
) -> list[str]:
    """Plain sentences saying why model partner ``partner`` ranks where it does.

    Covers its rank and score, each criterion's part of the method's breakdown
    (``scoring.breakdown``: points of the score, or gaps to the ideal, labelled as
    such), its strengths and weaknesses against the leader (or, for the leader,
    against the partner ranked next; ties said as ties) in that same view, the partners that Pareto-dominate
    it, and the values that were filled in for missing data.

    Parameters
    ----------
    state : StudyState
        The study that was ranked.
    ranking : Ranking
        ``scoring.rank(state)``.
    partner : int
        Row of the partner in ``state.model``.
    dominated_by : sequence of tuples, optional
        ``ranking.dominated_by`` computed earlier; it does not depend on the weights,
        so a caller re-explaining after each weight change passes its cached copy.
    lang : Language or str, optional
        The language of the sentences and their numbers (English when not given).

    Returns
    -------
    list of str
        One sentence per item; the first always says the rank (or why there is none).

    References
    ----------
    .. [1] Belton, V. & Stewart, T. J. (2002). *Multiple Criteria Decision Analysis: An
       Integrated Approach*, ch. 5 (explaining value-function results by criterion
       contributions) and sec. 2.2 (dominance). Kluwer.
    """
    lang = language(lang)
    model = state.model
    name = model.partners[partner].name
    rows = np.flatnonzero(np.asarray(ranking.indices) == partner)
    if rows.size == 0:
        return [
            lang.t(
                "{name} is not ranked: it has missing values and the missing-value policy "
                "'{policy}' leaves such partners out. Fill in its empty cells to rank it.",
                name=name,
                policy=state.missing.value,
            )
        ]
    row = int(rows[0])
    method = lang.t(get_method(ranking.method).label)
    better = lang.t("higher is better") if ranking.higher_is_better else lang.t("lower is better")
    rank = int(ranking.ranks[row])
    ties = int(np.count_nonzero(ranking.ranks == rank)) - 1
    values = {
        "name": name,
        "rank": rank,
        "count": len(ranking.partners),
        "ties": ties,
        "method": method,
        "score": lang.number(ranking.scores[row], 3),
        "better": better,
    }
    if not ties:
        first = lang.t(
            "{name} ranks {rank} of {count} under {method}, with a score of {score} ({better}).", **values
        )
    elif ties == 1:
        first = lang.t(
            "{name} ranks {rank} of {count}, level with {ties} other under {method}, "
            "with a score of {score} ({better}).",
            **values,
        )
    else:
        first = lang.t(
            "{name} ranks {rank} of {count}, level with {ties} others under {method}, "
            "with a score of {score} ({better}).",
            **values,
        )
    sentences = [first]
    if (terms := _contributions(ranking, row, lang)) is not None:
        sentences.append(terms)
    if len(ranking.partners) > 1:
        sentences += _comparison(ranking, row, lang)
    above = (ranking.dominated_by if dominated_by is None else dominated_by)[row]
    sentences += _dominance([ranking.partners[k] for k in above], name, lang)
    sentences += _filled(state, ranking, row, partner, lang)
    return sentences


def _dominance(above: list[str], name: str, lang: Language) -> list[str]:
    if not above:
        return [
            lang.t(
                "No other partner dominates {name} (is at least as good on every criterion and better on one).",
                name=name,
            )
        ]
    if len(above) == 1:
        return [
            lang.t(
                "Dominated by {others}: it is at least as good on every criterion and better on one, "
                "so no choice of weights puts {name} above it.",
                others=above[0],
                name=name,
            )
        ]
    return [
        lang.t(
            "Dominated by {others}: they are at least as good on every criterion and better on one, "
            "so no choice of weights puts {name} above them.",
            others=lang.names(above),
            name=name,
        )
    ]


def _filled(state: StudyState, ranking: Ranking, row: int, partner: int, lang: Language) -> list[str]:
    model = state.model
    sentences = []
    for j in np.flatnonzero(np.asarray(ranking.filled)[row]):
        ref = model.cell_ref(partner, int(j))
        how = lang.t(FILL_WORDS.get(state.missing, N_("a filled-in value")))
        sentences.append(
            lang.t(
                "Its {criterion} value{where} is missing and counts as {value}, {how}; the rank rests on that.",
                criterion=ranking.criteria[j],
                where=f" (Partners!{ref})" if ref else "",
                value=lang.significant(ranking.values[row, j]),
                how=how,
            )
        )
    return sentences
