"""The fast two-criterion Pareto frontier agrees with the dominance matrix."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from scoring.dominance import dominance_matrix, non_dominated

small_ints = st.integers(0, 4).map(float)  # few distinct values: many ties, the hard case


@given(
    arrays(float, st.tuples(st.integers(0, 30), st.integers(1, 3)), elements=small_ints),
    st.lists(st.booleans(), min_size=3, max_size=3),
)
def test_non_dominated_equals_no_dominator_in_the_matrix(values, directions):
    benefit = np.array(directions[: values.shape[1]])
    expected = ~dominance_matrix(values, benefit).any(axis=0)
    assert np.array_equal(non_dominated(values, benefit), expected)


def test_frontier_of_a_known_case():
    values = np.array([[1.0, 5.0], [5.0, 1.0], [3.0, 3.0], [2.0, 2.0], [3.0, 3.0], [1.0, 4.0]])
    assert non_dominated(values, np.array([True, True])).tolist() == [True, True, True, False, True, False]
