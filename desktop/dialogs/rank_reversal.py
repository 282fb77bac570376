"""Analysis > Rank reversal: remove each partner in turn and list the pairs that swap places.

The work is ``scoring.rank_reversal.rank_reversals`` on a snapshot of the study, run by the
one background worker (``desktop.tasks.TaskRunner``: progress after half a second, Cancel); the
dialog only shows its sentences, in the interface's language.
"""

from __future__ import annotations

import functools

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from criteria.i18n import Language
from desktop.core_words import core_words
from desktop.i18n import current_language
from desktop.session import StudySession
from desktop.tasks import TaskRunner

SHOWN = 500  # sentences listed; a large study can have 100,000 reversals (the CLI's json has them all)


class RankReversalDialog(QDialog):
    """The pairs whose order flips when one partner leaves the study, for the method in use."""

    def __init__(self, session: StudySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Rank reversal"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.pairs = QListWidget()
        self.pairs.setWordWrap(True)
        self.pairs.setAlternatingRowColors(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.run_again = QPushButton(self.tr("Check &again"))
        self.cancel_run = QPushButton(self.tr("&Cancel"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.run_again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_run, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.pairs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.busy.connect(self._on_runner_busy)
        buttons.rejected.connect(self.reject)
        self.run_again.clicked.connect(self._on_run_again_clicked)
        self.cancel_run.clicked.connect(self._on_cancel_run_clicked)
        self.finished.connect(self._on_self_finished)
        self.start()

    def start(self) -> int:
        """Check the study as it is now (a run under way is cancelled); the run id."""
        from scoring.rank_reversal import rank_reversals

        state = self.session.state  # immutable: the worker reads it without locks
        method = self.session.ranking.method
        self.heading.setText(
            self.tr("Removing each partner in turn and ranking the others again with {method}…").format(
                method=core_words(_label(method))
            )
        )
        self.pairs.clear()
        return self.runner.start(functools.partial(rank_reversals, state))

    def show_report(self, report) -> None:
        from scoring.verdict import method_name

        count = len(report.reversals)
        if count > 1:
            heading = self.tr("{method}: {count} pairs swap places when one partner is removed.")
        elif count == 1:
            heading = self.tr("{method}: one pair swaps places when one partner is removed.")
        else:
            heading = self.tr("{method}: no pair swaps places when one partner is removed.")
        self.heading.setText(heading.format(method=method_name(report.method), count=count))
        self.pairs.clear()
        sentences = report.sentences(Language(current_language()))
        self.pairs.addItems(sentences[:SHOWN])
        if len(sentences) > SHOWN:
            self.pairs.addItem(
                self.tr(
                    "… and {count} more (the command line's reversal --format json lists them all)"
                ).format(count=len(sentences) - SHOWN)
            )

    def _on_runner_finished(self, report) -> None:
        self.show_report(report)

    def _on_runner_failed(self, error) -> None:
        summary = getattr(error, "summary", None)
        reason = summary(lang=current_language()) if callable(summary) else str(error)
        self.heading.setText(self.tr("The check stopped: {reason}").format(reason=reason))

    def _on_runner_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.show()

    def _on_runner_busy(self, busy: bool) -> None:
        self.cancel_run.setEnabled(busy)
        self.run_again.setEnabled(not busy)
        if not busy:
            self.progress.hide()

    def _on_run_again_clicked(self) -> None:
        self.start()

    def _on_cancel_run_clicked(self) -> None:
        self.runner.cancel()
        self.heading.setText(self.tr("Check cancelled."))

    def _on_self_finished(self, _result: int) -> None:
        self.runner.shutdown()


def _label(key: str) -> str:
    from scoring.methods import get_method

    return get_method(key).label
