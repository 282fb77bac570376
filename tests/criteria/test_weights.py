import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from criteria.errors import InputError
from criteria.weights import equal, normalise, parse_shares, with_shares, with_weight

# Zero or a magnitude people type: subnormal floats underflow when scaled and are no weights anyone enters.
weight_values = st.one_of(st.just(0.0), st.floats(1e-6, 1e6))
weight_lists = st.lists(weight_values, min_size=1, max_size=12).filter(lambda w: sum(w) > 0)


@given(weight_lists)
def test_normalised_weights_are_non_negative_and_sum_to_one(weights):
    result = normalise(weights)
    assert all(w >= 0 for w in result)
    assert math.isclose(sum(result), 1.0, rel_tol=1e-12)


@given(weight_lists, st.floats(1e-3, 1e3))
def test_scaling_all_weights_changes_nothing(weights, factor):
    scaled = normalise([w * factor for w in weights])
    assert scaled == pytest.approx(normalise(weights), rel=1e-9, abs=1e-12)


@pytest.mark.parametrize(
    "weights, fragment",
    [
        ([0, 0], "at least one weight must be greater than 0"),
        ([1, -0.5], "negative"),
        ([1, "x"], "not a number"),
        ([math.inf, 1], "not a finite number"),
        ([], "at least one"),
    ],
)
def test_invalid_weights_are_reported(weights, fragment):
    with pytest.raises(InputError, match=fragment):
        normalise(weights)


@given(
    st.lists(st.floats(0, 1), min_size=2, max_size=8).filter(lambda w: sum(w) > 1e-9),
    st.data(),
)
def test_with_weight_sets_the_share_and_keeps_proportions_of_the_rest(raw, data):
    weights = normalise(raw)
    index = data.draw(st.integers(0, len(weights) - 1))
    share = data.draw(st.floats(0, 1))
    result = with_weight(weights, index, share)
    assert math.isclose(sum(result), 1.0, rel_tol=1e-9)
    assert result[index] == pytest.approx(share, abs=1e-9)
    others = [k for k in range(len(weights)) if k != index]
    if sum(weights[k] for k in others) > 1e-9 and share < 1 - 1e-9:
        ratios = [result[k] / (1 - share) for k in others]
        expected = [weights[k] / sum(weights[o] for o in others) for k in others]
        assert ratios == pytest.approx(expected, abs=1e-7)


def test_with_weight_keeps_locked_weights_and_clamps_to_what_they_leave():
    result = with_weight((0.2, 0.3, 0.5), 0, 0.9, locked={2})
    assert result[2] == pytest.approx(0.5)
    assert result[0] == pytest.approx(0.5)  # 0.9 asked, only 0.5 left by the lock
    assert result[1] == pytest.approx(0.0)


def test_with_weight_spreads_equally_when_the_others_are_all_zero():
    assert with_weight((1.0, 0.0, 0.0), 0, 0.4) == pytest.approx((0.4, 0.3, 0.3))


def test_equal_weights():
    assert equal(4) == (0.25, 0.25, 0.25, 0.25)


def test_parse_shares_reads_fractions_and_percentages_and_names_each_bad_part():
    names = ["Capital", "ESG credibility", "Speed"]
    assert parse_shares(" Capital =0.3, ESG credibility=25 %", names) == {0: 0.3, 1: 0.25}
    with pytest.raises(InputError) as caught:
        parse_shares("Months=0.3,Capital=lots,ESG credibility,Speed=-1%", names)
    text = str(caught.value)
    assert "unknown criterion 'Months'" in text
    assert "'Capital=lots': 'lots' is not a number" in text
    assert "'ESG credibility' is not of the form" in text
    assert "'Speed=-1%': -1% is negative" in text


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Capital=30", "did you mean 30%"),  # a bare number above 1 is ambiguous: refuse it
        ("Capital=1.5", "did you mean 1.5%"),
        ("Capital=130%", "130% is more than 100%"),
        ("Capital=0.3, Capital =0.2", "'Capital' is named twice"),
    ],
)
def test_parse_shares_refuses_ambiguous_or_impossible_shares(text, fragment):
    with pytest.raises(InputError, match=fragment):
        parse_shares(text, ["Capital", "Speed"])


NAMES = ["Tech", "Capital", "Months"]


def test_with_shares_of_one_criterion_is_the_typed_weight_of_the_gui():
    weights = (0.4, 0.3, 0.3)
    assert with_shares(weights, {1: 0.5}, NAMES) == with_weight(weights, 1, 0.5)
    assert with_shares(weights, {1: 0.5}, NAMES) == pytest.approx((0.5 * 4 / 7, 0.5, 0.5 * 3 / 7))


def test_with_shares_naming_every_criterion_normalises_them():
    assert with_shares((0.4, 0.3, 0.3), {0: 0.2, 1: 0.2, 2: 0.4}, NAMES) == pytest.approx((0.25, 0.25, 0.5))


def test_with_shares_above_100_percent_in_total_names_the_criteria():
    with pytest.raises(InputError) as caught:
        with_shares((0.4, 0.3, 0.3), {1: 0.6, 2: 0.5}, NAMES)
    assert "'Capital' 60% and 'Months' 50% add up to 110%" in str(caught.value)


@given(
    st.lists(st.floats(0, 1), min_size=2, max_size=8).filter(lambda w: sum(w) > 1e-6),
    st.data(),
)
def test_with_shares_fixes_the_named_and_keeps_the_proportions_of_the_rest(raw, data):
    weights = normalise(raw)
    n = len(weights)
    named = data.draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=n - 1, unique=True))
    cuts = sorted(data.draw(st.lists(st.floats(0, 1), min_size=len(named), max_size=len(named))))
    shares = {k: b - a for k, a, b in zip(named, [0.0, *cuts], cuts)}  # shares summing to at most 1
    result = with_shares(weights, shares, [f"C{k}" for k in range(n)])
    assert math.isclose(sum(result), 1.0, rel_tol=1e-9)
    assert [result[k] for k in named] == pytest.approx([shares[k] for k in named], abs=1e-9)
    rest = [k for k in range(n) if k not in shares]
    left = 1 - sum(shares.values())
    if sum(weights[k] for k in rest) > 1e-9 and left > 1e-6:
        expected = [weights[k] / sum(weights[o] for o in rest) for k in rest]
        assert [result[k] / left for k in rest] == pytest.approx(expected, abs=1e-6)


def test_huge_weights_do_not_overflow():
    assert normalise([1e308, 1e308, 0]) == (0.5, 0.5, 0.0)
