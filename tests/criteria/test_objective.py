"""Entropy, CRITIC and standard-deviation weights: published example, scikit-criteria's weighters as
oracle, and the invariances that make them mean something (units do not matter)."""

import math
import statistics

import numpy as np
import pytest
import skcriteria as skc
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from skcriteria.preprocessing.scalers import MinMaxScaler
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
    """The oracle: std and CRITIC on values scaled 0-1 per criterion (Diakoulaki 1995, eqs. 2-3; for
    std, Jahan et al. 2012), entropy on amounts, a cost criterion read through 1/value."""
    values = np.asarray(values, float)
    if method == "entropy":
        values = np.where(benefit, values, 1 / values)
        benefit = [True] * len(benefit)
    dm = skc.mkdm(values, [max if b else min for b in benefit], weights=np.ones(len(benefit)))
    if method == "std":
        dm = MinMaxScaler(target="matrix").transform(dm)
    return WEIGHTERS[method]().transform(dm).weights.to_numpy()


@pytest.mark.parametrize("method", sorted(WEIGHTERS))
def test_matches_scikit_criteria_weighters_on_the_sample(method):
    assert objective_weights(SAMPLE, method, BENEFIT) == pytest.approx(
        _skcriteria(SAMPLE, BENEFIT, method), rel=1e-6
    )


def test_std_weights_are_standard_deviations_of_the_criteria_scaled_0_to_1():
    scaled = (SAMPLE - SAMPLE.min(axis=0)) / np.ptp(SAMPLE, axis=0)
    spreads = [statistics.pstdev(scaled[:, j]) for j in range(5)]
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


def test_entropy_reads_a_cost_criterion_through_its_reciprocal():
    months = np.array([[6.0, 3], [12, 5], [36, 4], [48, 9]])
    as_cost = objective_weights(months, "entropy", [False, True])
    assert as_cost == pytest.approx(objective_weights(np.c_[1 / months[:, 0], months[:, 1]], "entropy"))
    assert as_cost != pytest.approx(objective_weights(months, "entropy", [True, True]), rel=1e-3)


def test_critic_diakoulaki1995_example():
    """Diakoulaki, Mavrotas & Papayannakis (1995), the paper's illustrative application (eight
    alternatives, three criteria to maximise). The weights 0.202, 0.481, 0.317 are those the paper's
    equations give on its data, as scikit-criteria's ``test_CRITIC_diakoulaki1995determining`` also
    reproduces them."""
    values = [
        [61, 1.08, 4.33],
        [20.7, 0.26, 4.34],
        [16.3, 1.98, 2.53],
        [9.0, 3.29, 1.65],
        [5.4, 2.77, 2.33],
        [4.0, 4.12, 1.21],
        [-6.1, 3.52, 2.10],
        [-34.6, 3.31, 0.98],
    ]
    assert objective_weights(values, "critic") == pytest.approx(
        [0.20222554, 0.48090173, 0.31687273], abs=1e-8
    )
    with pytest.raises(InputError, match="negative"):  # returns below zero are no amounts: no entropy
        objective_weights(values, "entropy")


columns = st.integers(2, 5).flatmap(
    lambda m: st.tuples(
        arrays(float, st.tuples(st.integers(3, 8), st.just(m)), elements=st.integers(1, 10).map(float)),
        st.lists(st.booleans(), min_size=m, max_size=m),
        st.integers(0, m - 1),
    )
)


@settings(max_examples=60, deadline=None)
@given(columns, st.floats(1e-3, 1e4), st.floats(-1e4, 1e4), st.sampled_from(["std", "critic"]))
def test_std_and_critic_weights_do_not_depend_on_units(study, factor, offset, method):
    """Capital in US$ m rather than on a 1-10 scale, Speed on 11-20 rather than 1-10: same weights."""
    values, benefit, j = study
    rescaled = values.copy()
    rescaled[:, j] = factor * values[:, j] + offset
    if not (np.ptp(values, axis=0) > 0).any():
        return
    assert objective_weights(rescaled, method, benefit) == pytest.approx(
        objective_weights(values, method, benefit), abs=1e-9
    )


@settings(max_examples=30, deadline=None)
@given(columns, st.floats(1e-3, 1e4))
def test_entropy_weights_do_not_depend_on_the_unit_of_an_amount(study, factor):
    """Entropy reads amounts: US$ or US$ m give the same weights (a shifted start would not)."""
    values, benefit, j = study
    rescaled = values.copy()
    rescaled[:, j] *= factor
    if not (np.ptp(values, axis=0) > 0).any():
        return
    assert objective_weights(rescaled, "entropy", benefit) == pytest.approx(
        objective_weights(values, "entropy", benefit), abs=1e-9
    )


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
        ([[-1, 2], [1, 3]], "entropy", "negative values"),
        ([[0, 2], [1, 3]], "entropy", "cost"),  # a cost is read through 1/value
        ([[1, 2], [2, 3]], "magic", "unknown data-weighting method"),
    ],
)
def test_unusable_data_raises_input_error(values, method, fragment):
    with pytest.raises(InputError, match=fragment):
        objective_weights(values, method, [fragment != "cost", True])


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


def test_entropy_on_scales_that_do_not_start_at_zero_says_why_it_does_not_fit():
    model = DecisionModel(
        partners=tuple(Partner(f"P{i}") for i in range(3)),
        criteria=(
            Criterion("Capital", min=0, max=10),
            Criterion("Speed", min=1, max=10),
            Criterion("ESG", min=1, max=10),
            Criterion("Revenue"),
        ),
        values=[[1, 2, 3, 10], [5, 9, 4, 20], [9, 4, 8, 35]],
    )
    with pytest.raises(InputError) as caught:
        model_objective_weights(model, "entropy")
    text = str(caught.value)
    assert "'Speed' and 'ESG'" in text and "start at 1" in text and "Capital" not in text
    assert "CRITIC or standard deviation" in text
    assert sum(model_objective_weights(model, "critic")) == pytest.approx(1)
