"""PROMETHEE preference functions (Brans & Vincke 1985; Brans & Mareschal 2005, sec. 5.2).

The published example with all six functions (Brans, Vincke & Mareschal 1986) is in
test_golden_promethee.py; the small worked examples here are computed by hand in the comments,
pair by pair, from the definitions of the six generalised criteria in Brans & Mareschal (2005),
"PROMETHEE methods", in Figueira, Greco & Ehrgott (eds.), Multiple Criteria Decision Analysis:
State of the Art Surveys, ch. 5, fig. 5.3 and eqs. (5.2)-(5.7) (the flows phi+ and phi- of
sec. 5.3 and phi = phi+ - phi-).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from criteria.errors import InputError
from criteria.model import Criterion
from criteria.preference import USUAL, PreferenceFunction, Shape, Threshold, check, preference_of
from scoring import kernels
from scoring.normalise import FLAT_TOLERANCE
from scoring.preference_flows import flow_sums

# One benefit criterion, four partners: a1 = 10, a2 = 7, a3 = 5, a4 = 4 (range 6, n - 1 = 3).
# Gaps d(a, b) = x_a - x_b: a1 over a2, a3, a4: 3, 5, 6; a2 over a3, a4: 2, 3; a3 over a4: 1.
X = np.array([[10.0], [7.0], [5.0], [4.0]])
BENEFIT = np.array([True])
LO, HI = X.min(axis=0), X.max(axis=0)


def fn(shape, q=None, p=None, s=None):
    """A function from plain numbers, or from text such as '10%' for a share of the range."""
    return PreferenceFunction(Shape(shape), *(None if v is None else Threshold.parse(v) for v in (q, p, s)))


def net(function):
    return kernels.promethee_terms(X, BENEFIT, LO, HI, (function,))[:, 0]


def parts(function):
    leaving, entering = flow_sums(X[:, 0], function, float(HI[0] - LO[0]))
    return leaving / 3, entering / 3


@pytest.mark.parametrize(
    ("function", "phi_plus", "phi_minus"),
    [
        # U-shape q = 2: P = 1 for d > 2. a1: 3, 5, 6 all count; a2: 3 counts, 2 does not.
        (fn("u-shape", q=2), [3, 1, 0, 0], [0, 1, 1, 2]),
        # V-shape p = 4: P = d / 4 up to 4. P(3) = .75, P(5) = P(6) = 1, P(2) = .5, P(1) = .25.
        # phi+: a1 .75 + 1 + 1, a2 .5 + .75, a3 .25; phi-: a2 .75, a3 1 + .5, a4 1 + .75 + .25.
        (fn("v-shape", p=4), [2.75, 1.25, 0.25, 0], [0, 0.75, 1.5, 2]),
        # Level q = 1, p = 3: 0 up to 1, 1/2 in (1, 3], 1 beyond. P(1) = 0, P(2) = P(3) = .5.
        (fn("level", q=1, p=3), [2.5, 1, 0, 0], [0, 0.5, 1.5, 1.5]),
        # Linear q = 1, p = 5: (d - 1) / 4 in (1, 5]. P(3) = .5, P(5) = 1, P(6) = 1, P(2) = .25.
        (fn("linear", q=1, p=5), [2.5, 0.75, 0, 0], [0, 0.5, 1.25, 1.5]),
        # The same linear function with thresholds as shares of the range 6: q = 1/6, p = 5/6.
        (
            fn("linear", q="16.666666666666668%", p="83.33333333333334%"),
            [2.5, 0.75, 0, 0],
            [0, 0.5, 1.25, 1.5],
        ),
    ],
)
def test_hand_worked_flows_of_each_piecewise_function(function, phi_plus, phi_minus):
    plus, minus = parts(function)
    np.testing.assert_allclose(plus, np.array(phi_plus) / 3, atol=1e-12)
    np.testing.assert_allclose(minus, np.array(phi_minus) / 3, atol=1e-12)
    np.testing.assert_allclose(net(function), (np.array(phi_plus) - np.array(phi_minus)) / 3, atol=1e-12)


def test_hand_worked_gaussian_flows():
    # Gaussian s = 2: P(d) = 1 - exp(-d^2 / 8), pair by pair.
    P = lambda d: 1 - math.exp(-d * d / 8)  # noqa: E731
    phi_plus = [P(3) + P(5) + P(6), P(2) + P(3), P(1), 0]
    phi_minus = [0, P(3), P(5) + P(2), P(6) + P(3) + P(1)]
    plus, minus = parts(fn("gaussian", s=2))
    np.testing.assert_allclose(plus, np.array(phi_plus) / 3, atol=1e-14)
    np.testing.assert_allclose(minus, np.array(phi_minus) / 3, atol=1e-14)


def test_level_is_zero_at_q_and_one_half_at_p_exactly():
    # d = q gives no preference and d = p only half (the definitions' "<=" sides)
    values = np.array([4.0, 3.0, 1.0])  # d(4,3) = 1 = q, d(4,1) = 3 = p, d(3,1) = 2
    leaving, entering = flow_sums(values, fn("level", q=1, p=3), 3.0)
    np.testing.assert_array_equal(leaving, [0.5, 0.5, 0.0])
    np.testing.assert_array_equal(entering, [0.0, 0.0, 1.0])


def test_cost_criterion_prefers_the_lower_value():
    flows = kernels.promethee_terms(X, np.array([False]), LO, HI, (fn("v-shape", p=4),))[:, 0]
    np.testing.assert_allclose(flows, -net(fn("v-shape", p=4)), atol=1e-15)


def test_two_criteria_net_flow_is_the_weighted_sum():
    values = np.hstack([X, X[::-1]])
    functions = (fn("v-shape", p=4), fn("level", q=1, p=3))
    lo, hi = values.min(axis=0), values.max(axis=0)
    w = np.array([0.7, 0.3])
    expected = 0.7 * net(functions[0]) + 0.3 * net(functions[1])[::-1]  # the second column reversed
    got = kernels.promethee(values, w, np.array([True, True]), lo, hi, functions)
    np.testing.assert_allclose(got, expected, atol=1e-15)


finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
functions = st.one_of(
    st.just(USUAL),
    st.builds(lambda q: fn("u-shape", q=q), st.floats(0, 50)),
    st.builds(lambda p: fn("v-shape", p=p), st.floats(0.01, 50)),
    st.builds(lambda a, b: fn("level", q=min(a, b), p=max(a, b) + 0.01), st.floats(0, 50), st.floats(0, 50)),
    st.builds(lambda a, b: fn("linear", q=min(a, b), p=max(a, b) + 0.01), st.floats(0, 50), st.floats(0, 50)),
    st.builds(lambda s: fn("gaussian", s=s), st.floats(0.01, 50)),
)
columns = arrays(float, st.integers(2, 40), elements=st.one_of(st.integers(-20, 20).map(float), finite))


def brute(values, function):
    """Every pair, straight from the definitions (n x n): the oracle. A gap within the usual
    kernel's rounding tolerance of a threshold where the function jumps counts as equal to it
    (documented choice in ``scoring.preference_flows``)."""
    q, p, s = function.absolute(float(values.max() - values.min()))
    noise = FLAT_TOLERANCE * np.abs(values).max()
    if function.shape in (Shape.USUAL, Shape.U_SHAPE, Shape.LEVEL):
        q, p = q + noise, p + noise
    d = values[:, None] - values[None, :]
    shape = function.shape
    with np.errstate(divide="ignore", invalid="ignore"):
        P = {
            Shape.USUAL: (d > q) * 1.0,
            Shape.U_SHAPE: (d > q) * 1.0,
            Shape.V_SHAPE: np.where(d <= 0, 0, np.where(d <= p, d / p, 1)),
            Shape.LEVEL: np.where(d <= q, 0, np.where(d <= p, 0.5, 1)),
            Shape.LINEAR: np.where(d <= q, 0, np.where(d <= p, (d - q) / (p - q), 1)),
            Shape.GAUSSIAN: np.where(d <= 0, 0, 1 - np.exp(-d * d / (2 * s * s))),
        }[shape]
    return P.sum(axis=1), P.sum(axis=0)


@settings(max_examples=200, deadline=None)
@given(columns, functions)
def test_fast_sums_equal_every_pair_from_the_definition(values, function):
    if function.shape in (Shape.U_SHAPE, Shape.LEVEL):
        # a jump at d = q compares x_a - q with x_b, not x_a - x_b with q: both exact on whole numbers
        values = np.round(values)
    leaving, entering = flow_sums(values, function, float(values.max() - values.min()))
    expected_leaving, expected_entering = brute(values, function)
    scale = len(values) * 1e-11
    np.testing.assert_allclose(leaving, expected_leaving, atol=scale)
    np.testing.assert_allclose(entering, expected_entering, atol=scale)


@settings(max_examples=100, deadline=None)
@given(arrays(float, st.tuples(st.integers(1, 30), st.integers(1, 5)), elements=finite), st.data())
def test_usual_and_u_shape_with_q_0_equal_todays_kernel_exactly(values, data):
    benefit = np.array(data.draw(st.lists(st.booleans(), min_size=values.shape[1], max_size=values.shape[1])))
    lo, hi = values.min(axis=0), values.max(axis=0)
    today = kernels.single_criterion_flows(values, benefit)
    # one V-shape criterion added forces the general path for the usual ones
    mixed = np.hstack([values, values[:, :1]])
    functions = (USUAL,) * values.shape[1] + (fn("v-shape", p=1),)
    general = kernels.promethee_terms(
        mixed, np.r_[benefit, True], np.r_[lo, lo[0]], np.r_[hi, hi[0]], functions
    )
    np.testing.assert_array_equal(general[:, :-1], today)
    u_shape = kernels.promethee_terms(values, benefit, lo, hi, (fn("u-shape", q=0),) * values.shape[1])
    np.testing.assert_array_equal(u_shape, today)


@settings(max_examples=150, deadline=None)
@given(
    columns,
    st.floats(0, 30),
    st.floats(0, 30),
    st.floats(0.01, 30),
    st.sampled_from(["u-shape", "level", "linear"]),
)
def test_a_larger_q_never_creates_a_preference(values, q, extra, width, shape):
    # each pair's P(d) can only fall when q rises (p fixed above both), so the sums can only fall
    p = q + extra + width
    low, high = (
        flow_sums(values, fn(shape, q=t, p=None if shape == "u-shape" else p), 0.0) for t in (q, q + extra)
    )
    assert (high[0] <= low[0] + 1e-9).all() and (high[1] <= low[1] + 1e-9).all()


@settings(max_examples=100, deadline=None)
@given(
    arrays(float, st.tuples(st.integers(2, 20), st.integers(1, 4)), elements=st.integers(0, 10).map(float)),
    st.data(),
)
def test_dominance_is_respected_by_every_function(values, data):
    m = values.shape[1]
    chosen = tuple(data.draw(functions) for _ in range(m))
    w = np.array(data.draw(st.lists(st.floats(0.01, 1), min_size=m, max_size=m)))
    benefit = np.ones(m, dtype=bool)
    flows = kernels.promethee(values, w / w.sum(), benefit, values.min(axis=0), values.max(axis=0), chosen)
    at_least = (values[:, None, :] >= values[None, :, :]).all(axis=2)
    a, b = np.nonzero(at_least)
    assert (flows[a] >= flows[b] - 1e-12).all()


def test_cells_are_checked_with_the_rule_broken():
    assert check({"Preference function": "linear", "q": 3, "p": 2})[1] == [("q", "q must be <= p (q 3, p 2)")]
    problems = check({"Preference function": "Gausian"})[1]
    assert problems[0][0] == "Preference function"
    assert "known: usual, u-shape, v-shape, level, linear, gaussian" in problems[0][1]
    assert check({"Preference function": "v-shape"})[1] == [("p", "the v-shape preference function needs p")]
    assert check({"Preference function": "usual", "q": 1})[1][0][0] == "q"
    assert check({"Preference function": "level", "q": "5%", "p": 2})[1][0][1].startswith("q 5% and p 2")
    assert check({"Preference function": "V shape", "p": "10%"})[0] == fn("v-shape", p="10%")


def test_preference_of_reads_the_extra_cells_and_names_the_criterion():
    good = Criterion("ESG", extra=(("Owner", "Lan"), ("preference function", "Type 3"), ("P", 2)))
    assert preference_of(good) == fn("v-shape", p=2)
    assert preference_of(Criterion("Speed")) == USUAL
    with pytest.raises(InputError, match="criterion 'ESG'"):
        preference_of(Criterion("ESG", extra=(("Preference function", "level"), ("q", 1))))


def test_gaia_and_monte_carlo_score_with_the_preference_functions():
    from criteria.model import DecisionModel, Partner
    from criteria.study import StudyState
    from scoring import rank, scores_for_weights
    from scoring.gaia import gaia_axes, gaia_plane
    from scoring.smaa import Study, run_smaa

    rng = np.random.default_rng(7)
    extra = (("Preference function", "gaussian"), ("s", "30%"))
    model = DecisionModel(
        partners=tuple(Partner(f"P{k}") for k in range(8)),
        criteria=(Criterion("c1", extra=extra), Criterion("c2", extra=extra), Criterion("c3", extra=extra)),
        values=rng.uniform(0, 10, (8, 3)),
    )
    state = StudyState.from_model(model, method="promethee")
    ranking = rank(state)
    functions = (fn("gaussian", s="30%"),) * 3
    flows = kernels.promethee_terms(ranking.values, ranking.benefit, ranking.lo, ranking.hi, functions)
    np.testing.assert_allclose(ranking.scores, flows @ np.asarray(ranking.weights))
    # GAIA projects these functions' single-criterion flows, not the usual ones
    plane = gaia_plane(state)
    np.testing.assert_allclose(np.abs(plane.partners_xy), np.abs(flows @ plane.criteria_xy), atol=1e-12)
    plain = DecisionModel(model.partners, tuple(Criterion(c.name) for c in model.criteria), model.values)
    usual = gaia_plane(state.replace(model=plain))
    assert not np.allclose(np.abs(plane.partners_xy), np.abs(usual.partners_xy))
    # cached axes are reused only while the functions stay the same (a dialog edit changes them)
    assert gaia_axes(ranking, functions).fits(ranking, functions)
    assert not gaia_axes(ranking).fits(ranking, functions)
    assert gaia_axes(ranking).fits(ranking, (USUAL,) * 3)
    # batches of weights (Monte Carlo, tipping points) are scored with the same functions
    W = rng.dirichlet(np.ones(3), size=20)
    np.testing.assert_allclose(scores_for_weights(state, W), W @ flows.T, atol=1e-12)
    result = run_smaa(Study.of(state), n_samples=50, seed=1)
    assert result.acceptability.shares.shape[0] == 8
