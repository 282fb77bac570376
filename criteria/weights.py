"""Weight validation, normalisation and the renormalisation policy of a weight edit."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

from criteria.errors import InputError, Problem
from criteria.model import name_key


def weight_problem(value: object) -> str | None:
    """Why ``value`` cannot be a weight, or None if it can."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"{value!r} is not a number"
    if not math.isfinite(value):
        return f"{value!r} is not a finite number"
    if value < 0:
        return f"{value!r} is negative; weights must be >= 0"
    return None


def normalise(weights: Iterable[float], *, what: str = "weights") -> tuple[float, ...]:
    """Weights scaled to sum to 1; InputError if any is invalid or all are zero."""
    raw = list(weights)
    problems = [
        Problem(f"{what}: weight {i + 1} {reason}")
        for i, w in enumerate(raw)
        if (reason := weight_problem(w)) is not None
    ]
    if problems:
        raise InputError(problems)
    largest = max(raw, default=0)
    if largest <= 0:
        raise InputError(Problem(f"{what}: at least one weight must be greater than 0"))
    # one division when the sum is finite: weights summing to 1 stay as written (0.3, not 0.29999999999999993)
    try:
        total = math.fsum(raw)
    except OverflowError:  # 1e308 + 1e308
        total = math.inf
    if math.isfinite(total):
        return tuple(float(w) / total for w in raw)
    scaled = [float(w) / largest for w in raw]  # so that huge weights (1e308) cannot overflow the sum
    total = math.fsum(scaled)
    return tuple(w / total for w in scaled)


def equal(count: int) -> tuple[float, ...]:
    return tuple(1.0 / count for _ in range(count))


def with_weight(
    weights: Sequence[float], index: int, share: float, locked: Iterable[int] = ()
) -> tuple[float, ...]:
    """Set criterion ``index`` to ``share`` (0..1); the other unlocked weights absorb the change.

    They are rescaled in proportion to their current values (equally if they are
    all zero), locked weights stay as they are, and the result sums to 1. The
    share is clamped to what the locked weights leave.
    """
    w = np.asarray(weights, dtype=float)
    frozen = {int(k) for k in locked} - {index}
    free = [k for k in range(len(w)) if k != index and k not in frozen]
    room = 1.0 - sum(w[k] for k in frozen)
    if not free:  # nothing can absorb the change: the weight keeps what the locks leave
        share = room
    share = min(max(float(share), 0.0), max(room, 0.0))
    result = w.copy()
    result[index] = share
    rest = room - share
    current = w[free].sum() if free else 0.0
    if free:
        # below 1e-12 the others are zero for any practical purpose: share the rest equally
        result[free] = w[free] * (rest / current) if current > 1e-12 else rest / len(free)
    total = result.sum()
    if total <= 0:  # every weight at zero: fall back to equal weights
        return equal(len(w))
    return tuple(float(x) for x in result / total)


def parse_shares(text: str, criterion_names: Sequence[str]) -> dict[int, float]:
    """``"Capital=0.3, ESG credibility=25%"`` as {criterion index: share of the total, 0..1}.

    A share is a fraction (``0.3``) or a percentage (``30%``); a bare number above 1
    could be either, so it is refused with the percentage suggested. Raises
    InputError naming each unknown, repeated or badly written criterion.
    """
    keys = {name_key(name): i for i, name in enumerate(criterion_names)}
    result: dict[int, float] = {}
    problems = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, number = (piece.strip() for piece in part.rpartition("="))
        if not sep or not name:
            problems.append(Problem(f"--weights: {part!r} is not of the form 'Criterion=share'"))
            continue
        index = keys.get(name_key(name))
        if index is None:
            known = ", ".join(repr(n) for n in criterion_names)
            problems.append(Problem(f"--weights: unknown criterion {name!r} (criteria: {known})"))
            continue
        if index in result:
            problems.append(Problem(f"--weights: {name!r} is named twice"))
            continue
        try:
            result[index] = _share(number)
        except ValueError as reason:
            problems.append(Problem(f"--weights: {part!r}: {reason}"))
    if problems:
        raise InputError(problems)
    return result


def _share(number: str) -> float:
    """A share 0..1 from ``0.3`` or ``30%``; ValueError saying why ``number`` is none."""
    digits = number.removesuffix("%").strip()
    percent = digits != number
    try:
        value = float(digits)
    except ValueError:
        raise ValueError(f"{number!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{number!r} is not a finite number")
    if value < 0:
        raise ValueError(f"{number} is negative; a share must be >= 0")
    if percent and value > 100:
        raise ValueError(f"{digits}% is more than 100%")
    if not percent and value > 1:
        raise ValueError(f"a share is a fraction of 1 (0.3) or a percentage (30%); did you mean {digits}%?")
    return value / 100 if percent else value


def with_shares(
    weights: Sequence[float], shares: dict[int, float], criterion_names: Sequence[str]
) -> tuple[float, ...]:
    """Weights with the criteria of ``shares`` fixed at those shares of the total (``--weights``).

    The others share what is left in proportion to their current ``weights`` (sum 1),
    by the policy of a weight typed in the GUI: ``with_weight``, the named criteria locked.
    Naming every criterion sets all the weights, normalised. Shares above 1 in total
    are an InputError naming the criteria.
    """
    total = math.fsum(shares.values())
    if total > 1 + 1e-9:  # one share is at most 1: at least two are named here
        named = [f"{criterion_names[k]!r} {share * 100:.4g}%" for k, share in shares.items()]
        raise InputError(
            Problem(
                f"--weights: the shares of {', '.join(named[:-1])} and {named[-1]} add up to "
                f"{total * 100:.4g}%; together they can be at most 100%"
            )
        )
    if not shares:
        return tuple(weights)
    if len(shares) == len(weights):
        return normalise([shares[k] for k in range(len(weights))], what="--weights")
    *fixed, last = shares
    placed = list(weights)
    for k in fixed:
        placed[k] = shares[k]
    return with_weight(placed, last, shares[last], locked=fixed)
