"""Why a partner ranks where it does, in plain sentences (the GUI's "Why this rank" panel)."""

from __future__ import annotations

import math

import numpy as np

from criteria.missing import FILL_WORDS
from criteria.study import StudyState
from scoring.methods import get_method
from scoring.normalise import minmax
from scoring.result import Ranking

TOP = 3  # criteria named per sentence; more is noise on a projector
FALLBACK_VIEW = "on a weighted 0-1 scale"  # methods without a breakdown of their own


def _number(value: float) -> str:
    return f"{value:.4g}"


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _advantage(ranking: Ranking, row: int, other: int) -> tuple[np.ndarray, str]:
    """Per criterion, how much better ``row`` stands than ``other`` in the method's own view
    (its breakdown), with words naming that view; a weighted 0-1 scale for methods without one."""
    breakdown = ranking.breakdown
    if breakdown is not None:
        return breakdown.advantage(ranking.contributions, row, other), f"by {breakdown.label}"
    scaled = minmax(ranking.values[[row, other]], ranking.benefit, ranking.lo, ranking.hi)
    return np.asarray(ranking.weights) * (scaled[0] - scaled[1]), FALLBACK_VIEW


def _comparison(ranking: Ranking, row: int, other: int, name: str, relation: str) -> list[str]:
    gaps, view = _advantage(ranking, row, other)
    values = ranking.values
    criteria = ranking.criteria
    method = get_method(ranking.method).label

    def listed(order: np.ndarray) -> str:
        return _names(
            [
                f"{criteria[j]} ({_number(values[row, j])} against {_number(values[other, j])})"
                for j in order[:TOP]
            ]
        )

    better = [j for j in np.argsort(-gaps, kind="stable") if gaps[j] > 1e-12]
    worse = [j for j in np.argsort(gaps, kind="stable") if gaps[j] < -1e-12]
    where = f"under {method}, {view}, largest first"
    sentences = []
    if better:
        sentences.append(f"Strengths against {relation} {name} ({where}): {listed(np.array(better))}.")
    if worse:
        sentences.append(f"Weaknesses against {relation} {name} ({where}): {listed(np.array(worse))}.")
    if not better and not worse:
        sentences.append(f"On the weighted criteria it is level with {relation} {name} under {method}.")
    return sentences


def _contributions(ranking: Ranking, row: int) -> str | None:
    breakdown = ranking.breakdown
    if breakdown is None:
        return None
    terms = np.asarray(ranking.contributions[row], dtype=float)
    order = np.argsort(-np.abs(terms), kind="stable")
    shown = "{:+.3f}" if breakdown.sums_to_score else "{:.3f}"
    parts = [f"{ranking.criteria[j]} {shown.format(terms[j])}" for j in order if math.isfinite(terms[j])]
    return f"{breakdown.sentence_head(terms)}, largest first: {', '.join(parts)}."


def explain(state: StudyState, ranking: Ranking, partner: int, dominated_by=None) -> list[str]:
    """Plain sentences saying why model partner ``partner`` ranks where it does.

    Covers its rank and score, each criterion's part of the method's breakdown
    (``scoring.breakdown``: points of the score, or gaps to the ideal, labelled as
    such), its strengths and weaknesses against the leader (or, for the leader,
    against the runner-up) in that same view, the partners that Pareto-dominate
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
    model = state.model
    name = model.partners[partner].name
    rows = np.flatnonzero(np.asarray(ranking.indices) == partner)
    if rows.size == 0:
        return [
            f"{name} is not ranked: it has missing values and the missing-value policy "
            f"'{state.missing.value}' leaves such partners out. Fill in its empty cells to rank it."
        ]
    row = int(rows[0])
    method = get_method(ranking.method)
    count = len(ranking.partners)
    better = "higher is better" if ranking.higher_is_better else "lower is better"
    rank = int(ranking.ranks[row])
    ties = int(np.count_nonzero(ranking.ranks == rank)) - 1
    shared = f", level with {ties} other{'s' if ties > 1 else ''}" if ties else ""
    sentences = [
        f"{name} ranks {rank} of {count}{shared} under {method.label}, "
        f"with a score of {ranking.scores[row]:.3f} ({better})."
    ]
    if (terms := _contributions(ranking, row)) is not None:
        sentences.append(terms)
    order = np.asarray(ranking.order)
    leader = int(order[0])
    if count > 1:
        if leader == row:
            runner = int(order[1])
            sentences += _comparison(ranking, row, runner, ranking.partners[runner], "the runner-up")
        else:
            sentences += _comparison(ranking, row, leader, ranking.partners[leader], "the leader")
    above = (ranking.dominated_by if dominated_by is None else dominated_by)[row]
    sentences += _dominance([ranking.partners[k] for k in above], name)
    sentences += _filled(state, ranking, row, partner)
    return sentences


def _dominance(above: list[str], name: str) -> list[str]:
    if not above:
        return [
            f"No other partner dominates {name} (is at least as good on every criterion and better on one)."
        ]
    verb = "it is" if len(above) == 1 else "they are"
    return [
        f"Dominated by {_names(above)}: {verb} at least as good on every criterion and better on one, "
        f"so no choice of weights puts {name} above {'it' if len(above) == 1 else 'them'}."
    ]


def _filled(state: StudyState, ranking: Ranking, row: int, partner: int) -> list[str]:
    model = state.model
    sentences = []
    for j in np.flatnonzero(np.asarray(ranking.filled)[row]):
        ref = model.cell_ref(partner, int(j))
        where = f" (Partners!{ref})" if ref else ""
        how = FILL_WORDS.get(state.missing, "a filled-in value")
        sentences.append(
            f"Its {ranking.criteria[j]} value{where} is missing and counts as "
            f"{_number(ranking.values[row, j])}, {how}; the rank rests on that."
        )
    return sentences
