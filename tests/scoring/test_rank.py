"""``scoring.rank``: validation, missing values, degenerate studies, contributions."""

from __future__ import annotations

import math

import numpy as np
import pytest

from criteria.errors import InputError
from criteria.missing import MissingPolicy
from criteria.study import StudyState
from scoring import METHODS, get_method, rank, scores_for_weights
from tests.conftest import make_model

CONTRACT = [key for key, method in METHODS.items() if method.contract]
NAN = float("nan")

# Domain brief section 4 (illustrative scores), five default criteria, ministry profile S1.
SAMPLE = [
    [8, 5, 8, 8, 3], [4, 7, 7, 8, 3], [3, 7, 8, 8, 7], [6, 4, 7, 8, 4], [4, 4, 6, 8, NAN],
    [7, 3, 9, 9, 4], [6, 6, 6, 7, 7], [6, 5, 7, 9, 5], [8, 3, 8, 8, 4], [3, 5, NAN, 3, 8],
    [4, 9, 4, 2, 7], [5, 6, 8, 7, 2], [4, 6, 10, 8, 2], [5, 2, 2, 3, 2], [2, 4, 5, 8, 3],
    [4, NAN, 3, 7, 4],
]  # fmt: skip
SAMPLE_PARTNERS = [
    "JOGMEC", "Toyota Tsusho + Sojitz", "Shin-Etsu Chemical", "Australian Strategic Materials",
    "Blackstone Minerals", "Australian Govt + Hub", "Star Group Industrial", "LS Eco Energy",
    "KIGAM + KOMIR", "Baotou INST Magnetic", "China Rare Earth Group", "US Government",
    "European Union", "Vietnam Rare Earth JSC", "Lavreco / Vinacomin", "Trident + Hung Hai",
]  # fmt: skip
SAMPLE_CRITERIA = ["Technology transfer", "Capital", "ESG credibility", "Geopolitical alignment", "Speed"]


def sample_model(weights=(0.40, 0.15, 0.15, 0.20, 0.10), bounds=None):
    return make_model(
        SAMPLE, names=SAMPLE_CRITERIA, partners=SAMPLE_PARTNERS, weights=list(weights), bounds=bounds
    )


def test_sample_ministry_profile_winner_matches_domain_brief():
    """Domain brief section 5: S1 (ministry) under WSM: JOGMEC .765, runner-up KIGAM + KOMIR .739."""
    ranking = rank(StudyState.from_model(sample_model()))
    (r1, p1, s1), (r2, p2, s2) = ranking.ranked()[:2]
    assert (r1, p1, r2, p2) == (1, "JOGMEC", 2, "KIGAM + KOMIR")
    assert s1 == pytest.approx(0.765, abs=5e-4) and s2 == pytest.approx(0.739, abs=5e-4)


def test_sample_has_eleven_non_dominated_partners():
    """Domain brief section 4: "11 of 16 are non-dominated" (missing values at the worst)."""
    ranking = rank(StudyState.from_model(sample_model()))
    assert sum(1 for d in ranking.dominated_by if not d) == 11
    vtre = ranking.partners.index("Vietnam Rare Earth JSC")
    assert ranking.partners.index("LS Eco Energy") in ranking.dominated_by[vtre]


@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_ranks_the_sample_with_a_cost_criterion(method):
    model = make_model(
        [[8, 5, 60], [4, 7, 60], [3, 7, 18], [6, 4, 42], [3, 5, 12], [4, 9, 24]],
        ["benefit", "benefit", "cost"],
        weights=[0.4, 0.3, 0.3],
    )
    ranking = rank(StudyState.from_model(model, method=method))
    assert np.isfinite(ranking.scores).all()
    assert sorted(ranking.ranks)[0] == 1
    # the cost criterion must count against long lead times: making P5 slower can only hurt it
    values = np.array(model.values)
    values[4, 2] = 72.0
    slower = make_model(values, ["benefit", "benefit", "cost"], weights=[0.4, 0.3, 0.3])
    worse = rank(StudyState.from_model(slower, method=method))
    assert worse.ranks[4] >= ranking.ranks[4]


@pytest.mark.parametrize("method", CONTRACT)
def test_contributions_add_up_to_the_documented_total(method):
    ranking = rank(StudyState.from_model(sample_model(), method=method))
    parts = ranking.contributions
    total = ranking.breakdown.combined(parts)
    if method == "wpm":  # log-gaps to the best: log(score / ideal score), the ideal best everywhere
        values, w = ranking.values, np.array(ranking.weights)
        best = np.where(ranking.benefit, values.max(axis=0), values.min(axis=0))
        ideal = np.prod(best ** np.where(ranking.benefit, w, -w))
        np.testing.assert_allclose(np.exp(total), ranking.scores / ideal, rtol=1e-12)
        assert (parts <= 0).all() and np.allclose(parts.max(axis=0), 0)
    elif method == "topsis":  # gaps to the ideal: their Euclidean norm is d+
        C = ranking.scores
        assert (parts >= 0).all() and np.allclose(parts.min(axis=0), 0)
        # d+ = (1 - C)(d+ + d-), so d+ / (1 - C) is the same total distance for each partner's C
        np.testing.assert_allclose(total * C / (1 - C), _topsis_d_minus(ranking), rtol=1e-9)
    elif method == "vikor":  # the terms of S; their largest is R; Q = (S, R) rescaled to [0, 1]
        S, R = total, parts.max(axis=1)
        expected = 0.5 * (S - S.min()) / np.ptp(S) + 0.5 * (R - R.min()) / np.ptp(R)
        np.testing.assert_allclose(ranking.scores, expected, atol=1e-12)
    else:
        assert ranking.breakdown.sums_to_score
        np.testing.assert_allclose(total, ranking.scores, atol=1e-12)
    assert ranking.breakdown.sums_to_score == (method in ("wsm", "promethee"))
    assert parts.shape == (16, 5)


def _topsis_d_minus(ranking):
    """Distance to the anti-ideal, straight from Hwang & Yoon's definition."""
    r = ranking.values / np.sqrt((ranking.values**2).sum(axis=0))
    v = r * np.array(ranking.weights)
    worst = np.where(ranking.benefit, v.min(axis=0), v.max(axis=0))
    return np.sqrt(((v - worst) ** 2).sum(axis=1))


def test_ranking_is_frozen_and_read_only():
    ranking = rank(StudyState.from_model(sample_model()))
    for array in (
        ranking.scores,
        ranking.ranks,
        ranking.order,
        ranking.contributions,
        ranking.filled,
        ranking.indices,
    ):
        assert not array.flags.writeable
    with pytest.raises(AttributeError):
        ranking.method = "topsis"


def test_filled_cells_and_excluded_partners_are_recorded():
    state = StudyState.from_model(sample_model())
    worst = rank(state)
    assert worst.filled.sum() == 3 and worst.rests_on_filled.sum() == 3
    assert worst.filled[SAMPLE_PARTNERS.index("Blackstone Minerals"), 4]
    excluded = rank(state.replace(missing=MissingPolicy.EXCLUDE))
    assert excluded.excluded == ("Blackstone Minerals", "Baotou INST Magnetic", "Trident + Hung Hai")
    assert len(excluded.partners) == 13 and "Blackstone Minerals" not in excluded.partners
    assert list(excluded.indices) == [i for i in range(16) if i not in (4, 9, 15)]
    with pytest.raises(InputError, match="policy reject"):
        rank(state.replace(missing=MissingPolicy.REJECT))


def test_scale_bounds_change_the_wsm_range():
    """With Min/Max 1..10, a criterion where everybody scores 8 still counts (0.78 each)."""
    model = make_model([[8, 2], [8, 9]], bounds=[(1, 10), (1, 10)], weights=[0.5, 0.5])
    ranking = rank(StudyState.from_model(model))
    np.testing.assert_allclose(ranking.contributions[:, 0], [0.5 * 7 / 9] * 2)
    np.testing.assert_allclose(ranking.scores, [0.5 * 7 / 9 + 0.5 * 1 / 9, 0.5 * 7 / 9 + 0.5 * 8 / 9])


@pytest.mark.parametrize("method", list(METHODS))
@pytest.mark.parametrize(
    "values",
    [
        pytest.param([[4.0, 7.0, 2.0]], id="one-partner"),
        pytest.param([[4.0], [7.0], [2.0]], id="one-criterion"),
        pytest.param([[5.0, 1.0], [5.0, 3.0], [5.0, 2.0]], id="constant-criterion"),
        pytest.param([[5.0, 3.0], [5.0, 3.0]], id="identical-partners"),
    ],
)
def test_degenerate_studies_stay_finite(method, values):
    model = make_model(values, weights=[1.0] * len(values[0]))
    ranking = rank(StudyState.from_model(model, method=method))
    assert np.isfinite(ranking.scores).all()
    assert ranking.ranks.min() == 1
    if ranking.contributions is not None:
        assert np.isfinite(ranking.contributions).all()


@pytest.mark.parametrize("method", CONTRACT)
def test_a_constant_criterion_cannot_separate_partners(method):
    base = make_model([[1.0], [3.0], [2.0]])
    with_constant = make_model([[5.0, 1.0], [5.0, 3.0], [5.0, 2.0]], weights=[0.7, 0.3])
    a = rank(StudyState.from_model(base, method=method))
    b = rank(StudyState.from_model(with_constant, method=method))
    np.testing.assert_array_equal(a.ranks, b.ranks)


def test_documented_values_for_degenerate_cases():
    one = StudyState.from_model(make_model([[4.0, 7.0]]))
    assert rank(one.replace(method="topsis")).scores[0] == 0.5  # d+ = d- = 0
    assert rank(one.replace(method="vikor")).scores[0] == 0.0  # S* = S-, R* = R-
    assert rank(one.replace(method="promethee")).scores[0] == 0.0  # no one to compare with
    assert rank(one).scores[0] == 1.0  # every criterion constant: 1.0 each


def test_wpm_rejects_values_not_above_zero_naming_every_cell():
    model = make_model([[3, 0], [-1.5, 2], [4, 5]], names=["Tech", "Capital"], weights=[0.5, 0.5])
    with pytest.raises(InputError) as caught:
        rank(StudyState.from_model(model, method="wpm"))
    messages = [str(p) for p in caught.value.problems]
    assert messages == [
        "Partners!C2: 0 must be > 0 for method wpm (criterion 'Capital')",
        "Partners!B3: -1.5 must be > 0 for method wpm (criterion 'Tech')",
    ]
    assert np.isfinite(rank(StudyState.from_model(model, method="wsm")).scores).all()


def test_wpm_flags_a_filled_in_value_that_is_not_positive():
    model = make_model([[3, NAN], [2, 2]], bounds=[(None, None), (0, 10)])
    with pytest.raises(InputError, match=r"Partners!C2: 0 \(filled in for a missing value\) must be > 0"):
        rank(StudyState.from_model(model, method="wpm"))


@pytest.mark.parametrize(
    ("weights", "pattern"),
    [
        ((0.5, -0.5), "negative"),
        ((0.0, 0.0), "at least one weight"),
        ((0.5,), "expected 2 weights"),
        ((math.nan, 1.0), "not a finite number"),
    ],
)
def test_bad_weights_are_input_errors(weights, pattern):
    state = StudyState.from_model(make_model([[1, 2], [2, 1]]))
    with pytest.raises(InputError, match=pattern):
        rank(state.replace(weights=weights))


def test_unknown_method_lists_the_valid_keys():
    with pytest.raises(InputError) as caught:
        get_method("electre")
    message = str(caught.value)
    assert "'electre'" in message and all(key in message for key in METHODS)
    assert get_method(" TOPSIS ").key == "topsis"
    with pytest.raises(InputError, match="unknown method"):
        rank(StudyState.from_model(make_model([[1, 2]]), method="nope"))


def test_nothing_left_to_rank_is_an_input_error():
    model = make_model([[1, NAN], [NAN, 2]])
    with pytest.raises(InputError, match="none is left to rank"):
        rank(StudyState.from_model(model, missing=MissingPolicy.EXCLUDE))


def test_registry_entries_are_complete():
    for key, method in METHODS.items():
        assert method.key == key
        assert method.label and method.reference
        assert method.description.endswith(".") and method.description.count(". ") == 0
    assert set(CONTRACT) == {"wsm", "wpm", "topsis", "vikor", "promethee"}
    assert not get_method("vikor").higher_is_better and get_method("promethee").higher_is_better


def test_scores_for_weights_normalises_rows_and_validates():
    state = StudyState.from_model(sample_model())
    W = np.array([[4, 1.5, 1.5, 2, 1], [0.4, 0.15, 0.15, 0.2, 0.1]])
    scores = scores_for_weights(state, W)
    np.testing.assert_allclose(scores[0], scores[1])
    np.testing.assert_allclose(scores[1], rank(state).scores)
    with pytest.raises(InputError, match="weight vector 2"):
        scores_for_weights(state, [[1, 1, 1, 1, 1], [1, -1, 1, 1, 1]])


def test_an_infinite_value_is_an_input_error_naming_the_cell():
    model = make_model([[1, 2], [math.inf, 3]], names=["Tech", "Capital"])
    with pytest.raises(InputError, match=r"Partners!B3: inf is not a finite number \(criterion 'Tech'\)"):
        rank(StudyState.from_model(model, method="topsis"))


def test_ranking_keeps_the_min_max_range_its_scores_used():
    # scale bounds where given, else the observed range of the filled values (scoring.normalise)
    model = make_model(
        [[2, 50, 7], [6, np.nan, 3], [4, 30, 5]],
        directions=["benefit", "cost", "benefit"],
        bounds=[(0, 10), (None, None), (1, None)],
    )
    ranking = rank(StudyState.from_model(model))
    assert np.array_equal(ranking.lo, [0, 30, 1]) and np.array_equal(ranking.hi, [10, 50, 7])
    assert not ranking.lo.flags.writeable and not ranking.hi.flags.writeable
