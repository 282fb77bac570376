import dataclasses

import numpy as np
import pytest

from criteria.model import Direction, name_key
from criteria.study import StudyState


def test_values_are_read_only_and_copied(small_model):
    with pytest.raises(ValueError):
        small_model.values[0, 0] = 1


def test_names_compare_trimmed_and_nfc(small_model):
    assert name_key("  Lavreco ") == "Lavreco"
    assert name_key("Đông Pao") == name_key("Đông Pao")  # decomposed vs composed
    assert small_model.criterion_index(" capital".strip().title()) == 1
    assert small_model.partner_index("Shin-Etsu ") == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("benefit", Direction.BENEFIT),
        ("MAX", Direction.BENEFIT),
        (" Cost ", Direction.COST),
        ("min", Direction.COST),
        ("up", None),
    ],
)
def test_direction_parse(text, expected):
    assert Direction.parse(text) is expected


def test_equality_ignores_the_array_identity_and_sees_nan(small_model):
    copy = dataclasses.replace(small_model, values=small_model.values.copy())
    assert copy == small_model
    changed = np.array(small_model.values)
    changed[0, 0] = 9
    assert dataclasses.replace(small_model, values=changed) != small_model


def test_study_state_uses_workbook_or_scenario_weights(small_model):
    assert StudyState.from_model(small_model).weights == pytest.approx((0.5, 0.3, 0.2))
    state = StudyState.from_model(small_model, scenario="speed first")
    assert state.weights == pytest.approx((0.1, 0.1, 0.8))
    with pytest.raises(KeyError):
        StudyState.from_model(small_model, scenario="nope")
