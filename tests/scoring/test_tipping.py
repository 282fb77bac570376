"""Tipping points and stability intervals (scoring.tipping) against an analytic case and brute force."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.study import StudyState
from criteria.weights import with_weight
from scoring import rank, sensitivity
from scoring.sensitivity import LINEAR_METHODS, BatchScorer
from scoring.tipping import ShownTipping, WeightPath, one_way, shown_interval, shown_weight, tipping_points
from tests.conftest import make_model

# Two criteria, min-max normalised: A = (1, 0), B = (0, 1), C = (0.6, 0.6). With weights (w, 1 - w)
# the WSM scores are A = w, B = 1 - w, C = 0.6: A leads for w >= 0.6, C for 0.4 <= w <= 0.6, B below.
ANALYTIC = make_model(
    [[10, 0], [0, 10], [6, 6]], names=["x", "y"], partners=["A", "B", "C"], weights=[0.8, 0.2]
)


def test_analytic_two_criterion_case_wsm():
    report = tipping_points(StudyState.from_model(ANALYTIC, method="wsm"))
    assert report.exact and report.leader == "A" and report.top == ("A", "C", "B")
    x, y = report.per_criterion
    assert x.winner == pytest.approx((0.6, 1.0), abs=1e-8)
    assert y.winner == pytest.approx((0.0, 0.4), abs=1e-8)
    assert x.lowered.threshold == pytest.approx(0.6, abs=1e-8) and x.lowered.new_leader == "C"
    assert x.raised is None
    assert y.raised.threshold == pytest.approx(0.4, abs=1e-8) and y.raised.new_leader == "C"
    # the top order A, C, B holds while w >= 0.6 (then C passes A); B is last until w = 0.4
    assert x.top_order == pytest.approx((0.6, 1.0), abs=1e-8)
    rivals = {r.rival: r.tipping for r in report.rivals}
    assert rivals["C"].threshold == pytest.approx(0.6, abs=1e-8)
    assert rivals["B"].threshold == pytest.approx(0.4 if rivals["B"].criterion == "x" else 0.6, abs=1e-8)
    # at 60% A and C tie: the weight quoted lies past the tie, to a tenth of a point
    assert "Lower 'x' from 80% to 59.9% and C overtakes A" in report.sentences()


def test_analytic_case_searched_matches_exact(monkeypatch):
    exact = tipping_points(StudyState.from_model(ANALYTIC, method="wsm"))
    monkeypatch.setattr(sensitivity, "LINEAR_METHODS", frozenset())
    searched = tipping_points(StudyState.from_model(ANALYTIC, method="wsm"))
    assert not searched.exact and searched.tolerance < 1e-9
    for a, b in zip(exact.per_criterion, searched.per_criterion):
        assert a.winner == pytest.approx(b.winner, abs=1e-8)
        assert a.top_order == pytest.approx(b.top_order, abs=1e-8)


def test_no_single_weight_changes_a_dominating_winner():
    model = make_model(
        [[9, 9, 9], [1, 5, 2], [3, 2, 1]], names=["Tech", "Capital", "Speed"], partners=["Best", "B", "C"]
    )
    report = tipping_points(StudyState.from_model(model, method="topsis"))
    assert all(c.winner == (0.0, 1.0) for c in report.per_criterion)
    assert "No change of 'Speed' alone changes the winner" in report.sentences()
    assert "No change of a single weight puts B first" in report.sentences()


def test_a_single_partner_wins_at_any_weights():
    report = tipping_points(StudyState.from_model(make_model([[1, 2, 3]]), method="vikor"))
    assert report.leader == "P1" and report.rivals == ()
    assert all(c.winner == (0.0, 1.0) and c.top_order == (0.0, 1.0) for c in report.per_criterion)


def test_single_criterion_cannot_move():
    report = tipping_points(StudyState.from_model(make_model([[1], [2]])))
    (only,) = report.per_criterion
    assert only.winner == (1.0, 1.0) and only.raised is None and only.lowered is None


@settings(max_examples=40, deadline=None)
@given(weights=st.lists(st.floats(0.01, 1.0), min_size=2, max_size=5), data=st.data())
def test_path_follows_the_weight_edit_policy(weights, data):
    total = sum(weights)
    w = [x / total for x in weights]
    j = data.draw(st.integers(0, len(w) - 1))
    t = data.draw(st.floats(0.0, 1.0))
    assert np.allclose(WeightPath.of(w, j).weights(t)[0], with_weight(w, j, t))


matrices = st.integers(3, 5).flatmap(
    lambda n: st.integers(2, 4).flatmap(
        lambda m: st.lists(st.lists(st.integers(1, 9), min_size=m, max_size=m), min_size=n, max_size=n)
    )
)
weight_lists = st.lists(st.integers(1, 9), min_size=4, max_size=4)


def leader_first(state: StudyState, j: int, t: float, leader: str) -> bool:
    """Brute force: rank the study with weight j set to t through the public API."""
    ranking = rank(state.replace(weights=with_weight(state.weights, j, t)))
    return int(ranking.ranks[ranking.partners.index(leader)]) == 1


@settings(max_examples=25, deadline=None)
@given(
    values=matrices, raw=weight_lists, method=st.sampled_from(["wsm", "promethee", "topsis", "vikor", "wpm"])
)
def test_winner_intervals_match_brute_force(values, raw, method):
    m = len(values[0])
    state = StudyState.from_model(make_model(values, weights=[float(r) for r in raw[:m]]), method=method)
    report = tipping_points(state)
    grid = np.linspace(0, 1, 81)
    for j, item in enumerate(report.per_criterion):
        if item.winner is None:  # tied at the top now: the leader is not alone first anywhere near
            continue
        low, high = item.winner
        assert low <= item.current <= high
        inside = grid[(grid > low + 1e-6) & (grid < high - 1e-6)]
        assert all(leader_first(state, j, t, report.leader) for t in inside)
        if item.top_order is not None:
            low_k, high_k = item.top_order
            # keeping the order keeps the winner (up to the tie tolerance, which chains along the order)
            assert low - 1e-8 <= low_k <= item.current <= high_k <= high + 1e-8
            for t in grid[(grid > low_k + 1e-6) & (grid < high_k - 1e-6)]:
                ranking = rank(state.replace(weights=with_weight(state.weights, j, t)))
                ranks = dict(zip(ranking.partners, ranking.ranks.tolist()))
                chain = [ranks[p] for p in report.top]
                # the top keep their order (ties allowed, as in the ranking) and nobody passes them
                assert chain == sorted(chain)
                assert all(r >= chain[-1] for p, r in ranks.items() if p not in report.top)
        # just past each boundary the leader has lost first place (the boundary is tight)
        for edge, step, tip in ((high, 1e-6, item.raised), (low, -1e-6, item.lowered)):
            if 0 < edge < 1:
                assert not leader_first(state, j, edge + step, report.leader)
                assert tip is not None
                if report.exact:
                    assert tip.threshold == edge
                else:  # reported just past the searched boundary, on the side that changes the winner
                    assert (tip.threshold - edge) * step > 0
                    assert abs(tip.threshold - edge) <= report.tolerance * (1 + 1e-6)
                ranking = rank(state.replace(weights=with_weight(state.weights, j, edge + step)))
                assert int(ranking.ranks[ranking.partners.index(tip.new_leader)]) == 1


@settings(max_examples=20, deadline=None)
@given(values=matrices, raw=weight_lists, method=st.sampled_from(["wsm", "promethee", "topsis"]))
def test_rival_tipping_is_the_smallest_single_weight_change(values, raw, method):
    m = len(values[0])
    state = StudyState.from_model(make_model(values, weights=[float(r) for r in raw[:m]]), method=method)
    report = tipping_points(state, rivals=1)
    (rival,) = report.rivals
    grid = np.linspace(0, 1, 101)
    # brute force: every weight on a grid; where the rival is strictly first, how far did we move?
    moves = []
    for j, w in enumerate(state.weights):
        for t in grid:
            ranking = rank(state.replace(weights=with_weight(state.weights, j, t)))
            scores = ranking.scores if ranking.higher_is_better else -ranking.scores
            r = ranking.partners.index(rival.rival)
            if scores[r] > np.delete(scores, r).max() + 1e-9:
                moves.append(abs(t - w))
    if rival.tipping is None:
        assert not moves
    else:
        # the grid can only find changes at least as large as the true smallest one (grid step 0.01)
        assert not moves or rival.tipping.change <= min(moves) + 1e-9
        # and the change is real: a little past the threshold the rival is first
        tip = rival.tipping
        j = state.model.criterion_index(tip.criterion)
        past = np.clip(tip.threshold + 1e-7 * np.sign(tip.threshold - tip.current), 0, 1)
        ranking = rank(state.replace(weights=with_weight(state.weights, j, past)))
        assert ranking.ranks[ranking.partners.index(rival.rival)] == 1


@pytest.mark.parametrize("method", sorted(LINEAR_METHODS))
def test_declared_linear_methods_are_affine_in_the_weights(method):
    model = make_model(
        [[3, 1, 7], [1, 4, 2], [6, 2, 2], [2, 8, 5]], directions=["benefit", "cost", "benefit"]
    )
    scorer = BatchScorer.of(StudyState.from_model(model, method=method))
    rng = np.random.default_rng(0)
    w0, w1 = rng.dirichlet(np.ones(3), size=2)
    for t in (0.25, 0.5, 0.9):
        mixed = scorer.scores((1 - t) * w0 + t * w1)
        assert np.allclose(mixed, (1 - t) * scorer.scores(w0) + t * scorer.scores(w1))


def test_one_way_curve_and_crossings_of_the_analytic_case():
    curve = one_way(StudyState.from_model(ANALYTIC, method="wsm"), "x", points=11)
    assert curve.partners == ("A", "B", "C") and curve.current == pytest.approx(0.8)
    assert np.allclose(curve.scores[:, 0], curve.t)  # A's score is w
    found = [(round(c.t, 9), c.rising, c.falling) for c in curve.crossings]
    assert found == [(0.4, "C", "B"), (0.5, "A", "B"), (0.6, "A", "C")]


@pytest.mark.parametrize("method", ["topsis", "vikor", "wpm"])
def test_searched_crossings_are_true_swaps(method):
    positive = make_model([[11, 1], [1, 11], [7, 7]], partners=["A", "B", "C"], weights=[0.8, 0.2])
    state = StudyState.from_model(positive, method=method)
    curve = one_way(state, 0)
    assert len(curve.crossings) == 3
    for crossing in curve.crossings:
        before, after = (
            rank(state.replace(weights=with_weight(state.weights, 0, crossing.t + d))) for d in (-1e-5, 1e-5)
        )
        r, f = before.partners.index(crossing.rising), before.partners.index(crossing.falling)
        assert before.ranks[r] > before.ranks[f] and after.ranks[r] < after.ranks[f]


@pytest.mark.parametrize(
    ("current", "threshold", "texts"),
    [
        (0.2, 0.2307692, ("20%", "23.1%", "3.1")),  # the sample's nearest: never "24%" nor "23%"
        (0.4, 0.306, ("40%", "30.6%", "9.4")),
        (0.2, 0.31, ("20%", "31%", "11")),  # a whole percent drops its ".0"
        (0.2, 0.2004, ("20%", "20.1%", "0.1")),  # rounded away from the current weight
        (0.2, 0.199999999, ("20%", "19.9%", "0.1")),  # a knife-edge: never "from 20% to 20%"
        (0.2346, 0.2348, ("23.46%", "23.48%", "0.02")),  # decimals only as needed to differ
        (0.2345, 0.2347, ("23.4%", "23.5%", "0.1")),  # 23.45 is 23.4 in floating point, as in the app
        (0.2, 0.2, ("20%", "19.9%", "0.1")),  # a knife-edge moves one tenth
    ],
)
def test_a_tipping_point_is_shown_past_it(current, threshold, texts):
    shown = ShownTipping.of(current, threshold)
    assert (shown.current.text(), shown.threshold.text(), shown.change.number()) == texts
    # the change quoted is the difference of the weights quoted
    assert abs(shown.threshold.value - shown.current.value) == pytest.approx(shown.change.value)
    assert shown.rises == (threshold > current)
    # the weight quoted lies past the tipping point, where the new leader is first
    past = shown.threshold.value - 100 * threshold
    assert past >= -1e-9 if shown.rises else past <= 1e-9


def test_shown_weights_follow_the_language():
    shown = ShownTipping.of(0.2, 0.2307692)
    assert (shown.current.text("vi"), shown.threshold.text("vi")) == ("20\u00a0%", "23,1\u00a0%")
    assert shown_weight(0.399).text() == "39.9%" and shown_weight(0.4).text() == "40%"


def test_report_json_is_plain_data(small_model):
    import json

    payload = tipping_points(StudyState.from_model(small_model)).to_dict()
    assert json.loads(json.dumps(payload, allow_nan=False)) == payload
    assert [c["criterion"] for c in payload["criteria"]] == list(small_model.criterion_names)


@settings(max_examples=300, deadline=None)
@given(
    st.floats(0.0, 1.0, allow_nan=False),
    st.floats(0.0, 1.0, allow_nan=False),
    st.floats(0.0, 1.0, allow_nan=False),
)
def test_a_stability_interval_is_quoted_inside_its_tipping_points(a, b, c):
    """The sensitivity table's "keeps the winner from 15.8% to 52.9%" never reaches the tipping
    points quoted beside it ("lower it to 15.7%", "raise it to 53%"): it used to round its ends to
    the nearest tenth, and said "from 11.1%" where the tipping point said "lower it to 11.1%"."""
    low, current, high = sorted((a, b, c))
    shown_low, shown_high = shown_interval(low, high)
    assert shown_low.value <= shown_high.value
    if high - low >= 0.002:  # room for a tenth inside: the quoted ends lie within the interval
        assert 100 * low - 1e-9 <= shown_low.value and shown_high.value <= 100 * high + 1e-9
    if 0.0 < low < current and current - low >= 0.002:
        assert shown_low.value > ShownTipping.of(current, low).threshold.value
    if current < high < 1.0 and high - current >= 0.002:
        assert shown_high.value < ShownTipping.of(current, high).threshold.value
    if low == 0.0:
        assert shown_low.value == 0.0
    if high == 1.0:
        assert shown_high.value == 100.0


@pytest.mark.parametrize(
    ("method", "scenario"), [("promethee", "S1 Ministry"), ("wsm", None), ("topsis", None)]
)
def test_a_rival_no_single_weight_puts_first_is_never_first_along_any_weight(method, scenario):
    """The sample under S1 and PROMETHEE II said "No change of a single weight puts KIGAM + KOMIR
    ahead of Australian Govt": false (Technology transfer at 60% puts it ahead, while JOGMEC is
    first). What is searched, and now said, is that no single weight puts the rival first; a scan of
    every weight from 0 to 1 (others rescaled in proportion) checks the claim."""
    from workbooks.sample import load_sample

    model = load_sample()
    state = StudyState.from_model(model, method=method, scenario=scenario)
    report = tipping_points(state)
    never_first = [r.rival for r in report.rivals if r.tipping is None]
    for rival in never_first:
        assert f"No change of a single weight puts {rival} first" in report.sentences()
        assert f"puts {rival} ahead" not in " ".join(report.sentences())
    for j in range(len(report.criteria)):
        for t in np.linspace(0.0, 1.0, 101):
            ranking = rank(state.with_weights(with_weight(report.weights, j, t), "scan"))
            first = {ranking.partners[i] for i in np.flatnonzero(np.asarray(ranking.ranks) == 1)}
            assert not first & set(never_first) or len(first) > 1, (report.criteria[j], t, first)
