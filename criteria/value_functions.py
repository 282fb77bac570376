"""Piecewise-linear value functions: per criterion, the score (0..1) each value is worth.

Given by points ``(value, score)`` in the ``Value functions`` sheet (Capital 0 -> 0,
50 -> 0.6, 200 -> 1), a function replaces WSM's straight min-max line for its criterion:
between two points the score is read off the straight line joining them; below the first
point it is the first point's score, above the last the last point's (flat ends). Only WSM
uses them; the other methods work on the raw values and ignore them (``METHODS_USING``).

Rules (``problems``): at least two points, distinct values, scores in 0..1, and monotone in
the criterion's direction: on a benefit criterion a higher value never scores less, on a cost
criterion never more (Keeney & Raiffa 1976, ch. 3: a value function is monotone in the
attribute; Belton & Stewart 2002, sec. 5.2.3, piecewise-linear value functions).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from criteria.i18n import N_, language

Points = tuple[tuple[float, float], ...]

METHODS_USING = ("wsm",)  # the methods that read value functions; the others ignore them


def sorted_points(points: Sequence[tuple[float, float]]) -> Points:
    """The points by increasing value (the order a function is stored and written in)."""
    return tuple(sorted((float(v), float(s)) for v, s in points))


def problems(points: Sequence[tuple[float, float]], benefit: bool, lang=None) -> list[tuple[int, str]]:
    """``(index into points, message)`` for each rule a function breaks; [] when it is valid.

    ``points`` in any order; the index names the offending point so a reader can name its cell.
    Messages in ``lang`` (``criteria.i18n``; English, the workbook reader's, by default).
    """
    lang = language(lang)

    def say(message: str, **numbers: float) -> str:
        return lang.t(message, **{k: _number(v, lang) for k, v in numbers.items()})

    found: list[tuple[int, str]] = []
    for k, (value, score) in enumerate(points):
        if not (np.isfinite(value) and np.isfinite(score)):
            found.append(
                (
                    k,
                    say(
                        N_("value {value} and score {score} must be finite numbers"), value=value, score=score
                    ),
                )
            )
        elif not 0.0 <= score <= 1.0:
            found.append((k, say(N_("score {score} is outside 0..1"), score=score)))
    if len(points) < 2:
        found.append(
            (0, lang.t("a value function needs at least 2 points, this one has {count}", count=len(points)))
        )
    if found:
        return found
    order = sorted(range(len(points)), key=lambda k: points[k][0])
    for a, b in zip(order, order[1:]):
        (v0, s0), (v1, s1) = points[a], points[b]
        numbers = dict(score=s1, value=v1, before=s0, before_value=v0)
        if v1 == v0:
            found.append((b, say(N_("value {value} is given twice"), value=v1)))
        elif benefit and s1 < s0:
            found.append(
                (
                    b,
                    say(
                        N_(
                            "score {score} at {value} is below {before} at {before_value}; on a benefit "
                            "criterion a higher value may not score less"
                        ),
                        **numbers,
                    ),
                )
            )
        elif not benefit and s1 > s0:
            found.append(
                (
                    b,
                    say(
                        N_(
                            "score {score} at {value} is above {before} at {before_value}; on a cost "
                            "criterion a higher value may not score more"
                        ),
                        **numbers,
                    ),
                )
            )
    return found


def _number(value: float, lang) -> str:
    """``0.6`` / ``0,6``: a point's number as typed in the language's decimals."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang.code == "vi" else text


def evaluate(points: Points, x: np.ndarray) -> np.ndarray:
    """Scores of the values ``x`` (any shape) under the function through ``points`` (sorted).

    On a segment ``(v0, s0)-(v1, s1)`` the score is ``(s0 (v1 - x) + s1 (x - v0)) / (v1 - v0)``:
    written so that the line through ``(lo, 0), (hi, 1)`` gives ``(x - lo) / (hi - lo)`` and
    through ``(lo, 1), (hi, 0)`` gives ``(hi - x) / (hi - lo)`` bit for bit, i.e. exactly WSM's
    min-max scores (``scoring.normalise.minmax``).
    """
    x = np.asarray(x, dtype=float)
    values = np.array([v for v, _ in points])
    scores = np.array([s for _, s in points])
    k = np.clip(np.searchsorted(values, x, side="right") - 1, 0, len(values) - 2)
    v0, v1, s0, s1 = values[k], values[k + 1], scores[k], scores[k + 1]
    inside = (s0 * (v1 - x) + s1 * (x - v0)) / (v1 - v0)
    return np.where(x <= values[0], scores[0], np.where(x >= values[-1], scores[-1], inside))


def apply_columns(X: np.ndarray, functions: Sequence[Points]) -> np.ndarray:
    """``X`` (``(..., m)``) with each column that has a function replaced by its scores."""
    out = np.array(X, dtype=float, copy=True)
    for j, points in enumerate(functions):
        if points:
            out[..., j] = evaluate(points, out[..., j])
    return out


def set_value_function(model, index: int, points: Sequence[tuple[float, float]]):
    """Criterion ``index`` with this value function (``()`` = the straight line); InputError naming
    each rule it breaks."""
    from criteria.edits import replace_criterion
    from criteria.errors import InputError, Problem

    criterion = model.criteria[index]
    found = problems(points, criterion.is_benefit) if points else []
    if found:
        raise InputError(
            [
                Problem(f"value function of {criterion.name!r}, point {k + 1}: {message}")
                for k, message in found
            ]
        )
    values = {float(v) for v, _ in points}
    return replace_criterion(
        model,
        index,
        value_function=sorted_points(points) if points else (),
        # the sheet's own columns stay with the points still there
        value_function_extra=tuple(e for e in criterion.value_function_extra if e[0] in values),
    )


def criteria_with_functions(model) -> list[str]:
    """The names of ``model``'s criteria that have a value function, in criterion order."""
    return [c.name for c in model.criteria if c.value_function]
