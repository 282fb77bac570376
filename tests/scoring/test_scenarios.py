"""Scenario comparison (scoring.scenarios): ranks per scenario and robust choices."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from criteria.errors import InputError
from criteria.model import Scenario
from criteria.study import StudyState
from scoring import rank
from scoring.scenarios import CURRENT, compare_scenarios
from tests.conftest import make_model


def with_scenarios(model, *scenarios):
    return dataclasses.replace(model, scenarios=tuple(Scenario(n, w) for n, w in scenarios))


MODEL = with_scenarios(
    make_model(
        [[9, 1, 5], [1, 9, 5], [6, 6, 6], [5, 5, 9], [2, 2, 2]],
        names=["Tech", "Capital", "ESG"],
        partners=["Tech leader", "Money", "Balanced", "Green", "Weak"],
    ),
    ("Ministry", (0.6, 0.2, 0.2)),
    ("Manufacturer", (0.1, 0.7, 0.2)),
    ("Financier", (1, 1, 8)),  # raw weights: normalised like the workbook's
)


@pytest.mark.parametrize("method", ["wsm", "topsis", "vikor", "promethee", "wpm"])
def test_ranks_per_scenario_are_the_scenario_rankings(method):
    state = StudyState.from_model(MODEL, method=method)
    result = compare_scenarios(state)
    assert result.scenarios == ("Ministry", "Manufacturer", "Financier")
    for k, name in enumerate(result.scenarios):
        expected = rank(StudyState.from_model(MODEL, method=method, scenario=name))
        assert result.ranks[:, k].tolist() == expected.ranks.tolist()
        assert np.allclose(result.scores[:, k], expected.scores)
    # robust choices: in the top 3 of every scenario, computed here from the rankings themselves
    robust = {
        p
        for i, p in enumerate(MODEL.partner_names)
        if all(
            rank(StudyState.from_model(MODEL, method=method, scenario=s)).ranks[i] <= 3
            for s in result.scenarios
        )
    }
    assert set(result.robust) == robust


def test_balanced_partner_is_the_robust_choice_under_wsm():
    result = compare_scenarios(StudyState.from_model(MODEL))
    assert result.robust[0] == "Balanced" and "Weak" not in result.robust
    assert result.winners()["Ministry"] == ("Tech leader",)
    assert result.sentence().startswith("Top 3 under every scenario: Balanced")


def test_current_weights_can_be_compared_too():
    state = StudyState.from_model(MODEL).replace(weights=(0.2, 0.2, 0.6))
    result = compare_scenarios(state, ("Ministry",), include_current=True)
    assert result.scenarios == (CURRENT, "Ministry")
    assert result.ranks[:, 0].tolist() == rank(state).ranks.tolist()


def test_unknown_scenarios_are_all_named():
    with pytest.raises(InputError) as caught:
        compare_scenarios(StudyState.from_model(MODEL), ("Nope", "Ministry", "Gone"))
    assert [p.message for p in caught.value.problems] == [
        "unknown scenario 'Nope'",
        "unknown scenario 'Gone'",
    ]


def test_no_scenarios_is_an_input_error():
    with pytest.raises(InputError, match="no scenarios"):
        compare_scenarios(StudyState.from_model(make_model([[1, 2], [2, 1]])))
