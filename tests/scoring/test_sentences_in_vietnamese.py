"""The sentences scoring writes for the room (why this rank, the verdict, scenarios) in Vietnamese
(issue 11): the words of docs/glossary.md, Vietnamese numbers, names as written; English unchanged."""

from __future__ import annotations

import re

import pytest

from criteria.study import StudyState
from scoring import rank
from scoring.explain import explain
from scoring.scenarios import compare_scenarios
from scoring.sensitivity import rank_acceptability
from scoring.verdict import study_verdict
from workbooks.sample import load_sample

ENGLISH = re.compile(r"\b(?:ranks|score|weights?|under|against|methods?|first|partner|is|the|and)\b")
ENGLISH_DECIMAL = re.compile(r"\d\.\d")


@pytest.fixture(scope="module")
def study():
    state = StudyState.from_model(load_sample())
    return state, rank(state)


def vietnamese_text(text: str, names) -> str:
    """``text`` without the workbook's names (never translated), for looking for English."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return text


def test_why_this_rank_in_vietnamese(study):
    state, ranking = study
    names = [*state.model.criterion_names, *(p.name for p in state.model.partners)]
    for partner in (int(ranking.indices[ranking.order[0]]), int(ranking.indices[ranking.order[-1]])):
        english = explain(state, ranking, partner)
        vietnamese = explain(state, ranking, partner, lang="vi")
        assert len(vietnamese) == len(english) and vietnamese != english
        for sentence in vietnamese:
            rest = vietnamese_text(sentence, names)
            assert not ENGLISH.search(rest) and not ENGLISH_DECIMAL.search(rest), sentence
        assert "xếp hạng" in vietnamese[0] and "điểm" in vietnamese[0]
        assert explain(state, ranking, partner, lang="en") == english


def test_the_verdict_is_said_again_in_vietnamese_without_computing_again(study):
    state, ranking = study
    acceptability = rank_acceptability(state, n_samples=300, seed=3)
    verdict = study_verdict(state, ranking, acceptability)
    vietnamese = verdict.in_language("vi")
    names = [*state.model.criterion_names, *(p.name for p in state.model.partners)]
    rest = vietnamese_text(vietnamese.sentence, names)
    assert not ENGLISH.search(rest) and not ENGLISH_DECIMAL.search(rest), vietnamese.sentence
    assert "\u00a0%" in vietnamese.sentence and "phương pháp" in vietnamese.sentence
    assert vietnamese.to_dict() | {"sentence": verdict.sentence} == verdict.to_dict()  # the same figures
    assert vietnamese.in_language("en").sentence == verdict.sentence


def test_the_scenario_comparison_in_vietnamese(study):
    state, _ranking = study
    comparison = compare_scenarios(state, include_current=True)
    assert "kịch bản" in comparison.sentence("vi") and comparison.sentence() == comparison.sentence("en")
    assert comparison.label("Current weights", "vi") == "Trọng số hiện dùng"
    assert comparison.label("S1 Ministry", "vi") == "S1 Ministry"


def test_the_rank_range_of_filled_in_values_in_vietnamese(study):
    from scoring.missing_range import missing_value_ranges

    state, _ranking = study
    ranges = missing_value_ranges(state)
    assert ranges
    names = [p.name for p in state.model.partners]
    for found in ranges:
        vietnamese = found.sentence("vi")
        assert "hạng" in vietnamese and not ENGLISH.search(vietnamese_text(vietnamese, names)), vietnamese
        assert found.sentence("en") == found.sentence()
