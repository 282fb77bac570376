"""WSM with value functions: the method whose terms read each criterion's function where it has one.

``scoring.rank.prepare`` swaps it in for WSM when a criterion has a value function, so every
consumer of ``Prepared.method`` (ranks, contributions, tipping points, sensitivity, missing-value
ranges, Monte Carlo) scores through the functions without knowing about them.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from criteria.model import Criterion
from criteria.value_functions import Points, apply_columns
from scoring.methods import Method
from scoring.normalise import minmax


def functions_of(criteria: tuple[Criterion, ...]) -> tuple[Points, ...]:
    return tuple(c.value_function for c in criteria)


def with_value_functions(method: Method, criteria: tuple[Criterion, ...]) -> Method:
    """``method`` (WSM) with min-max replaced by the criteria's value functions where given."""
    functions = functions_of(criteria)
    if not any(functions):
        return method
    has = np.array([bool(f) for f in functions])

    def terms(X, benefit, lo, hi):
        return np.where(has, apply_columns(X, functions), minmax(X, benefit, lo, hi))

    def kernel(X, W, benefit, lo, hi):
        return np.asarray(W) @ terms(X, benefit, lo, hi).T

    def contributions(X, w, benefit, lo, hi):
        return terms(X, benefit, lo, hi) * w

    return dataclasses.replace(
        method, kernel=kernel, contributions=contributions, terms=terms, value_functions=functions
    )


def value_function_columns(X, slope, offset, functions: tuple[Points, ...]):
    """Sampled matrices ``X`` ``(k, n, m)`` and the min-max ``slope``/``offset`` ``(k, m)`` of
    ``scoring.smaa``, with each column that has a value function turned into its scores
    (slope 1, offset 0), so ``offset + slope * x`` is the function's score there."""
    has = np.array([bool(f) for f in functions])
    return apply_columns(X, functions), np.where(has, 1.0, slope), np.where(has, 0.0, offset)
