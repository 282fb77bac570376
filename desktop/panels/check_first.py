"""``CheckFirstPanel``: "Check these first", the uncertain scores whose true value would most
change who leads (``scoring.check_first``), run in a background worker with progress and cancel.

The ranges come from the study's ``Evidence`` sheet (``criteria.evidence.value_ranges``); the
panel lists partner, criterion, score and range, confidence, source, and the effect in words.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from criteria.errors import InputError
from criteria.evidence import DEFAULT_MAX_AGE_YEARS
from desktop.tasks import TaskRunner

COLUMNS = ("Check", "Partner", "Criterion", "Score", "Range", "Confidence", "If it were otherwise", "Source")
SOURCE = COLUMNS.index("Source")
LEGEND = (
    "In the Partners table, a score's corner shows its confidence (green high, orange medium, red low) "
    f"and a dot marks evidence older than {DEFAULT_MAX_AGE_YEARS} years; hover a score for its source. "
    "Analysis > Evidence for a score… edits it."
)
MINIMUM = QSize(120, 80)
WIDEST = 560  # px: a long sentence wraps rather than push the source out of sight


def _check_first(state, *, progress, should_stop):
    """The worker's job: the study's check-first list, tagged with the state it describes."""
    from scoring.check_first import check_first
    from scoring.smaa import Study

    study = Study.of(state)
    if not study.values.cells.size:
        return state, None
    return state, check_first(state, study, progress=progress, should_stop=should_stop)


class CheckFirstPanel(QWidget):
    """A Run button, a progress bar with Cancel, the list and a line saying what it rests on."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result = None
        self._state = None  # the study the list describes
        self.runner = TaskRunner(self)
        self.run_button = QPushButton("Find what to check first", self)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QLabel(
            "Ranks the scores with a range in the Evidence sheet by how much they move the leader.", self
        )
        self.summary.setWordWrap(True)
        self.legend = QLabel(LEGEND, self)
        self.legend.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.busy.connect(self._on_runner_busy)
        session.changed.connect(self._on_session_changed)
        # a tab beside Partners: it must not widen or heighten the bottom docks (the layout's own
        # minimum, buttons side by side and wrapped text, would squeeze the ranking's dock)
        self.setMinimumSize(MINIMUM)

    def start(self) -> int:
        """Run on a snapshot of the study (a running one is cancelled); returns the run id."""
        self.summary.setText("Running…")
        return self.runner.start(functools.partial(_check_first, self.session.state))

    def show_result(self, state, result) -> None:
        self._state, self.result = state, result
        self.table.setRowCount(0)
        if result is None:
            self.summary.setText(
                "No score has a range: add Confidence, or Low and High, in the Evidence sheet."
            )
            return
        self.summary.setText(
            f"{result.leader} ranks first in {result.first_shares[result.leader]:.0%} of cases "
            f"({result.description}; {result.samples} samples per value tried)."
            + (
                f" {result.untried} scores of partners less often first were not tried."
                if result.untried
                else ""
            )
        )
        self.table.setRowCount(len(result.cells))
        for row, cell in enumerate(result.cells):
            texts = (
                str(row + 1),
                cell.partner,
                cell.criterion,
                f"{cell.score:g}",
                f"{cell.low:g} to {cell.high:g}",
                cell.confidence,
                result.sentence(cell),
                cell.source,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(SOURCE):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), WIDEST))
        self.table.resizeRowsToContents()

    @property
    def stale(self) -> bool:
        return self._state is not None and self._state is not self.session.state

    def _on_run_button_clicked(self) -> None:
        self.start()

    def _on_cancel_button_clicked(self) -> None:
        self.runner.cancel()
        self.summary.setText("Run cancelled.")

    def _on_runner_finished(self, outcome) -> None:
        self.show_result(*outcome)

    def _on_runner_failed(self, error) -> None:
        self.summary.setText(error.summary() if isinstance(error, InputError) else f"The run failed: {error}")

    def _on_runner_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_runner_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        if not busy:
            self.progress.setVisible(False)

    def _on_session_changed(self, _change) -> None:
        if self.stale:
            self.summary.setText("Out of date: the study changed since this list was made. Run again.")
