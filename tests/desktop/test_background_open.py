"""Opening a workbook runs in the background worker: the GUI keeps running, the open study stays."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from criteria.model import Criterion, DecisionModel, Direction, Partner

ROWS = 20_000


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory):
    """A 20,000-partner study (5 criteria) saved as a workbook."""
    from workbooks.writer import save_study

    rng = np.random.default_rng(5)
    criteria = tuple(
        Criterion(f"Criterion {j + 1}", Direction.COST if j == 4 else Direction.BENEFIT, 1.0)
        for j in range(5)
    )
    partners = tuple(Partner(f"Partner {i + 1}") for i in range(ROWS))
    model = DecisionModel(partners, criteria, rng.uniform(1, 10, size=(ROWS, 5)).round(2))
    path = tmp_path_factory.mktemp("big") / "big.xlsx"
    save_study(path, model)
    return path


def test_a_large_workbook_loads_while_the_gui_keeps_running(qtbot, window, session, big_workbook):
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    at_result = []  # ticks counted when the worker's result reached the GUI thread
    window.files.loader.busy.connect(lambda busy: at_result.append(len(ticks)) if not busy else None)
    before = session.state
    timer.start()
    started = time.perf_counter()
    with qtbot.waitSignal(window.files.opened, timeout=120_000):
        assert window.files.open(big_workbook)
        # under way: the open study is still there, shown and usable; the cursor says "busy"
        assert window.files.loading
        assert session.state is before and window.ranking.model.rowCount() == 6
        assert QApplication.overrideCursor() is not None
        assert "Opening big.xlsx" in window.statusBar().currentMessage()
    timer.stop()
    assert at_result and at_result[0] >= 5, f"the event loop ran {at_result} ticks while the workbook loaded"
    gaps = np.diff([started, *ticks[: at_result[0]]])
    print(
        f"load {time.perf_counter() - started:.2f} s, {at_result[0]} ticks, longest gap {gaps.max() * 1000:.0f} ms"
    )
    assert len(session.state.model.partners) == ROWS
    assert window.ranking.model.rowCount() == ROWS
    assert session.path == str(big_workbook) and not window.isWindowModified()
    assert QApplication.overrideCursor() is None
    assert "Opened big.xlsx" in window.statusBar().currentMessage()


def test_edits_made_while_loading_are_asked_about_before_they_are_replaced(qtbot, window, session, workbook):
    asked = []
    window.files.ask_save_changes = lambda: asked.append(1) or "cancel"
    with qtbot.waitSignal(window.files.open_failed, timeout=10_000):
        assert window.files.open(workbook)  # nothing unsaved yet: no question
        assert not asked
        window.weights.rows[1].spin.setValue(40.0)  # the room keeps working meanwhile
    assert asked == [1]  # asked once the new study was ready; "cancel" keeps the edit
    assert session.state.weights[1] == pytest.approx(0.4) and window.isWindowModified()
    window.files.ask_save_changes = lambda: "discard"
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert window.files.open(workbook)
        window.weights.rows[1].spin.setValue(30.0)
    assert session.state.weights[1] == pytest.approx(0.2) and not window.isWindowModified()


def test_a_second_open_replaces_the_first(qtbot, window, session, workbook, big_workbook):
    opened = []
    window.files.opened.connect(opened.append)
    with qtbot.waitSignal(window.files.opened, timeout=120_000):
        assert window.files.open(big_workbook)
        assert window.files.open(workbook)  # cancels the first; its result is dropped
    window.files.loader.wait()
    QCoreApplication.processEvents()  # deliver a late result, if any were sent
    assert opened == [str(workbook.resolve())]
    assert len(session.state.model.partners) == 6 and session.path == str(workbook)


def test_a_failing_open_keeps_the_study_usable(qtbot, window, session, tmp_path):
    bad = tmp_path / "broken.xlsx"
    bad.write_text("not a workbook")
    shown = []
    window.files.show_problems = lambda title, error: shown.append((title, error))
    before = session.state
    with qtbot.waitSignal(window.files.open_failed, timeout=10_000):
        assert window.files.open(bad)
    assert len(shown) == 1 and "broken.xlsx" in shown[0][0] and shown[0][1].problems
    assert session.state is before and QApplication.overrideCursor() is None
    window.weights.rows[1].spin.setValue(40.0)  # still the study it was, still editable
    assert session.state.weights[1] == pytest.approx(0.4)


def test_a_dropped_workbook_opens_in_the_background(qtbot, window, session, workbook):
    window.weights.rows[1].spin.setValue(40.0)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(workbook))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        window.dropEvent(event)
    assert session.state.weights[1] == pytest.approx(0.2)


def test_a_recent_file_opens_in_the_background(qtbot, window, session, workbook):
    window.settings.add_recent(str(workbook))
    window._fill_recent()
    (action,) = [a for a in window.recent_menu.actions() if a.text() == workbook.name]
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        action.trigger()
    assert session.path == str(workbook)
