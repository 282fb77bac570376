"""One-way sensitivity of single weights: score curves, tipping points and stability intervals.

One criterion's weight ``t`` moves from 0 to 1 while the other weights absorb the change in
proportion to their current values (``criteria.weights.with_weight``, the one renormalisation
policy of a weight edit). That policy is affine in ``t``, so the weights on the path are
``(1 - t) * w(0) + t * w(1)``.

Methods whose score is linear in the weights (WSM and PROMETHEE II net flows) are therefore
affine in ``t`` on the path, ``s_i(t) = b_i + t (a_i - b_i)``: each statement "partner a scores
at least as well as partner b" holds on a half-line, and every interval here is computed exactly
as an intersection of half-lines. Other methods are searched on a grid of ``GRID_POINTS`` values
of ``t``, each boundary refined by bisection to ``BISECTION_TOLERANCE``; a region narrower than
the grid step can be missed, and the result says so (``exact`` is False, ``tolerance`` is set).

References
----------
.. [1] Triantaphyllou, E., & Sanchez, A. (1997). A sensitivity analysis approach for some
   deterministic multi-criteria decision-making methods. *Decision Sciences*, 28(1), 151-194.
.. [2] Wolters, W. T. M., & Mareschal, B. (1995). Novel types of sensitivity analysis for
   additive MCDM methods. *European Journal of Operational Research*, 81(2), 281-290.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from criteria.i18n import N_, Language, language
from criteria.study import StudyState
from criteria.weights import with_weight
from scoring.ranks import TOLERANCE
from scoring.sensitivity import BatchScorer

GRID_POINTS = 1001  # search grid for methods that are not linear in the weights
BISECTION_STEPS = 24
BISECTION_TOLERANCE = 1.0 / (GRID_POINTS - 1) / 2**BISECTION_STEPS  # about 6e-11
CURVE_POINTS = 101
CURVE_PARTNERS = 10  # partners drawn by default when the study has many
SHOWN_DIGITS = 4  # decimals a quoted tipping point may need to differ from the current weight


@dataclass(frozen=True)
class WeightPath:
    """Criterion ``index``'s weight moved from 0 to 1, the others rescaled in proportion."""

    index: int
    current: float
    start: np.ndarray  # weights at t = 0
    end: np.ndarray  # weights at t = 1

    @classmethod
    def of(cls, weights, index: int) -> WeightPath:
        start = np.array(with_weight(weights, index, 0.0))
        end = np.array(with_weight(weights, index, 1.0))
        return cls(index, float(weights[index]), start, end)

    @property
    def movable(self) -> bool:
        """False when the other weights cannot absorb a change (a single criterion)."""
        return not np.allclose(self.start, self.end)

    def weights(self, t) -> np.ndarray:
        """Weight vectors at each ``t``, shape ``(len(t), m)``."""
        t = np.atleast_1d(np.asarray(t, dtype=float))[:, None]
        return (1.0 - t) * self.start + t * self.end


@dataclass(frozen=True)
class Constraints:
    """ "Partner ``above[k]`` scores at least as well as ``below[k]``" for every k.

    Scores within the shared tie tolerance (``scoring.ranks.TOLERANCE``) count as equal; with
    ``strict`` every ``above`` partner must be ahead by more than that tolerance.
    """

    above: np.ndarray
    below: np.ndarray
    strict: bool = False

    @classmethod
    def first(cls, partner: int, n: int, *, strict: bool = False) -> Constraints:
        """``partner`` has rank 1 (ties allowed unless ``strict``)."""
        others = np.array([i for i in range(n) if i != partner], dtype=int)
        return cls(np.full(len(others), partner), others, strict)

    @classmethod
    def top_order(cls, top: np.ndarray, n: int) -> Constraints:
        """The partners ``top`` lead in this order, ahead of everyone else."""
        rest = np.setdiff1d(np.arange(n), top)
        above = np.concatenate([top[:-1], np.full(len(rest), top[-1])])
        below = np.concatenate([top[1:], rest])
        return cls(above.astype(int), below.astype(int))

    @property
    def margin(self) -> float:
        """The least gap ``score[above] - score[below]`` for a constraint to hold."""
        return TOLERANCE if self.strict else -TOLERANCE

    def hold(self, oriented: np.ndarray) -> np.ndarray:
        """For each row of oriented scores ``(k, n)``, whether every constraint holds."""
        gaps = oriented[:, self.above] - oriented[:, self.below]
        return np.all(gaps >= self.margin, axis=1)


@dataclass(frozen=True)
class PathScores:
    """Oriented scores (higher is better) along one path, exact or searched."""

    scorer: BatchScorer
    path: WeightPath

    def at(self, t) -> np.ndarray:
        return self.scorer.oriented(self.path.weights(t))

    @cached_property
    def grid(self) -> tuple[np.ndarray, np.ndarray]:
        """The search grid and the oriented scores on it, computed once per path."""
        t = np.linspace(0.0, 1.0, GRID_POINTS)
        return t, self.at(t)

    def interval(self, constraints: Constraints) -> tuple[float, float] | None:
        """The interval of ``t`` around the current weight where the constraints hold."""
        if self.scorer.linear:
            return self._exact_interval(constraints)
        current = self.path.current
        if not constraints.hold(self.at(current))[0]:
            return None
        grid, scores = self.grid
        ok = constraints.hold(scores)
        below, above = grid < current, grid > current
        low = self._edge(constraints, grid, ok, below, current, side=-1)
        high = self._edge(constraints, grid, ok, above, current, side=1)
        return low, high

    def nearest(self, constraints: Constraints) -> float | None:
        """The ``t`` closest to the current weight where the constraints hold, or None."""
        current = self.path.current
        if self.scorer.linear:
            region = self._exact_interval(constraints, around=False)
            return None if region is None else float(np.clip(current, *region))
        grid, scores = self.grid
        ok = constraints.hold(scores)
        if constraints.hold(self.at(current))[0]:
            return current
        if not ok.any():
            return None
        k = int(np.argmin(np.where(ok, np.abs(grid - current), np.inf)))
        # the boundary lies between that grid point and its neighbour towards the current weight
        step = -1 if grid[k] > current else 1
        neighbour = grid[k + step] if 0 <= k + step < GRID_POINTS else current
        if (neighbour - current) * step > 0:  # the current weight sits between them
            neighbour = current
        return self.bisect(constraints, inside=grid[k], outside=neighbour)

    def leader_beyond(self, t: float, direction: int, leader: int) -> int:
        """Who is first just past ``t`` moving in ``direction`` (+1 up, -1 down), other than ``leader``."""
        if self.scorer.linear:
            scores = self.at([0.0, 1.0])
            at_t = (1.0 - t) * scores[0] + t * scores[1]
            slope = direction * (scores[1] - scores[0])
            at_t[leader] = slope[leader] = -np.inf
            close = at_t >= at_t.max() - TOLERANCE
            return int(np.flatnonzero(close)[np.argmax(slope[close])])
        past = float(np.clip(t + direction * BISECTION_TOLERANCE, 0.0, 1.0))
        scores = self.at(past)[0]
        scores[leader] = -np.inf
        return int(np.argmax(scores))

    def _exact_interval(self, constraints: Constraints, *, around: bool = True) -> tuple[float, float] | None:
        b, a = self.at([0.0, 1.0])
        d0 = b[constraints.above] - b[constraints.below] - constraints.margin
        slope = (a - b)[constraints.above] - (a - b)[constraints.below]
        if np.any((slope == 0) & (d0 < 0)):
            return None
        rising, falling = slope > 0, slope < 0
        low = float(np.max(-d0[rising] / slope[rising], initial=0.0))
        high = float(np.min(-d0[falling] / slope[falling], initial=1.0))
        low, high = max(low, 0.0), min(high, 1.0)
        if low > high or (around and not low <= self.path.current <= high):
            return None
        return low, high

    def _edge(self, constraints, grid, ok, side_mask, current, *, side: int) -> float:
        """The boundary of the run of feasible grid points that reaches the current weight."""
        failing = np.flatnonzero(side_mask & ~ok)
        if failing.size == 0:
            return 1.0 if side > 0 else 0.0
        k = int(failing[0] if side > 0 else failing[-1])
        inside = grid[k - side] if (grid[k - side] - current) * side > 0 else current
        return self.bisect(constraints, inside=inside, outside=grid[k])

    def bisect(self, constraints: Constraints, *, inside: float, outside: float) -> float:
        for _ in range(BISECTION_STEPS):
            middle = 0.5 * (inside + outside)
            if constraints.hold(self.at(middle))[0]:
                inside = middle
            else:
                outside = middle
        return float(inside)


@dataclass(frozen=True)
class ShownPercent:
    """A percentage as the room reads it: ``value`` (in percent, already rounded) to ``digits``
    decimals, trailing zeros dropped ("20%", "23.1%"). Every sentence, table and chart that
    quotes a tipping point formats it from here, so the room quotes one number."""

    value: float
    digits: int

    @classmethod
    def of(cls, points: float, digits: int) -> ShownPercent:
        """``points`` rounded to ``digits`` decimals, with as few decimals as show it whole."""
        value = round(points, digits)
        while digits > 0 and round(value, digits - 1) == value:
            digits -= 1
        return cls(value + 0.0, digits)  # + 0.0: never "-0%"

    @property
    def share(self) -> float:
        return self.value / 100.0

    def text(self, lang: Language | str | None = None) -> str:
        """``23.1%`` (English), ``23,1 %`` (Vietnamese)."""
        return language(lang).percent(self.share, self.digits)

    def number(self, lang: Language | str | None = None) -> str:
        """The value without the sign, for "by 3.1 points"."""
        return language(lang).number(self.value, self.digits)

    def __str__(self) -> str:
        return self.text()


def shown_weight(share: float) -> ShownPercent:
    """A weight as the app shows it: "40%", "39.9%" (one decimal when it is not whole)."""
    return ShownPercent.of(100.0 * share, 1)


def shown_interval(low: float, high: float) -> tuple[ShownPercent, ShownPercent]:
    """A stability interval as the room reads it: its ends moved inwards to a tenth (more decimals
    only when a tenth leaves nothing), strictly inside a tipping point, which ``ShownTipping`` moves
    outwards: "keeps the winner up to 23%" and "raise it to 23.1% and JOGMEC overtakes" never meet.
    The ends of the range, 0% and 100%, stay as they are."""
    points = (100.0 * low, 100.0 * high)
    for digits in range(1, SHOWN_DIGITS + 1):
        scale = 10.0**digits
        ends = (
            0.0 if points[0] <= 0.0 else math.floor(points[0] * scale + 1e-9) / scale + 1.0 / scale,
            100.0 if points[1] >= 100.0 else math.ceil(points[1] * scale - 1e-9) / scale - 1.0 / scale,
        )
        if ends[0] <= ends[1]:
            break
    else:  # narrower than the finest step: both ends quoted as the interval's middle
        ends = (round(50.0 * (low + high), digits),) * 2
    return ShownPercent.of(ends[0], digits), ShownPercent.of(ends[1], digits)


@dataclass(frozen=True)
class ShownTipping:
    """How a tipping point is quoted: the current weight, the new one and the change in points.

    The new weight is rounded away from the current one, so the weight quoted lies past the
    tipping point (the new leader really is first there), to a tenth of a point; more decimals
    (up to ``SHOWN_DIGITS``) only when a tenth would show no change, and a knife-edge closer
    than that moves one tenth. ``change`` is the
    difference of the two weights as shown, so "by 3.1 points (20% to 23.1%)" adds up.
    """

    current: ShownPercent
    threshold: ShownPercent
    change: ShownPercent
    rises: bool

    @classmethod
    def of(cls, current: float, threshold: float) -> ShownTipping:
        now, then = 100.0 * current, 100.0 * threshold
        rises = threshold > current
        for digits in range(1, SHOWN_DIGITS + 1):
            scale = 10.0**digits
            here = round(now * scale) / scale
            there = (math.ceil(then * scale - 1e-9) if rises else math.floor(then * scale + 1e-9)) / scale
            if abs(there - here) > 0.5 / scale:
                break
        else:  # a knife-edge (as VIKOR's Q can have): the first tenth past the current weight
            digits, here = 1, round(now * 10.0) / 10.0
            there = here + (0.1 if rises else -0.1)
        return cls(
            ShownPercent.of(here, digits),
            ShownPercent.of(there, digits),
            ShownPercent.of(abs(there - here), digits),
            rises,
        )


@dataclass(frozen=True)
class Tipping:
    """Moving ``criterion`` from ``current`` to ``threshold`` puts ``new_leader`` ahead of ``leader``."""

    criterion: str
    current: float
    threshold: float
    leader: str
    new_leader: str

    @property
    def change(self) -> float:
        return abs(self.threshold - self.current)

    @property
    def shown(self) -> ShownTipping:
        """The weights as every sentence, table and chart quotes them (one rounding)."""
        return ShownTipping.of(self.current, self.threshold)

    def sentence(self, lang: Language | str | None = None) -> str:
        """``Raise 'Speed' from 15% to 21% and X overtakes Y``, in ``lang`` (English when not given)."""
        lang = language(lang)
        shown = self.shown
        return lang.t(
            RAISE if shown.rises else LOWER,
            criterion=repr(self.criterion),
            old=shown.current.text(lang),
            new=shown.threshold.text(lang),
            rival=self.new_leader,
            leader=self.leader,
        )


RAISE = N_("Raise {criterion} from {old} to {new} and {rival} overtakes {leader}")
LOWER = N_("Lower {criterion} from {old} to {new} and {rival} overtakes {leader}")


@dataclass(frozen=True)
class CriterionStability:
    """What one criterion's weight can do to the winner and the top order.

    ``winner`` is the interval of this weight (others rescaled in proportion) over which the
    current leader stays first; ``top_order`` keeps the top three (or fewer) in their order.
    ``raised``/``lowered`` are the first changes of winner above/below the current weight.
    """

    criterion: str
    current: float
    winner: tuple[float, float] | None
    top_order: tuple[float, float] | None
    raised: Tipping | None
    lowered: Tipping | None

    @property
    def nearest(self) -> Tipping | None:
        found = [t for t in (self.raised, self.lowered) if t is not None]
        return min(found, key=lambda t: t.change) if found else None

    def sentence(self, lang: Language | str | None = None) -> str:
        lang = language(lang)
        found = [t for t in (self.raised, self.lowered) if t is not None]
        if not found:
            return lang.t("No change of {criterion} alone changes the winner", criterion=repr(self.criterion))
        first, *more = (t.sentence(lang) for t in found)
        return "; ".join([first, *(s[0].lower() + s[1:] for s in more)])  # "Raise ...; lower ..."


@dataclass(frozen=True)
class RivalTipping:
    """The smallest change of one weight that puts ``rival`` first, or None anywhere."""

    rival: str
    leader: str
    tipping: Tipping | None

    def sentence(self, lang: Language | str | None = None) -> str:
        lang = language(lang)
        if self.tipping is None:
            # what was searched: a weight putting the rival first (it may pass the leader
            # while a third partner is first, so "ahead of the leader" would be false)
            return lang.t("No change of a single weight puts {rival} first", rival=self.rival)
        return self.tipping.sentence(lang)


@dataclass(frozen=True)
class TippingReport:
    """Tipping points and stability intervals of every weight, for one study.

    ``exact`` is True when intervals are exact (methods linear in the weights); otherwise they
    come from a grid search with step ``grid_step``, boundaries refined to ``tolerance``.
    """

    method: str
    criteria: tuple[str, ...]
    weights: tuple[float, ...]
    leader: str
    top: tuple[str, ...]
    exact: bool
    tolerance: float
    grid_step: float
    per_criterion: tuple[CriterionStability, ...]
    rivals: tuple[RivalTipping, ...]

    def sentences(self, lang: Language | str | None = None) -> tuple[str, ...]:
        """Plain-word findings: the nearest tipping point first, then each weight, then rivals
        (in ``lang``; English, as the workbook's sheet has them, when not given)."""
        ordered = sorted(self.per_criterion, key=lambda c: c.nearest.change if c.nearest else math.inf)
        found = [c.sentence(lang) for c in ordered]
        # a rival's tipping point is often one a criterion already states
        stated = "; ".join(found).lower()
        return tuple(found + [s for r in self.rivals if (s := r.sentence(lang)).lower() not in stated])

    def sheet(self) -> tuple[str, list[list]]:
        """The ``Tipping points`` sheet: one row per criterion, then the findings in words."""
        k = len(self.top)
        header = ["Criterion", "Weight", "Keeps the winner from", "to", "Raise to", "then first", "Lower to"]
        header += ["then first", f"Keeps the top {k} order from", "to"]
        rows = [header]
        for c in self.per_criterion:
            winner, ordered = c.winner or (None, None), c.top_order or (None, None)
            up = (c.raised.threshold, c.raised.new_leader) if c.raised else (None, None)
            down = (c.lowered.threshold, c.lowered.new_leader) if c.lowered else (None, None)
            rows.append([c.criterion, c.current, *winner, *up, *down, *ordered])
        how = (
            "exact" if self.exact else f"grid step {self.grid_step:g}, boundaries within {self.tolerance:.0e}"
        )
        rows += [[], [f"Leader: {self.leader} ({self.method}; {how})"]] + [[s] for s in self.sentences()]
        return "Tipping points", rows

    def to_dict(self) -> dict:
        """Plain data for json (strict: no NaN) and the result workbook."""

        def tip(t: Tipping | None):
            return None if t is None else {"threshold": t.threshold, "new_leader": t.new_leader}

        return {
            "leader": self.leader,
            "top": list(self.top),
            "exact": self.exact,
            "tolerance": self.tolerance,
            "criteria": [
                {
                    "criterion": c.criterion,
                    "weight": c.current,
                    "winner_interval": None if c.winner is None else list(c.winner),
                    "top_order_interval": None if c.top_order is None else list(c.top_order),
                    "raise": tip(c.raised),
                    "lower": tip(c.lowered),
                }
                for c in self.per_criterion
            ],
            "rivals": [
                {
                    "rival": r.rival,
                    "criterion": None if r.tipping is None else r.tipping.criterion,
                    "threshold": None if r.tipping is None else r.tipping.threshold,
                }
                for r in self.rivals
            ],
            "sentences": list(self.sentences()),
        }


def _tipping(scores: PathScores, crit: str, leader: int, names, *, t: float, direction: int) -> Tipping:
    new = scores.leader_beyond(t, direction, leader)
    if not scores.scorer.linear:
        # a searched boundary is the last weight that keeps the leader: report the first one past
        # it, so the threshold lies on the side that changes the winner, never at the current
        # weight itself (a knife-edge, as VIKOR's Q can have, is then "raise by 0.0001%")
        t = float(np.clip(t + direction * BISECTION_TOLERANCE, 0.0, 1.0))
    return Tipping(crit, scores.path.current, t, names[leader], names[new])


def tipping_points(state: StudyState, *, rivals: int = 3, top: int = 3) -> TippingReport:
    """Tipping points and stability intervals of each weight for the study's current leader.

    Parameters
    ----------
    state : StudyState
        The study; its method, weights and missing-value policy are used as they are.
    rivals : int
        How many runners-up (ranks 2, 3, ...) get their own tipping point.
    top : int
        Length of the top order whose stability interval is reported.

    Returns
    -------
    TippingReport

    References
    ----------
    .. [1] Triantaphyllou, E., & Sanchez, A. (1997). A sensitivity analysis approach for some
       deterministic multi-criteria decision-making methods. *Decision Sciences*, 28(1), 151-194.
    """
    scorer = BatchScorer.of(state)
    names, n = scorer.partners, len(scorer.partners)
    order = scorer.order
    leader = int(order[0])
    top_rows = order[: min(top, n)]
    crits = scorer.criteria
    rival_rows = [int(r) for r in order[1 : 1 + rivals]]
    nearest: dict[int, Tipping | None] = dict.fromkeys(rival_rows)
    per_criterion = []
    # one path at a time: a searched path holds a GRID_POINTS x n score grid (80 MB at 10,000)
    for j, crit in enumerate(crits):
        path = PathScores(scorer, WeightPath.of(scorer.weights, j))
        for rival in rival_rows:
            nearest[rival] = _closer(nearest[rival], path, crit, rival, leader, names)
        if not path.path.movable:  # a single criterion: its weight is 1 whatever happens
            here = (path.path.current, path.path.current)
            per_criterion.append(CriterionStability(crit, path.path.current, here, here, None, None))
            continue
        winner = path.interval(Constraints.first(leader, n))
        ordered = path.interval(Constraints.top_order(top_rows, n))
        raised = lowered = None
        if winner is not None:
            low, high = winner
            if high < 1.0:
                raised = _tipping(path, crit, leader, names, t=high, direction=1)
            if low > 0.0:
                lowered = _tipping(path, crit, leader, names, t=low, direction=-1)
        per_criterion.append(CriterionStability(crit, path.path.current, winner, ordered, raised, lowered))
    rival_results = tuple(RivalTipping(names[r], names[leader], nearest[r]) for r in rival_rows)
    return TippingReport(
        method=scorer.ranking.method,
        criteria=crits,
        weights=tuple(float(w) for w in scorer.weights),
        leader=names[leader],
        top=tuple(names[int(k)] for k in top_rows),
        exact=scorer.linear,
        tolerance=0.0 if scorer.linear else BISECTION_TOLERANCE,
        grid_step=0.0 if scorer.linear else 1.0 / (GRID_POINTS - 1),
        per_criterion=tuple(per_criterion),
        rivals=rival_results,
    )


def _closer(
    best: Tipping | None, path: PathScores, crit: str, rival: int, leader: int, names
) -> Tipping | None:
    """``best``, or this path's single-weight change that puts ``rival`` first if it is smaller."""
    if not path.path.movable:
        return best
    t = path.nearest(Constraints.first(rival, len(names), strict=True))
    if t is None:
        return best
    candidate = Tipping(crit, path.path.current, t, names[leader], names[rival])
    return candidate if best is None or candidate.change < best.change else best


@dataclass(frozen=True, eq=False)
class Crossing:
    """At weight ``t``, partner ``rising`` overtakes ``falling`` as the weight grows."""

    t: float
    rising: str
    falling: str


@dataclass(frozen=True, eq=False)
class OneWayCurve:
    """Every drawn partner's score as one weight goes from 0 to 1 (the method's own score).

    ``scores`` has shape ``(len(t), len(partners))``; ``crossings`` are where two drawn
    partners swap order, exact for linear methods, else located on the search grid and refined.
    """

    criterion: str
    current: float
    t: np.ndarray
    partners: tuple[str, ...]
    scores: np.ndarray
    crossings: tuple[Crossing, ...]
    higher_is_better: bool


def one_way(
    state: StudyState, criterion: int | str, *, points: int = CURVE_POINTS, partners=None
) -> OneWayCurve:
    """Scores of the partners as criterion ``criterion``'s weight goes from 0 to 1.

    Parameters
    ----------
    state : StudyState
    criterion : int or str
        Criterion index or name.
    points : int
        Number of evenly spaced weights to evaluate for the curve.
    partners : sequence of int, optional
        Rows (among the ranked partners) to draw; default all when there are at most
        ``CURVE_PARTNERS``, else the current top ``CURVE_PARTNERS``.

    Returns
    -------
    OneWayCurve

    References
    ----------
    .. [1] Wolters, W. T. M., & Mareschal, B. (1995). Novel types of sensitivity analysis for
       additive MCDM methods. *European Journal of Operational Research*, 81(2), 281-290.
    """
    scorer = BatchScorer.of(state)
    j = criterion if isinstance(criterion, int) else state.model.criterion_index(criterion)
    n = len(scorer.partners)
    rows = np.asarray(
        partners
        if partners is not None
        else (np.arange(n) if n <= CURVE_PARTNERS else scorer.order[:CURVE_PARTNERS]),
        dtype=int,
    )
    path = PathScores(scorer, WeightPath.of(scorer.weights, j))
    t = np.linspace(0.0, 1.0, points)
    raw = scorer.scores(path.path.weights(t))[:, rows]
    crossings = _crossings(path, rows, scorer.partners) if path.path.movable else ()
    return OneWayCurve(
        scorer.criteria[j],
        path.path.current,
        t,
        tuple(scorer.partners[k] for k in rows),
        raw,
        crossings,
        scorer.higher_is_better,
    )


def _crossings(path: PathScores, rows: np.ndarray, names) -> tuple[Crossing, ...]:
    """Where two of ``rows`` swap order on the path, by ``t``."""
    first, second = np.triu_indices(len(rows), 1)
    a, b = rows[first], rows[second]
    if path.scorer.linear:
        start, end = path.at([0.0, 1.0])
        gap0 = start[a] - start[b]
        slope = (end[a] - end[b]) - gap0
        with np.errstate(divide="ignore", invalid="ignore"):
            t = -gap0 / slope
        hit = (slope != 0) & (t > 0) & (t < 1)
        found = [
            (float(t[k]), int(a[k]) if slope[k] > 0 else int(b[k]), int(b[k]) if slope[k] > 0 else int(a[k]))
            for k in np.flatnonzero(hit)
        ]
    else:
        grid, scores = path.grid
        gaps = scores[:, a] - scores[:, b]
        found = []
        for k in range(len(a)):
            found.extend(_searched_crossings(path, grid, gaps[:, k], int(a[k]), int(b[k])))
    return tuple(Crossing(t, names[r], names[f]) for t, r, f in sorted(found))


def _searched_crossings(path: PathScores, grid: np.ndarray, gap: np.ndarray, a: int, b: int) -> list:
    """Swaps of ``a`` and ``b`` on the grid (ties skipped), each refined by bisection."""
    state = np.where(gap > TOLERANCE, 1, np.where(gap < -TOLERANCE, -1, 0))
    known = np.flatnonzero(state)
    found = []
    for g, h in zip(known[:-1], known[1:]):
        if state[g] == state[h]:
            continue
        ahead, behind = (a, b) if state[g] > 0 else (b, a)
        # the partner ahead before the swap keeps the lead up to the crossing
        keeps = Constraints(np.array([ahead]), np.array([behind]))
        t = path.bisect(keeps, inside=grid[g], outside=grid[h])
        found.append((t, behind, ahead))
    return found
