"""The weight dialogs, driven through their real widgets (pytest-qt, offscreen)."""

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMenu

from criteria.ahp import analyse, consistent_matrix
from criteria.study import StudyState
from desktop.dialogs.ballots import BallotsExportDialog, BallotsImportDialog
from desktop.dialogs.criterion import CriterionDialog
from desktop.dialogs.weights_ahp import AhpDialog, judgement_text, ratio_text
from desktop.dialogs.weights_data import DataWeightsDialog
from desktop.dialogs.weights_direct import DirectDialog
from desktop.dialogs.weights_menu import add_weights_menu
from desktop.dialogs.weights_rank import RankDialog
from desktop.dialogs.weights_swing import SwingDialog
from desktop.session import StudySession
from tests.conftest import make_model

NAMES = ["Technology transfer", "Capital", "ESG", "Speed"]


@pytest.fixture
def session(qtbot):
    model = make_model(
        [[8, 5, 8, 3], [3, 7, 8, 7], [6, 6, 6, 7], [4, 9, 4, 7]],
        names=NAMES,
        weights=[0.25, 0.25, 0.25, 0.25],
    )
    session = StudySession(StudyState.from_model(model))
    yield session
    session.undo_stack.cleanChanged.disconnect()  # the stack outlives the session at interpreter exit


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_ahp_dialog_warns_about_inconsistency_and_its_suggestion_fixes_the_worst_judgement(qtbot, session):
    dialog = _open(qtbot, AhpDialog(session))
    assert len(dialog.sliders) == 6
    assert not dialog.warning.isVisible()  # all equal: perfectly consistent
    # consistent with 8 : 4 : 2 : 1 ...
    values = consistent_matrix([8, 4, 2, 1])
    for k, (i, j) in enumerate(dialog.pairs):
        dialog.set_judgement(k, values[i, j])
    assert dialog.result.consistency_ratio < 0.10
    assert not dialog.warning.isVisible()
    # ... except that Speed is now judged far above Technology transfer (row 2 of pairs: tech vs speed)
    row = dialog.pairs.index((0, 3))
    dialog.sliders[row].setValue(8)  # slider right: Speed extremely more important
    qtbot.waitUntil(lambda: dialog.warning.isVisible())
    cr_before = dialog.result.consistency_ratio
    assert cr_before > 0.10
    assert "consistency ratio" in dialog.warning.text() and "Technology transfer" in dialog.warning.text()
    assert "Speed" in dialog.warning.text()
    worst = dialog.result.worst
    assert (worst.row, worst.column) == (0, 3)
    assert dialog.suggest_button.isVisible()
    # the worst pair is highlighted and named on the button; the implied ratio is in words, not a bare number
    assert dialog.worst_row() == row and "bold" in dialog.texts[row].styleSheet()
    assert not any(dialog.texts[k].styleSheet() for k in range(len(dialog.pairs)) if k != row)
    assert "Technology transfer vs Speed" in dialog.suggest_button.text()
    assert (
        "times as important as" in dialog.warning.text() or "about equally important" in dialog.warning.text()
    )
    dialog.suggest_button.click()
    assert dialog.judgement(row) == pytest.approx(worst.suggested)
    assert dialog.result.consistency_ratio < cr_before
    # the dialog's weights are the eigenvector of what the sliders say
    assert dialog.weights == pytest.approx(analyse(dialog.matrix()).weights)


def test_ahp_dialog_apply_is_one_undo_step(qtbot, session):
    dialog = _open(qtbot, AhpDialog(session))
    dialog.sliders[0].setValue(-4)  # Technology transfer strongly (5) more important than Capital
    expected = dialog.weights
    assert dialog.matrix()[0, 1] == 5
    before = session.state.weights
    count = session.undo_stack.count()
    dialog.ask_apply_inconsistent = lambda text: True  # one strong judgement alone is inconsistent
    dialog.apply_button.click()
    assert session.state.weights == pytest.approx(expected)
    assert session.undo_stack.count() == count + 1
    session.undo_stack.undo()
    assert session.state.weights == pytest.approx(before)


def test_ahp_apply_asks_before_using_inconsistent_judgements_and_records_the_ratio(qtbot, session):
    dialog = _open(qtbot, AhpDialog(session))
    dialog.sliders[0].setValue(-8)  # Technology transfer extremely (9) more important than Capital
    ratio = dialog.result.consistency_ratio
    assert ratio > 0.10
    questions = []
    dialog.ask_apply_inconsistent = lambda text: questions.append(text) or False
    before = session.state.weights
    dialog.apply_button.click()
    assert session.state.weights == before and session.undo_stack.count() == 0  # refused: nothing applied
    assert f"{ratio:.2f}" in questions[0]
    assert "Technology transfer is extremely more important than Capital (9)" in questions[0]
    dialog.ask_apply_inconsistent = lambda text: True
    dialog.apply_button.click()
    assert session.state.weights_from == f"AHP (CR {ratio:.2f})"
    assert session.state.weights != before


def test_ahp_apply_of_consistent_judgements_asks_nothing(qtbot, session):
    dialog = _open(qtbot, AhpDialog(session))  # all equal: perfectly consistent
    dialog.ask_apply_inconsistent = lambda text: pytest.fail("asked about consistent judgements")
    dialog.apply_button.click()
    n = len(session.state.weights)
    assert session.state.weights == pytest.approx((1 / n,) * n)
    assert session.state.weights_from == "AHP (CR 0.00)"


def test_direct_dialog_shows_the_weights_before_applying(qtbot, session):
    dialog = _open(qtbot, DirectDialog(session))
    for box, points in zip(dialog.boxes, [40, 30, 20, 10], strict=True):
        box.setValue(points)
    assert dialog.preview.item(0, 2).text() == "40.0%"
    assert session.state.weights == pytest.approx([0.25] * 4)  # nothing applied yet
    dialog.strict.setChecked(True)
    dialog.boxes[3].setValue(5)
    assert not dialog.apply_button.isEnabled()
    assert "add up to 95, not 100" in dialog.message.text()
    dialog.boxes[3].setValue(10)
    dialog.apply_button.click()
    assert session.state.weights == pytest.approx([0.4, 0.3, 0.2, 0.1])


def test_rank_dialog_uses_rank_order_centroid(qtbot, session):
    dialog = _open(qtbot, RankDialog(session))
    assert dialog.criterion_order() == [0, 1, 2, 3]
    dialog.move(3, 0)  # Speed to the top
    assert dialog.criterion_order() == [3, 0, 1, 2]
    # Barron & Barrett (1996) ROC weights for four criteria
    assert dialog.weights == pytest.approx([0.2708, 0.1458, 0.0625, 0.5208], abs=6e-5)
    dialog.method.setCurrentIndex(dialog.method.findData("rs"))
    assert dialog.weights == pytest.approx([0.3, 0.2, 0.1, 0.4])


def test_swing_dialog(qtbot, session):
    dialog = _open(qtbot, SwingDialog(session))
    for box, rating in zip(dialog.boxes, [100, 50, 50, 0], strict=True):
        box.setValue(rating)
    assert dialog.weights == pytest.approx([0.5, 0.25, 0.25, 0])
    dialog.boxes[0].setValue(80)
    assert not dialog.apply_button.isEnabled() and "rated 100" in dialog.message.text()


def test_data_dialog_shows_every_method_beside_the_current_weights(qtbot, session):
    dialog = _open(qtbot, DataWeightsDialog(session))
    assert [dialog.preview.horizontalHeaderItem(c).text() for c in range(6)] == [
        "Criterion",
        "Now",
        "New",
        "Entropy",
        "CRITIC",
        "Standard deviation",
    ]
    assert dialog.preview.item(0, 3).text().endswith("%")
    dialog.method.setCurrentIndex(dialog.method.findData("critic"))
    assert dialog.weights == dialog.suggested["critic"]
    assert sum(dialog.weights) == pytest.approx(1)


def test_data_dialog_says_when_entropy_does_not_fit_instead_of_a_number(qtbot):
    # scores on 1-10 scales: an interval scale, where entropy's weights depend on the start
    model = make_model(
        [[8, 5, 8, 3], [3, 7, 8, 7], [6, 6, 6, 7], [4, 9, 4, 7]],
        names=NAMES,
        bounds=[(1, 10), (1, 10), (0, 10), (1, 10)],
    )
    session = StudySession(StudyState.from_model(model))
    dialog = _open(qtbot, DataWeightsDialog(session))
    qtbot.waitUntil(dialog.caveat.isVisible)
    text = dialog.caveat.text()
    assert "Entropy" in text and "'Technology transfer', 'Capital' and 'Speed'" in text
    assert "start at 1" in text and "CRITIC or standard deviation" in text
    assert [dialog.preview.item(row, 3).text() for row in range(4)] == ["-"] * 4  # no number
    assert dialog.method.currentData() == "critic" and dialog.apply_button.isEnabled()
    dialog.method.setCurrentIndex(dialog.method.findData("entropy"))
    assert dialog.weights is None and not dialog.apply_button.isEnabled()
    session.undo_stack.cleanChanged.disconnect()


def test_data_dialog_has_no_caveat_when_every_method_fits(qtbot, session):
    dialog = _open(qtbot, DataWeightsDialog(session))
    assert not dialog.caveat.isVisible() and dialog.method.currentData() == "entropy"


def test_ballots_round_trip_through_the_dialogs(qtbot, session, tmp_path):
    export = _open(qtbot, BallotsExportDialog(session))
    export.names.setPlainText("Ministry\nManufacturer\n")
    export.folder.setText(str(tmp_path))
    export._on_save_clicked()
    assert [p.name for p in export.written] == ["ballot-Ministry.xlsx", "ballot-Manufacturer.xlsx"]
    assert "Wrote 2 ballots" in export.message.text() and export.open_button.isEnabled()
    for path, points in zip(export.written, [[40, 30, 20, 10], [10, 20, 30, 40]], strict=True):
        book = load_workbook(path)
        for row, value in zip((2, 3, 4, 5), points, strict=True):
            book["Weights"].cell(row=row, column=3, value=value)
        book.save(path)
    dialog = _open(qtbot, BallotsImportDialog(session, [tmp_path]))
    assert dialog.group.weights == pytest.approx([0.25] * 4)
    assert dialog.disagreement.item(0, 5).text().startswith("Ministry") or dialog.disagreement.item(
        0, 5
    ).text().startswith("Manufacturer")
    assert dialog.rankings.columnCount() == 4
    assert "Used 2 of 2 ballots" in dialog.summary.text()
    assert dialog.participants.rowCount() == 2
    count = session.undo_stack.count()
    dialog.save_button.click()
    assert {s.name for s in session.state.model.scenarios} == {"Ministry", "Manufacturer", "Group"}
    assert "Saved 3 scenarios" in dialog.feedback.text()
    dialog.save_button.click()  # nothing new: no second undo step, and the dialog says so
    assert session.undo_stack.count() == count + 1
    assert "already in the study" in dialog.feedback.text()
    session.undo_stack.undo()
    assert session.state.model.scenarios == ()
    ministry = [b.participant for b in dialog.ballots].index("Ministry")
    dialog.importance[ministry].setValue(3.0)  # the ministry counts three times as much
    qtbot.waitUntil(lambda: dialog.group.weights[0] == pytest.approx((3 * 0.4 + 0.1) / 4))
    assert dialog.importance[ministry].value() == 3.0  # the rebuilt table keeps the setting


def test_menu_gets_the_actions(qtbot, session):
    menu = QMenu()
    qtbot.addWidget(menu)
    actions = add_weights_menu(menu, session, None)
    assert [a.text() for a in actions][-2:] == ["Send ballots...", "Read returned ballots..."]
    assert len(actions) == 7


def test_ahp_warning_words_the_implied_ratio_the_right_way_round():
    assert ratio_text("ESG", "Speed", 0.5) == "Speed about 2.0 times as important as ESG"
    assert ratio_text("ESG", "Speed", 1.05) == "ESG and Speed about equally important"
    assert judgement_text("ESG", "Speed", 1 / 3) == "Speed is moderately more important than ESG (3)"


def test_preview_columns_show_whole_percentages(qtbot, session):
    dialog = _open(qtbot, DirectDialog(session))
    preview = dialog.preview
    width = preview.fontMetrics().horizontalAdvance("100.0%")
    assert all(preview.columnWidth(c) > width for c in (1, 2))
    assert preview.minimumHeight() >= sum(preview.rowHeight(r) for r in range(preview.rowCount()))


def test_rank_dialog_moves_with_buttons_for_the_keyboard(qtbot, session):
    dialog = _open(qtbot, RankDialog(session))
    assert not dialog.up_button.isEnabled()  # the first row is selected
    dialog.order.setCurrentRow(3)
    dialog.up_button.click()
    dialog.up_button.click()
    assert dialog.criterion_order() == [0, 3, 1, 2]
    assert dialog.order.currentRow() == 1
    dialog.order.setCurrentRow(3)
    assert not dialog.down_button.isEnabled()
    assert dialog.weights == pytest.approx([0.5208, 0.1458, 0.0625, 0.2708], abs=6e-5)


def test_ballot_export_without_a_study_file_suggests_a_folder_and_never_overwrites_silently(
    qtbot, session, tmp_path
):
    export = _open(qtbot, BallotsExportDialog(session))
    assert export.folder.text()  # an unsaved study still gets a folder, not the working directory
    export.names.setPlainText("Nguyễn Văn An\nTrần Thị Bình\n")
    export.folder.setText(str(tmp_path))
    export._on_save_clicked()
    filled = tmp_path / "ballot-Nguyễn Văn An.xlsx"
    book = load_workbook(filled)
    book["Weights"].cell(row=2, column=3, value=50)
    book.save(filled)
    asked = []
    export.ask_overwrite = lambda paths: asked.append([p.name for p in paths]) or False
    export._on_save_clicked()
    assert asked == [["ballot-Nguyễn Văn An.xlsx", "ballot-Trần Thị Bình.xlsx"]]
    assert load_workbook(filled)["Weights"].cell(row=2, column=3).value == 50  # kept
    assert "Nothing written" in export.message.text()
    export.names.setPlainText("")
    export._on_save_clicked()
    assert "names" in export.message.text()


def test_ballot_import_names_the_broken_ballot_and_uses_the_rest(qtbot, session, tmp_path):
    export = _open(qtbot, BallotsExportDialog(session))
    export.names.setPlainText("Lê Hoàng Chi\nPhạm Đức Dũng\nVõ Thị Hà\n")
    export.folder.setText(str(tmp_path))
    export._on_save_clicked()
    for path, points in zip(export.written[:2], [[40, 30, 20, 10], [10, "abc", 30, 40]], strict=True):
        book = load_workbook(path)
        for row, value in zip((2, 3, 4, 5), points, strict=True):
            book["Weights"].cell(row=row, column=3, value=value)
        book.save(path)
    dialog = _open(qtbot, BallotsImportDialog(session, [tmp_path]))
    assert "Used 1 of 3 ballots: Lê Hoàng Chi. 2 left out" in dialog.summary.text()
    assert "[ballot-Phạm Đức Dũng.xlsx]Weights!C3: 'abc' is not a number" in dialog.problem_text.text()
    assert "ballot-Võ Thị Hà.xlsx" in dialog.problem_text.text()
    dialog.use_button.click()
    assert session.state.weights == pytest.approx([0.4, 0.3, 0.2, 0.1])
    assert session.undo_stack.undoText() == "Weights: group of 1 ballot"
    assert "now uses the group's weights" in dialog.feedback.text()


def test_criterion_dialog_refuses_an_empty_name_and_min_above_max(qtbot):
    dialog = CriterionDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled() and "name" in dialog.message.text()
    dialog.name.setText("Speed")
    assert dialog.ok_button.isEnabled()
    dialog.bounded.setChecked(True)
    dialog.low.setValue(10)
    dialog.high.setValue(5)
    assert not dialog.ok_button.isEnabled() and "Min must be below Max" in dialog.message.text()
    dialog.high.setValue(20)
    assert dialog.ok_button.isEnabled()
    assert dialog.form().low == 10 and dialog.form().high == 20
