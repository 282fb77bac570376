"""Minimum acceptable levels (issue 14, item 4): who fails, what the setting does, in every
method, sensitivity and Monte Carlo."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.errors import InputError
from criteria.i18n import Language
from criteria.levels import LevelPolicy, level_failures
from criteria.study import StudyState
from scoring import METHODS, rank
from scoring.sensitivity import rank_acceptability
from scoring.smaa import Study, run_smaa
from tests.conftest import make_model
from tests.scoring.test_properties import studies


def with_levels(model, minimum=None, maximum=None):
    """``minimum``/``maximum``: {criterion index: level}."""
    minimum, maximum = minimum or {}, maximum or {}
    criteria = tuple(
        dataclasses.replace(c, minimum=minimum.get(j), maximum=maximum.get(j))
        for j, c in enumerate(model.criteria)
    )
    return dataclasses.replace(model, criteria=criteria)


def sample():
    # Capital is so strong for P1 that, without a minimum, its terrible ESG is bought out
    model = make_model(
        [[10, 1, 5], [5, 6, 5], [4, 8, 4], [6, np.nan, 6]],
        names=["Capital", "ESG credibility", "Months"],
        directions=["benefit", "benefit", "cost"],
        weights=[0.6, 0.2, 0.2],
    )
    return with_levels(model, minimum={1: 4}, maximum={2: 5.5})


def test_failures_in_words():
    model = sample()
    failures = level_failures(model)
    words = {model.partners[i].name: [f.words() for f in fs] for i, fs in failures.items()}
    assert words == {
        "P1": ["below ESG credibility minimum 4"],
        "P4": ["no value for ESG credibility (minimum 4)", "above Months maximum 5.5"],
    }
    vi = failures[0][0].words(Language("vi"))
    assert "ESG credibility" in vi and "4" in vi and vi != "below ESG credibility minimum 4"


@pytest.mark.parametrize("method", list(METHODS))
def test_exclude_leaves_failing_partners_out_of_every_method(method):
    model = sample()
    plain = rank(StudyState.from_model(with_levels(model), method=method))
    assert plain.partners[plain.order[0]] == "P1" or method != "wsm"  # bought out without a level
    ranking = rank(StudyState.from_model(model, method=method))
    assert ranking.partners == ("P2", "P3")
    assert ranking.left_out_below_minimum == ("P1", "P4")
    assert ranking.excluded == ("P1", "P4") and ranking.excluded_for_missing == ()
    assert ranking.fails_minimum(0) == ()


def test_mark_keeps_the_ranking_and_flags_the_partners():
    model = sample()
    plain = rank(StudyState.from_model(with_levels(model)))
    marked = rank(StudyState.from_model(model, levels=LevelPolicy.MARK))
    np.testing.assert_array_equal(marked.scores, plain.scores)
    assert marked.excluded == () and marked.fails_minimum(0) == ("below ESG credibility minimum 4",)
    assert marked.fails_minimum(3)[0] == "no value for ESG credibility (minimum 4)"  # never passes silently


def test_every_partner_failing_is_one_clear_error():
    model = with_levels(make_model([[1.0], [2.0]]), minimum={0: 5})
    with pytest.raises(InputError, match="every partner fails a minimum level"):
        rank(StudyState.from_model(model))
    assert len(rank(StudyState.from_model(model, levels=LevelPolicy.MARK)).partners) == 2


@settings(max_examples=60, deadline=None)
@given(model=studies(min_partners=2), data=st.data())
def test_excluded_partners_never_rank_and_the_rest_rank_as_without_them(model, data):
    j = data.draw(st.integers(0, model.shape[1] - 1))
    level = data.draw(st.integers(1, 20))
    leveled = with_levels(model, minimum={j: level})
    failing = model.values[:, j] < level
    if failing.all():
        return
    ranking = rank(StudyState.from_model(leveled, method=data.draw(st.sampled_from(list(METHODS)))))
    assert set(ranking.excluded) == {p.name for p, f in zip(model.partners, failing, strict=True) if f}
    assert not set(ranking.partners) & set(ranking.excluded)
    # the same as ranking a workbook without the failing rows
    kept = dataclasses.replace(
        model,
        partners=tuple(p for p, f in zip(model.partners, failing, strict=True) if not f),
        values=model.values[~failing],
        partner_rows=(),
    )
    alone = rank(StudyState.from_model(kept, method=ranking.method))
    np.testing.assert_array_equal(ranking.ranks, alone.ranks)


@pytest.mark.parametrize("method", ["wsm", "topsis", "promethee"])
def test_monte_carlo_and_smaa_never_let_an_excluded_partner_win(method):
    model = sample()
    state = StudyState.from_model(model, method=method)
    acceptability = rank_acceptability(state, n_samples=300, seed=1, spread="full")
    assert acceptability.partners == ("P2", "P3") and set(acceptability.excluded) == {"P1", "P4"}
    smaa = run_smaa(Study.of(state, spread="full"), n_samples=300, seed=1, confidence_samples=50)
    assert smaa.acceptability.partners == ("P2", "P3")
    marked = rank_acceptability(state.replace(levels=LevelPolicy.MARK), n_samples=300, seed=1, spread="full")
    assert "P1" in marked.partners  # marked partners still compete


def test_the_verdict_says_when_the_leader_fails_a_minimum_or_who_was_left_out():
    from scoring.verdict import compose_verdict

    model = sample()
    marked = rank(StudyState.from_model(model, levels=LevelPolicy.MARK))
    assert marked.partners[marked.order[0]] == "P1"
    assert "P1 fails a minimum level (below ESG credibility minimum 4): ranked because the study marks" in (
        compose_verdict(marked).sentence
    )
    left_out = compose_verdict(rank(StudyState.from_model(model))).sentence
    assert left_out.endswith("Left out below a minimum level: P1, P4.")
    plain = compose_verdict(rank(StudyState.from_model(with_levels(model)))).sentence
    assert "minimum" not in plain
