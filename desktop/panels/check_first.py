"""``CheckFirstPanel``: "Check these first", the uncertain scores whose true value would most
change who leads (``scoring.check_first``), run in a background worker with progress and cancel.

The ranges come from the study's ``Evidence`` sheet (``criteria.evidence.value_ranges``); the
panel lists partner, criterion, score and range, confidence, source, and the effect in words.
"""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize
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
from criteria.evidence import outdated
from desktop.evidence_marks import confidence_word
from desktop.i18n import current_language, format_number, format_percent, local_decimals
from desktop.panels.columns import keep_rows
from desktop.scrolling_text import ScrollingText
from desktop.tasks import TaskRunner

COLUMNS = (
    QT_TRANSLATE_NOOP("CheckFirstPanel", "Check"),
    QT_TRANSLATE_NOOP("CheckFirstPanel", "Partner"),
    QT_TRANSLATE_NOOP("CheckFirstPanel", "Criterion"),
    QT_TRANSLATE_NOOP("CheckFirstPanel", "Score"),
    QT_TRANSLATE_NOOP("CheckFirstPanel", "Range"),
    QT_TRANSLATE_NOOP("CheckFirstPanel", "Confidence"),
    QT_TRANSLATE_NOOP("CheckFirstPanel", "If it were otherwise"),
    QT_TRANSLATE_NOOP("CheckFirstPanel", "Date"),
    QT_TRANSLATE_NOOP("CheckFirstPanel", "Source"),
)
SOURCE = COLUMNS.index("Source")
MINIMUM = QSize(120, 80)
MIN_ROWS = 3  # rows of the list a short dock still shows: its sentences scroll instead
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
        self.run_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self._summary = lambda: self.tr(
            "Ranks the scores with a range in the Evidence sheet by how much they move the leader."
        )
        self.legend = QLabel(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        keep_rows(self.table, MIN_ROWS)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        # the sentences scroll rather than squeeze the list to one row in a short dock
        layout.addWidget(ScrollingText([self.summary]))
        layout.addWidget(self.table, 1)
        layout.addWidget(ScrollingText([self.legend]))
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
        self._retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() == QEvent.Type.FontChange:
            keep_rows(self.table, MIN_ROWS)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Texts in the interface's language; the list's numbers and words are written again."""
        self.run_button.setText(self.tr("Find what to check first"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_legend()
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CheckFirstPanel", c) for c in COLUMNS]
        )
        summary = self._summary  # what was said last ("Out of date", "Running…") stays said
        if self.result is not None:
            self.show_result(self._state, self.result)
        else:  # the empty list's headers whole (Qt's default 100 px cut "Nếu giá trị khác đi")
            self.table.resizeColumnsToContents()
        self._say(summary)

    def _show_legend(self) -> None:
        age = self.session.state.model.evidence_settings.max_age_years  # Analysis > Evidence settings
        self.legend.setText(
            self.tr(
                "In the Partners table, a score's corner shows its confidence (green high, orange medium, "
                "red low) and a dot marks evidence older than {years} years; hover a score for its source. "
                "Analysis > Evidence for a score… edits it."
            ).format(years=local_decimals(f"{age:g}"))
        )

    def _say(self, summary) -> None:
        """Show ``summary()`` above the list, and again in the new language after a switch."""
        self._summary = summary
        self.summary.setText(summary())

    def start(self) -> int:
        """Run on a snapshot of the study (a running one is cancelled); returns the run id."""
        self._say(lambda: self.tr("Running…"))
        return self.runner.start(functools.partial(_check_first, self.session.state))

    def show_result(self, state, result) -> None:
        self._state, self.result = state, result
        self.table.setRowCount(0)
        if result is None:
            self._say(
                lambda: self.tr(
                    "No score has a range: add Confidence, or Low and High, in the Evidence sheet."
                )
            )
            return
        self._say(functools.partial(self._result_summary, result))
        self.table.setRowCount(len(result.cells))
        for row, cell in enumerate(result.cells):
            texts = (
                str(row + 1),
                cell.partner,
                cell.criterion,
                local_decimals(f"{cell.score:g}"),
                self.tr("{low} to {high}").format(
                    low=local_decimals(f"{cell.low:g}"), high=local_decimals(f"{cell.high:g}")
                ),
                confidence_word(cell.confidence),
                result.sentence(cell, current_language()),
                self._dated(cell.date, state.model.evidence_settings.max_age_years),
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

    def _dated(self, date, years: float) -> str:
        """The evidence's date, flagged when older than the study's age (Analysis > Evidence settings)."""
        if date is None:
            return ""
        if not outdated(date, dt.date.today(), years):
            return str(date)
        return self.tr("{date}, older than {years} years").format(
            date=date, years=local_decimals(f"{years:g}")
        )

    def _result_summary(self, result) -> str:
        text = self.tr(
            "{leader} ranks first in {share} of cases ({sampling}; {samples} samples per value tried)."
        )
        text = text.format(
            leader=result.leader,
            share=format_percent(result.first_shares[result.leader], 0),
            sampling=result.describe(current_language()),
            samples=format_number(result.samples, 0),
        )
        if result.untried:
            untried = self.tr("{count} scores of partners less often first were not tried.")
            text += " " + untried.format(count=result.untried)
        return text

    @property
    def stale(self) -> bool:
        return self._state is not None and self._state is not self.session.state

    def _on_run_button_clicked(self) -> None:
        self.start()

    def _on_cancel_button_clicked(self) -> None:
        self.runner.cancel()
        self._say(lambda: self.tr("Run cancelled."))

    def _on_runner_finished(self, outcome) -> None:
        self.show_result(*outcome)

    def _on_runner_failed(self, error) -> None:
        if isinstance(error, InputError):
            self._say(error.summary)
        else:
            self._say(lambda: self.tr("The run failed: {error}").format(error=error))

    def _on_runner_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_runner_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        if not busy:
            self.progress.setVisible(False)

    def _on_session_changed(self, change) -> None:
        if change.what & {"values", "structure", "file"}:  # it names the study's evidence age
            self._show_legend()
        if self.stale:
            self._say(lambda: self.tr("Out of date: the study changed since this list was made. Run again."))
