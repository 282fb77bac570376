"""Analysis > Evidence settings…: the room changes the confidence widths and the evidence age for
this study; the partners table's marks and tooltips, SMAA-2 and "Check these first" follow; one
undo step; saved in the workbook's Evidence settings sheet and read back as set (pytest-qt)."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from criteria.evidence import Confidence
from criteria.study import StudyState
from desktop.dialogs import evidence_settings as settings_dialog
from desktop.evidence_marks import OLD
from desktop.session import StudySession
from scoring.smaa import Study
from tests.desktop.test_evidence_marks import cell, painted
from workbooks.reader import read_workbook
from workbooks.sample import load_sample
from workbooks.writer import save_study


def action(window, text: str):
    menu = window.menu("&Analysis")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def type_into(qtbot, box, text: str) -> None:
    """Select what a spin box holds and type ``text`` over it, as a user does."""
    box.selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)


def test_widths_and_age_are_edited_undone_saved_and_read_back(qtbot, make_window, tmp_path, monkeypatch):
    path = tmp_path / "study.xlsx"
    save_study(path, load_sample())
    session = StudySession(StudyState.from_model(read_workbook(path)), path=str(path), source=str(path))
    window = make_window(session)
    window.resize(1800, 900)
    window.show()
    qtbot.waitExposed(window)
    panel, delegate = window.partners, window.partners.view.itemDelegate()
    model = session.state.model
    toyota_speed = cell(panel, model, "Toyota Tsusho + Sojitz", "Speed")  # low confidence, 2011, score 3
    toyota_capital = cell(panel, model, "Toyota Tsusho + Sojitz", "Capital")
    assert "Confidence: low, range 1 to 5" in delegate.tooltip(toyota_speed)
    assert "(older than 2 years)" in delegate.tooltip(toyota_speed)
    image, old = painted(panel, toyota_capital)
    assert image.pixelColor(old.left() + 4, old.bottom() - 3).name() == OLD.name()
    action(window, "Check these first").trigger()
    assert "older than 2 years" in window.check_first.legend.text()
    before = Study.of(session.state).values
    shown = {}

    def answer(dialog):  # the room types a wider low-confidence range and a longer age, then OK
        assert dialog.widths[Confidence.LOW].value() == 2 and dialog.age.value() == 2
        assert dialog.table.item(4, 4).text() == "±2"  # Speed, 1..10: low ±2 points
        type_into(qtbot, dialog.widths[Confidence.LOW], "3")
        type_into(qtbot, dialog.age, "30")
        shown["speed"] = [dialog.table.item(4, c).text() for c in range(dialog.table.columnCount())]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog.EvidenceSettingsDialog, "exec", answer)
    action(window, "Evidence settings…").trigger()
    assert shown["speed"] == ["Speed", "1 – 10", "±0.5", "±1", "±3"]
    settings = session.state.model.evidence_settings
    assert (settings.widths.low, settings.widths.high, settings.max_age_years) == (3, 0.5, 30)
    assert session.undo_stack.undoText() == "Evidence settings"
    # the marks, the tooltip, the check-first legend and SMAA-2's ranges follow at once
    tip = delegate.tooltip(toyota_speed)
    assert "Confidence: low, range 1 to 6" in tip and "older than" not in tip
    qtbot.waitUntil(lambda: _dot(panel, toyota_capital) != OLD.name())
    assert "older than 30 years" in window.check_first.legend.text()
    after = Study.of(session.state).values
    j = model.criterion_index("Speed")
    row = list(session.ranking.partners).index("Toyota Tsusho + Sojitz")
    assert before.high[row, j] == 5 and after.high[row, j] == 6
    assert (after.high - after.low).sum() > (before.high - before.low).sum()

    session.undo_stack.undo()
    assert session.state.model.evidence_settings == model.evidence_settings
    assert "range 1 to 5" in delegate.tooltip(toyota_speed)
    qtbot.waitUntil(lambda: _dot(panel, toyota_capital) == OLD.name())
    assert "older than 2 years" in window.check_first.legend.text()
    session.undo_stack.redo()

    assert window.files.save()
    sheet = load_workbook(path, read_only=True)["Evidence settings"]
    rows = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows == {
        "Confidence width high": 0.5,
        "Confidence width medium": 1,
        "Confidence width low": 3,
        "Evidence older than (years)": 30,
    }
    again = read_workbook(path)
    assert again == session.state.model and again.evidence_settings.widths.low == 3
    window.files.open(str(path))
    assert window.session.state.model.evidence_settings.max_age_years == 30
    assert "older than" not in delegate.tooltip(toyota_speed)

    steps = window.session.undo_stack.count()
    monkeypatch.setattr(
        settings_dialog.EvidenceSettingsDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted
    )
    action(window, "Evidence settings…").trigger()  # OK without a change: no step, nothing to save
    assert window.session.undo_stack.count() == steps and not window.session.is_dirty


def test_a_refused_value_names_the_cell_and_leaves_the_file_untouched(tmp_path):
    import hashlib

    import pytest

    from criteria.errors import InputError

    path = tmp_path / "study.xlsx"
    save_study(path, load_sample())
    book = load_workbook(path)
    sheet = book.create_sheet("Evidence settings")
    for row in (("Setting", "Value"), ("Confidence width low", "wide"), ("Evidence older than (years)", -1)):
        sheet.append(row)
    sheet.append(("Colour", 2))
    book.save(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(InputError) as error:
        read_workbook(path)
    messages = [str(p) for p in error.value.problems]
    assert messages == [
        "Evidence settings!B2: 'wide' is not a number (setting 'Confidence width low')",
        "Evidence settings!B3: Evidence older than (years) must be a number of years from 0 to 1000, not -1",
        "Evidence settings!A4: 'Colour' is not a setting (Confidence width high, Confidence width medium, "
        "Confidence width low, Evidence older than (years))",
    ]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def _dot(panel, index) -> str:
    image, rect = painted(panel, index)
    return image.pixelColor(rect.left() + 4, rect.bottom() - 3).name()
