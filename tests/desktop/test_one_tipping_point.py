"""Issue 9: the room quotes one number for a tipping point.

The sample's nearest tipping point (WSM: raise Technology transfer from 20% to 23.08% and JOGMEC
overtakes Shin-Etsu Chemical) used to read "23.1%" in the verdict but "24%" in the app's One-way
findings, the brief, the command line and the workbook's Tipping points sheet. Each place now
formats ``Tipping.shown``; this test reads every one of them back.
"""

from __future__ import annotations

import re

import openpyxl
import pytest

from briefing.content import WORKBOOK, WeightSource, build_content
from briefing.document import Bullets, Paragraph
from briefing.text import compose
from criteria.study import StudyState
from desktop import cli
from desktop.panels.robustness import ONE_WAY
from desktop.session import StudySession
from scoring import rank
from scoring.tipping import Tipping, shown_interval, tipping_points
from scoring.verdict import study_verdict
from tests.desktop.test_export_briefing import docx_text, export_briefing
from tests.desktop.test_scenarios_panel import export, run_monte_carlo
from workbooks.front_matter import FrontMatter
from workbooks.reader import read_workbook
from workbooks.sample import copy_sample


@pytest.fixture
def sample(tmp_path):
    return copy_sample(tmp_path / "sample.xlsx")


@pytest.fixture
def state(sample) -> StudyState:
    return StudyState.from_model(read_workbook(sample))


@pytest.fixture
def nearest(state) -> Tipping:
    found = [c.nearest for c in tipping_points(state).per_criterion if c.nearest is not None]
    return min(found, key=lambda t: t.change)


def test_the_sample_nearest_tipping_point_is_shown_past_it_to_a_tenth(state, nearest):
    shown = nearest.shown
    assert (nearest.criterion, nearest.new_leader) == ("Technology transfer", "JOGMEC")
    assert nearest.threshold == pytest.approx(0.230769, abs=1e-6)
    assert (shown.current.text(), shown.threshold.text(), shown.change.number()) == ("20%", "23.1%", "3.1")
    assert (shown.current.text("vi"), shown.threshold.text("vi")) == ("20\u00a0%", "23,1\u00a0%")
    assert (quoted(state), quoted(state, "vi")) == (shown.threshold.text(), shown.threshold.text("vi"))


def quoted(state: StudyState, lang: str = "en") -> str:
    """The new weight of the nearest tipping point as the headline verdict says it: '23.1%'."""
    verdict = study_verdict(state, rank(state)).in_language(lang).sentence
    found = re.search(r"\((?:từ )?20\u00a0?% (?:to|thành) ([\d.,]+\u00a0?%)\)", verdict)
    assert found, verdict
    return found.group(1)


def brief_text(document) -> str:
    parts = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, Bullets):
            parts.extend(block.items)
    return " ".join(parts)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_brief_quotes_the_verdict_weight(state, lang):
    new = quoted(state, lang)
    content = build_content(state, FrontMatter("Study", None, ()), source="sample.xlsx",
                            weight_source=WeightSource(WORKBOOK), samples=300, seed=1)  # fmt: skip
    text = brief_text(compose(content, lang))
    # the recommendation and the Tipping points list, each naming the same new weight
    assert text.count(f" {new}, JOGMEC") >= 2, text


def test_command_line_table_and_workbook_quote_the_verdict_weight(sample, state, tmp_path, capsys):
    new = quoted(state)
    out = tmp_path / "result.xlsx"
    code = cli.main(["sensitivity", str(sample), "--samples", "500", "--seed", "3", "--out", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    verdict_line = next(line for line in printed.splitlines() if line.startswith("Contested:"))
    assert f"(20% to {new})" in verdict_line
    assert f"Raise 'Technology transfer' from 20% to {new} and JOGMEC overtakes" in printed
    # the stability table stops short of every tipping point ("0% to 23%", not "to 23.1%"); it once
    # said "ESG credibility ... 11.1% to 33.3%" beside "lower 'ESG credibility' from 20% to 11.1%"
    for c in tipping_points(state).per_criterion:
        low, high = shown_interval(*c.winner)
        row = next(line for line in printed.splitlines() if line.startswith(f"{c.criterion}  "))
        assert f"{low.text()} to {high.text()}" in row
        if c.raised is not None:
            assert high.value < c.raised.shown.threshold.value
        if c.lowered is not None:
            assert low.value > c.lowered.shown.threshold.value
    book = openpyxl.load_workbook(out, read_only=True)
    verdict_cell = next(
        row[1] for row in book["Acceptability"].iter_rows(values_only=True) if row[0] == "Verdict"
    )
    assert f"(20% to {new})" in verdict_cell
    findings = [row[0] for row in book["Tipping points"].iter_rows(values_only=True) if row and row[0]]
    assert any(f"from 20% to {new} and JOGMEC overtakes" in str(f) for f in findings)


def test_the_window_its_export_and_its_brief_quote_the_verdict_weight(
    qtbot, make_window, sample, state, tmp_path
):
    new = quoted(state)
    session = StudySession(StudyState.from_model(read_workbook(sample)), path=str(sample), source=str(sample))
    window = make_window(session)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.show_robustness()  # Analysis > How sure are we?
    panel = run_monte_carlo(qtbot, window)
    # How sure are we?: the verdict under the heat map and the One-way tab's findings
    assert f"(20% to {new}) puts JOGMEC first" in panel.verdict.text()
    panel.tabs.setCurrentIndex(ONE_WAY)
    qtbot.waitUntil(lambda: "overtakes" in panel.tipping_text.text(), timeout=20000)
    assert f"rises from 20% to {new}, JOGMEC overtakes Shin-Etsu Chemical" in panel.tipping_text.text()
    # File > Export results: the Acceptability verdict and the Tipping points findings
    export(qtbot, window, tmp_path / "results.xlsx")
    book = openpyxl.load_workbook(tmp_path / "results.xlsx", read_only=True)
    texts = [str(v) for name in ("Acceptability", "Tipping points") for row in book[name].iter_rows(values_only=True)
             for v in row if isinstance(v, str)]  # fmt: skip
    assert any(f"(20% to {new}) puts JOGMEC first" in t for t in texts)
    assert any(f"from 20% to {new} and JOGMEC overtakes" in t for t in texts)
    # File > Export briefing: the recommendation and the Tipping points list
    export_briefing(qtbot, window, tmp_path / "brief.docx")
    text = docx_text(tmp_path / "brief.docx")
    assert text.count(f"rises from 20% to {new}, JOGMEC overtakes") >= 2
