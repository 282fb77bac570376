"""CheckFirstPanel: the list is what scoring.check_first computes, run in the background (pytest-qt)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from criteria.study import StudyState
from desktop.panels.check_first import CheckFirstPanel
from desktop.session import StudySession
from scoring.check_first import check_first
from scoring.smaa import Study
from workbooks.sample import load_sample


@pytest.fixture
def session():
    return StudySession(StudyState.from_model(load_sample()))


@pytest.fixture
def panel(qtbot, session):
    widget = CheckFirstPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.runner.cancel()
    widget.runner.wait()


def test_run_lists_every_uncertain_score_by_effect_with_its_source_and_sentence(qtbot, panel, session):
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result is not None, timeout=60000)
    expected = check_first(session.state, Study.of(session.state))
    assert panel.table.rowCount() == len(expected.cells) == 77
    for row in (0, 1, 2):
        cell = expected.cells[row]
        texts = [panel.table.item(row, c).text() for c in range(panel.table.columnCount())]
        assert texts[1:4] == [cell.partner, cell.criterion, f"{cell.score:g}"]
        assert texts[4] == f"{cell.low:g} to {cell.high:g}" and texts[5] == cell.confidence
        assert texts[6] == expected.sentence(cell) and texts[8] == cell.source
        assert texts[7] == ("" if cell.date is None else str(cell.date))
    assert expected.leader in panel.summary.text()
    dates = {(panel.table.item(r, 1).text(), panel.table.item(r, 2).text()): panel.table.item(r, 7).text()
             for r in range(panel.table.rowCount())}  # fmt: skip
    assert dates["Toyota Tsusho + Sojitz", "Speed"] == "2011, older than 2 years"  # the study's age
    assert dates["European Union", "Capital"] == "2026-01-29"  # recent: not flagged
    session.set_weight(0, 0.4)
    assert panel.stale and panel.summary.text().startswith("Out of date")


def test_cancel_stops_the_run(qtbot, panel):
    with qtbot.waitSignal(panel.runner.busy, timeout=10000):
        panel.start()
    panel.cancel_button.click()
    assert panel.summary.text() == "Run cancelled." and not panel.cancel_button.isEnabled()
    panel.runner.wait()
    assert panel.result is None


def test_a_study_without_ranges_says_how_to_add_them(qtbot, session):
    bare = StudySession(StudyState.from_model(dataclasses.replace(load_sample(), evidence=())))
    widget = CheckFirstPanel(bare)
    qtbot.addWidget(widget)
    widget.start()
    qtbot.waitUntil(lambda: widget.summary.text().startswith("No score has a range"), timeout=20000)
    assert widget.table.rowCount() == 0


def test_the_empty_list_shows_its_headers_whole_in_vietnamese(qtbot, session, language):
    """Before the first run the columns had Qt's default 100 px: "Nếu giá trị khác đi" read
    "u giá trị khác" (and "If it were otherwise" was cut in English too)."""
    language.apply("vi")
    widget = CheckFirstPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 300)
    widget.show()
    qtbot.waitExposed(widget)
    header = widget.table.horizontalHeader()
    for column in range(widget.table.columnCount() - 1):  # the last one stretches
        text = widget.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text) + 8, text
