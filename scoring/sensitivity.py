"""Monte Carlo rank acceptability: how often each partner takes each rank when weights are uncertain.

One code path for the command line (``partner-scout sensitivity``) and the GUI worker: a plain
function with a progress callback and a stop flag, scoring weight samples in numpy chunks.
Also home of :class:`BatchScorer`, the study prepared once for scoring many weight vectors,
which the other robustness modules share.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from criteria.errors import InputError, Problem
from criteria.i18n import Language, language
from criteria.study import StudyState
from scoring.rank import Prepared, prepare_and_rank
from scoring.ranks import competition_ranks, ranks_in_score_order, sorted_groups
from scoring.result import Ranking

DEFAULT_SPREAD = 0.2
# Shared by the command line and the GUI so both give the same figures for the same study.
DEFAULT_SAMPLES = 10_000
DEFAULT_SEED = 0
DEFAULT_CHUNK = 1000
# Scores per block inside a chunk (200 samples at 1,000 partners: 1.6 MB per float array, within
# a core's 2 MiB L2 on the benchmark machine). Blocks of 1,000 x 1,000 ran 1.5x slower.
BLOCK_SCORES = 200_000
# Above this many partners rank counts are kept sparse (a dense n x n table is 32 MB at 2,048).
DENSE_PARTNERS = 2048
# Sparse counts of many chunks are merged once they hold this many cells (about 100 MB).
MERGE_CELLS = 8_000_000
# Default number of samples: DEFAULT_SAMPLES, fewer when that would score more than this many
# (partner, sample) pairs (1,000 samples at 10,000 partners; standard error of a share <= 1.6%).
SCORE_BUDGET = 10_000_000
MIN_DEFAULT_SAMPLES = 1000
FULL = "full"
# Methods whose score is linear in the weights (a weighted sum of per-criterion terms), so
# exact interval arithmetic applies to them (scoring.tipping). tests/scoring/test_tipping.py
# checks that each of them really is.
LINEAR_METHODS = frozenset({"wsm", "promethee", "moora", "spotis"})


class Cancelled(Exception):
    """A long computation stopped because ``should_stop()`` returned True."""


@dataclass(frozen=True, eq=False)
class BatchScorer:
    """A study validated and prepared once, to score any number of weight vectors.

    ``ranking`` is the study at its own weights; rows of every score array are the ranked
    (kept) partners, in ``ranking.partners`` order.
    """

    ranking: Ranking
    prepared: Prepared

    @classmethod
    def of(cls, state: StudyState) -> BatchScorer:
        """Validate ``state`` (``InputError`` listing every problem) and prepare its values, once."""
        prepared, ranking = prepare_and_rank(state)
        return cls(ranking, prepared)

    @property
    def partners(self) -> tuple[str, ...]:
        return self.ranking.partners

    @property
    def criteria(self) -> tuple[str, ...]:
        return self.ranking.criteria

    @cached_property
    def weights(self) -> np.ndarray:
        return np.array(self.ranking.weights)

    @property
    def order(self) -> np.ndarray:
        return self.ranking.order

    @property
    def higher_is_better(self) -> bool:
        return self.ranking.higher_is_better

    @property
    def linear(self) -> bool:
        """True when scores are linear in the weights (exact tipping points)."""
        return self.ranking.method in LINEAR_METHODS

    def scores(self, W) -> np.ndarray:
        """The method's own scores for normalised weights ``(m,)`` or ``(k, m)``."""
        return self.prepared.scores(np.asarray(W, dtype=float))

    def compared(self, W) -> np.ndarray:
        """What ranks compare (``scoring.rank.Prepared.compared``) for ``(m,)`` or ``(k, m)`` weights."""
        return self.prepared.compared(np.asarray(W, dtype=float))

    def oriented(self, W) -> np.ndarray:
        """What ranks compare, as a ``(k, n)`` array in which higher is always better."""
        raw = np.atleast_2d(self.compared(np.atleast_2d(W)))
        return raw if self.higher_is_better else -raw

    def ranks(self, W) -> np.ndarray:
        """Competition ranks (``scoring.ranks``) for each weight vector."""
        return competition_ranks(self.compared(W), higher_is_better=self.higher_is_better)

    def ranks_in_score_order(self, W) -> tuple[np.ndarray, np.ndarray]:
        """``(by_score, ranks)`` of ``scoring.ranks.ranks_in_score_order`` for a batch of weights."""
        return ranks_in_score_order(self.compared(W), higher_is_better=self.higher_is_better)


def parse_spread(value: object) -> float | str:
    """``"full"`` or a number ``P`` in [0, 1] (factors ``[1 - P, 1 + P]`` stay >= 0).

    Raises
    ------
    InputError
        When ``value`` is neither.
    """
    if isinstance(value, str):
        text = value.strip().lower()
        if text == FULL:
            return FULL
        try:
            value = float(text)
        except ValueError:
            raise InputError(Problem(f"spread {value!r} is neither a number in [0, 1] nor 'full'")) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= float(value) <= 1.0:
        raise InputError(Problem(f"spread {value!r} is not a number in [0, 1] (or 'full')"))
    return float(value)


def sample_weights(weights, rng: np.random.Generator, count: int, spread: float | str) -> np.ndarray:
    """``count`` random weight vectors around ``weights``, each summing to 1.

    With a number ``P``, every weight is multiplied by an independent factor uniform in
    ``[1 - P, 1 + P]`` and the vector renormalised (a zero weight stays zero). With ``"full"``,
    vectors are uniform on the simplex: Dirichlet(1, ..., 1), drawn as normalised standard
    exponentials ``-log(1 - U)``.

    Both draw exactly ``count * m`` doubles from ``rng.random`` in row order, so drawing
    ``a`` then ``b`` vectors gives the same vectors as drawing ``a + b`` at once: results do
    not depend on the chunk size.

    References
    ----------
    .. [1] Rubinstein, R. Y. (1982). Generating random vectors uniformly distributed inside and
       on the surface of different regions. *European Journal of Operational Research*, 10(2),
       205-209.
    """
    base = np.asarray(weights, dtype=float)
    uniform = rng.random((count, base.size))
    if spread == FULL:
        raw = -np.log1p(-uniform)
    else:
        raw = base * (1.0 - spread + 2.0 * spread * uniform)
    total = raw.sum(axis=1, keepdims=True)
    # a row of zeros needs every exponential (or every factor) to be 0: keep the base weights
    return np.where(total > 0, raw / np.where(total > 0, total, 1.0), base)


@dataclass(frozen=True, eq=False)
class RankCounts:
    """How many samples put partner ``partner[k]`` at rank ``rank[k] + 1``: ``count[k]``.

    Only the (partner, rank) pairs that occurred are kept: with 10,000 partners a dense
    n x n table would hold 10^8 cells (800 MB), nearly all zero.
    """

    partner: np.ndarray
    rank: np.ndarray
    count: np.ndarray

    @classmethod
    def of_cells(cls, cells: np.ndarray, count: np.ndarray, n: int) -> RankCounts:
        """From flat cells ``partner * n + rank - 1`` and their counts."""
        return cls(cells // n, cells % n, count)

    def dense(self, n: int, ranks: int) -> np.ndarray:
        """``(n, ranks)`` counts at ranks 1..``ranks``."""
        table = np.zeros((n, ranks))
        keep = self.rank < ranks
        table[self.partner[keep], self.rank[keep]] = self.count[keep]
        return table


class _Tally:
    """Counts of (partner, rank) cells, added chunk by chunk.

    Up to ``DENSE_PARTNERS`` partners a dense ``n * n`` bincount is fastest; beyond, each chunk's
    cells are counted with a sort (``np.unique``) and merged at the end, so memory follows the
    pairs that occur rather than n squared.
    """

    def __init__(self, n: int):
        self.n = n
        self.dense = np.zeros(n * n, dtype=np.int64) if n <= DENSE_PARTNERS else None
        self.found: list[tuple[np.ndarray, np.ndarray]] = []

    def add(self, cells: np.ndarray) -> None:
        if self.dense is not None:
            self.dense += np.bincount(cells, minlength=self.n * self.n)
        else:
            # cells < n^2 fit 32 bits up to 46,340 partners; sorting them is twice as fast
            narrow = cells.astype(np.int32) if self.n * self.n < 2**31 else cells
            self.found.append(np.unique(narrow, return_counts=True))
            if sum(cells.size for cells, _ in self.found) > MERGE_CELLS:  # many chunks: bound memory
                self.found = [self._merged()]

    def _merged(self) -> tuple[np.ndarray, np.ndarray]:
        cells, inverse = np.unique(np.concatenate([c for c, _ in self.found]), return_inverse=True)
        return cells, np.bincount(inverse, weights=np.concatenate([k for _, k in self.found])).astype(
            np.int64
        )

    def counts(self) -> RankCounts:
        if self.dense is not None:
            cells = np.flatnonzero(self.dense)
            return RankCounts.of_cells(cells, self.dense[cells], self.n)
        cells, count = self._merged()
        return RankCounts.of_cells(cells.astype(np.intp), count, self.n)


@dataclass(frozen=True, eq=False)
class Acceptability:
    """Rank acceptability: ``shares[i, r]`` is the share of samples with partner i at rank r + 1.

    Ranks are competition ranks (``scoring.ranks``): tied partners share the better rank. Each
    sample gives every partner exactly one rank, so each row sums to 1; with ties a column
    can hold more or less than 1 (two partners tied first both count at rank 1 and nobody at 2).
    The counts are kept sparse (:class:`RankCounts`); the dense ``shares`` table is built on
    first use, while :meth:`top_shares`, ``expected_rank`` and the verdict never need it.
    """

    method: str
    partners: tuple[str, ...]
    criteria: tuple[str, ...]
    weights: tuple[float, ...]
    samples: int
    seed: int
    spread: float | str
    counts: RankCounts
    excluded: tuple[str, ...]

    @cached_property
    def shares(self) -> np.ndarray:
        """``(n, n)`` shares, read-only (n^2 numbers: built only when every rank is wanted)."""
        return self.top_shares(len(self.partners))

    def top_shares(self, ranks: int) -> np.ndarray:
        """``(n, min(ranks, n))`` shares at ranks 1, 2, ..., read-only."""
        n = len(self.partners)
        table = self.counts.dense(n, min(ranks, n)) / self.samples
        table.setflags(write=False)
        return table

    @cached_property
    def expected_rank(self) -> np.ndarray:
        """Mean rank of each partner over the samples."""
        c = self.counts
        return (
            np.bincount(c.partner, weights=c.count * (c.rank + 1.0), minlength=len(self.partners))
            / self.samples
        )

    def standard_error(self) -> np.ndarray:
        """Binomial standard error of every share, ``sqrt(p (1 - p) / samples)``."""
        return np.sqrt(self.shares * (1.0 - self.shares) / self.samples)

    def first_place(self) -> list[tuple[str, float]]:
        """Partners by their share of first places, largest first (ties in workbook order)."""
        first = self.top_shares(1)[:, 0]
        order = np.argsort(-first, kind="stable")
        return [(self.partners[i], float(first[i])) for i in order]

    def describe_spread(self, lang: Language | str | None = None) -> str:
        """How the weights were sampled, in words that hold after renormalisation (in ``lang``)."""
        lang = language(lang)
        if self.spread == FULL:
            return lang.t("weights drawn at random from all possible weightings")
        low, high = round(1.0 - self.spread, 6), round(1.0 + self.spread, 6)
        return lang.t(
            "each weight multiplied by a random factor between {low} and {high}, then rescaled to 100%",
            low=lang.significant(low, 6),
            high=lang.significant(high, 6),
        )

    def sheet(self) -> tuple[str, list[list]]:
        """The ``Acceptability`` sheet of the result workbook: settings, then the table (the
        verdict, which also rests on tipping points and other methods, is ``scoring.verdict``'s)."""
        n = len(self.partners)
        order = sorted(range(n), key=lambda i: (self.expected_rank[i], i))
        header = ["Partner", "Expected rank"] + [f"Rank {r + 1}" for r in range(n)]
        table = [
            [self.partners[i], float(self.expected_rank[i])] + [float(p) for p in self.shares[i]]
            for i in order
        ]
        settings = [["Samples", self.samples], ["Seed", self.seed], ["Spread", self.describe_spread()]]
        return "Acceptability", settings + [[], header, *table]

    def to_dict(self) -> dict:
        """The json of ``partner-scout sensitivity`` (CONTRACT.md), strict: no NaN."""
        return {
            "method": self.method,
            "samples": self.samples,
            "seed": self.seed,
            "spread": self.spread,
            "weights": dict(zip(self.criteria, self.weights)),
            "acceptability": {p: [float(s) for s in row] for p, row in zip(self.partners, self.shares)},
            "expected_rank": {p: float(r) for p, r in zip(self.partners, self.expected_rank)},
            "excluded": list(self.excluded),
        }


def default_samples(partners: int) -> int:
    """``DEFAULT_SAMPLES``, or fewer for large studies (at least ``MIN_DEFAULT_SAMPLES``), so
    that a default run scores at most about ``SCORE_BUDGET`` (sample, partner) pairs."""
    return max(MIN_DEFAULT_SAMPLES, min(DEFAULT_SAMPLES, SCORE_BUDGET // max(partners, 1)))


def _check_counts(n_samples: object, chunk: object, seed: object) -> list[Problem]:
    problems = []
    for name, value, least in (
        ("number of samples", n_samples, 1),
        ("chunk size", chunk, 1),
        ("seed", seed, 0),
    ):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < least:
            problems.append(Problem(f"{name} must be a whole number >= {least}, not {value!r}"))
    return problems


def _rank_cells(scorer: BatchScorer, W: np.ndarray, cells: np.ndarray) -> np.ndarray:
    """Each sample's (partner, rank) pairs in this batch, as flat cells ``i * n + r`` (rank r + 1).

    The batch is scored and sorted in blocks of about ``BLOCK_SCORES`` scores, whose working
    arrays stay in a core's cache, and each (partner, rank) pair is written to ``cells``, a
    ``(k', n)`` integer buffer with ``k' >= k`` reused from chunk to chunk (a fresh 8 MB array per
    chunk cost more in page faults than the counting itself), returned flat to be counted at
    once. Every step works row by row, so the counts do not depend on the block (nor the
    chunk) size.
    """
    n = len(scorer.partners)
    rows = max(1, BLOCK_SCORES // max(n, 1))
    cells = cells[: len(W)]
    for start in range(0, len(W), rows):
        groups = sorted_groups(
            scorer.compared(W[start : start + rows]), higher_is_better=scorer.higher_is_better
        )
        write_rank_cells(*groups, cells[start : start + rows])
    return cells.ravel()


def write_rank_cells(
    by_score: np.ndarray, tied_rows: np.ndarray, tied_ranks: np.ndarray, out: np.ndarray
) -> None:
    """The (partner, rank) pairs of ``scoring.ranks.sorted_groups`` as flat cells
    ``partner * n + rank - 1``, in score order, into ``out`` ``(k, n)``."""
    n = by_score.shape[-1]
    np.multiply(by_score, n, out=out)
    out += np.arange(n)  # rank - 1 at each position of an untied row
    if tied_rows.size:  # the few rows holding a tie take their ranks from the shared rule
        out[tied_rows] = by_score[tied_rows] * n + (tied_ranks - 1)


def rank_acceptability(
    state: StudyState,
    *,
    n_samples: int,
    seed: int,
    spread: float | str = DEFAULT_SPREAD,
    chunk: int = DEFAULT_CHUNK,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Acceptability:
    """Monte Carlo rank acceptability of every partner under uncertain weights.

    Weight vectors are drawn around the study's weights (:func:`sample_weights`) in chunks of
    ``chunk`` samples, scored with the method's vectorised kernel in cache-sized blocks, and
    ranked with the shared competition ranking. Memory stays at one ``chunk x n`` array of
    (partner, rank) cells plus a few block-sized arrays.

    Parameters
    ----------
    state : StudyState
        Study whose method, weights and missing-value policy are used.
    n_samples : int
        Number of weight vectors.
    seed : int
        Seed of ``numpy.random.default_rng``; the same seed gives the same shares for any
        ``chunk``.
    spread : float or "full"
        ``P`` in [0, 1]: each weight times a factor uniform in ``[1 - P, 1 + P]``; ``"full"``:
        weights uniform on the simplex.
    chunk : int
        Samples drawn and counted per step (progress is reported and ``should_stop`` checked
        between steps).
    progress : callable, optional
        Called as ``progress(done, total)`` after each chunk.
    should_stop : callable, optional
        Checked before each chunk; when it returns True, :class:`Cancelled` is raised.

    Returns
    -------
    Acceptability

    Raises
    ------
    InputError
        Invalid study, sample count, chunk size or spread (every problem listed).
    Cancelled
        When ``should_stop()`` returned True.

    References
    ----------
    .. [1] Lahdelma, R., Hokkanen, J., & Salminen, P. (1998). SMAA - Stochastic multiobjective
       acceptability analysis. *European Journal of Operational Research*, 106(1), 137-143.
    .. [2] Tervonen, T., & Figueira, J. R. (2008). A survey on stochastic multicriteria
       acceptability analysis methods. *Journal of Multi-Criteria Decision Analysis*, 15(1-2),
       1-14.
    """
    problems = _check_counts(n_samples, chunk, seed)
    try:
        spread = parse_spread(spread)
    except InputError as error:
        problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    scorer = BatchScorer.of(state)
    n = len(scorer.partners)
    rng = np.random.default_rng(seed)
    tally = _Tally(n)
    cells = np.empty((min(int(chunk), int(n_samples)), n), dtype=np.intp)
    done = 0
    while done < n_samples:
        if should_stop is not None and should_stop():
            raise Cancelled(f"stopped after {done} of {n_samples} samples")
        size = min(int(chunk), n_samples - done)
        tally.add(_rank_cells(scorer, sample_weights(scorer.weights, rng, size, spread), cells))
        done += size
        if progress is not None:
            progress(done, n_samples)
    return Acceptability(
        method=scorer.ranking.method,
        partners=scorer.partners,
        criteria=scorer.criteria,
        weights=scorer.ranking.weights,
        samples=int(n_samples),
        seed=int(seed),
        spread=spread,
        counts=tally.counts(),
        excluded=scorer.ranking.excluded,
    )
