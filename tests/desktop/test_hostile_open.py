"""The app's Open and Save on hostile workbooks, through the real window: a bad cell of the newer
sheets is one problem in the problems dialog (in the interface's language), the open study stays;
a study read from an oddly named file saves like any other."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from criteria.i18n import VIETNAMESE
from desktop.i18n import current_language
from tests.workbooks.hostile import study
from workbooks.reader import read_workbook


def test_a_study_opened_from_an_xlsx_named_xls_saves_with_its_other_sheets(qtbot, window, session, tmp_path):
    # the reader opens it by its content; Save raised openpyxl's InvalidFileException, uncaught
    source = study(tmp_path / "study.xlsx").rename(tmp_path / "Đánh giá 2026.xls")
    before = source.read_bytes()
    with qtbot.waitSignal(window.files.opened, timeout=30_000):
        assert window.files.open(source)
    assert session.path == str(source)
    window.weights.rows[0].spin.setValue(50.0)  # an edit, then Save over the file it came from
    assert window.files.save_to(tmp_path / "saved.xlsx")
    assert "Read me" in load_workbook(tmp_path / "saved.xlsx").sheetnames
    assert source.read_bytes() == before


def test_vikor_v_true_is_one_problem_in_vietnamese_and_the_study_stays(
    qtbot, window, session, language, tmp_path
):
    # TRUE in the Study settings sheet's VIKOR v was read as v = 1 and the study opened
    bad = study(tmp_path / "bad.xlsx", {("Study settings", 3, 2): True})
    before, state = bad.read_bytes(), session.state
    shown = []
    window.files.show_problems = lambda title, error: shown.append(error)
    language.apply(VIETNAMESE)
    with qtbot.waitSignal(window.files.open_failed, timeout=30_000):
        assert window.files.open(bad)
    (error,) = shown
    assert error.summary(lang=current_language()) == (  # the dialog's words
        "Study settings!B3: TRUE là giá trị đúng/sai, không phải là số (thiết lập 'VIKOR v')"
    )
    assert session.state is state and bad.read_bytes() == before


@pytest.mark.parametrize("name", ["csv.xlsx", "locked.xlsx"])
def test_a_file_that_is_no_workbook_is_named_in_the_dialog(qtbot, window, session, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(
        b"Partner,Tech\nA,1\n"
        if name == "csv.xlsx"
        else b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + "EncryptedPackage".encode("utf-16-le")
    )
    shown = []
    window.files.show_problems = lambda title, error: shown.append(error)
    with qtbot.waitSignal(window.files.open_failed, timeout=30_000):
        assert window.files.open(path)
    (error,) = shown
    (problem,) = error.problems
    assert problem.message.startswith(name) and ("CSV" in problem.message or "password" in problem.message)
    said = error.summary(lang=VIETNAMESE)  # what the dialog shows in Vietnamese (was English)
    assert said.startswith(name) and ("không phải tệp Excel" in said or "mật khẩu" in said), said


def test_the_notice_of_cells_read_other_than_written_follows_the_language(qtbot, window, session, language,
                                                                         tmp_path):  # fmt: skip
    # "Opened x.xlsx. Note: numbers stored as text were read as numbers: ..." stayed English
    changes = {("Partners", 2, 4): "8", ("Partners", 3, 1): "Al pha", ("Partners", 4, 1): "Al\u00a0pha"}
    path = study(tmp_path / "awkward.xlsx", changes, drop=("Evidence",))
    language.apply(VIETNAMESE)
    with qtbot.waitSignal(window.files.opened, timeout=30_000):
        assert window.files.open(path)
    assert window.statusBar().currentMessage() == (
        "Đã mở awkward.xlsx. Lưu ý: các số lưu dưới dạng văn bản đã được đọc thành số: Partners!D2 '8'; "
        "Partners!A4: đối tác 'Al\\xa0pha' trông giống hệt 'Al pha' ở hàng 3 "
        "(chỉ khác nhau ở dấu cách hoặc ký tự vô hình)"
    )


def test_a_study_whose_workbook_was_replaced_by_garbage_still_saves(
    qtbot, window, session, workbook, tmp_path
):
    # the file the study came from became a CSV text (or was damaged) while it was open: Save and
    # Save As both failed on it ("is a text (CSV) file"), so the room's edits could not be saved anywhere
    window.weights.rows[0].spin.setValue(50.0)
    workbook.write_text("Partner,Capital\nA,1\n")
    told = []
    window.files.show_error = lambda title, text: told.append((title, text))
    out = tmp_path / "rescued.xlsx"
    assert window.files.save_to(out)
    ((title, text),) = told
    assert title == "Saved without the workbook's other sheets"
    assert text.startswith("study.xlsx is a text (CSV) file") and "could not be copied" in text
    saved = read_workbook(out)
    assert saved.criteria[0].weight == pytest.approx(0.5) and saved.partners == session.state.model.partners
    assert session.path == str(out) and not window.isWindowModified()
