"""briefing.write_brief: atomic writes, no Qt, a chart whose font has every Vietnamese letter."""

from __future__ import annotations

import subprocess
import sys
import warnings

import numpy as np
import pytest

import briefing.pdf
import briefing.word
from briefing import write_brief
from briefing.chart import contributions_png, png_aspect, tick_decimals
from briefing.content import WORKBOOK, WeightSource, build_content
from criteria.errors import OutputError, UsageError
from criteria.i18n import Language
from criteria.study import StudyState
from scoring import rank
from workbooks.front_matter import read_front_matter
from workbooks.sample import load_sample, sample_path


@pytest.fixture(scope="module")
def content():
    with sample_path() as path:
        front = read_front_matter(path)
    state = StudyState.from_model(load_sample())
    return build_content(
        state, front, source="sample.xlsx", weight_source=WeightSource(WORKBOOK), samples=300
    )


@pytest.mark.parametrize(
    ("suffix", "module", "name"),
    [(".pdf", briefing.pdf, "write_pdf"), (".docx", briefing.word, "write_docx")],
)
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
    content, tmp_path, monkeypatch, suffix, module, name
):
    target = tmp_path / f"brief{suffix}"
    target.write_bytes(b"the old brief")

    def half_written(document, path):
        open(path, "wb").write(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, name, half_written)
    with pytest.raises(OutputError, match="the disk is full"):
        write_brief(target, content, "en")
    assert target.read_bytes() == b"the old brief"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_only_docx_and_pdf_are_written(content, tmp_path):
    with pytest.raises(UsageError, match="written as .docx or .pdf"):
        write_brief(tmp_path / "brief.odt", content)
    assert list(tmp_path.iterdir()) == []


def test_the_chart_draws_vietnamese_names_without_missing_glyphs():
    state = StudyState.from_model(load_sample())
    ranking = rank(state)
    rows = ranking.order
    names = [ranking.partners[k] for k in rows]
    assert any("ư" in n or "ả" in n for n in names)  # Trident + Hưng Hải
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)"
        png = contributions_png(names, [int(ranking.ranks[k]) for k in rows], [float(ranking.scores[k]) for k in rows],
                                ranking.contributions[rows], ["Chuyển giao công nghệ", "Vốn", "Uy tín ESG", "Địa chính trị", "Tốc độ"],
                                Language("vi"), "Trọng số")  # fmt: skip
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert 0.5 < png_aspect(png) < 1.5  # 16 bars and a legend on a text-wide figure


def test_writing_a_brief_loads_no_qt(tmp_path):
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from desktop.cli import main\n"
        f"assert main(['brief', {str(_sample_file(tmp_path))!r}, '--out', {str(tmp_path / 'b.pdf')!r}, '--samples', '50']) == 0\n"
        "loaded = [m for m, module in sys.modules.items() if module is not None]\n"
        "assert not [m for m in loaded if m.startswith(('PySide6', 'matplotlib.backends.backend_qt'))], loaded\n"
        "assert 'scipy' not in loaded  # a 1 s import the brief has no use for (benchmarks: brief_cli_s)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def _sample_file(folder):
    from workbooks.sample import copy_sample

    return copy_sample(folder / "sample.xlsx")


@pytest.mark.parametrize(
    ("ticks", "digits"), [([0, 0.1, 0.2], 1), ([0, 0.02, 0.04], 2), ([0, 0.25, 0.5], 2), ([0, 5, 10], 0)]
)
def test_axis_labels_have_thetick_decimals_their_step_needs(ticks, digits):
    assert tick_decimals(np.array(ticks)) == digits
