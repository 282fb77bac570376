"""`partner-scout brief`: Word and PDF briefs in both languages, the result workbook's figures, exit codes."""

from __future__ import annotations

import itertools
import os
import re
import subprocess

import pytest
from docx import Document as WordDocument
from openpyxl import load_workbook
from pypdf import PdfReader

from criteria.i18n import Language
from scoring.tipping import Tipping
from tests.cli.conftest import CLI, digest, run_cli, strict_json

SETTINGS = ("--samples", "3000", "--seed", "7")
HEADINGS = {
    "en": ["Recommendation", "Ranking", "What makes up the scores", "Scenarios", "Tipping points",
           "Scores to verify first", "Weights used", "Data caveats", "Appendix: how the figures were made"],
    "vi": ["Khuyến nghị", "Xếp hạng", "Cơ cấu điểm số", "So sánh kịch bản", "Điểm đảo chiều",
           "Điểm số cần kiểm tra trước", "Trọng số sử dụng", "Lưu ý về dữ liệu", "Phụ lục: cách tính các số liệu"],
}  # fmt: skip
TITLE = "Partners for Vietnam's rare-earth processing build-out"
NOTICE = "ILLUSTRATIVE DATA - NOT AN ASSESSMENT OF REAL ORGANISATIONS"


@pytest.fixture(scope="module")
def outputs(sample_copy, tmp_path_factory):
    folder = tmp_path_factory.mktemp("briefs")
    before = digest(sample_copy)
    made = {}
    for lang in ("en", "vi"):
        for suffix in ("docx", "pdf"):
            path = folder / f"brief-{lang}.{suffix}"
            result = run_cli("brief", sample_copy, "--out", path, "--lang", lang, *SETTINGS)
            assert result.returncode == 0, result.stderr
            made[lang, suffix] = path
    workbook = folder / "result.xlsx"
    assert run_cli("sensitivity", sample_copy, *SETTINGS, "--out", workbook).returncode == 0
    assert digest(sample_copy) == before  # the input is never touched
    return made, load_workbook(workbook, read_only=True)


def docx_parts(path):
    document = WordDocument(path)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    text = "\n".join(p.text for p in document.paragraphs)
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    return document, headings, text, tables


def pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.replace("\u00a0", " ").split())


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_word_brief_has_every_section_in_its_language(outputs, lang):
    made, _ = outputs
    document, headings, text, tables = docx_parts(made[lang, "docx"])
    assert (document.paragraphs[0].style.name, document.paragraphs[0].text) == ("Title", TITLE)
    assert headings == HEADINGS[lang]
    assert NOTICE in text  # the workbook's data notice, never translated
    assert len(document.inline_shapes) == 1  # the contributions chart
    assert len(tables) == 3  # ranking, scenarios, weights
    if lang == "vi":
        for words in ("đối tác", "trọng số", "Câu hỏi:", "Điểm đảo chiều gần nhất", "Tiêu chí"):
            assert words in text or words in str(tables), words
        assert "Trident + Hưng Hải (+ Zoetic)" in text  # a workbook name keeps its diacritics


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_pdf_brief_is_two_to_four_pages_with_the_same_text(outputs, lang):
    made, _ = outputs
    pages, text = pdf_text(made[lang, "pdf"])
    assert 2 <= pages <= 4
    _, headings, paragraphs, _ = docx_parts(made[lang, "docx"])
    for heading in [TITLE, *headings]:
        assert flat(heading) in text
    recommendation = paragraphs.split("\n")[paragraphs.split("\n").index(HEADINGS[lang][0]) + 1]
    assert flat(recommendation) in text  # diacritics survive the embedded font's text mapping
    score = "0,622" if lang == "vi" else "0.622"  # the sample's winner, Shin-Etsu Chemical
    assert f"Shin-Etsu Chemical {score}" in text
    if lang == "vi":
        assert "đối tác" in text and "Tiếng" not in text


def test_pdf_embeds_a_font_with_vietnamese_letters(outputs):
    made, _ = outputs
    fonts = set()
    for page in PdfReader(made["vi", "pdf"]).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object()  # embedded TrueType
    assert any("DejaVuSans" in name for name in fonts)
    assert not any("Helvetica" in name for name in fonts)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_brief_figures_equal_the_result_workbook(outputs, lang):
    """Scores, first-place shares and the nearest tipping point, as `sensitivity --out` writes them."""
    made, book = outputs
    language = Language(lang)
    ranking = {row[1]: row for row in book["Ranking"].iter_rows(min_row=2, values_only=True) if row[1]}
    acceptability = list(book["Acceptability"].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(acceptability) if row and row[0] == "Partner")
    first_share = {row[0]: row[2] for row in acceptability[start + 1 :] if row and row[0]}
    _, _, text, tables = docx_parts(made[lang, "docx"])
    table = tables[0]
    assert len(table) == 11  # header and the top ten
    scenarios = {
        row[0]: row[1:5]
        for row in book["Scenario comparison"].iter_rows(min_row=2, max_row=17, values_only=True)
    }
    for rank, partner, score, share, across in table[1:]:
        assert int(rank) == ranking[partner][0]
        assert score == language.number(ranking[partner][2])
        assert share == language.percent(first_share[partner])
        best, worst = min(scenarios[partner]), max(scenarios[partner])
        assert across == (str(best) if best == worst else f"{best}–{worst}")
    # the methods said to rank the winner first are those of the Method comparison sheet
    methods = list(book["Method comparison"].iter_rows(max_row=17, values_only=True))
    winner = table[1][1]
    firsts = [
        m.upper()
        for m, r in zip(methods[0][1:6], next(row for row in methods if row[0] == winner)[1:6])
        if r == 1
    ]
    assert re.search(rf"{re.escape(winner)}[^.:]*: {', '.join(firsts)}\b", text)
    # the nearest tipping point of the recommendation is the Tipping points sheet's closest change
    rows = book["Tipping points"].iter_rows(min_row=2, max_col=8, values_only=True)
    per_criterion = itertools.takewhile(lambda row: row[0] is not None, rows)  # up to the blank row
    changes = [
        (abs(threshold - row[1]), row[0], row[1], threshold, leader)
        for row in per_criterion
        for threshold, leader in ((row[4], row[5]), (row[6], row[7]))
        if threshold is not None
    ]
    _, criterion, current, threshold, leader = min(changes)
    shown = Tipping(criterion, current, threshold, "", leader).shown  # as every place quotes it
    old, new = shown.current.text(language), shown.threshold.text(language)
    assert re.search(
        rf"{re.escape(criterion)}\D+{re.escape(old)}\D+{re.escape(new)}, {re.escape(leader)}", text
    )


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_brief_quotes_the_top_three_scores_to_verify_with_their_effect(outputs, sample_copy, lang):
    """The three cells `sensitivity --values` (same seed) lists first, each with its effect in
    words, in the Word and the PDF brief alike, in the brief's language."""
    from criteria.study import StudyState
    from scoring.check_first import check_first
    from scoring.smaa import Study
    from workbooks.reader import read_workbook

    made, _ = outputs
    result = run_cli("sensitivity", sample_copy, "--values", "--no-tipping", "--format", "json", *SETTINGS)
    listed = strict_json(result.stdout)["check_first"]
    state = StudyState.from_model(read_workbook(sample_copy))
    checks = check_first(state, Study.of(state), seed=7)  # the same list, for its words in Vietnamese
    assert [checks.sentence(c) for c in checks.cells[:3]] == [c["sentence"] for c in listed["cells"][:3]]
    document, _, _, _ = docx_parts(made[lang, "docx"])
    paragraphs = [p.text for p in document.paragraphs]
    start = paragraphs.index(HEADINGS[lang][5])
    intro, quoted = paragraphs[start + 1], paragraphs[start + 2 : start + 5]
    assert paragraphs[start + 5] == HEADINGS[lang][6]  # three cells, no more
    assert "77" in intro and "Evidence" in intro and checks.describe(lang) in intro
    share = Language(lang).percent(checks.first_shares[checks.leader], 0)
    assert f"{checks.leader} " in intro and share in intro  # who the effects are measured against
    _, pdf = pdf_text(made[lang, "pdf"])
    for line, cell in zip(quoted, checks.cells[:3], strict=True):
        sentence = checks.sentence(cell, lang)
        assert line.startswith(sentence + " (") and cell.source in line
        assert flat(sentence) in pdf
    if lang == "vi":
        assert all(line.startswith(("Nếu ", "Dù ")) for line in quoted), quoted
        assert "độ tin cậy" in quoted[0] and "nguồn:" in quoted[0]


def test_same_seed_same_brief(outputs, sample_copy, tmp_path):
    made, _ = outputs
    again = tmp_path / "again.docx"
    assert run_cli("brief", sample_copy, "--out", again, "--lang", "en", *SETTINGS).returncode == 0
    assert docx_parts(again)[2:] == docx_parts(made["en", "docx"])[2:]


def test_language_defaults_to_the_environment(sample_copy, tmp_path):
    out = tmp_path / "b.docx"
    env = {**os.environ, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "vi_VN.UTF-8"}
    result = subprocess.run([CLI, "brief", str(sample_copy), "--out", str(out), "--samples", "200"],
                            capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert docx_parts(out)[1] == HEADINGS["vi"]


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["--out", "{tmp}/brief.txt"], 2, "the brief is written as .docx or .pdf"),
        (["--out", "{tmp}/b.pdf", "--method", "nope"], 2, "unknown method 'nope'"),
        (["--out", "{tmp}/b.pdf", "--lang", "fr"], 2, "invalid choice: 'fr'"),
        (["--out", "{tmp}/b.pdf", "--scenario", "Nobody"], 2, "unknown scenario 'Nobody'"),
        (["--out", "{tmp}/no/such/folder/b.pdf"], 3, "the folder does not exist"),
    ],
)
def test_exit_codes(sample_copy, tmp_path, arguments, code, message):
    before = digest(sample_copy)
    result = run_cli("brief", sample_copy, *(a.format(tmp=tmp_path) for a in arguments), "--samples", "100")
    assert result.returncode == code, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a temporary file
    assert digest(sample_copy) == before


def test_a_missing_workbook_is_an_input_error(tmp_path):
    result = run_cli("brief", tmp_path / "none.xlsx", "--out", tmp_path / "b.docx")
    assert result.returncode == 1 and "none.xlsx not found" in result.stderr
    assert not (tmp_path / "b.docx").exists()
