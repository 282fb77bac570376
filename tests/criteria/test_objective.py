"""Entropy, CRITIC and standard-deviation weights, against scikit-criteria's weighters."""

import math
import statistics

import numpy as np
import pytest
import skcriteria as skc
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from skcriteria.preprocessing.weighters import CRITIC, EntropyWeighter, StdWeighter

from criteria.errors import InputError
from criteria.model import Criterion, DecisionModel, Direction, Partner
from criteria.objective import model_objective_weights, objective_weights

# Illustrative scores of the first six partners of the bundled sample (domain brief, section 4)
SAMPLE = np.array(
    [
        [8, 5, 8, 8, 3],
        [4, 7, 7, 8, 3],
        [3, 7, 8, 8, 7],
        [6, 4, 7, 8, 4],
        [7, 3, 9, 9, 4],
        [6, 6, 6, 7, 7],
    ],
    dtype=float,
)
BENEFIT = [True, True, True, True, False]
pytestmark = pytest.mark.filterwarnings(
    "ignore:Although CRITIC:UserWarning"
)  # the oracle warns on cost criteria
WEIGHTERS = {"entropy": EntropyWeighter, "critic": CRITIC, "std": StdWeighter}


def _skcriteria(values, benefit, method):
    dm = skc.mkdm(values, [max if b else min for b in benefit], weights=np.ones(len(benefit)))
    return WEIGHTERS[method]().transform(dm).weights.to_numpy()


@pytest.mark.parametrize("method", sorted(WEIGHTERS))
def test_matches_scikit_criteria_weighters_on_the_sample(method):
    assert objective_weights(SAMPLE, method, BENEFIT) == pytest.approx(
        _skcriteria(SAMPLE, BENEFIT, method), rel=1e-6
    )


def test_std_weights_are_sample_standard_deviations_shared_out():
    spreads = [statistics.stdev(SAMPLE[:, j]) for j in range(5)]
    assert objective_weights(SAMPLE, "std") == pytest.approx([s / sum(spreads) for s in spreads])


def test_entropy_weights_by_the_textbook_formula():
    # Zeleny (1982): e_j = -sum p_ij ln p_ij / ln n, weight proportional to 1 - e_j
    n = len(SAMPLE)
    divergence = []
    for column in SAMPLE.T:
        p = column / column.sum()
        divergence.append(1 + sum(x * math.log(x) for x in p) / math.log(n))
    expected = [d / sum(divergence) for d in divergence]
    assert objective_weights(SAMPLE, "entropy") == pytest.approx(expected, rel=1e-5)


@pytest.mark.parametrize("method", sorted(WEIGHTERS))
def test_a_constant_criterion_gets_zero_and_the_rest_match_skcriteria(method):
    values = SAMPLE.copy()
    values[:, 1] = 5.0
    weights = objective_weights(values, method, BENEFIT)
    assert weights[1] == 0.0
    keep = [0, 2, 3, 4]
    expected = _skcriteria(values[:, keep], [BENEFIT[k] for k in keep], method)
    assert [weights[k] for k in keep] == pytest.approx(expected, rel=1e-6)


def test_critic_with_one_varying_criterion_gives_it_everything():
    values = np.array([[1, 5], [2, 5], [3, 5]], float)
    assert objective_weights(values, "critic") == (1.0, 0.0)


@pytest.mark.parametrize(
    ("values", "method", "fragment"),
    [
        ([[1, 2]], "std", "at least two partners"),
        ([[1, 2], [1, 2]], "std", "same value"),
        ([[1, np.nan], [2, 3]], "std", "filled in"),
        ([[-1, 2], [1, 3]], "entropy", ">= 0"),
        ([[1, 2], [2, 3]], "magic", "unknown data-weighting method"),
    ],
)
def test_unusable_data_raises_input_error(values, method, fragment):
    with pytest.raises(InputError, match=fragment):
        objective_weights(values, method)


def test_model_weights_fill_missing_values_first():
    model = DecisionModel(
        partners=tuple(Partner(f"P{i}") for i in range(3)),
        criteria=(Criterion("Capital"), Criterion("Months", Direction.COST)),
        values=[[1, 10], [2, np.nan], [4, 30]],
    )
    # worst case for a cost criterion is the highest observed value (30)
    assert model_objective_weights(model, "std") == pytest.approx(
        objective_weights([[1, 10], [2, 30], [4, 30]], "std")
    )


@settings(max_examples=30, deadline=None)
@given(arrays(float, st.tuples(st.integers(2, 8), st.integers(2, 6)), elements=st.integers(1, 10).map(float)))
def test_weights_are_non_negative_and_sum_to_one(values):
    if not (values.max(axis=0) > values.min(axis=0)).any():
        return
    for method in WEIGHTERS:
        weights = objective_weights(values, method)
        assert sum(weights) == pytest.approx(1.0)
        assert min(weights) >= -1e-12


def test_critic_with_perfectly_correlated_criteria_falls_back_to_contrast():
    values = np.array([[1, 10], [2, 20], [4, 40]], float)
    assert objective_weights(values, "critic") == pytest.approx([0.5, 0.5])
