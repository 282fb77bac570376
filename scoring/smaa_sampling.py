"""What SMAA-2 samples: weights (spread, whole simplex, an order, bounds) and uncertain values.

Each sampler draws from its own ``numpy`` generator in a fixed pattern (whole rows, or fixed
blocks of candidates for rejection), so the samples do not depend on how many are taken at a
time: results are the same for any chunk size.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from criteria.errors import InputError, Problem, UsageError
from criteria.i18n import Language, language
from criteria.model import name_key
from scoring.sensitivity import FULL, sample_weights

# Rejection sampling for bounds: candidates are drawn in blocks of this many (a fixed pattern,
# so the accepted stream does not depend on the chunk size) ...
CANDIDATE_BLOCK = 4096
# ... and a region hit by fewer than 1 candidate in 10,000 is refused as too small to sample.
MIN_ACCEPTANCE = 1e-4
LEVELS = 65536  # values are drawn on this grid of each range (uniform_levels)
_PERCENT = re.compile(r"^\s*([0-9.]+)\s*(%?)\s*$")


def _criterion(name: str, criteria: tuple[str, ...], what: str) -> int:
    keys = [name_key(c).casefold() for c in criteria]
    try:
        return keys.index(name_key(name).casefold())
    except ValueError:
        listed = ", ".join(criteria)
        raise UsageError(
            Problem(f"{what}: {name.strip()!r} is not a criterion (criteria: {listed})")
        ) from None


def parse_order(text: str, criteria: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """``"ESG credibility>=Speed>=Capital"`` (chains separated by ``;``) -> criterion indices,
    heaviest first. A criterion may appear in one chain only (then sorting samples exactly)."""
    chains, seen = [], set()
    for part in filter(str.strip, str(text).split(";")):
        chain = tuple(_criterion(name, criteria, "--order") for name in part.split(">="))
        if len(chain) < 2 or seen & set(chain) or len(set(chain)) < len(chain):
            raise UsageError(
                Problem(
                    f"--order {part.strip()!r}: write 'A>=B>=C' with two or more criteria, each in one chain only"
                )
            )
        seen |= set(chain)
        chains.append(chain)
    return tuple(chains)


def _share(text: str, where: str) -> float | None:
    if not text.strip():
        return None
    match = _PERCENT.match(text)
    try:
        value = float(match.group(1)) / (100.0 if match.group(2) else 1.0) if match else -1.0
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise UsageError(Problem(f"--bounds {where}: {text.strip()!r} is not a share such as 10% or 0.1"))
    return value


def parse_bounds(text: str, criteria: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """``"Capital=10%..30%, Speed=..20%"`` -> lower and upper weight shares per criterion."""
    lower, upper = np.zeros(len(criteria)), np.ones(len(criteria))
    for part in filter(str.strip, str(text).split(",")):
        name, equals, interval = part.partition("=")
        low, dots, high = interval.partition("..")
        if not equals or not dots:
            raise UsageError(Problem(f"--bounds {part.strip()!r}: write 'Criterion=10%..30%'"))
        j = _criterion(name, criteria, "--bounds")
        lower[j] = _share(low, part.strip()) or 0.0
        upper[j] = 1.0 if (share := _share(high, part.strip())) is None else share
    return lower, upper


@dataclass(frozen=True)
class WeightSpace:
    """How weights are drawn: around the study's weights (``spread`` P) or on the whole simplex
    (``"full"``), optionally restricted to an order (then the whole simplex, sorted: exactly
    uniform on the ordered region) and to per-criterion bounds (rejection)."""

    criteria: tuple[str, ...]
    spread: float | str
    order: tuple[tuple[int, ...], ...] = ()
    lower: np.ndarray | None = None
    upper: np.ndarray | None = None

    @property
    def bounded(self) -> bool:
        return self.lower is not None and (self.lower.any() or (self.upper < 1).any())

    def check(self) -> None:
        """InputError when the bounds leave no weights at all (before any sampling)."""
        if not self.bounded:
            return
        problems = [
            Problem(f"--bounds: {self.criteria[j]} has a lower bound above its upper bound")
            for j in np.flatnonzero(self.lower > self.upper)
        ]
        if self.lower.sum() > 1 + 1e-12:
            problems.append(
                Problem(f"--bounds: the lower bounds add up to {self.lower.sum():.0%}, above 100%")
            )
        if self.upper.sum() < 1 - 1e-12:
            problems.append(
                Problem(f"--bounds: the upper bounds add up to {self.upper.sum():.0%}, below 100%")
            )
        if problems:
            raise InputError(problems)

    def describe(self, lang: Language | str | None = None) -> str:
        """How the weights are drawn, in ``lang`` (English when not given: json and workbooks)."""
        lang = language(lang)
        if self.order:
            chains = "; ".join(" >= ".join(self.criteria[j] for j in chain) for chain in self.order)
            text = lang.t("weights drawn at random from all weightings with {chains}", chains=chains)
        elif self.spread == FULL:
            text = lang.t("weights drawn at random from all possible weightings")
        else:
            low, high = round(1.0 - self.spread, 6), round(1.0 + self.spread, 6)
            text = lang.t(
                "each weight multiplied by a random factor between {low} and {high}, then rescaled to 100%",
                low=lang.significant(low, 6),
                high=lang.significant(high, 6),
            )
        if self.bounded:
            limits = [
                f"{c} {lang.percent(lo, 0)}..{lang.percent(hi, 0)}"
                for c, lo, hi in zip(self.criteria, self.lower, self.upper, strict=True)
                if lo > 0 or hi < 1
            ]
            text = lang.t("{sampling}, within {limits}", sampling=text, limits=", ".join(limits))
        return text


@dataclass(eq=False)
class WeightSampler:
    space: WeightSpace
    base: np.ndarray
    rng: np.random.Generator
    _pending: deque = field(default_factory=deque)
    _tried: int = 0
    _kept: int = 0

    def _draw(self, count: int) -> np.ndarray:
        if not self.space.order:
            return sample_weights(self.base, self.rng, count, self.space.spread)
        draws = sample_weights(self.base, self.rng, count, FULL)
        for chain in self.space.order:  # heaviest first: sort the chain's columns, descending
            draws[:, chain] = -np.sort(-draws[:, chain], axis=1)
        return draws

    def take(self, count: int) -> np.ndarray:
        """The next ``count`` weight vectors ``(count, m)``."""
        if not self.space.bounded:
            return self._draw(count)
        lower, upper = self.space.lower, self.space.upper
        while len(self._pending) < count:
            block = self._draw(CANDIDATE_BLOCK)
            inside = block[((block >= lower - 1e-12) & (block <= upper + 1e-12)).all(axis=1)]
            self._tried += CANDIDATE_BLOCK
            self._kept += len(inside)
            if self._tried >= 25 * CANDIDATE_BLOCK and self._kept < MIN_ACCEPTANCE * self._tried:
                raise InputError(
                    Problem(
                        f"{self.space.describe()}: only {self._kept} of {self._tried} random weightings fit; "
                        "the region is empty or too small to sample: widen the bounds, relax the order"
                        + ("" if self.space.spread == FULL else " or sample all weightings (--spread full)")
                    )
                )
            self._pending.extend(inside)
        return np.array([self._pending.popleft() for _ in range(count)]).reshape(count, -1)


@dataclass(frozen=True, eq=False)
class ValueSpace:
    """The values of the ranked partners, with the cells whose value is uncertain.

    ``base``, ``low`` and ``high`` are ``(n, m)`` over the kept partners; ``cells`` are the flat
    indices where ``low < high``. ``triangular`` draws around ``base`` (the mode), else uniform.
    """

    base: np.ndarray
    low: np.ndarray
    high: np.ndarray
    triangular: bool = False

    @cached_property
    def cells(self) -> np.ndarray:
        return np.flatnonzero(self.high.ravel() > self.low.ravel())

    def grid(self, cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(step, centre)`` at ``cells``: the uniform draw of level ``q`` is ``centre + q * step``."""
        low, high = self.low.ravel()[cells], self.high.ravel()[cells]
        step = (high - low) / LEVELS
        return step, low + step / 2

    def fixed(self, cell: int, value: float) -> ValueSpace:
        """The same space with one cell known: its value is ``value``."""
        low, high = self.low.copy(), self.high.copy()
        low.flat[cell] = high.flat[cell] = value
        return ValueSpace(self.base, low, high, self.triangular)

    def draw(self, levels: np.ndarray, cells: np.ndarray) -> np.ndarray:
        """Value matrices ``(k, n, m)`` from :func:`uniform_levels` ``(k, len(cells))`` at ``cells``.

        Level ``q`` stands for the uniform ``(q + 1/2) / LEVELS``. Triangular draws use the
        inverse distribution function (Johnson, Kotz & Balakrishnan 1995, *Continuous Univariate
        Distributions* vol. 2, ch. 26 sec. 9), so one uniform gives one value either way.
        """
        if self.triangular:
            low, high = self.low.ravel()[cells], self.high.ravel()[cells]
            u = (levels + 0.5) / LEVELS
            mode = self.base.ravel()[cells]
            span = np.where(high > low, high - low, 1.0)
            split = (mode - low) / span
            left = low + np.sqrt(u * span * (mode - low))
            right = high - np.sqrt((1.0 - u) * span * (high - mode))
            drawn = np.where(high > low, np.where(u < split, left, right), low)
        else:
            step, centre = self.grid(cells)
            drawn = levels * step  # one pass from the 16-bit levels to values, then one add
            drawn += centre
        if cells.size == self.base.size:  # every cell uncertain: no copy of the fixed values
            return drawn.reshape(len(levels), *self.base.shape)
        values = np.repeat(self.base[None], len(levels), axis=0)
        values.reshape(len(levels), -1)[:, cells] = drawn
        return values


def uniform_levels(rng: np.random.Generator, rows: int, count: int) -> np.ndarray:
    """``(rows, count)`` integers uniform on ``0 .. LEVELS - 1``: four from each 64 random bits.

    Drawing values is the bulk of SMAA's random numbers (10 million per 1,000 samples of a
    1,000 x 10 study), and a 16-bit grid (1/65,536 of a range: far finer than any score is
    known) needs a quarter of the generator's output. Each row takes whole 64-bit words, so
    drawing ``a`` then ``b`` rows gives the rows of drawing ``a + b`` at once.
    """
    words = -(-count // 4)
    raw = rng.bit_generator.random_raw(rows * words)
    return raw.reshape(rows, words).view(np.uint16)[:, :count]
