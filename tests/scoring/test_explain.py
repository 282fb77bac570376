"""The "why this rank" sentences: each claim checked against the data it describes."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from criteria.missing import MissingPolicy
from criteria.study import StudyState
from scoring import rank
from scoring.explain import explain
from tests.conftest import make_model
from workbooks.sample import load_sample


@pytest.fixture
def study():
    # Shin-Etsu is worse than JOGMEC and Toyota on everything: dominated by both.
    model = make_model(
        [[8, 5, 60], [4, 7, np.nan], [3, 4, 70]],
        directions=["benefit", "benefit", "cost"],
        names=["Technology transfer", "Capital", "Months"],
        partners=["JOGMEC", "Toyota Tsusho", "Shin-Etsu"],
        weights=[0.5, 0.3, 0.2],
    )
    state = StudyState.from_model(model)
    return state, rank(state)


def test_first_sentence_gives_rank_and_score(study):
    state, ranking = study
    for partner in range(3):
        row = list(ranking.indices).index(partner)
        first = explain(state, ranking, partner)[0]
        assert first.startswith(f"{state.model.partners[partner].name} ranks {ranking.ranks[row]} of 3")
        assert f"{ranking.scores[row]:.3f}" in first


def test_leader_is_compared_with_the_runner_up(study):
    state, ranking = study
    leader = int(ranking.indices[ranking.order[0]])
    runner = ranking.partners[ranking.order[1]]
    text = " ".join(explain(state, ranking, leader))
    assert f"the runner-up {runner}" in text


def test_strengths_and_weaknesses_against_the_leader(study):
    state, ranking = study
    sentences = explain(state, ranking, 1)  # Toyota: better Capital, worse technology than JOGMEC
    strengths = next(s for s in sentences if s.startswith("Strengths"))
    weaknesses = next(s for s in sentences if s.startswith("Weaknesses"))
    assert "Capital (7 against 5)" in strengths and "JOGMEC" in strengths
    assert "Technology transfer (4 against 8)" in weaknesses


def test_dominated_partner_names_who_dominates_it(study):
    state, ranking = study
    sentences = explain(state, ranking, 2)
    assert any(s.startswith("Dominated by JOGMEC and Toyota Tsusho") for s in sentences)
    assert not any(s.startswith("Dominated") for s in explain(state, ranking, 0))


def test_filled_values_are_named_by_cell(study):
    state, ranking = study
    sentences = explain(state, ranking, 1)
    filled = [s for s in sentences if "is missing" in s]
    assert len(filled) == 1
    assert "Partners!D3" in filled[0] and "counts as 70" in filled[0]  # worst observed Months is 70


def test_excluded_partner_is_explained():
    model = make_model([[1, 2], [np.nan, 3], [2, 1]], partners=["A", "B", "C"])
    state = StudyState.from_model(model, missing=MissingPolicy.EXCLUDE)
    sentences = explain(state, rank(state), 1)
    assert sentences[0].startswith("B is not ranked") and "exclude" in sentences[0]


def test_contribution_terms_sum_to_the_wsm_score(study):
    state, ranking = study
    sentence = explain(state, ranking, 0)[1]
    assert sentence.startswith("Points of the score per criterion")
    numbers = [
        float(part.split()[-1]) for part in sentence.split("largest first: ")[1].rstrip(".").split(", ")
    ]
    assert sum(numbers) == pytest.approx(ranking.scores[list(ranking.indices).index(0)], abs=2e-3)


@settings(max_examples=60, deadline=None)
@given(
    arrays(float, st.tuples(st.integers(1, 6), st.integers(1, 4)), elements=st.floats(1, 100)),
    st.sampled_from(["wsm", "wpm", "topsis", "vikor", "promethee"]),
    st.data(),
)
def test_every_partner_gets_an_explanation_and_dominance_is_true(values, method, data):
    model = make_model(values)
    state = StudyState.from_model(model, method=method)
    ranking = rank(state)
    partner = data.draw(st.integers(0, values.shape[0] - 1))
    sentences = explain(state, ranking, partner)
    assert sentences and all(isinstance(s, str) and s.endswith(".") for s in sentences)
    dominated = [s for s in sentences if s.startswith("Dominated by")]
    others = [b for b in range(values.shape[0]) if b != partner]
    truly = any((values[b] >= values[partner]).all() and (values[b] > values[partner]).any() for b in others)
    assert bool(dominated) == truly


@pytest.mark.parametrize("policy", [MissingPolicy.WORST, MissingPolicy.MEAN])
def test_filled_values_are_worded_as_the_partners_table_words_them(study, policy):
    # one wording per policy, in criteria.missing, shared with the partners table's tooltips
    from criteria.missing import FILL_WORDS

    state = study[0].replace(missing=policy)
    filled = [s for s in explain(state, rank(state), 1) if "is missing" in s]
    assert len(filled) == 1 and f", {FILL_WORDS[policy]};" in filled[0]


def comparisons(state, ranking, name: str, lang: str) -> str:
    sentences = explain(state, ranking, state.model.partner_names.index(name), lang=lang)
    return " ".join(
        s for s in sentences if s.startswith(("Strengths", "Weaknesses", "Điểm mạnh", "Điểm yếu"))
    )


def test_a_partner_tied_below_the_leader_is_not_called_the_runner_up():
    """WSM, the sample's weights: JOGMEC is one of four partners tied at rank 2, yet the leader
    Shin-Etsu was compared with "the runner-up JOGMEC"."""
    state = StudyState.from_model(load_sample())
    ranking = rank(state)
    assert sorted(ranking.ranks)[:5] == [1, 2, 2, 2, 2]
    english = comparisons(state, ranking, "Shin-Etsu Chemical", "en")
    assert "runner-up" not in english and "leader" not in english
    assert "against JOGMEC, one of the 4 partners tied at rank 2 (" in english
    vietnamese = comparisons(state, ranking, "Shin-Etsu Chemical", "vi")
    assert "so với JOGMEC, một trong 4 đối tác đồng hạng 2 (" in vietnamese
    assert "đứng thứ hai" not in vietnamese
    assert "against the leader Shin-Etsu Chemical (" in comparisons(state, ranking, "JOGMEC", "en")


def test_partners_tied_first_are_compared_as_equals_not_as_leader_and_runner_up():
    """PROMETHEE II, the sample's weights: Australian Govt and LS Eco Energy tie first at 0.400;
    each was told the other was "the runner-up" or "the leader"."""
    state = StudyState.from_model(load_sample(), method="promethee")
    ranking = rank(state)
    govt, ls = "Australian Govt + Critical Minerals R&D Hub", "LS Eco Energy"
    assert {ranking.partners[r] for r in np.flatnonzero(ranking.ranks == 1)} == {govt, ls}
    for name, other in ((govt, ls), (ls, govt)):
        english = comparisons(state, ranking, name, "en")
        assert "runner-up" not in english and "leader" not in english
        assert f"Strengths against {other}, tied first with it (" in english
        vietnamese = comparisons(state, ranking, name, "vi")
        assert f"Điểm mạnh so với {other}, đồng hạng nhất với đối tác này (" in vietnamese
        assert "đứng đầu" not in vietnamese and "đứng thứ hai" not in vietnamese
    below = comparisons(state, ranking, "JOGMEC", "en")
    assert f"against {govt}, one of the 2 partners tied first (" in below and "leader" not in below


def test_a_breakdown_with_parts_of_both_signs_says_it_is_ordered_by_size():
    """PROMETHEE II: "largest first: … Speed -0.033, Capital +0.010" read as a slip, -0.033 before
    +0.010; parts of both signs are said to be ordered by size whatever the sign."""
    from workbooks.sample import load_sample

    state = StudyState.from_model(load_sample(), method="promethee")
    ranking, seen = rank(state), set()
    for i in range(len(ranking.partners)):
        parts = np.asarray(ranking.contributions[i], dtype=float)
        mixed = (parts < 0).any() and (parts > 0).any()
        assert ("largest first whatever the sign:" in " ".join(explain(state, ranking, i))) == mixed
        seen.add(mixed)
    assert seen == {True, False}  # the sample has partners of both kinds


def test_vikor_s_first_by_q_is_not_called_the_leader_when_its_compromise_set_holds_others():
    """VIKOR, the sample's weights: the compromise set is Star Group Industrial and LS Eco Energy
    (the verdict says there is no single winner), yet a partner below was compared with "the
    leader Star Group Industrial"."""
    state = StudyState.from_model(load_sample(), method="vikor")
    ranking = rank(state)
    members = ranking.compromise.names(ranking.partners)
    assert len(members) == 2
    first, below = members[0], ranking.partners[int(ranking.order[2])]
    english = comparisons(state, ranking, below, "en")
    assert f"against {first}, first by Q, one of the 2 partners of VIKOR's compromise set (" in english
    assert "leader" not in english
    vietnamese = comparisons(state, ranking, below, "vi")
    assert f"{first}, đứng đầu theo Q, một trong 2 đối tác của tập thỏa hiệp của VIKOR" in vietnamese
