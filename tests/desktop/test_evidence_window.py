"""The main window carries the evidence: marks on the partners table, the Evidence dialog in the
Analysis menu, and the "Check these first" dock."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from criteria.study import StudyState
from desktop.dialogs import evidence as evidence_dialog
from desktop.evidence_marks import EvidenceDelegate
from desktop.panels.check_first import CheckFirstPanel
from desktop.session import StudySession
from workbooks.sample import load_sample


def action(window, text: str):
    menu = window.menu("&Analysis")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_the_window_marks_evidence_edits_it_and_lists_what_to_check_first(qtbot, make_window, monkeypatch):
    session = StudySession(StudyState.from_model(load_sample()))
    window = make_window(session)
    assert isinstance(window.partners.view.itemDelegate(), EvidenceDelegate)

    model = session.state.model
    i, j = model.partner_index("Toyota Tsusho + Sojitz"), model.criterion_index("Capital")
    session.set_selection((i,))

    def answer(dialog):  # the user picks Capital, types a Low and presses OK
        dialog.criterion.setCurrentIndex(j)
        dialog.low.setText("6")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(evidence_dialog.EvidenceDialog, "exec", answer)
    action(window, "Evidence for a score…").trigger()
    assert session.state.model.evidence_cells()[i, j].low == 6
    session.undo_stack.undo()
    assert session.state.model.evidence_cells()[i, j].low is None
    action(window, "Check these first").trigger()
    assert isinstance(window.docks["Check these first"].widget(), CheckFirstPanel)
    window.check_first.start()
    qtbot.waitUntil(lambda: window.check_first.result is not None, timeout=60000)
    assert window.check_first.table.rowCount() == 77
