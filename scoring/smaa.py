"""SMAA-2 over uncertain weights and values: rank acceptability, central weights, confidence
factors and pairwise winning indices, for every method.

Weights are drawn by :class:`scoring.smaa_sampling.WeightSampler` (spread, whole simplex, an
order, bounds), values uniformly (or triangularly) inside the ranges the ``Evidence`` sheet gives
(``criteria.evidence.value_ranges``). Like ``scoring.sensitivity.rank_acceptability``: seeded,
the same figures for any chunk size (counts exactly; central weights to rounding), progress
reported and a stop flag checked between chunks.

References
----------
.. [1] Lahdelma, R., & Salminen, P. (2001). SMAA-2: Stochastic multicriteria acceptability
   analysis for group decision making. *Operations Research*, 49(3), 444-454.
.. [2] Tervonen, T., & Figueira, J. R. (2008). A survey on stochastic multicriteria acceptability
   analysis methods. *Journal of Multi-Criteria Decision Analysis*, 15(1-2), 1-14.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from criteria.errors import InputError, Problem
from criteria.evidence import ConfidenceWidths, value_ranges
from criteria.i18n import Language, language
from criteria.study import StudyState
from scoring.normalise import minmax, resolve_range
from scoring.ranks import TOLERANCE, competition_ranks, sorted_groups
from scoring.sensitivity import (
    BLOCK_SCORES,
    DEFAULT_CHUNK,
    DEFAULT_SPREAD,
    FULL,
    Acceptability,
    BatchScorer,
    Cancelled,
    parse_spread,
    write_rank_cells,
)
from scoring.sensitivity import _Tally as RankTally  # the Monte Carlo's rank counter (dense or sparse)
from scoring.smaa_sampling import (
    ValueSpace,
    WeightSampler,
    WeightSpace,
    parse_bounds,
    parse_order,
    uniform_levels,
)
from scoring.value_batches import BATCHED
from scoring.value_wsm import value_function_columns

CONFIDENCE_SAMPLES = 2000  # value draws per central weight vector (standard error <= 1.2 points)
PAIRWISE_LIMIT = 20  # pairwise winning indices among the study's top partners (n x n is too wide)
BLOCK_CELLS = 500_000  # value cells per block of sampled matrices (4 MB of doubles; 50 samples at 1000 x 10)


@dataclass(frozen=True, eq=False)
class Study:
    """A study prepared for SMAA: its scorer, how weights are drawn and what values may be."""

    scorer: BatchScorer
    weights: WeightSpace
    values: ValueSpace
    lower: np.ndarray  # the criteria's Min/Max (NaN where none): min-max ranges per sample
    upper: np.ndarray

    @classmethod
    def of(
        cls,
        state: StudyState,
        *,
        spread: float | str = DEFAULT_SPREAD,
        order: str = "",
        bounds: str = "",
        uncertain_values: bool = True,
        widths: ConfidenceWidths | None = None,  # None: the study's own (model.evidence_settings)
        triangular: bool = False,
    ) -> Study:
        """Validate everything once (``InputError``/``UsageError`` listing the problems)."""
        spread = parse_spread(spread)
        scorer = BatchScorer.of(state)
        names = scorer.criteria
        lower, upper = parse_bounds(bounds, names) if bounds.strip() else (None, None)
        space = WeightSpace(names, FULL if order.strip() else spread, parse_order(order, names), lower, upper)
        space.check()
        fill = scorer.prepared.fill
        base = fill.values
        low, high = base, base
        if uncertain_values:
            low, high = (np.where(fill.filled, base, r[fill.kept]) for r in value_ranges(state.model, widths))
        if scorer.prepared.method.needs_positive and (low <= 0).any():
            r, j = (int(x[0]) for x in np.nonzero(low <= 0))
            raise InputError(
                Problem(
                    f"method {scorer.ranking.method} needs values > 0, but the range of "
                    f"{scorer.partners[r]}'s {names[j]} reaches {low[r, j]:g}: write a Low above 0 "
                    "or give the criterion a Min above 0",
                    "Evidence",
                )
            )
        model = state.model
        return cls(
            scorer, space, ValueSpace(base, low, high, triangular), model.lower_bounds, model.upper_bounds
        )

    @cached_property
    def fixed_minmax(self) -> tuple[np.ndarray, np.ndarray] | None:
        """``slope``, ``offset`` ``(1, m)`` of min-max scaling when every criterion has a Min and
        a Max (then every sample has the same range), else None."""
        if np.isnan(self.lower).any() or np.isnan(self.upper).any():
            return None
        return self._affine(self.lower[None], self.upper[None])

    def _affine(self, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``slope``, ``offset`` with ``minmax(x) == offset + slope * x`` for the ranges ``lo``..``hi``.

        Min-max scaling is affine in the value once the range is set, so reading it at 0 and 1
        (through ``scoring.normalise`` itself, flat ranges and all) replaces a pass over every
        sampled cell.
        """
        benefit = self.scorer.prepared.benefit
        offset = minmax(np.zeros(lo.shape), benefit, lo, hi)
        return minmax(np.ones(lo.shape), benefit, lo, hi) - offset, offset

    def _minmax_affine(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``slope``, ``offset`` ``(k, m)`` of min-max scaling in each matrix ``X`` ``(k, n, m)``:
        the range is each matrix's own where a criterion has no Min/Max."""
        k, m = len(X), X.shape[-1]
        if self.fixed_minmax is not None:
            return tuple(np.broadcast_to(a, (k, m)) for a in self.fixed_minmax)
        lo, hi = np.tile(self.lower, (k, 1)), np.tile(self.upper, (k, 1))
        observed = np.flatnonzero(np.isnan(self.lower) | np.isnan(self.upper))
        lo[:, observed], hi[:, observed] = resolve_range(
            X[:, :, observed].transpose(1, 0, 2), self.lower[observed], self.upper[observed]
        )
        return self._affine(lo, hi)

    def scores(self, X: np.ndarray, W: np.ndarray) -> np.ndarray:
        """Scores ``(k, n)`` of value matrices ``X`` ``(k, n, m)``, each with its weights ``W`` ``(k, m)``."""
        return self.scores_each(X, W[:, None, :])[:, 0, :]

    def scores_each(self, X: np.ndarray, W: np.ndarray) -> np.ndarray:
        """Scores ``(k, p, n)``: matrix s with each weight vector ``W[s, q]`` (``W`` ``(k, p, m)``
        or ``(p, m)`` for the same ``p`` vectors everywhere). Min-max ranges are each matrix's own."""
        prepared = self.scorer.prepared
        W = np.broadcast_to(W, (len(X), *W.shape[-2:]))
        if prepared.method.key == "wsm":  # min-max is affine: one product per matrix
            slope, offset = self._minmax_affine(X)
            if prepared.method.value_functions:  # those columns: their scores, taken as they are
                X, slope, offset = value_function_columns(X, slope, offset, prepared.method.value_functions)
            return np.matmul(W * slope[:, None, :], X.transpose(0, 2, 1)) + (W @ offset[:, :, None])
        kernel, benefit = prepared.method.ranked_by, prepared.benefit  # WPM: its logs
        # TOPSIS, VIKOR, PROMETHEE II (usual criterion): scoring.value_batches
        if prepared.method.key in BATCHED and prepared.method.preferences is None:
            return BATCHED[prepared.method.key](
                X, np.ascontiguousarray(W), benefit, **dict(prepared.method.options)
            )
        return np.stack(
            [
                np.atleast_2d(kernel(x, w, benefit, *resolve_range(x, self.lower, self.upper)))
                for x, w in zip(X, W, strict=True)
            ]
        )

    def drawn_scores(
        self, space: ValueSpace, cells: np.ndarray
    ) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
        """``scores(levels, W)``: :meth:`scores_each` of the matrices ``space.draw(levels, cells)``.

        WSM with uniform draws and a fixed min-max range (:attr:`fixed_minmax`) needs no matrix
        of values: the term ``offset + slope * x`` of a value ``x = centre + q * step`` drawn at
        level ``q`` is the term of its centre plus ``q * slope * step``, so a sample's scores are
        the centres' scores (a product worked out per weight vector) plus the product of the
        weights with the levels times ``slope * step``. Other studies draw the values.
        """
        method = self.scorer.prepared.method
        if self.fixed_minmax is None or method.key != "wsm" or method.value_functions or space.triangular:
            return lambda levels, W: self.scores_each(space.draw(levels, cells), W)
        slope, offset = self.fixed_minmax
        n, m = space.base.shape
        step, centre = space.grid(cells)
        steps, centres = np.zeros(n * m), space.base.ravel().copy()
        steps[cells], centres[cells] = step, centre
        per_level = steps.reshape(n, m) * slope
        # stored (m, n): the product with each weight vector takes half the time of a transposed view
        centre_terms = np.ascontiguousarray((offset + centres.reshape(n, m) * slope).T)

        def scores(levels: np.ndarray, W: np.ndarray) -> np.ndarray:
            if len(cells) < n * m:  # the cells not drawn: level 0 and step 0, so their value is the base
                every = np.zeros((len(levels), n * m), dtype=levels.dtype)
                every[:, cells] = levels
                levels = every
            varying = levels.reshape(-1, n, m) * per_level
            out = np.matmul(W, varying.transpose(0, 2, 1))
            out += np.matmul(W, centre_terms)
            return out

        return scores


@dataclass(frozen=True, eq=False)
class SampledAcceptability(Acceptability):
    """Rank acceptability whose samples are described in full (weights and values), so the
    verdict and the Acceptability sheet say what was really sampled."""

    weight_space: WeightSpace | None = None
    uncertain_cells: int = 0
    triangular: bool = False

    def describe_spread(self, lang: Language | str | None = None) -> str:
        """How the weights and the values were drawn, in ``lang`` (English when not given)."""
        return f"{self.weight_space.describe(lang)}; {self.describe_values(lang)}"

    def describe_values(self, lang: Language | str | None = None) -> str:
        """How many values were drawn, and how, in ``lang`` (English when not given)."""
        lang = language(lang)
        if not self.uncertain_cells:
            return lang.t("values as written")
        if self.triangular:
            return lang.t(
                "{count} values drawn triangular around the score within their Evidence ranges",
                count=self.uncertain_cells,
            )
        return lang.t("{count} values drawn uniform within their Evidence ranges", count=self.uncertain_cells)


@dataclass(frozen=True, eq=False)
class SmaaResult:
    """SMAA-2 indices. ``acceptability`` holds the rank acceptability (``shares``); rows of the
    arrays are its partners.

    ``central_weights[i]`` is the mean of the weight vectors with partner i first (NaN for a
    partner never first); ``confidence[i]`` the share of value draws in which partner i is
    first at its central weights (NaN likewise); ``pairwise[a, b]`` the share of samples in
    which ``pairwise_partners[a]`` ranks strictly above ``pairwise_partners[b]``.
    """

    acceptability: Acceptability
    weight_sampling: str
    uncertain_cells: int
    central_weights: np.ndarray
    confidence: np.ndarray
    confidence_samples: int
    pairwise_partners: tuple[str, ...]
    pairwise: np.ndarray

    @property
    def partners(self) -> tuple[str, ...]:
        return self.acceptability.partners

    @property
    def criteria(self) -> tuple[str, ...]:
        return self.acceptability.criteria

    def describe_values(self, lang: Language | str | None = None) -> str:
        """How the values were drawn, in ``lang`` (English when not given: json and workbooks)."""
        return self.acceptability.describe_values(lang)

    def to_dict(self) -> dict:
        """``Acceptability.to_dict()`` plus the SMAA-2 indices (strict json: None for never first)."""
        payload = self.acceptability.to_dict()
        payload["weight_sampling"] = self.weight_sampling
        payload["values"] = self.describe_values()
        payload["uncertain_cells"] = self.uncertain_cells
        payload["central_weights"] = {
            p: None if np.isnan(row).any() else dict(zip(self.criteria, map(float, row), strict=True))
            for p, row in zip(self.partners, self.central_weights, strict=True)
        }
        payload["confidence"] = {
            p: None if np.isnan(c) else float(c) for p, c in zip(self.partners, self.confidence, strict=True)
        }
        payload["pairwise"] = {
            a: {b: float(s) for b, s in zip(self.pairwise_partners, row, strict=True) if a != b}
            for a, row in zip(self.pairwise_partners, self.pairwise, strict=True)
        }
        return payload

    def central_weights_sheet(self) -> tuple[str, list[list]]:
        """Partners that win in some sample: first-rank share, confidence factor, central weights."""
        header = ["Partner", "First-rank share", "Confidence factor", *self.criteria]
        shares = self.acceptability.top_shares(1)[:, 0]
        rows = [
            [p, float(shares[i]), float(self.confidence[i]), *map(float, self.central_weights[i])]
            for i, p in sorted(enumerate(self.partners), key=lambda item: -shares[item[0]])
            if shares[i] > 0
        ]
        notes = [
            ["Weights", self.weight_sampling],
            ["Values", self.describe_values()],
            [
                "Confidence factor",
                f"share of {self.confidence_samples} value draws won at the central weights",
            ],
        ]
        return "Central weights", [*notes, [], header, *rows]

    def pairwise_sheet(self) -> tuple[str, list[list]]:
        """Row partner ranks strictly above column partner in this share of samples."""
        header = ["Ranks above ->", *self.pairwise_partners]
        rows = [
            [a, *(None if a == b else float(s) for b, s in zip(self.pairwise_partners, row, strict=True))]
            for a, row in zip(self.pairwise_partners, self.pairwise, strict=True)
        ]
        return "Pairwise", [header, *rows]


class _Tally:
    """What the samples add up to: rank counts, weight sums of first places, pairwise wins.

    A chunk's (partner, rank) cells are written in score order to one buffer and handed to the
    Monte Carlo's own counter once per chunk (:meth:`flush`; dense or sparse by study size, as
    ``rank_acceptability`` counts).
    """

    def __init__(self, n: int, m: int, top: np.ndarray, chunk: int):
        self.n, self.top = n, top
        self.ranks = RankTally(n)
        self.weight_sums = np.zeros((n, m))
        self.pairs = np.zeros((len(top), len(top)), dtype=np.int64)
        self._cells = np.empty((chunk, n), dtype=np.intp)
        self._filled = 0

    def add(self, scores: np.ndarray, W: np.ndarray, higher_is_better: bool) -> None:
        k, n = scores.shape
        by_score, tied_rows, tied_ranks = sorted_groups(scores, higher_is_better=higher_is_better)
        cells = self._cells[self._filled : self._filled + k]
        self._filled += k
        write_rank_cells(by_score, tied_rows, tied_ranks, cells)
        # first places: each row's best, and the others of rank 1 where the top is tied
        tied, at = np.nonzero(tied_ranks[:, 1:] == 1)
        rows = np.concatenate([np.arange(k), tied_rows[tied]])
        winners = np.concatenate([by_score[:, 0], by_score[tied_rows[tied], at + 1]])
        np.add.at(self.weight_sums, winners, W[rows])
        # pairwise: in a row without ties the better score ranks strictly above; rows with a
        # tie compare the top partners' ranks, put back in partner order
        chosen = scores[:, self.top] if higher_is_better else -scores[:, self.top]
        above = chosen[:, :, None] > chosen[:, None, :]
        if tied_rows.size:
            ranks = np.empty((len(tied_rows), n), dtype=np.intp)
            np.put_along_axis(ranks, by_score[tied_rows], tied_ranks, axis=1)
            ranks = ranks[:, self.top]
            above[tied_rows] = ranks[:, :, None] < ranks[:, None, :]
        self.pairs += above.sum(axis=0)

    def flush(self) -> None:
        if self._filled:
            self.ranks.add(self._cells[: self._filled].ravel())
            self._filled = 0


def _blocks(total: int, rows: int):
    for start in range(0, total, rows):
        yield slice(start, min(start + rows, total))


def run_smaa(
    study: Study,
    *,
    n_samples: int,
    seed: int,
    chunk: int = DEFAULT_CHUNK,
    confidence_samples: int = CONFIDENCE_SAMPLES,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SmaaResult:
    """SMAA-2 of a prepared :class:`Study`.

    Weights come from ``default_rng(seed)`` (without an order or bounds the same stream as
    ``rank_acceptability``, so the same shares when values are certain), values from
    ``default_rng([seed, 1])`` and the confidence pass from ``default_rng([seed, 2])``.

    Raises
    ------
    InputError
        Bad counts, or bounds too tight to sample.
    Cancelled
        When ``should_stop()`` returned True (checked between chunks).
    """
    problems = [
        Problem(f"{name} must be a whole number >= {least}, not {value!r}")
        for name, value, least in (
            ("number of samples", n_samples, 1),
            ("chunk size", chunk, 1),
            ("seed", seed, 0),
            ("number of confidence samples", confidence_samples, 1),
        )
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < least
    ]
    if problems:
        raise InputError(problems)
    scorer, space = study.scorer, study.values
    ranking = scorer.ranking
    n, m = len(scorer.partners), len(scorer.criteria)
    cells = space.cells
    weights = WeightSampler(study.weights, scorer.weights, np.random.default_rng(seed))
    value_rng = np.random.default_rng([seed, 1])
    tally = _Tally(n, m, ranking.order[:PAIRWISE_LIMIT], min(int(chunk), int(n_samples)))
    drawn_scores = study.drawn_scores(space, cells)
    rows = max(1, (BLOCK_CELLS // max(n * m, 1)) if cells.size else BLOCK_SCORES // max(n, 1))
    total = n_samples + confidence_samples * bool(cells.size)
    done = 0
    while done < n_samples:
        if should_stop is not None and should_stop():
            raise Cancelled(f"stopped after {done} of {n_samples} samples")
        size = min(int(chunk), n_samples - done)
        W = weights.take(size)
        for block in _blocks(size, rows):
            if cells.size:  # uniforms drawn block by block, in row order: the same stream for any chunk
                U = uniform_levels(value_rng, block.stop - block.start, cells.size)
                scores = drawn_scores(U, W[block][:, None, :])[:, 0, :]
            else:
                scores = scorer.compared(W[block])
            tally.add(scores, W[block], scorer.higher_is_better)
        tally.flush()
        done += size
        if progress is not None:
            progress(done, total)
    counts = tally.ranks.counts()
    with np.errstate(invalid="ignore", divide="ignore"):
        central = tally.weight_sums / counts.dense(n, 1)
    confidence = _confidence(
        study, central, confidence_samples, seed, n_samples, total, progress, should_stop
    )
    for array in (central, confidence):
        array.setflags(write=False)
    acceptability = SampledAcceptability(
        method=ranking.method,
        partners=scorer.partners,
        criteria=scorer.criteria,
        weights=ranking.weights,
        samples=int(n_samples),
        seed=int(seed),
        spread=study.weights.spread,
        counts=counts,
        excluded=ranking.excluded,
        weight_space=study.weights,
        uncertain_cells=int(cells.size),
        triangular=space.triangular,
    )
    top = tally.top
    return SmaaResult(
        acceptability,
        study.weights.describe(),
        int(cells.size),
        central,
        confidence,
        int(confidence_samples) if cells.size else 1,
        tuple(scorer.partners[i] for i in top),
        tally.pairs / n_samples,
    )


def _confidence(study, central, count, seed, done, total, progress, should_stop) -> np.ndarray:
    """Share of value draws in which each partner ranks first at its own central weights."""
    scorer, space = study.scorer, study.values
    n = len(scorer.partners)
    winners = np.flatnonzero(~np.isnan(central).any(axis=1))
    confidence = np.full(n, np.nan)
    if not winners.size:
        return confidence
    wins = np.zeros(len(winners), dtype=np.int64)
    cells = space.cells
    if not cells.size:  # values are certain: each partner simply wins at its central weights or not
        ranks = competition_ranks(scorer.compared(central[winners]), higher_is_better=scorer.higher_is_better)
        confidence[winners] = ranks[np.arange(len(winners)), winners] == 1
        return confidence
    rng = np.random.default_rng([seed, 2])
    drawn_scores = study.drawn_scores(space, cells)
    rows = max(1, min(BLOCK_CELLS // max(n * central.shape[1], 1), BLOCK_SCORES // max(n * len(winners), 1)))
    for block in _blocks(count, rows):
        if should_stop is not None and should_stop():
            raise Cancelled("stopped while computing the confidence factors")
        size = block.stop - block.start
        scores = drawn_scores(uniform_levels(rng, size, cells.size), central[winners])
        if not scorer.higher_is_better:
            scores = -scores
        # first = within the tie tolerance of the best score (scoring.ranks' rule for the top group);
        # no sort needed
        own = scores[:, np.arange(len(winners)), winners]
        wins += (scores.max(axis=2) - own <= TOLERANCE).sum(axis=0)
        if progress is not None:
            progress(done + block.stop, total)
    confidence[winners] = wins / count
    return confidence
