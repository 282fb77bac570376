"""WSM with piecewise-linear value functions (issue 14, item 5): the rules, the identity with
today's min-max WSM, monotonicity and dominance (hypothesis), and Monte Carlo agreeing."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria import value_functions
from criteria.study import StudyState
from scoring import rank
from scoring.dominance import dominance_matrix
from scoring.smaa import Study
from tests.conftest import make_model
from tests.scoring.test_properties import studies


def with_functions(model, functions):
    criteria = tuple(
        dataclasses.replace(c, value_function=functions.get(j, ())) for j, c in enumerate(model.criteria)
    )
    return dataclasses.replace(model, criteria=criteria)


def test_worked_example_capital_0_50_200():
    # the example: Capital 0 -> 0, 50 -> 0.6, 200 -> 1; between points on the straight line
    points = ((0.0, 0.0), (50.0, 0.6), (200.0, 1.0))
    x = np.array([-10, 0, 25, 50, 125, 200, 500])
    np.testing.assert_allclose(value_functions.evaluate(points, x), [0, 0, 0.3, 0.6, 0.8, 1, 1])


@st.composite
def monotone_points(draw, benefit=True):
    values = sorted(draw(st.sets(st.integers(-50, 50), min_size=2, max_size=6)))
    scores = sorted(draw(st.lists(st.floats(0, 1), min_size=len(values), max_size=len(values))))
    if not benefit:
        scores = scores[::-1]
    return tuple(zip(map(float, values), scores, strict=True))


@settings(max_examples=80, deadline=None)
@given(points=monotone_points(), benefit=st.booleans(), data=st.data())
def test_a_valid_function_is_monotone_in_its_direction(points, benefit, data):
    if not benefit:
        points = tuple((v, 1 - s) for v, s in points)
    assert value_functions.problems(points, benefit) == []
    x = np.sort(np.array(data.draw(st.lists(st.floats(-100, 100), min_size=2, max_size=20))))
    scores = value_functions.evaluate(points, x)
    steps = np.diff(scores) if benefit else -np.diff(scores)
    assert (steps >= -1e-12).all() and ((scores >= 0) & (scores <= 1)).all()


@settings(max_examples=60, deadline=None)
@given(points=monotone_points())
def test_a_function_against_its_direction_is_refused(points):
    if points[0][1] == points[-1][1]:
        return  # flat: fits either direction
    assert value_functions.problems(points, benefit=False)  # rises: wrong for a cost criterion


@settings(max_examples=80, deadline=None)
@given(model=studies(min_partners=2))
def test_the_line_through_min_0_and_max_1_is_todays_wsm_exactly(model):
    lo, hi = np.nanmin(model.values, axis=0), np.nanmax(model.values, axis=0)
    functions = {
        j: ((lo[j], 0.0), (hi[j], 1.0)) if c.is_benefit else ((lo[j], 1.0), (hi[j], 0.0))
        for j, c in enumerate(model.criteria)
        if hi[j] > lo[j]
    }
    plain = rank(StudyState.from_model(model))
    lined = rank(StudyState.from_model(with_functions(model, functions)))
    np.testing.assert_array_equal(lined.scores, plain.scores)
    np.testing.assert_array_equal(lined.contributions, plain.contributions)


@settings(max_examples=60, deadline=None)
@given(model=studies(min_partners=2), data=st.data())
def test_dominance_is_respected_with_value_functions(model, data):
    functions = {
        j: data.draw(monotone_points(benefit=c.is_benefit))
        for j, c in enumerate(model.criteria)
        if data.draw(st.booleans())
    }
    ranking = rank(StudyState.from_model(with_functions(model, functions)))
    dominates = dominance_matrix(model.values, model.benefit)
    for b, a in zip(*np.nonzero(dominates), strict=True):
        assert ranking.ranks[a] >= ranking.ranks[b]


@pytest.mark.parametrize("method", ["wpm", "topsis", "vikor", "promethee"])
def test_other_methods_ignore_value_functions(method):
    model = make_model([[1, 5], [4, 2], [3, 3]], weights=[0.5, 0.5])
    functioned = with_functions(model, {0: ((0.0, 0.0), (2.0, 0.9), (4.0, 1.0))})
    plain = rank(StudyState.from_model(model, method=method))
    assert np.array_equal(rank(StudyState.from_model(functioned, method=method)).scores, plain.scores)


def test_value_function_changes_wsm_and_monte_carlo_scores_through_it():
    model = make_model([[1, 5], [4, 2], [3, 3]], weights=[0.5, 0.5])
    functioned = with_functions(model, {0: ((0.0, 0.0), (2.0, 0.9), (4.0, 1.0))})
    state = StudyState.from_model(functioned)
    ranking = rank(state)
    np.testing.assert_allclose(ranking.contributions[:, 0], 0.5 * np.array([0.45, 1.0, 0.95]))
    study = Study.of(state, uncertain_values=False)
    W = np.array([state.weights])
    np.testing.assert_allclose(study.scores(model.values[None], W)[0], ranking.scores, atol=1e-12)
