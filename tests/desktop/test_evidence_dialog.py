"""EvidenceDialog: shows a score's evidence, hands back what was typed; the session applies it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from criteria import edits
from criteria.study import StudyState
from desktop.dialogs.evidence import EvidenceDialog
from desktop.session import StudySession
from workbooks.sample import load_sample


@pytest.fixture
def sample_session(qapp):
    return StudySession(StudyState.from_model(load_sample()))


def test_the_dialog_shows_the_chosen_cell_and_an_edit_is_one_undo_step(qtbot, sample_session):
    model = sample_session.state.model
    i, j = model.partner_index("Shin-Etsu Chemical"), model.criterion_index("Speed")
    dialog = EvidenceDialog(model, i, j)
    qtbot.addWidget(dialog)
    record = model.evidence_cells()[i, j]
    assert (dialog.low.text(), dialog.high.text(), dialog.note.text()) == ("5", "8", record.note)
    assert dialog.score.text() == "7" and dialog.confidence.currentText() == "medium"
    assert "high ±0.5, medium ±1, low ±2" in dialog.default_range.text()
    dialog.criterion.setCurrentIndex(model.criterion_index("Capital"))
    assert dialog.low.text() == "" and dialog.confidence.currentText() == "high"
    dialog.low.setText("6")
    dialog.note.setText("capex plan seen")
    qtbot.keyClicks(dialog.source, " + call notes")
    typed = dialog.evidence()
    assert (typed.low, typed.high, typed.note, typed.confidence) == (6.0, None, "capex plan seen", "high")
    assert typed.source.endswith("+ call notes")
    assert sample_session.try_edit(edits.set_evidence, *dialog.cell, typed, label="Evidence")
    assert sample_session.state.model.evidence_cells()[dialog.cell].low == 6
    sample_session.undo_stack.undo()
    assert sample_session.state.model.evidence_cells()[dialog.cell].low is None


def test_a_range_that_is_not_a_number_keeps_the_dialog_open(qtbot, sample_session):
    dialog = EvidenceDialog(sample_session.state.model)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.high.setText("eight")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "numbers" in dialog.error.text()


def test_a_refused_range_reaches_the_session_failure_signal(qtbot, sample_session):
    dialog = EvidenceDialog(sample_session.state.model)
    qtbot.addWidget(dialog)
    dialog.low.setText("9")  # above JOGMEC's Technology transfer score of 8
    with qtbot.waitSignal(sample_session.failed) as failed:
        assert not sample_session.try_edit(
            edits.set_evidence, *dialog.cell, dialog.evidence(), label="Evidence"
        )
    assert failed.args[0] == "Low 9 is above the score 8"
