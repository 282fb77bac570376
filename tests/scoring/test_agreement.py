"""Method agreement (scoring.agreement): ranks per method, rank correlations, divergent partners."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.study import StudyState
from scoring import rank
from scoring.agreement import CONTRACT_METHODS, divergences, method_agreement, rank_correlations
from tests.conftest import make_model


def kendall_tau_b(x, y) -> float:
    """Kendall (1945) tau-b by counting pairs, independent of scipy."""
    concordant = discordant = ties_x = ties_y = 0
    for i, j in itertools.combinations(range(len(x)), 2):
        dx, dy = np.sign(x[i] - x[j]), np.sign(y[i] - y[j])
        if dx == 0 and dy == 0:
            continue
        if dx == 0:
            ties_x += 1
        elif dy == 0:
            ties_y += 1
        elif dx == dy:
            concordant += 1
        else:
            discordant += 1
    return (concordant - discordant) / np.sqrt(
        (concordant + discordant + ties_x) * (concordant + discordant + ties_y)
    )


def test_ranks_per_method_are_the_methods_own_rankings(small_model):
    state = StudyState.from_model(small_model)
    result = method_agreement(state)
    assert result.methods == CONTRACT_METHODS == ("wsm", "wpm", "topsis", "vikor", "promethee")
    for k, method in enumerate(result.methods):
        assert result.ranks[:, k].tolist() == rank(state.replace(method=method)).ranks.tolist()
    assert np.allclose(np.diag(result.kendall), 1.0)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 6), st.integers(1, 6)), min_size=3, max_size=9))
def test_kendall_tau_b_matches_pair_counting(pairs):
    ranks = np.array(pairs)
    tau, rho = rank_correlations(ranks)
    if np.ptp(ranks[:, 0]) == 0 or np.ptp(ranks[:, 1]) == 0:
        assert np.isnan(tau[0, 1]) and np.isnan(rho[0, 1])
    else:
        assert tau[0, 1] == pytest.approx(kendall_tau_b(ranks[:, 0], ranks[:, 1]))
        assert -1 <= rho[0, 1] <= 1


def test_spearman_without_ties_is_the_textbook_formula():
    x = np.array([1, 2, 3, 4, 5, 6])
    y = np.array([2, 1, 4, 3, 6, 5])
    _, rho = rank_correlations(np.column_stack([x, y]))
    n = len(x)
    assert rho[0, 1] == pytest.approx(1 - 6 * np.sum((x - y) ** 2) / (n * (n * n - 1)))


def test_divergent_partners_differ_by_three_ranks_or_more():
    ranks = np.array([[1, 4, 2], [2, 1, 1], [3, 3, 6], [4, 2, 3]])
    found = divergences(ranks, ("A", "B", "C", "D"), ("wsm", "topsis", "vikor"), 3)
    assert [(d.partner, d.best, d.worst, d.best_methods, d.worst_methods) for d in found] == [
        ("A", 1, 4, ("wsm",), ("topsis",)),
        ("C", 3, 6, ("wsm", "topsis"), ("vikor",)),
    ]  # equal spreads keep workbook order


def test_method_that_cannot_score_is_skipped_with_its_reason():
    state = StudyState.from_model(make_model([[0, 2], [1, 1], [2, 0.5]]))
    result = method_agreement(state)
    assert "wpm" not in result.methods and result.ranks.shape == (3, 4)
    (skipped,) = result.skipped
    assert skipped[0] == "wpm" and "must be > 0" in skipped[1] and "Partners!B2" in skipped[1]


def test_json_is_strict():
    import json

    result = method_agreement(StudyState.from_model(make_model([[1, 1], [1, 1]])))
    payload = result.to_dict()
    assert json.loads(json.dumps(payload, allow_nan=False)) == payload
    assert payload["kendall_tau"][0][1] is None  # every method ties the two: undefined
