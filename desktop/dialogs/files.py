"""File workflows: new, open, save, save as, export, the unsaved-changes prompt.

Every question to the user goes through one small ``ask_*``/``show_*`` method,
so tests replace those and drive the workflows without modal dialogs.

Export results computes the robustness sheets (tipping points, stability, method and
scenario comparison: seconds for large studies with non-linear methods) and writes the
workbook in the one background worker of ``desktop.tasks``, on a snapshot of the study,
with a busy cursor meanwhile; ``exported(path)`` or an error dialog reports the outcome.
The Monte Carlo sheet comes from ``session.acceptability`` (the robustness panel's last
run, only while it is not stale).
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from criteria.errors import InputError, OutputError
from criteria.study import StudyState
from desktop.session import StudySession
from desktop.tasks import TaskRunner

XLSX_FILTER = "Excel workbooks (*.xlsx)"


class FileActions(QObject):
    opened = Signal(str)  # a file became the current study (for the recent-files list)
    exported = Signal(str)  # a result workbook was written (its path)

    def __init__(self, session: StudySession, window: QWidget):
        super().__init__(window)
        self.session = session
        self.window = window
        self.exporter = TaskRunner(self)  # Export results: analysis and writing off the GUI thread
        self.exporter.finished.connect(self._on_exporter_finished)
        self.exporter.failed.connect(self._on_exporter_failed)
        self.exporter.busy.connect(self._on_exporter_busy)

    # -- workflows -------------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """True when it is fine to replace the study: nothing unsaved, saved now, or discarded."""
        if not self.session.is_dirty:
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def load_file(self, path: str | Path) -> bool:
        """Read and show a workbook; on bad input list every problem and keep the open study."""
        from workbooks.reader import read_workbook

        try:
            model = read_workbook(path)
            state = StudyState.from_model(model, method=self.session.state.method)
        except InputError as error:
            self.show_problems(f"{Path(path).name} could not be opened", error)
            return False
        self.session.load(state, str(path), source=str(path))
        self.opened.emit(str(Path(path).resolve()))
        return True

    def open(self, path: str | Path | None = None) -> bool:
        if not self.confirm_discard():
            return False
        path = path or self.ask_open_path()
        return bool(path) and self.load_file(path)

    def new(self) -> bool:
        if not self.confirm_discard():
            return False
        from workbooks.reader import read_workbook
        from workbooks.template import write_template

        with tempfile.TemporaryDirectory() as folder:
            template = Path(folder) / "template.xlsx"
            write_template(template)
            model = read_workbook(template)
        self.session.load(StudyState.from_model(model, method=self.session.state.method), None, source=None)
        return True

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        path = self.ask_save_path("Save study as", self._suggested_name(""))
        return bool(path) and self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        """Save atomically (other sheets of the source kept); on failure say why, old file intact."""
        from workbooks.writer import save_study

        state = self.session.state
        source = self.session.source if self.session.source and Path(self.session.source).exists() else None
        try:
            written = save_study(path, state.model, state.weights, source=source)
        except (OutputError, InputError) as error:
            self.show_error("The study was not saved", f"{error}\n\nThe file on disk is unchanged.")
            return False
        self.session.mark_saved(str(written))
        self.opened.emit(str(Path(written).resolve()))
        return True

    def export_results(self) -> bool:
        """Start writing the result workbook of ``rank --out --analysis``; True once it is under way.

        Input sheets, ``Ranking``, ``Settings``, then the robustness sheets of
        ``workbooks.analysis_sheets`` (``Acceptability`` only when the last Monte Carlo run
        is still fresh). The work runs in the background; ``exported(path)`` follows on
        success, an error dialog on failure (the old file is then intact).
        """
        path = self.ask_save_path("Export results", self._suggested_name(" results"))
        if not path:
            return False
        source = self.session.source if self.session.source and Path(self.session.source).exists() else None
        self.show_status("Exporting results…")
        self.exporter.start(
            functools.partial(
                _export,
                path,
                self.session.state,  # immutable snapshots: the worker reads them without locks
                self.session.ranking,
                source,
                self.session.acceptability,
            )
        )
        return True

    def _on_exporter_finished(self, path: object) -> None:
        self.show_status(f"Results exported to {path}")
        self.exported.emit(str(path))

    def _on_exporter_failed(self, error: object) -> None:
        self.show_status("")
        if isinstance(error, (OutputError, InputError)):
            self.show_error("The results were not exported", str(error))
        else:
            self.show_error("The results were not exported", f"Unexpected error: {error!r}")

    def _on_exporter_busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _suggested_name(self, suffix: str) -> str:
        stem = Path(self.session.path).stem if self.session.path else "study"
        folder = Path(self.session.path).parent if self.session.path else Path.home()
        return str(folder / f"{stem}{suffix}.xlsx")

    # -- questions (replaced in tests) -----------------------------------------------------------

    def ask_save_changes(self) -> str:
        """``"save"``, ``"discard"`` or ``"cancel"``."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window,
            "Unsaved changes",
            "This study has changes that are not saved. Save them first?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open workbook", "", XLSX_FILTER)
        return path or None

    def ask_save_path(self, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, XLSX_FILTER)
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path or None

    def show_problems(self, title: str, error: InputError) -> None:
        """One dialog listing every problem by sheet and cell."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, title + ".", parent=self.window)
        box.setInformativeText(error.summary(limit=15) + "\n\nThe study you had open stays open.")
        box.setDetailedText("\n".join(str(p) for p in error.problems))
        box.exec()

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def show_status(self, text: str) -> None:
        """A transient note in the window's status bar (when it has one)."""
        status_bar = getattr(self.window, "statusBar", None)
        if status_bar is not None:
            if text:
                status_bar().showMessage(text, 10_000)
            else:
                status_bar().clearMessage()


def _export(path, state, ranking, source, acceptability, *, progress, should_stop) -> str:
    """In the worker: the robustness sheets, then the result workbook (written atomically)."""
    from workbooks.analysis_sheets import analysis_sheets
    from workbooks.writer import write_result

    sheets = analysis_sheets(state, acceptability=acceptability)
    return str(write_result(path, state, ranking, source=source, extra_sheets=sheets))
