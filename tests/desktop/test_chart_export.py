"""Chart exports show what the screen shows, names included, with a footer saying what they are of.

Files are read back: SVG text and PDF text (``pdftotext``, poppler-utils) must hold every
partner name shown and the footer; a PNG must have the figure's size at the export
dpi and ink where the names are. The Export button suggests "<study title> - contributions.png"
(the workbook's front matter, else its file name, else "Untitled study") next to the workbook,
else in the last folder used, and the footer names the study by the same title.
"""

from __future__ import annotations

import datetime
import html
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog

from criteria.i18n import MONTHS
from criteria.study import StudyState
from desktop.charts.context import chart_context, default_export_path
from desktop.charts.export import PNG_DPI
from desktop.session import StudySession
from desktop.settings import Settings
from workbooks.front_matter import data_notice
from workbooks.sample import load_sample, sample_path

NOTICE = "ILLUSTRATIVE DATA - NOT AN ASSESSMENT OF REAL ORGANISATIONS"
SAMPLE_TITLE = "Partners for Vietnam's rare-earth processing build-out"  # the sample's Read me sheet


@pytest.fixture
def charted(qtbot, make_window):
    with sample_path() as path:
        session = StudySession(StudyState.from_model(load_sample()), source=str(path))
        window = make_window(session)
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        window.load_charts()
        canvas = window.charts.contributions.canvas
        qtbot.waitUntil(lambda: canvas.up_to_date and canvas.paints > 0)
        yield window


def shown_names(window) -> list[str]:
    return [t.get_text() for t in window.charts.contribution_plot.name_texts if t.get_text()]


def footer_of(window) -> str:
    return chart_context(window.session).footer


def test_the_sample_footer_names_study_method_weights_date_and_notice(charted):
    footer = chart_context(charted.session, today=datetime.date(2026, 12, 6)).footer
    assert footer.startswith(f"Partner Scout: {SAMPLE_TITLE} · ") and "Weighted sum (WSM)" in footer
    assert " · 6 December 2026\n" in footer  # written out as the brief writes it
    assert "weights Technology transfer 20%" in footer
    assert footer.endswith(NOTICE)
    charted.session.apply_scenario("S1 Ministry")
    assert "weights of scenario S1 Ministry" in footer_of(charted)


@pytest.mark.parametrize("fmt", ["svg", "pdf"])
def test_vector_exports_hold_every_name_shown_and_the_footer(charted, tmp_path, fmt):
    canvas = charted.charts.contributions.canvas
    path = canvas.export(tmp_path / f"chart.{fmt}", footer=footer_of(charted))
    if fmt == "svg":
        text = path.read_text(encoding="utf-8")
    else:
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    flat = " ".join(text.split())
    names = shown_names(charted)
    assert len(names) >= 10
    for name in names:
        assert " ".join(name.replace("&", "&amp;" if fmt == "svg" else "&").split()) in flat, name
    assert NOTICE in flat and SAMPLE_TITLE in flat


def test_png_export_has_the_figures_size_and_ink_where_the_names_are(qtbot, charted, tmp_path):
    canvas = charted.charts.contributions.canvas
    qtbot.waitUntil(lambda: canvas.up_to_date)  # after the docks' deferred first sizing, if it moved them
    figure = canvas.figure
    plot = charted.charts.contribution_plot
    boxes = [(t.get_text(), t.get_window_extent(canvas.get_renderer())) for t in plot.name_texts[: plot.rows]]
    plain = Image.open(canvas.export(tmp_path / "plain.png"))
    scale = PNG_DPI / figure.dpi
    assert plain.size == (round(figure.bbox.width * scale), round(figure.bbox.height * scale))
    pixels = np.asarray(plain.convert("L"))
    for name, box in boxes:  # the area of every name holds dark glyphs
        x0, x1 = int(box.x0 * scale), int(box.x1 * scale)
        top, bottom = int(pixels.shape[0] - box.y1 * scale), int(pixels.shape[0] - box.y0 * scale)
        assert (pixels[top:bottom, x0:x1] < 100).sum() > 20, name
    footed = Image.open(canvas.export(tmp_path / "footed.png", footer=footer_of(charted)))
    assert footed.size[0] == plain.size[0] and footed.size[1] > plain.size[1]  # the footer goes below
    below = np.asarray(footed.convert("L"))[plain.size[1] :]
    assert (below < 128).sum() > 200  # the footer's text
    # the chart itself is as on screen: the footed image starts with the plain one (give or take
    # the pixel row the saved area's edge rounds to)
    footed_pixels = np.asarray(footed.convert("L")).astype(int)
    height = plain.size[1] - 4
    mismatch = min(
        (np.abs(footed_pixels[2 + dy : 2 + dy + height] - pixels[2 : 2 + height]) > 40).mean()
        for dy in (-2, -1, 0, 1, 2)
    )
    assert mismatch < 1e-3


def test_export_button_suggests_the_study_name_next_to_the_workbook(qtbot, window, tmp_path, monkeypatch):
    window.load_charts()
    asked = {}

    def answer(_parent, _title, suggested, _filter):
        asked["path"] = suggested
        return str(tmp_path / "out" / "mine.svg"), ""

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    window.charts.contributions.export_dialog()
    workbook = Path(window.session.path)
    assert Path(asked["path"]) == workbook.parent / f"{workbook.stem} - contributions.png"
    assert "Partner Scout: study" in (tmp_path / "out" / "mine.svg").read_text(encoding="utf-8")
    assert Settings().export_folder() == tmp_path / "out"  # remembered for studies with no folder


def test_default_export_path_never_uses_the_programs_folder(tmp_path):
    context = chart_context(StudySession(StudyState.from_model(load_sample())))
    assert context.folder is None  # an unsaved study
    assert default_export_path(context, "weights", tmp_path) == tmp_path / "Untitled study - weights.png"
    assert default_export_path(context, "weights", None).parent == Path.home()
    odd = context.__class__('Plan: "A/B"?', None, "")
    assert default_export_path(odd, "contributions", tmp_path).name == "Plan A B - contributions.png"
    long = context.__class__("A study title that goes on " * 10, None, "")
    name = default_export_path(long, "contributions", tmp_path).name
    study = name.removesuffix(" - contributions.png")
    assert len(name) <= 124 and long.study.startswith(study + " ")  # cut at a word


def svg_text(path: Path) -> str:
    """The SVG's text elements, one line of text each, joined (a footer wraps at the chart's width)."""
    lines = re.findall(r"<text[^>]*>([^<]*)</text>", path.read_text(encoding="utf-8"))
    return html.unescape(" ".join(" ".join(line.split()) for line in lines))


def export_answered(monkeypatch, chart_view, target: Path) -> Path:
    """Press a chart's Export… with the save dialog answered ``target``; the path it suggested."""
    asked = {}

    def answer(_parent, _title, suggested, _filter):
        asked["path"] = suggested
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    chart_view.export_dialog()
    return Path(asked["path"])


def test_the_sample_exports_under_its_title_in_the_last_folder(charted, tmp_path, monkeypatch):
    Settings().set_export_folder(tmp_path)  # the sample has no folder of its own: the last one used
    target = tmp_path / "mine.svg"
    suggested = export_answered(monkeypatch, charted.charts.contributions, target)
    assert suggested == tmp_path / f"{SAMPLE_TITLE} - contributions.png"
    svg = svg_text(target)
    assert f"Partner Scout: {SAMPLE_TITLE} · Weighted sum (WSM)" in svg and NOTICE in svg


def test_a_titled_workbook_exports_under_its_title_next_to_it(qtbot, make_window, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from workbooks.reader import read_workbook
    from workbooks.writer import save_study

    path = tmp_path / "work" / "draft 3.xlsx"
    path.parent.mkdir()
    save_study(path, load_sample())
    book = load_workbook(path)
    book.create_sheet("Title")["A1"] = "Rare earths: who to partner with?"
    book.save(path)
    window = make_window(
        StudySession(StudyState.from_model(read_workbook(path)), path=str(path), source=str(path))
    )
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.load_charts()
    Settings().set_export_folder(tmp_path)  # not used: the workbook has a folder
    target = tmp_path / "out.svg"
    suggested = export_answered(monkeypatch, window.charts.contributions, target)
    # ":" and "?" are not allowed in file names; the footer keeps the title as written
    assert suggested == path.parent / "Rare earths who to partner with - contributions.png"
    assert "Partner Scout: Rare earths: who to partner with? · Weighted sum (WSM)" in svg_text(target)


def test_a_new_study_exports_as_untitled_study_in_both_languages(window, tmp_path, monkeypatch, language):
    from tests.desktop.test_new_study import action

    action(window, "New from template").trigger()
    assert window.session.path is None and window.session.source is None
    Settings().set_export_folder(tmp_path)
    window.load_charts()
    suggested = export_answered(monkeypatch, window.charts.contributions, tmp_path / "new.svg")
    assert suggested == tmp_path / "Untitled study - contributions.png"
    assert window.windowTitle().startswith("Untitled study")  # one wording for a study with no name
    assert "Partner Scout: Untitled study · Weighted sum (WSM)" in svg_text(tmp_path / "new.svg")
    language.apply("vi")
    suggested = export_answered(monkeypatch, window.charts.contributions, tmp_path / "moi.svg")
    assert suggested == tmp_path / "Nghiên cứu chưa đặt tên - contributions.png"
    assert window.windowTitle().startswith("Nghiên cứu chưa đặt tên")
    assert "Partner Scout: Nghiên cứu chưa đặt tên · " in svg_text(tmp_path / "moi.svg")
    # File > Save as offers the same name as a workbook there ("study.xlsx" at home, in English)
    offered = []
    window.files.ask_save_path = lambda title, suggested: offered.append(suggested)  # cancelled
    window.files.save_as()
    assert offered == [str(tmp_path / "Nghiên cứu chưa đặt tên.xlsx")]


def test_data_notice_is_the_read_me_sheets_notice_line(workbook):
    with sample_path() as path:
        assert data_notice(path) == NOTICE
    assert data_notice(workbook) == ""  # a study without a Read me sheet
    assert data_notice(None) == "" and data_notice(workbook.with_name("missing.xlsx")) == ""


def test_the_footers_date_is_written_as_the_brief_writes_it_in_both_languages(
    charted, tmp_path, monkeypatch, language
):
    """The footer said "2026-12-06" in Vietnamese too, where the brief says "ngày 6 tháng 12 năm 2026"."""
    today = datetime.date.today()
    Settings().set_export_folder(tmp_path)
    export_answered(monkeypatch, charted.charts.contributions, tmp_path / "en.svg")
    english = svg_text(tmp_path / "en.svg")
    assert f" · {today.day} {MONTHS[today.month - 1]} {today.year} {NOTICE}" in english
    language.apply("vi")
    export_answered(monkeypatch, charted.charts.contributions, tmp_path / "vi.svg")
    vietnamese = svg_text(tmp_path / "vi.svg")
    assert f" · ngày {today.day} tháng {today.month} năm {today.year} {NOTICE}" in vietnamese
    assert today.isoformat() not in english + vietnamese
