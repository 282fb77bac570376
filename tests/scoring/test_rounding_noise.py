"""Rounding noise is no information (issue 10, item 1): a filled-in mean never lies outside the
observed values, and a criterion whose values differ only by rounding is flat for every method."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.missing import MissingPolicy, apply_policy, observed_means
from criteria.study import StudyState
from scoring import METHODS, rank
from tests.conftest import make_model
from tests.scoring.test_properties import studies

CONTRACT = [key for key, method in METHODS.items() if method.contract]
NOISY = 0.10000000000000002  # np.nanmean([0.1, 0.1, 0.1]): one ulp above 0.1

# The reproduction of issue 10: ESG is 0.1 for everyone who has a value, D's ESG is missing.
CAPITAL_ESG = [[4, 0.1], [3, 0.1], [2, 0.1], [1, np.nan]]


def test_mean_fill_stays_inside_the_observed_values():
    values = np.array([[0.1, 5.0], [0.1, np.nan], [0.1, 7.0], [np.nan, 1.0]])
    assert np.mean([0.1, 0.1, 0.1]) == NOISY  # the float mean itself lies outside
    means = observed_means(values)
    assert means[0] == 0.1 and means[1] == pytest.approx(13.0 / 3.0)


@pytest.mark.parametrize("method", CONTRACT)
def test_a_missing_value_never_wins_under_mean_fill(method):
    model = make_model(CAPITAL_ESG, partners=list("ABCD"), weights=[0.4, 0.6])
    ranking = rank(StudyState.from_model(model, method=method, missing=MissingPolicy.MEAN))
    assert apply_policy(model, MissingPolicy.MEAN).values[3, 1] == 0.1
    assert [ranking.partners[r] for r in ranking.order] == list("ABCD")
    assert list(ranking.ranks) == [1, 2, 3, 4]


@pytest.mark.parametrize("method", CONTRACT)
def test_a_one_ulp_difference_separates_nobody(method):
    # no missing value: the data itself carries rounding noise (0.1 typed, 0.1 computed)
    model = make_model([[4, 0.1], [3, 0.1], [2, 0.1], [1, NOISY]], partners=list("ABCD"), weights=[0.4, 0.6])
    ranking = rank(StudyState.from_model(model, method=method))
    assert list(ranking.ranks) == [1, 2, 3, 4]


@pytest.mark.parametrize("method", CONTRACT)
@settings(max_examples=40, deadline=None)
@given(
    model=studies(min_partners=2),
    level=st.floats(0.01, 1e6),
    noise=st.lists(st.integers(-4, 4), min_size=8, max_size=8),
    weight=st.floats(0.05, 0.5),
)
def test_adding_a_flat_criterion_never_changes_the_ranking(method, model, level, noise, weight):
    """A criterion equal for everyone up to a few ulps cannot reorder anyone (Triantaphyllou 2000,
    sec. 2.2: a constant attribute carries no information)."""
    n, m = model.shape
    flat = level * (1.0 + np.array(noise[:n]) * np.finfo(float).eps)
    values = np.column_stack([model.values, flat])
    directions = [c.direction.value for c in model.criteria] + ["benefit"]
    weights = [w * (1.0 - weight) for w in model.workbook_weights] + [weight]
    widened = make_model(values, directions, weights=weights)
    before = rank(StudyState.from_model(model, method=method))
    after = rank(StudyState.from_model(widened, method=method))
    np.testing.assert_array_equal(after.ranks, before.ranks)
