"""Typing a weight is one edit, whatever the number of keystrokes."""

import pytest
from PySide6.QtCore import Qt


def test_typing_a_percentage_is_one_undo_step(qtbot, window, session):
    spin = window.weights.rows[1].spin
    spin.setFocus()
    spin.selectAll()
    before = session.undo_stack.count()
    qtbot.keyClicks(spin, "35")
    assert session.undo_stack.count() == before  # nothing applied while typing
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert session.undo_stack.count() == before + 1
    assert session.state.weights[1] == pytest.approx(0.35)
