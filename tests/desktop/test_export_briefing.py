"""Issue 11: File > Export briefing writes the brief of ``partner-scout brief`` from the window, in the
background, saying truthfully where the weights came from; a failed write says why and keeps the old file."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

import briefing.word
from criteria.i18n import ENGLISH, VIETNAMESE
from criteria.study import StudyState
from desktop.dialogs.files import brief_language
from desktop.dialogs.weights_ahp import AhpDialog
from desktop.session import StudySession
from tests.desktop.test_chart_export import SAMPLE_TITLE, export_answered
from tests.desktop.test_scenarios_panel import EXPORT_TIMEOUT_MS, run_monte_carlo
from tests.desktop.test_weights_provenance import choose
from workbooks.sample import load_sample, sample_path


def briefing_action(window):
    actions = [a for a in window.menuBar().actions() if a.text() == "&File"][0].menu().actions()
    texts = [a.text() for a in actions]
    assert texts.index("Export &briefing…") == texts.index("&Export results…") + 1
    return actions[texts.index("Export &briefing…")]


def export_briefing(qtbot, window, target, lang="en") -> list:
    """Trigger File > Export briefing with the save dialog answered; the suggestions it was offered."""
    offered = []

    def answer(suggested, default):
        offered.append((suggested, default))
        return str(target), lang

    window.files.ask_brief_path = answer
    with qtbot.waitSignal(window.files.briefed, timeout=EXPORT_TIMEOUT_MS) as written:
        briefing_action(window).trigger()
        cursor = QApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor  # not silent
        assert window.statusBar().currentMessage() == "Writing the briefing…"
    assert written.args == [str(target)]
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == f"Briefing written to {target}"
    return offered


def docx_text(path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return " ".join([p.text for p in document.paragraphs] + cells)


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def top_partner(session) -> str:
    return session.ranking.partners[int(session.ranking.order[0])]


def test_briefing_after_a_scenario_names_the_winner_the_method_and_the_scenario(
    qtbot, window, session, workbook
):
    choose(window, "Speed first")
    target = workbook.parent / "brief.docx"
    offered = export_briefing(qtbot, window, target)
    assert offered == [(str(workbook.parent / "study - brief.docx"), brief_language())]
    text = docx_text(target)
    assert f"{top_partner(session)} ranks first with Weighted sum (WSM)" in text
    assert "The weights of the scenario Speed first (Scenarios sheet)." in text
    assert "of 10,000 samples" in text  # no Monte Carlo run in the window: sampled as the CLI does


def test_briefing_after_ahp_and_a_hand_edit_says_the_weights_were_set_in_the_app(
    qtbot, window, session, tmp_path
):
    dialog = AhpDialog(session)
    qtbot.addWidget(dialog)
    dialog.apply_button.click()  # all judgements equal: equal weights, CR 0.00
    export_briefing(qtbot, window, tmp_path / "ahp.docx")
    assert "Weights set in the desktop app: “AHP (CR 0.00)”." in docx_text(tmp_path / "ahp.docx")

    window.weights.rows[0].spin.setValue(50.0)
    export_briefing(qtbot, window, tmp_path / "edited.pdf", lang="vi")
    text = pdf_text(tmp_path / "edited.pdf")
    assert "Trọng số được thiết lập trong ứng dụng máy tính: “AHP (CR 0,00), đã chỉnh tay”." in text
    assert top_partner(session) in text and "Tổng có trọng số (WSM)" in text


def test_briefing_uses_the_fresh_monte_carlo_run_of_the_window(qtbot, window, tmp_path):
    run_monte_carlo(qtbot, window, samples=500)
    export_briefing(qtbot, window, tmp_path / "mc.pdf")
    text = pdf_text(tmp_path / "mc.pdf")
    assert "of 500 samples" in text and "10,000" not in text
    assert "The weights of the workbook's Criteria sheet." in text


def test_briefing_to_a_folder_or_a_failed_write_says_why_and_keeps_the_old_file(
    qtbot, window, tmp_path, monkeypatch
):
    errors = []
    window.files.show_error = lambda title, text: errors.append((title, text))
    out = tmp_path / "out"
    folder = out / "a folder.docx"
    folder.mkdir(parents=True)
    window.files.ask_brief_path = lambda suggested, default: (str(folder), "en")
    with qtbot.waitSignal(window.files.briefer.failed, timeout=EXPORT_TIMEOUT_MS):
        briefing_action(window).trigger()
    assert errors[0][0] == "The briefing was not written" and "the path is a folder" in errors[0][1]
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""

    old = out / "brief.docx"
    old.write_bytes(b"the old brief")

    def half_written(document, path):
        open(path, "wb").write(b"PK half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(briefing.word, "write_docx", half_written)
    window.files.ask_brief_path = lambda suggested, default: (str(old), "en")
    with qtbot.waitSignal(window.files.briefer.failed, timeout=EXPORT_TIMEOUT_MS):
        briefing_action(window).trigger()
    assert errors[1][0] == "The briefing was not written" and "the disk is full" in errors[1][1]
    assert old.read_bytes() == b"the old brief"
    assert sorted(p.name for p in out.iterdir()) == ["a folder.docx", "brief.docx"]  # no temporary file


def test_cancelled_briefing_dialog_writes_nothing(window):
    window.files.ask_brief_path = lambda suggested, default: None
    assert not window.files.export_briefing()
    assert not window.files.briefer.running and QApplication.overrideCursor() is None


def test_the_save_dialogs_file_type_chooses_format_and_language(window, tmp_path, monkeypatch, language):
    """The file types are in the interface's language (they were English in Vietnamese)."""
    language.apply(VIETNAMESE)  # View > Language: Tiếng Việt
    asked, answers = [], [(str(tmp_path / "brief"), "PDF, tiếng Anh (*.pdf)")]

    def answer(parent, title, suggested, filters, selected):
        asked.append((filters, selected))
        return answers.pop(0)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    assert window.files.ask_brief_path("study - bản tóm tắt.docx", brief_language()) == (
        str(tmp_path / "brief.pdf"),
        "en",
    )
    types = "Tài liệu Word, tiếng Việt (*.docx);;Tài liệu Word, tiếng Anh (*.docx);;PDF, tiếng Việt (*.pdf);;PDF, tiếng Anh (*.pdf)"
    assert asked == [(types, "Tài liệu Word, tiếng Việt (*.docx)")]  # first in the interface's language
    # a name typed with the other format's suffix keeps it (no "brief.pdf.docx"); the language is the type's
    answers.append((str(tmp_path / "brief.PDF"), "Tài liệu Word, tiếng Việt (*.docx)"))
    assert window.files.ask_brief_path("study - brief.docx", "en") == (str(tmp_path / "brief.PDF"), "vi")
    language.apply(ENGLISH)
    answers.append((str(tmp_path / "brief"), "PDF, Tiếng Việt (*.pdf)"))
    assert window.files.ask_brief_path("study - brief.docx", "en") == (str(tmp_path / "brief.pdf"), "vi")
    english = "Word document, Tiếng Việt (*.docx);;Word document, English (*.docx);;PDF, Tiếng Việt (*.pdf);;PDF, English (*.pdf)"
    assert asked[-1] == (english, "Word document, English (*.docx)")


def suggestions(window) -> tuple[Path, Path]:
    """The paths File > Export results and Export briefing suggest (both dialogs cancelled)."""
    offered = []
    window.files.ask_save_path = lambda title, suggested: offered.append(suggested)
    window.files.ask_brief_path = lambda suggested, default: offered.append(suggested)
    assert not window.files.export_results() and not window.files.export_briefing()
    return Path(offered[0]), Path(offered[1])


def test_export_names_are_in_the_interfaces_language_and_the_title_as_written(window, workbook, language):
    """In Vietnamese the suggested names were "study results.xlsx" and "study brief.docx"."""
    assert suggestions(window) == (
        workbook.parent / "study - results.xlsx",
        workbook.parent / "study - brief.docx",
    )
    language.apply(VIETNAMESE)
    assert suggestions(window) == (
        workbook.parent / "study - kết quả.xlsx",
        workbook.parent / "study - bản tóm tắt.docx",
    )


def test_exports_of_a_study_with_no_folder_suggest_the_last_folder_exported_to(
    qtbot, make_window, tmp_path, monkeypatch
):
    """After a chart was saved to /tmp/walk, Export results and Export briefing opened at home."""
    with sample_path() as path:
        window = make_window(StudySession(StudyState.from_model(load_sample()), source=str(path)))
    window.show()
    window.load_charts()
    walk, briefs, results = (tmp_path / name for name in ("walk", "briefs", "results"))
    for folder in (walk, briefs, results):
        folder.mkdir()
    export_answered(monkeypatch, window.charts.contributions, walk / "chart.svg")
    # the sample has no folder of its own: its title, in the folder of the last export
    assert suggestions(window) == (
        walk / f"{SAMPLE_TITLE} - results.xlsx",
        walk / f"{SAMPLE_TITLE} - brief.docx",
    )

    export_briefing(qtbot, window, briefs / "for the board.docx")
    assert suggestions(window)[0] == briefs / f"{SAMPLE_TITLE} - results.xlsx"

    window.files.ask_save_path = lambda title, suggested: str(results / "numbers.xlsx")
    with qtbot.waitSignal(window.files.exported, timeout=EXPORT_TIMEOUT_MS):
        window.files.export_results()
    assert suggestions(window)[1] == results / f"{SAMPLE_TITLE} - brief.docx"
    chart = export_answered(monkeypatch, window.charts.contributions, results / "chart.png")
    assert chart == results / f"{SAMPLE_TITLE} - contributions.png"  # one last folder for every export


def test_a_failed_export_is_said_in_the_apps_language(qtbot, window, tmp_path, language):
    """In Vietnamese, exporting the results into a folder that is gone said
    "cannot write …: the folder does not exist" in English."""
    language.apply(VIETNAMESE)
    errors = []
    window.files.show_error = lambda title, text: errors.append((title, text))
    target = tmp_path / "gone" / "results.xlsx"
    window.files.ask_save_path = lambda title, suggested: str(target)
    with qtbot.waitSignal(window.files.exporter.failed, timeout=EXPORT_TIMEOUT_MS):
        assert window.files.export_results()
    assert errors == [("Chưa xuất được kết quả", f"không ghi được {target}: thư mục không tồn tại")]


def test_a_brief_of_a_study_never_saved_names_no_workbook_and_is_titled_in_its_language(
    qtbot, make_window, tmp_path
):
    """It said it was prepared "from the workbook Untitled study.xlsx", a file that does not exist,
    under the English title "Untitled study" in the Vietnamese brief too."""
    window = make_window(StudySession(StudyState.from_model(load_sample())))  # from memory: no file
    window.show()
    export_briefing(qtbot, window, tmp_path / "brief.docx", lang=VIETNAMESE)
    text = docx_text(tmp_path / "brief.docx")
    assert text.startswith("Nghiên cứu chưa đặt tên")
    assert "từ một nghiên cứu chưa được lưu thành tệp Excel." in text and "Untitled" not in text
