"""SMAA-2 (scoring.smaa): closed forms, order-constrained sampling, seeding, chunks, an
independent scikit-criteria loop, and what to check first."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.errors import InputError, UsageError
from criteria.evidence import Evidence
from criteria.study import StudyState
from scoring.check_first import check_first
from scoring.sensitivity import Cancelled
from scoring.smaa import Study, run_smaa
from scoring.smaa_sampling import WeightSampler, WeightSpace, parse_order
from tests.conftest import make_model

METHODS = ["wsm", "wpm", "topsis", "vikor", "promethee"]


def within_se(share: float, expected: float, samples: int, k: float = 4.0) -> bool:
    return abs(share - expected) <= k * np.sqrt(max(expected * (1 - expected), 1e-12) / samples)


def with_ranges(model, ranges: dict[tuple[int, int], tuple[float, float]]):
    """The model with a written Low..High for each (partner, criterion) index pair."""
    evidence = tuple(
        Evidence(model.partners[i].name, model.criteria[j].name, low=low, high=high)
        for (i, j), (low, high) in ranges.items()
    )
    return dataclasses.replace(model, evidence=evidence)


def two_symmetric_partners():
    # equal scores, equal weights, the same range on every cell: by symmetry each partner is
    # first half the time (Lahdelma & Salminen 2001, sec. 3: acceptability of identical alternatives)
    # (three criteria: PROMETHEE's net flows then cannot tie, as they would at one win each)
    model = make_model([[5, 5, 5], [5, 5, 5]], partners=["A", "B"], bounds=[(1, 10)] * 3)
    return with_ranges(model, {(i, j): (3, 7) for i in range(2) for j in range(3)})


@pytest.mark.parametrize("method", ["wsm", "topsis", "promethee"])
def test_two_partners_with_symmetric_ranges_are_each_first_half_the_time(method):
    state = StudyState.from_model(two_symmetric_partners(), method=method)
    result = run_smaa(Study.of(state, spread=0.0), n_samples=8000, seed=5)
    assert within_se(result.acceptability.shares[0, 0], 0.5, 8000)
    assert result.pairwise[0, 1] + result.pairwise[1, 0] == pytest.approx(1.0)
    assert within_se(result.pairwise[0, 1], 0.5, 8000)


@pytest.mark.parametrize("method", METHODS)
def test_a_partner_whose_ranges_are_dominated_never_wins(method):
    # B's best case is below A's worst case on every criterion: no weights, no values put B first
    model = make_model([[7, 7, 7], [3, 3, 3], [5, 6, 2]], partners=["A", "B", "C"], bounds=[(1, 10)] * 3)
    model = with_ranges(model, {**{(0, j): (6, 8) for j in range(3)}, **{(1, j): (2, 5) for j in range(3)}})
    result = run_smaa(
        Study.of(StudyState.from_model(model, method=method), spread="full"), n_samples=3000, seed=2
    )
    b = result.partners.index("B")
    assert result.acceptability.shares[b, 0] == 0
    assert np.isnan(result.central_weights[b]).all() and np.isnan(result.confidence[b])
    assert result.pairwise[result.pairwise_partners.index("A"), result.pairwise_partners.index("B")] == 1


def test_central_weights_when_the_winning_region_is_an_interval():
    # WSM on 0..1 scales: A = (1, 0) scores w1, B = (0, 1) scores 1 - w1, C = (0.6, 0.6) scores 0.6.
    # With w1 uniform on [0, 1] (the whole simplex), A wins on (0.6, 1], C on [0.4, 0.6], B on [0, 0.4):
    # acceptabilities 0.4, 0.2, 0.4 and central weights the interval midpoints: A (0.8, 0.2),
    # C (0.5, 0.5), B (0.2, 0.8); each wins at its central weights (confidence factor 1).
    model = make_model([[1, 0], [0, 1], [0.6, 0.6]], partners=["A", "B", "C"], bounds=[(0, 1)] * 2)
    result = run_smaa(Study.of(StudyState.from_model(model), spread="full"), n_samples=20_000, seed=4)
    shares = result.acceptability.shares[:, 0]
    for i, (share, w1) in enumerate([(0.4, 0.8), (0.4, 0.2), (0.2, 0.5)]):
        assert within_se(shares[i], share, 20_000)
        # w1 of the winners is uniform on an interval of width 0.2 or 0.4: sd 0.058 / 0.115
        assert result.central_weights[i, 0] == pytest.approx(w1, abs=0.01)
        assert result.central_weights[i].sum() == pytest.approx(1.0)
    np.testing.assert_array_equal(result.confidence, [1.0, 1.0, 1.0])


def test_confidence_factor_with_uncertain_values():
    # As above, but C's second score is uniform in [0.2, 0.6]. At weights (w1, 1 - w1) C scores
    # 0.6 w1 + v (1 - w1) and wins iff v >= need = (max(w1, 1 - w1) - 0.6 w1) / (1 - w1): its
    # confidence factor at its central weights is P(v >= need) = (0.6 - need) / 0.4, clipped.
    model = make_model([[1, 0], [0, 1], [0.6, 0.6]], partners=["A", "B", "C"], bounds=[(0, 1)] * 2)
    model = with_ranges(model, {(2, 1): (0.2, 0.6)})
    result = run_smaa(Study.of(StudyState.from_model(model), spread="full"), n_samples=20_000, seed=4)
    c = result.partners.index("C")
    w1 = result.central_weights[c, 0]
    # C wins at (w1, 1 - w1) iff w1 * 0.6 + (1 - w1) v beats max(w1, 1 - w1): a uniform v in [0.2, 0.6]
    need = (max(w1, 1 - w1) - 0.6 * w1) / (1 - w1)
    expected = float(np.clip((0.6 - need) / 0.4, 0, 1))
    assert abs(result.confidence[c] - expected) < 0.05  # 2000 draws: sd 0.011, plus w1's own noise


def test_order_constrained_weights_are_sorted_dirichlet_moments_and_ks():
    from scipy import stats

    criteria = ("ESG credibility", "Speed", "Capital")
    space = WeightSpace(criteria, "full", parse_order("ESG credibility>=Speed>=Capital", criteria))
    draws = WeightSampler(space, np.full(3, 1 / 3), np.random.default_rng(1)).take(20_000)
    assert (np.diff(draws, axis=1) <= 0).all()
    # uniform spacings: E[k-th largest of Dirichlet(1,1,1)] = (1/m) sum_{i=k}^m 1/i (David & Nagaraja 2003, 6.4)
    np.testing.assert_allclose(draws.mean(axis=0), [11 / 18, 5 / 18, 2 / 18], atol=0.005)
    reference = -np.sort(-np.random.default_rng(99).dirichlet(np.ones(3), 20_000), axis=1)
    for j in range(3):
        assert stats.ks_2samp(draws[:, j], reference[:, j]).pvalue > 0.001
    # a chain over part of the criteria leaves the others free, still uniform: Speed >= Capital only
    partial = WeightSpace(criteria, "full", parse_order("speed >= CAPITAL", criteria))
    draws = WeightSampler(partial, np.full(3, 1 / 3), np.random.default_rng(2)).take(20_000)
    assert (draws[:, 1] >= draws[:, 2]).all()
    assert (
        stats.ks_2samp(draws[:, 0], np.random.default_rng(3).dirichlet(np.ones(3), 20_000)[:, 0]).pvalue
        > 0.001
    )


def test_bounds_are_kept_and_empty_or_tiny_regions_are_refused():
    model = make_model([[1, 0, 3], [0, 1, 2]], names=["ESG", "Speed", "Capital"], bounds=[(0, 3)] * 3)
    state = StudyState.from_model(model)
    result = run_smaa(Study.of(state, bounds="Capital=10%..30%", order="ESG>=Speed"), n_samples=500, seed=1)
    assert "Capital 10%..30%" in result.weight_sampling and "ESG >= Speed" in result.weight_sampling
    space = Study.of(state, bounds="Capital=10%..30%").weights
    draws = WeightSampler(space, np.full(3, 1 / 3), np.random.default_rng(0)).take(3000)
    assert ((draws[:, 2] >= 0.1 - 1e-12) & (draws[:, 2] <= 0.3 + 1e-12)).all()
    with pytest.raises(InputError, match="lower bounds add up to 120%"):
        Study.of(state, bounds="ESG=60%..,Speed=60%..")
    with pytest.raises(InputError, match="too small to sample"):
        run_smaa(Study.of(state, bounds="ESG=33.33%..33.334%,Speed=33.33%..33.334%"), n_samples=10, seed=0)
    with pytest.raises(UsageError, match="'Weather' is not a criterion"):
        Study.of(state, order="Weather>=Speed")


@settings(max_examples=15, deadline=None)
@given(
    method=st.sampled_from(METHODS),
    seed=st.integers(0, 2**32),
    chunks=st.tuples(st.integers(1, 400), st.integers(1, 400)),
    triangular=st.booleans(),
)
def test_same_seed_same_figures_for_any_chunk_size(method, seed, chunks, triangular):
    model = make_model([[5, 3, 8], [6, 4, 2], [4, 9, 5], [7, 5, 5]], bounds=[(1, 10)] * 3)
    model = with_ranges(model, {(0, 0): (3, 7), (1, 1): (2, 6), (3, 2): (4, 5)})
    study = Study.of(StudyState.from_model(model, method=method), triangular=triangular, order="C1>=C3")
    a, b = (run_smaa(study, n_samples=700, seed=seed, chunk=c, confidence_samples=300) for c in chunks)
    np.testing.assert_array_equal(a.acceptability.shares, b.acceptability.shares)
    np.testing.assert_array_equal(a.pairwise, b.pairwise)
    np.testing.assert_array_equal(a.confidence, b.confidence)
    np.testing.assert_allclose(a.central_weights, b.central_weights, rtol=1e-12)


def test_without_ranges_or_constraints_smaa_is_todays_monte_carlo(small_model):
    from scoring.sensitivity import rank_acceptability

    state = StudyState.from_model(small_model)
    result = run_smaa(Study.of(state, spread=0.3), n_samples=3000, seed=8)
    np.testing.assert_array_equal(
        result.acceptability.shares, rank_acceptability(state, n_samples=3000, seed=8, spread=0.3).shares
    )


def test_an_independent_per_sample_scikit_criteria_loop_agrees_within_sampling_error():
    # Independent in both halves: its own draws (numpy's uniform and Dirichlet-free factors) and
    # scikit-criteria's min-max scaling and weighted sum, one sample at a time.
    import skcriteria
    from skcriteria.agg.simple import WeightedSumModel
    from skcriteria.preprocessing.scalers import MinMaxScaler

    values = np.array([[6, 5, 7], [5, 7, 6], [7, 6, 4], [4, 4, 8]], dtype=float)
    ranges = {(0, 1): (4, 6), (1, 0): (4, 7), (2, 2): (3, 6), (3, 0): (2, 6)}
    model = with_ranges(make_model(values, weights=[0.4, 0.35, 0.25]), ranges)
    samples = 4000
    ours = run_smaa(Study.of(StudyState.from_model(model), spread=0.3), n_samples=samples, seed=12)
    rng = np.random.default_rng(2024)
    base = np.array([0.4, 0.35, 0.25])
    firsts = np.zeros(len(values))
    for _ in range(samples):
        w = base * rng.uniform(0.7, 1.3, 3)
        x = values.copy()
        for (i, j), (low, high) in ranges.items():
            x[i, j] = rng.uniform(low, high)
        dm = MinMaxScaler(target="matrix").transform(skcriteria.mkdm(x, [1, 1, 1], weights=w / w.sum()))
        firsts[WeightedSumModel().evaluate(dm).rank_ == 1] += 1
    theirs = firsts / samples
    for i in range(len(values)):
        p = (theirs[i] + ours.acceptability.shares[i, 0]) / 2
        assert abs(theirs[i] - ours.acceptability.shares[i, 0]) <= 4 * np.sqrt(
            2 * max(p * (1 - p), 1e-4) / samples
        )


def test_check_first_puts_the_decisive_cell_first_and_says_what_it_changes():
    # A (6, 6) leads B (5, 5) unless B's first score is really near 9; C is far behind whatever it is
    model = make_model([[6, 6], [5, 5], [2, 2]], partners=["A", "B", "C"], bounds=[(1, 10)] * 2)
    model = with_ranges(model, {(1, 0): (3, 9), (2, 1): (1, 3)})
    state = StudyState.from_model(model)
    checks = check_first(state, Study.of(state, spread=0.2), n_samples=2000, seed=3)
    assert checks.leader == "A" and [(c.partner, c.criterion) for c in checks.cells] == [
        ("B", "C1"),
        ("C", "C2"),
    ]
    decisive, idle = checks.cells
    assert decisive.effect > 0.3 and idle.effect == 0
    # B's C1 at 9 takes first place from A in many samples; at 3 B loses exactly the samples it won;
    # C's C2 never matters
    assert decisive.winner_changes[2] > 0.3 and idle.winner_changes == (0, 0, 0)
    assert decisive.winner_changes[0] == pytest.approx(checks.first_shares["B"])
    assert checks.sentence(decisive).startswith("If B's C1 is 9 rather than 5, B leads in ")
    assert checks.sentence(idle).startswith("Whatever C's C2 is between 1 and 3, A stays first")
    with pytest.raises(Cancelled):
        check_first(state, Study.of(state), should_stop=lambda: True)


def test_check_first_tries_the_cells_of_the_partners_most_often_first_when_there_are_too_many(monkeypatch):
    from scoring import check_first as module

    model = make_model([[6, 6], [5, 5], [2, 2]], partners=["A", "B", "C"], bounds=[(1, 10)] * 2)
    model = with_ranges(model, {(i, j): (1, 9) for i in range(3) for j in range(2)})
    state = StudyState.from_model(model)
    monkeypatch.setattr(module, "MAX_CELLS", 4)
    checks = check_first(state, Study.of(state), n_samples=500, seed=1)
    order = sorted(checks.first_shares, key=lambda p: -checks.first_shares[p])
    assert checks.untried == 2 and {c.partner for c in checks.cells} == set(order[:2])
    assert checks.to_dict()["untried_cells"] == 2


def test_progress_reaches_the_total_and_stop_cancels():
    state = StudyState.from_model(two_symmetric_partners())
    seen = []
    run_smaa(Study.of(state), n_samples=2500, seed=1, chunk=1000, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(Cancelled):
        run_smaa(Study.of(state), n_samples=2500, seed=1, should_stop=lambda: True)


def test_values_are_drawn_uniform_or_triangular_inside_their_ranges():
    from scipy import stats

    from scoring.smaa_sampling import LEVELS, ValueSpace, uniform_levels

    base = np.array([[5.0, 2.0]])
    low, high = np.array([[3.0, 2.0]]), np.array([[9.0, 2.0]])
    cells = np.array([0])
    levels = uniform_levels(np.random.default_rng(0), 20_000, 1)
    for triangular, cdf in ((False, stats.uniform(3, 6).cdf), (True, stats.triang((5 - 3) / 6, 3, 6).cdf)):
        drawn = ValueSpace(base, low, high, triangular).draw(levels, cells)
        assert drawn.shape == (20_000, 1, 2) and (drawn[:, 0, 1] == 2).all()
        values = drawn[:, 0, 0]
        assert values.min() >= 3 and values.max() <= 9
        assert stats.kstest(values, cdf).pvalue > 0.001
    # the 16-bit grid: level q stands for (q + 1/2) / LEVELS; rows do not depend on how they are grouped
    rng_a, rng_b = np.random.default_rng(5), np.random.default_rng(5)
    together = uniform_levels(rng_a, 7, 5)
    apart = np.vstack([uniform_levels(rng_b, 3, 5), uniform_levels(rng_b, 4, 5)])
    np.testing.assert_array_equal(together, apart)
    assert together.max() < LEVELS


def test_a_range_reaching_zero_is_refused_for_methods_that_need_positive_values():
    model = with_ranges(make_model([[2, 5], [3, 4]], partners=["A", "B"]), {(1, 0): (0, 4)})
    with pytest.raises(InputError, match="B's C1 reaches 0: write a Low above 0"):
        Study.of(StudyState.from_model(model, method="wpm"))
    assert Study.of(StudyState.from_model(model, method="wsm")).values.cells.size == 1


@pytest.mark.parametrize("bounds", [[(1, 10)] * 3, [(1, 10), (None, None), (0, 20)]])
def test_scores_of_drawn_levels_equal_the_scores_of_the_drawn_values(bounds):
    # WSM with every Min/Max set scores the levels without building the value matrices; it must
    # agree with scoring the drawn values, for the study's space and for a space with a cell fixed
    from scoring.smaa_sampling import uniform_levels

    model = make_model(
        [[5, 3, 8], [6, 4, 2], [4, 9, 5], [7, 5, 5]], directions=["benefit", "cost", "benefit"], bounds=bounds
    )
    model = with_ranges(model, {(0, 0): (3, 7), (1, 1): (2, 6), (3, 2): (4, 5), (2, 1): (8, 10)})
    for method in ("wsm", "topsis"):
        study = Study.of(StudyState.from_model(model, method=method))
        cells = study.values.cells
        levels = uniform_levels(np.random.default_rng(3), 50, cells.size)
        W = np.random.default_rng(4).dirichlet(np.ones(3), size=50)
        for space in (study.values, study.values.fixed(int(cells[1]), 3.5)):
            X = space.draw(levels, cells)
            scores = study.drawn_scores(space, cells)
            np.testing.assert_allclose(
                scores(levels, W[:, None, :]), study.scores_each(X, W[:, None, :]), atol=1e-12
            )
            np.testing.assert_allclose(scores(levels, W[:7]), study.scores_each(X, W[:7]), atol=1e-12)
