import numpy as np
import pytest

from criteria.errors import InputError
from criteria.missing import MissingPolicy, apply_policy, best_case, missing_cells
from tests.conftest import make_model


def test_worst_uses_the_worst_observed_value_per_direction(small_model):
    filled = apply_policy(small_model, MissingPolicy.WORST)
    assert filled.values[1, 2] == 60  # Months is a cost: the worst is the largest
    assert filled.filled[1, 2] and filled.filled.sum() == 1
    assert not np.isnan(filled.values).any()


def test_worst_uses_scale_bounds_when_given():
    model = make_model([[3, np.nan], [5, 2]], directions=["benefit", "cost"], bounds=[(1, 10), (0, 72)])
    assert apply_policy(model, MissingPolicy.WORST).values[0, 1] == 72
    model = make_model([[np.nan, 1], [5, 2]], bounds=[(1, 10), (None, None)])
    assert apply_policy(model, MissingPolicy.WORST).values[0, 0] == 1


def test_best_case_fills_the_other_end(small_model):
    assert best_case(small_model)[1, 2] == 18


def test_mean_fills_the_column_mean(small_model):
    assert apply_policy(small_model, MissingPolicy.MEAN).values[1, 2] == pytest.approx(39)


def test_exclude_leaves_the_partner_out(small_model):
    filled = apply_policy(small_model, MissingPolicy.EXCLUDE)
    assert filled.excluded == (1,)
    assert filled.kept.tolist() == [0, 2]
    assert filled.values.shape == (2, 3)


def test_reject_names_the_cells(small_model):
    with pytest.raises(InputError, match=r"Partners!D3 \(Toyota Tsusho, Months\)"):
        apply_policy(small_model, MissingPolicy.REJECT)
    assert missing_cells(small_model) == ["Partners!D3 (Toyota Tsusho, Months)"]


def test_a_criterion_with_no_value_at_all_is_an_error():
    model = make_model([[1, np.nan], [2, np.nan]], names=["A", "Empty"])
    with pytest.raises(InputError, match="no partner has a value for 'Empty'"):
        apply_policy(model, MissingPolicy.WORST)


def test_policy_names_parse_and_unknown_is_reported():
    assert MissingPolicy.parse(" Mean ") is MissingPolicy.MEAN
    with pytest.raises(InputError, match="unknown missing-value policy 'zero'"):
        MissingPolicy.parse("zero")
