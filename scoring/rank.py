"""``rank(state)``: validate a study once, then score it with a kernel."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from criteria.errors import InputError, Problem
from criteria.levels import NO_SCREEN, Screen, screen_rows
from criteria.missing import FilledValues, apply_policy
from criteria.model import DecisionModel, readonly
from criteria.preference import preference_functions
from criteria.study import StudyState, vikor_v_problem
from criteria.weights import weight_problem
from scoring.compromise import Compromise, vikor_compromise
from scoring.methods import Method, configured
from scoring.normalise import resolve_range
from scoring.ranks import competition_ranks, order
from scoring.result import Ranking
from scoring.value_wsm import with_value_functions


def _number(value: float) -> str:
    # whole numbers without ".0", but 1e308 as 1e+308, not as 309 digits
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))


@dataclass(frozen=True, eq=False)
class Prepared:
    """A study's values made ready for its kernel: filled, checked, range resolved.

    Build it once with :func:`prepare`, then score any number of weight vectors with
    :meth:`scores`; nothing here is re-validated per call.
    """

    method: Method
    fill: FilledValues
    benefit: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    screen: Screen = NO_SCREEN  # minimum levels: who fails, who was left out

    @property
    def values(self) -> np.ndarray:
        return self.fill.values

    @cached_property
    def terms(self) -> np.ndarray | None:
        """The method's weight-free ``(n, m)`` terms (``Method.terms``), or None."""
        terms = self.method.terms
        return None if terms is None else terms(self.fill.values, self.benefit, self.lo, self.hi)

    def scores(self, W: np.ndarray) -> np.ndarray:
        """Kernel scores for normalised weights ``(m,)`` or a batch ``(k, m)``."""
        if self.terms is not None:  # the kernel's own product, without redoing its terms
            return np.asarray(W) @ self.terms.T
        return self.method.kernel(self.fill.values, W, self.benefit, self.lo, self.hi)

    def compared(self, W: np.ndarray) -> np.ndarray:
        """What ranks compare for these weights (``Method.compared``; the scores for most methods)."""
        if self.method.compared is None:
            return self.scores(W)
        return self.method.compared(self.fill.values, W, self.benefit, self.lo, self.hi)


def _cell_problems(model: DecisionModel, fill: FilledValues, bad: np.ndarray, rule: str) -> list[Problem]:
    """One problem per True cell of ``bad``, naming the cell (or the partner when no cell is known)."""
    problems = []
    for r, j in zip(*np.nonzero(bad), strict=True):
        i = int(fill.kept[r])
        where = f"criterion {model.criteria[j].name!r}"
        cell = model.cell_ref(i, j)
        if cell is None:
            where += f", partner {model.partners[i].name!r}"
        value = _number(fill.values[r, j])
        if fill.filled[r, j]:
            value += " (filled in for a missing value)"
        problems.append(Problem(f"{value} {rule} ({where})", "Partners", cell))
    return problems


def _study_method(state: StudyState) -> Method:
    """The study's method with its settings bound in: VIKOR's v, PROMETHEE's preference functions,
    WSM's value functions (each only for its own method)."""
    method = configured(state.method, vikor_v=float(state.vikor_v))
    if method.key == "promethee":
        return method.with_preferences(preference_functions(state.model.criteria))
    if method.key == "wsm":
        return with_value_functions(method, state.model.criteria)
    return method


def prepare(state: StudyState) -> Prepared:
    """Check the method and the values, apply the missing-value policy, resolve min-max ranges.

    Raises
    ------
    criteria.errors.InputError
        Unknown method; nothing left to rank; an infinite value; a value <= 0 for a method
        that needs positive values (every such cell is named).
    """
    if (problem := vikor_v_problem(state.vikor_v)) is not None:
        raise InputError(Problem(problem))
    method = _study_method(state)
    model = state.model
    if not model.partners:
        raise InputError(Problem("there are no partners to rank", "Partners"))
    fill = apply_policy(model, state.missing)
    fill, screen = _screened(state, fill)
    if fill.values.shape[0] == 0:
        raise InputError(
            Problem(
                f"every partner has a missing value; none is left to rank (missing-value policy {state.missing.value})",
                "Partners",
            )
        )
    problems = _cell_problems(model, fill, np.isinf(fill.values), "is not a finite number")
    if method.needs_positive and not problems:
        problems = _cell_problems(model, fill, fill.values <= 0, f"must be > 0 for method {method.key}")
    if problems:
        raise InputError(problems)
    lo, hi = resolve_range(fill.values, model.lower_bounds, model.upper_bounds)
    return Prepared(method, fill, model.benefit, lo, hi, screen)


def _screened(state: StudyState, fill: FilledValues) -> tuple[FilledValues, Screen]:
    """``fill`` without the partners that fail a minimum level when the study leaves them out."""
    stays, screen = screen_rows(state.model, fill.kept, state.levels)
    if stays.all():
        return fill, screen
    excluded = tuple(sorted(fill.excluded + screen.left_out))
    return FilledValues(fill.values[stays], fill.kept[stays], fill.filled[stays], excluded), screen


def _checked_weights(weights, count: int) -> np.ndarray:
    """Weights as a normalised ``(m,)`` or ``(k, m)`` array; InputError naming every problem."""
    array = np.asarray(weights, dtype=float)
    if array.ndim not in (1, 2) or array.shape[-1] != count:
        raise InputError(Problem(f"expected {count} weights (one per criterion), got shape {array.shape}"))
    rows = np.atleast_2d(array)
    problems = [
        Problem(
            f"weight of criterion {j + 1} {reason}" + (f" (weight vector {k + 1})" if array.ndim == 2 else "")
        )
        for k, row in enumerate(rows)
        for j, w in enumerate(row)
        if (reason := weight_problem(float(w))) is not None
    ]
    if not problems and (rows.sum(axis=1) <= 0).any():
        problems.append(Problem("at least one weight must be greater than 0"))
    if problems:
        raise InputError(problems)
    return array / array.sum(axis=-1, keepdims=True)


def scores_for_weights(state: StudyState, W) -> np.ndarray:
    """Scores of the kept partners for a batch of weight vectors, values prepared once.

    Parameters
    ----------
    state : StudyState
        Model, method and missing-value policy (its own weights are not used).
    W : array_like, shape (k, m) or (m,)
        Weights >= 0, each row with a positive sum; rows are normalised here.

    Returns
    -------
    ndarray, shape (k, n_kept) or (n_kept,)
        The method's own scores; ranks compare ``Prepared.compared`` (for WPM the logs of
        these scores, see ``scoring.methods.Method.compared``).
    """
    prepared = prepare(state)
    return prepared.scores(_checked_weights(W, prepared.values.shape[1]))


def rank(state: StudyState) -> Ranking:
    """Score and rank a study (see :func:`prepare_and_rank`, which also returns the prepared values)."""
    return prepare_and_rank(state)[1]


def prepare_and_rank(state: StudyState) -> tuple[Prepared, Ranking]:
    """Score and rank a study, and return the values prepared on the way for scoring more weights.

    Validates once (weights >= 0 and not all zero, one per criterion; method known; values
    > 0 where the method needs them), applies ``criteria.missing.apply_policy``, resolves each
    criterion's min-max range (scale bounds where given, else observed), then runs the kernel.

    Raises
    ------
    criteria.errors.InputError
        With every problem found.

    References
    ----------
    .. [1] See each method's kernel in ``scoring.kernels``.
    """
    weights = _checked_weights(state.weights, len(state.model.criteria))
    if weights.ndim != 1:
        raise InputError(Problem("a study has one weight per criterion, not a batch"))
    prepared = prepare(state)
    method, fill, model = prepared.method, prepared.fill, state.model
    scores = prepared.scores(weights)
    ranks = competition_ranks(prepared.compared(weights), higher_is_better=method.higher_is_better)
    contributions = (
        None
        if method.contributions is None
        else readonly(method.contributions(fill.values, weights, prepared.benefit, prepared.lo, prepared.hi))
    )
    return prepared, Ranking(
        method=method.key,
        criteria=model.criterion_names,
        weights=tuple(float(w) for w in weights),
        partners=tuple(model.partners[i].name for i in fill.kept),
        indices=readonly(fill.kept),
        scores=readonly(scores),
        ranks=readonly(ranks),
        order=readonly(order(ranks)),
        contributions=contributions,
        filled=readonly(fill.filled),
        excluded=tuple(model.partners[i].name for i in fill.excluded),
        higher_is_better=method.higher_is_better,
        values=readonly(fill.values),
        benefit=readonly(prepared.benefit),
        lo=readonly(prepared.lo),
        hi=readonly(prepared.hi),
        screen=prepared.screen,
        compromise=_compromise(prepared, weights, state, ranks),
    )


def _compromise(prepared: Prepared, weights: np.ndarray, state: StudyState, ranks) -> Compromise | None:
    """VIKOR's compromise solution (its two conditions) for the study; None for other methods."""
    if prepared.method.key != "vikor":
        return None
    return vikor_compromise(prepared.values, weights, prepared.benefit, float(state.vikor_v), ranks)
