"""The criterion and value-function dialogs say the core's rules in the interface's language, and
a level that keeps out the better values is pointed out (issue 14, gaps 3 and 5). Real widgets."""

from __future__ import annotations

import dataclasses

from criteria.i18n import VIETNAMESE
from desktop.dialogs.criterion import CriterionDialog
from desktop.dialogs.value_function import ValueFunctionDialog
from tests.desktop.conftest import study_model
from tests.desktop.test_translations import english_left, open_dialog, visible_texts

MONTHS = 4  # a cost criterion of the study


def test_value_function_rules_are_said_in_vietnamese(qtbot, language):
    language.apply(VIETNAMESE)
    dialog = open_dialog(
        qtbot, ValueFunctionDialog(None, "Capital", True, ((0.0, 0.0), (5.0, 0.8), (9.0, 0.5)))
    )
    assert dialog.message.isVisible() and not dialog.ok_button.isEnabled()
    assert dialog.message.text() == (
        "Điểm nút 3: điểm 0,5 tại 9 thấp hơn 0,8 tại 5; trên tiêu chí lợi ích, giá trị cao hơn "
        "không được có điểm thấp hơn"
    )
    dialog.table.item(2, 1).setText("1,5")  # typed by the user: a score outside 0..1
    assert dialog.message.text() == "Điểm nút 3: điểm 1,5 nằm ngoài khoảng 0..1"
    dialog.table.item(1, 0).setText("9")
    dialog.table.item(2, 1).setText("1")
    assert "giá trị 9 được nhập hai lần" in dialog.message.text()
    assert english_left(visible_texts(dialog), data=["Capital"]) == []


def test_a_minimum_on_a_cost_criterion_is_pointed_out(qtbot):
    months = study_model().criteria[MONTHS]
    dialog = open_dialog(qtbot, CriterionDialog(None, months))
    assert not dialog.level_note.isVisible()
    tick, box = dialog.levels["minimum"]
    tick.click()
    box.setValue(24)
    assert dialog.level_note.isVisible() and dialog.ok_button.isEnabled()  # allowed, but said
    assert dialog.level_note.text().startswith(
        "Minimum 24 on cost criterion 'Months' leaves out the partners below it, whose lower values are better"
    )
    dialog.direction.setCurrentIndex(0)  # benefit: a Minimum is what it needs
    assert not dialog.level_note.isVisible()
    maximum, _ = dialog.levels["maximum"]
    maximum.click()  # a Maximum on a benefit criterion: said the same way
    assert "is usually a Minimum" in dialog.level_note.text()


def test_the_level_note_in_vietnamese(qtbot, language):
    language.apply(VIETNAMESE)
    months = dataclasses.replace(study_model().criteria[MONTHS], minimum=24.0)
    dialog = open_dialog(qtbot, CriterionDialog(None, months))
    assert dialog.level_note.text().startswith("Mức tối thiểu 24 trên tiêu chí chi phí 'Months'")
    assert english_left(visible_texts(dialog), data=["Months", "months"]) == []


def test_the_opened_notice_is_in_vietnamese(qtbot, language, window, tmp_path):
    """The status line after opening a workbook whose cells were not all read as written: a number
    stored as text and a Minimum on a cost criterion, said in the interface's language."""
    from openpyxl import load_workbook

    language.apply(VIETNAMESE)
    awkward = tmp_path / "awkward.xlsx"
    book = load_workbook(window.session.path)
    book["Partners"]["D2"] = str(book["Partners"]["D2"].value)
    criteria = book["Criteria"]
    header = [cell.value for cell in criteria[1]]
    criteria.cell(1, len(header) + 1, "Minimum")
    criteria.cell(MONTHS + 2, len(header) + 1, 24)  # the cost criterion Months
    book.save(awkward)
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert window.files.open(awkward)
    notice = window.statusBar().currentMessage()
    assert notice.startswith(
        "Đã mở awkward.xlsx. Lưu ý: các số lưu dưới dạng văn bản đã được đọc thành số: Partners!D2"
    )
    assert "Mức tối thiểu 24 trên tiêu chí chi phí 'Months'" in notice
    assert english_left([notice], data=["Months", "Partners", "Criteria", "awkward", "xlsx"]) == []
