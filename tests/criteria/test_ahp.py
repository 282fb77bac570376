"""AHP eigenvector weights and consistency, against Saaty's published examples."""

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.ahp import (
    RANDOM_INDEX,
    analyse,
    consistent_matrix,
    matrix_from_judgements,
    random_index,
    scale_step,
    scale_value,
    snap_to_scale,
)
from criteria.errors import InputError


def _matrix(*rows: str) -> list[list[float]]:
    return [[float(Fraction(x)) for x in row.split()] for row in rows]


# Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48, 9-26,
# table 2 (criteria for buying a house) and its stated priorities and consistency.
HOUSE_CRITERIA = _matrix(
    "1 5 3 7 6 6 1/3 1/4",
    "1/5 1 1/3 5 3 3 1/5 1/7",
    "1/3 3 1 6 3 4 6 1/5",
    "1/7 1/5 1/6 1 1/3 1/4 1/7 1/8",
    "1/6 1/3 1/3 3 1 1/2 1/5 1/6",
    "1/6 1/3 1/4 4 2 1 1/5 1/6",
    "3 5 1/6 7 5 5 1 1/2",
    "4 7 5 8 6 6 2 1",
)


def test_ahp_saaty1990_house_criteria_table2():
    result = analyse(HOUSE_CRITERIA)
    assert result.weights == pytest.approx([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333], abs=6e-4)
    assert result.lambda_max == pytest.approx(9.669, abs=6e-4)
    assert result.consistency_index == pytest.approx(0.238, abs=6e-4)
    assert result.consistency_ratio == pytest.approx(0.169, abs=6e-4)
    assert not result.acceptable


@pytest.mark.parametrize(
    ("rows", "weights", "lambda_max", "ci", "cr"),
    [
        # Saaty (1990), table 3, "size of house" for houses A, B, C
        (("1 6 8", "1/6 1 4", "1/8 1/4 1"), [0.754, 0.181, 0.065], 3.136, 0.068, 0.117),
        # Saaty (1990), table 3, "transportation" (printed figures are rounded down by up to 0.001)
        (("1 7 1/5", "1/7 1 1/8", "5 8 1"), [0.233, 0.055, 0.713], 3.247, 0.124, 0.213),
    ],
)
def test_ahp_saaty1990_house_alternatives_table3(rows, weights, lambda_max, ci, cr):
    result = analyse(_matrix(*rows))
    assert result.weights == pytest.approx(weights, abs=1.6e-3)
    assert result.lambda_max == pytest.approx(lambda_max, abs=1e-3)
    assert result.consistency_index == pytest.approx(ci, abs=1.6e-3)
    assert result.consistency_ratio == pytest.approx(cr, abs=1.6e-3)


def test_ahp_saaty2008_drink_consumption_table():
    # Saaty (2008), "Decision making with the analytic hierarchy process", Int. J. Services
    # Sciences 1(1), 83-98: relative consumption of drinks in the US; derived column and C.R.
    result = analyse(
        _matrix(
            "1 9 5 2 1 1 1/2",
            "1/9 1 1/3 1/9 1/9 1/9 1/9",
            "1/5 3 1 1/3 1/4 1/3 1/9",
            "1/2 9 3 1 1/2 1 1/3",
            "1 9 4 2 1 2 1/2",
            "1 9 3 1 1/2 1 1/3",
            "2 9 9 3 2 3 1",
        )
    )
    assert result.weights == pytest.approx([0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327], abs=6e-4)
    assert result.consistency_ratio == pytest.approx(0.022, abs=6e-4)
    assert result.acceptable


def test_random_index_table_saaty1980_and_alonso_lamata2006():
    assert [random_index(n) for n in range(1, 11)] == [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
    assert len(RANDOM_INDEX) >= 15
    assert all(a <= b for a, b in zip(RANDOM_INDEX, RANDOM_INDEX[1:], strict=False))
    # the linear fit continues the table smoothly
    assert random_index(16) == pytest.approx(1.59, abs=0.01)


def test_worst_judgement_in_the_house_example_and_its_repair_lowers_cr():
    result = analyse(HOUSE_CRITERIA)
    worst = result.worst
    errors = [
        abs(np.log(HOUSE_CRITERIA[i][j] * result.weights[j] / result.weights[i]))
        for i in range(8)
        for j in range(i + 1, 8)
    ]
    assert worst.error == pytest.approx(max(errors))
    assert worst.value == HOUSE_CRITERIA[worst.row][worst.column]
    repaired = np.array(HOUSE_CRITERIA)
    repaired[worst.row, worst.column] = worst.suggested
    repaired[worst.column, worst.row] = 1 / worst.suggested
    assert analyse(repaired).consistency_ratio < result.consistency_ratio


def test_small_matrices_have_zero_cr_and_no_worst_judgement():
    assert analyse([[1.0]]).weights == (1.0,)
    two = analyse([[1, 3], [1 / 3, 1]])
    assert two.weights == pytest.approx([0.75, 0.25])
    assert two.consistency_ratio == 0.0
    assert two.worst is None


def test_snap_to_scale():
    assert snap_to_scale(1.1) == 1.0
    assert snap_to_scale(2.6) == 3.0
    assert snap_to_scale(40.0) == 9.0
    assert snap_to_scale(0.3) == pytest.approx(1 / 3)
    assert snap_to_scale(0.01) == pytest.approx(1 / 9)


@pytest.mark.parametrize(
    ("matrix", "fragment"),
    [
        ([[1, 2], [0.5]], "not square"),
        ([[1, 2, 3], [0.5, 1, 2]], "not square"),
        ([[1, -2], [-0.5, 1]], "row 1, column 2"),
        ([[1, float("nan")], [1, 1]], "row 1, column 2"),
        ([[1, float("inf")], [0, 1]], "row 2, column 1"),
        ([[1, 3], [3, 1]], "not the reciprocal"),
        ([[2, 1], [1, 1]], "diagonal"),
        ([[1, "x"], [1, 1]], "'x' is not a number"),
        ([], "empty"),
        ("abc", "not square"),
    ],
)
def test_bad_matrices_raise_input_error_naming_the_cell(matrix, fragment):
    with pytest.raises(InputError) as caught:
        analyse(matrix)
    assert fragment in str(caught.value)


def test_labels_name_the_criteria_in_messages():
    with pytest.raises(InputError, match="'Capital' vs 'Speed'"):
        analyse([[1, 3], [3, 1]], labels=["Capital", "Speed"])


def test_every_bad_cell_is_reported_at_once():
    with pytest.raises(InputError) as caught:
        analyse([[1, 0, -1], [1, 1, 1], [1, 1, 1]])
    assert len(caught.value.problems) == 2


def test_a_typed_third_is_accepted_as_reciprocal():
    assert analyse([[1, 3], [0.33, 1]]).weights[0] == pytest.approx(0.75, abs=0.01)


_weights = st.lists(st.floats(0.05, 20.0), min_size=1, max_size=15)


@settings(max_examples=60, deadline=None)
@given(_weights)
def test_consistent_matrix_returns_its_weights_with_zero_cr(raw):
    result = analyse(consistent_matrix(raw))
    expected = np.array(raw) / np.sum(raw)
    assert result.weights == pytest.approx(expected, rel=1e-6)
    assert result.consistency_ratio == pytest.approx(0.0, abs=1e-9)
    assert result.lambda_max == pytest.approx(len(raw), rel=1e-9)


_judgement = st.sampled_from([1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9])


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 9).flatmap(
        lambda n: st.tuples(
            st.just(n), st.lists(_judgement, min_size=n * (n - 1) // 2, max_size=n * (n - 1) // 2)
        )
    )
)
def test_weights_sum_to_one_and_lambda_at_least_n(case):
    n, values = case
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    result = analyse(matrix_from_judgements(n, dict(zip(pairs, values, strict=True))))
    assert sum(result.weights) == pytest.approx(1.0)
    assert all(w > 0 for w in result.weights)
    assert result.lambda_max >= n - 1e-9
    assert result.consistency_ratio >= 0


@settings(max_examples=40, deadline=None)
@given(_weights.filter(lambda w: len(w) >= 4), st.data())
def test_one_corrupted_judgement_is_found(raw, data):
    n = len(raw)
    i = data.draw(st.integers(0, n - 2))
    j = data.draw(st.integers(i + 1, n - 1))
    values = consistent_matrix(raw)
    values[i, j] *= 50.0
    values[j, i] = 1 / values[i, j]
    worst = analyse(values).worst
    assert (worst.row, worst.column) == (i, j)


def test_scale_steps_round_trip():
    assert [scale_value(k) for k in (-8, -1, 0, 1, 8)] == pytest.approx([1 / 9, 1 / 2, 1, 2, 9])
    assert all(scale_step(scale_value(k)) == k for k in range(-8, 9))
