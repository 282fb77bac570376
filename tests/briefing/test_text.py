"""briefing.text: the recommendation says what the figures support, in English and in Vietnamese."""

from __future__ import annotations

import re
import struct

import numpy as np
import pytest

from briefing.content import SCENARIO, WORKBOOK, WeightSource, build_content
from briefing.document import Figure, Heading, Table
from briefing.text import compose, recommendation
from criteria.i18n import Language
from criteria.study import StudyState
from scoring.verdict import CLEAR, OPENING, study_verdict
from tests.conftest import make_model
from workbooks.front_matter import FrontMatter
from workbooks.sample import load_sample

FRONT = FrontMatter("Study", None, ())
# English words that would betray an untranslated sentence in a Vietnamese text
ENGLISH_WORDS = re.compile(r"\b(the|and|of|is|are|with|first|rank|ranks|weight|partner|samples?|if)\b", re.I)


def content_for(model, samples=400, **kwargs):
    state = StudyState.from_model(model, **kwargs)
    return build_content(state, FRONT, source="study.xlsx", weight_source=WeightSource(WORKBOOK),
                         samples=samples, seed=1)  # fmt: skip


def without_names(text: str, content) -> str:
    """The text less what comes from the workbook and method acronyms (never translated)."""
    names = [
        *content.ranking.partners,
        *content.ranking.criteria,
        *(m.upper() for m in content.agreement.methods),
    ]
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return text


@pytest.fixture(scope="module")
def sample_content():
    return content_for(load_sample(), samples=2000)


def test_a_dominating_partner_is_recommended_plainly():
    # Partner A is best on every criterion: every method, sample and scenario puts it first
    model = make_model([[9, 9, 9], [5, 6, 4], [3, 2, 6]], partners=["A", "B", "C"])
    content = content_for(model)
    english = recommendation(content, Language("en"))
    assert english.startswith("A ranks first with Weighted sum (WSM)")
    assert "A is first in 100% of 400 samples: a clear lead." in english
    assert "All 5 methods compared rank A first." in english
    assert english.endswith("On these figures A is the recommended partner.")
    vietnamese = recommendation(content, Language("vi"))
    assert "A đứng đầu ở 100\u00a0% trong số 400 mẫu: dẫn đầu rõ rệt." in vietnamese
    assert vietnamese.endswith("Căn cứ các số liệu trên, A là đối tác được khuyến nghị.")


def test_a_leader_a_small_weight_change_would_topple_is_not_recommended():
    # B leads in every sample and under most methods, but C1 from 42% to 50% puts A first:
    # scoring.verdict grades that "fragile", so the brief must not call B the recommended partner
    model = make_model([[9, 5, 5], [5, 8, 8]], partners=["A", "B"], weights=[4.2, 2.9, 2.9])
    english = recommendation(content_for(model), Language("en"))
    assert "B is first in 100% of 400 samples" in english
    assert "multiplied by a random factor between 0.8 and 1.2, then rescaled to 100%" in english
    assert "within ±" not in english
    assert "recommended partner" not in english
    assert english.endswith("treat B as the leading candidate and weigh A alongside it.")


def test_a_tie_at_the_top_is_called_a_tie_and_nobody_is_recommended():
    model = make_model([[8, 4], [8, 4], [2, 9]], partners=["A", "B", "C"], weights=[0.7, 0.3])
    content = content_for(model)
    english = recommendation(content, Language("en"))
    assert english.startswith("A and B tie for first place with Weighted sum (WSM)")
    assert "recommended partner" not in english
    # neither is "the leading candidate": A is named first only because the workbook lists it first
    assert english.endswith("treat A and B, tied first, as the leading candidates.")
    assert "treat A as the leading candidate" not in english
    assert "A 100% and B 100%" in english and "clear lead" not in english  # both are first in every sample
    vietnamese = recommendation(content, Language("vi"))
    assert vietnamese.startswith("A và B đồng hạng nhất theo phương pháp")
    assert "A 100\u00a0% và B 100\u00a0%" in vietnamese and "dẫn đầu rõ rệt" not in vietnamese
    assert vietnamese.endswith("nên coi A và B (đồng hạng nhất) là các ứng viên dẫn đầu.")


def test_a_tie_under_promethee_on_the_sample_names_no_single_leading_candidate():
    """PROMETHEE II ties Australian Govt + Critical Minerals R&D Hub and LS Eco Energy first on the
    sample; the brief's last sentence once told the minister to treat the first of them in the
    workbook as the leading candidate, though LS Eco Energy wins more Monte Carlo samples."""
    content = content_for(load_sample(), method="promethee")
    assert len(content.tied_first) == 2
    english = recommendation(content, Language("en"))
    conclusion = english[english.index("The figures do not single out one partner") :]
    tied = " and ".join(content.tied_first)
    assert conclusion.startswith(
        f"The figures do not single out one partner: treat {tied}, tied first, as the"
    )
    assert "the leading candidate " not in conclusion


def test_the_sample_recommendation_says_the_methods_disagree(sample_content):
    text = recommendation(sample_content, Language("en"))
    winner = sample_content.winner
    assert text.startswith(f"{winner} ranks first")
    first_elsewhere = {
        p
        for k in range(len(sample_content.agreement.methods))
        for p, r in zip(sample_content.agreement.partners, sample_content.agreement.ranks[:, k])
        if r == 1 and p != winner
    }
    assert first_elsewhere, "the sample's methods disagree on the winner"
    assert "The figures do not single out one partner" in text
    assert all(p in text for p in first_elsewhere)
    assert "recommended partner" not in text


def test_vikor_with_a_compromise_set_is_not_counted_as_putting_its_leader_first():
    """Under VIKOR the sample's answer is a compromise set (Star Group Industrial and LS Eco
    Energy): the methods sentence once listed VIKOR among those ranking Star Group first."""
    content = content_for(load_sample(), method="vikor")
    assert content.agreement.vikor_set and len(content.agreement.vikor_set) > 1
    leader = content.winner
    assert "vikor" not in content.methods_ranking_first(leader)
    english = recommendation(content, Language("en"))
    methods = next(s for s in english.split(". ") if "methods" in s.lower() and "first" in s)
    assert "VIKOR: the compromise set of " in methods and ", VIKOR" not in methods
    for name in content.agreement.vikor_set:
        assert name in methods
    vietnamese = recommendation(content, Language("vi"))
    assert "VIKOR: tập thỏa hiệp gồm " in vietnamese


def test_the_vietnamese_brief_has_no_english_sentence(sample_content):
    document = compose(sample_content, "vi")
    texts = [b.text for b in document.blocks if hasattr(b, "text") and not isinstance(b, Heading)]
    texts += [t for b in document.blocks if isinstance(b, Table) for t in (*b.header, *sum(b.rows, ()))]
    texts += [item for b in document.blocks for item in getattr(b, "items", ())]
    notices_and_references = {*sample_content.front.notices}
    for text in texts:
        if text in notices_and_references or text.startswith("Triantaphyllou"):
            continue  # the workbook's own words and a citation stay as written
        stripped = (
            without_names(text, sample_content).replace("Monte Carlo", " ").replace("Partner Scout", " ")
        )
        stripped = re.sub(r"\S+\.xlsx", " ", stripped)
        assert not ENGLISH_WORDS.search(stripped), text


def test_numbers_in_the_vietnamese_brief_use_the_decimal_comma(sample_content):
    document = compose(sample_content, "vi")
    ranking = next(b for b in document.blocks if isinstance(b, Table))
    scores = [row[2] for row in ranking.rows]
    assert scores[0] == f"{sample_content.ranking.scores[sample_content.ranking.order[0]]:.3f}".replace(
        ".", ","
    )
    assert all(re.fullmatch(r"-?\d+,\d{3}", s) for s in scores)
    assert all(re.fullmatch(r"\d+,\d\u00a0%", row[3]) for row in ranking.rows)


def test_rank_ranges_appear_when_a_shown_partner_rests_on_filled_values():
    # C's missing Capital decides whether it beats B
    model = make_model([[9, 7], [4, 9], [6, np.nan]], partners=["A", "B", "C"], names=["Tech", "Capital"])
    content = content_for(model)
    table = next(b for b in compose(content, "en").blocks if isinstance(b, Table))
    assert table.header[-1] == "Rank if gaps filled otherwise"
    row = next(r for r in table.rows if r[1] == "C")
    gap = content.range_of("C")
    assert row[-1] == f"{gap.best}–{gap.worst}" and gap.best < gap.worst


def test_the_scenario_table_explains_its_first_column(sample_content):
    for language, label in (("en", "Current weights"), ("vi", "Trọng số hiện dùng")):
        blocks = compose(sample_content, language).blocks
        table = [b for b in blocks if isinstance(b, Table)][1]
        assert table.header[:2] == (Language(language).t("Partner"), label)
        assert table.header[2:] == tuple(s.name for s in load_sample().scenarios)
        note = blocks[blocks.index(table) - 1].text
        assert label in note, note
        ranks = {row[0]: int(row[1]) for row in table.rows}
        assert all(ranks[p] == r for r, p, _ in sample_content.ranking.ranked() if p in ranks)


@pytest.mark.parametrize(
    ("method", "additive"),
    [("wsm", True), ("promethee", True), ("topsis", False), ("vikor", False), ("wpm", False)],
)
def test_the_chart_caption_says_score_parts_only_where_they_add_up_to_the_score(method, additive):
    model = make_model([[9, 7], [4, 9], [6, 5]], partners=["A", "B", "C"])
    content = content_for(model, method=method)
    parts = content.ranking.contributions.sum(axis=1)
    assert np.allclose(parts, content.ranking.scores) == additive  # scoring.kernels' decompositions
    header = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + struct.pack(">II", 4, 3)  # enough for its aspect
    figure = next(b for b in compose(content, "en", chart=header).blocks if isinstance(b, Figure))
    assert figure.caption.startswith("Each bar is a partner's score split") == additive


def weights_paragraph(state, language: str) -> str:
    """The first paragraph under "Weights used" of the brief on ``state``, weights classified as the app does."""
    content = build_content(state, FRONT, source="study.xlsx", weight_source=WeightSource.of_state(state),
                            samples=50, seed=1)  # fmt: skip
    blocks = compose(content, language).blocks
    heading = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text in ("Weights used", "Trọng số sử dụng"))  # fmt: skip
    return blocks[heading + 1].text


def test_the_weights_section_says_whether_the_weights_are_the_workbooks_a_scenarios_or_set_in_the_app():
    workbook = StudyState.from_model(load_sample())
    scenario = StudyState.from_model(load_sample(), scenario="S1 Ministry")
    ahp = workbook.with_weights((0.4, 0.3, 0.1, 0.1, 0.1), "AHP (CR 0.05)")
    edited = scenario.replace(weights=(0.5, 0.1, 0.15, 0.15, 0.1))
    assert WeightSource.of_state(workbook) == WeightSource(WORKBOOK)
    assert WeightSource.of_state(scenario) == WeightSource(SCENARIO, "S1 Ministry")
    assert weights_paragraph(workbook, "en").startswith("The weights of the workbook's Criteria sheet.")
    assert weights_paragraph(scenario, "en").startswith(
        "The weights of the scenario S1 Ministry (Scenarios sheet)."
    )
    assert weights_paragraph(ahp, "en").startswith("Weights set in the desktop app: “AHP (CR 0.05)”.")
    assert weights_paragraph(ahp, "vi").startswith(
        "Trọng số được thiết lập trong ứng dụng máy tính: “AHP (CR 0,05)”."
    )
    assert weights_paragraph(edited, "en").startswith(
        "Weights set in the desktop app: “Scenario S1 Ministry, edited by hand”."
    )
    assert weights_paragraph(edited, "vi").startswith(  # the origin in the brief's language too
        "Trọng số được thiết lập trong ứng dụng máy tính: “Kịch bản S1 Ministry, đã chỉnh tay”."
    )
    # weights dragged back to the scenario's are the scenario's again
    assert WeightSource.of_state(edited.replace(weights=scenario.weights)) == WeightSource(
        SCENARIO, "S1 Ministry"
    )


def test_the_vietnamese_brief_words_the_weight_sampling_one_way():
    """Its recommendation said "rồi chuẩn hóa lại về tổng 100 %" and its check-first section, two
    paragraphs on, "rồi quy lại về tổng 100 %" for the same "then rescaled to 100%": a reader takes
    two wordings for two procedures."""
    vi = Language("vi")
    recommendation_words = vi.t(
        "With each weight multiplied by a random factor between {low} and {high}, then rescaled to 100%",
        low="0,8", high="1,2",
    )  # fmt: skip
    sampling_words = vi.t(
        "each weight multiplied by a random factor between {low} and {high}, then rescaled to 100%",
        low="0,8", high="1,2",
    )  # fmt: skip
    assert recommendation_words.endswith(sampling_words[sampling_words.index("1,2") :])


@pytest.mark.parametrize(
    ("lang", "title", "prepared"),
    [
        ("en", "Untitled study", "from a study not yet saved to a workbook."),
        ("vi", "Nghiên cứu chưa đặt tên", "từ một nghiên cứu chưa được lưu thành tệp Excel."),
    ],
)
def test_a_study_not_yet_saved_is_titled_and_sourced_in_the_briefs_language(lang, title, prepared):
    """A brief of a study never saved said it came "from the workbook Untitled study.xlsx", a file
    that does not exist, under an English title even in the Vietnamese brief."""
    state = StudyState.from_model(make_model([[3, 5], [4, 2], [1, 1]]))
    content = build_content(state, FrontMatter("", None, ()), source=None, weight_source=WeightSource(WORKBOOK),
                            samples=200, seed=1)  # fmt: skip
    document = compose(content, lang)
    assert document.title == title and document.blocks[0] == Heading(title, level=0)
    assert document.blocks[1].text.endswith(prepared) and ".xlsx" not in document.blocks[1].text


@pytest.mark.parametrize(
    ("scenario", "method"),
    [("S1 Ministry", "promethee"), ("S1 Ministry", "wsm"), ("S3 Green financier", "topsis"), (None, "wsm")],
)
def test_the_brief_grades_the_lead_as_the_apps_verdict_does(scenario, method):
    """Under S1 Ministry and PROMETHEE II the app said "Contested" while the brief called the
    leader's 96% of first places "a clear lead" (a threshold of its own on that share alone)."""
    state = StudyState.from_model(load_sample(), method=method, scenario=scenario)
    source = WeightSource(SCENARIO, scenario) if scenario else WeightSource(WORKBOOK)
    content = build_content(state, FRONT, source="s.xlsx", weight_source=source, samples=1000, seed=0)
    grade = study_verdict(state, content.ranking, content.acceptability).grade
    english = recommendation(content, Language("en"))
    vietnamese = recommendation(content, Language("vi"))
    assert ("a clear lead" in english) == (grade == CLEAR)
    assert ("dẫn đầu rõ rệt" in vietnamese) == (grade == CLEAR)
    assert ("recommended partner" in english) == (grade == CLEAR)
    assert f"Verdict: {OPENING[grade]}." in english
    assert f"{Language('vi').t(OPENING[grade])}." in vietnamese


def test_a_scenario_table_of_some_partners_says_which_it_shows(sample_content):
    """The table shows the first 8 of the ranking and each scenario's leader (9 of the sample's 16,
    rank 10 with rank 9 left out) under "Rank of each partner": its note now says which it shows."""
    for language in ("en", "vi"):
        blocks = compose(sample_content, language).blocks
        table = [b for b in blocks if isinstance(b, Table)][1]
        note = blocks[blocks.index(table) - 1].text
        assert len(table.rows) < len(sample_content.ranking.partners)
        said = {"en": "of the first 8 partners of the ranking above and of any partner first under a scenario",
                "vi": "của 8 đối tác đầu tiên trong bảng xếp hạng ở trên và của mọi đối tác đứng đầu"}  # fmt: skip
        assert said[language] in note, note
        assert "of each partner" not in note
