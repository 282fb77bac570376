"""Best and worst rank given how gaps are filled (scoring.missing_range), against brute force."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from criteria.missing import MissingPolicy
from criteria.study import StudyState
from scoring import rank
from scoring.missing_range import missing_value_ranges
from tests.conftest import make_model

BOUNDS = [(0, 10)] * 3
VALUES = [[8, 5, 6], [4, 7, np.nan], [3, 9, 8], [6, 6, 5], [5, 4, 7]]


@pytest.mark.parametrize("method", ["wsm", "topsis", "vikor", "promethee", "wpm"])
def test_range_spans_every_value_the_gap_could_take(method):
    # with scale bounds the worst-case fill of the others is the bound, whatever this partner's value
    model = make_model(VALUES, bounds=[(0.5, 10)] * 3)
    state = StudyState.from_model(model, method=method)
    (found,) = missing_value_ranges(state)
    assert found.partner == "P2" and found.cells == ("C3 (Partners!D3)",)
    assert found.rank == int(rank(state).ranks[1])
    reached = []
    for value in np.linspace(0.5, 10, 39):
        values = model.values.copy()
        values[1, 2] = value
        reached.append(int(rank(state.replace(model=dataclasses.replace(model, values=values))).ranks[1]))
    assert found.best == min(reached) and found.worst == max(reached)
    assert found.best <= found.rank <= found.worst


def test_no_gaps_no_ranges():
    assert missing_value_ranges(StudyState.from_model(make_model([[1, 2], [2, 1]]))) == ()


def test_excluded_partners_have_no_range():
    state = StudyState.from_model(make_model(VALUES, bounds=BOUNDS), missing=MissingPolicy.EXCLUDE)
    assert missing_value_ranges(state) == ()


def test_mean_policy_range_includes_its_own_rank():
    state = StudyState.from_model(make_model(VALUES), missing=MissingPolicy.MEAN)
    (found,) = missing_value_ranges(state)
    assert found.best <= found.rank <= found.worst
    assert found.best < found.worst
    assert "depending on its gaps" in found.sentence()
