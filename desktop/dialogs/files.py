"""File workflows: new, open, save, save as, export, the unsaved-changes prompt.

Every question to the user goes through one small ``ask_*``/``show_*`` method,
so tests replace those and drive the workflows without modal dialogs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from criteria.errors import InputError, OutputError
from criteria.study import StudyState
from desktop.session import StudySession

XLSX_FILTER = "Excel workbooks (*.xlsx)"


class FileActions(QObject):
    opened = Signal(str)  # a file became the current study (for the recent-files list)

    def __init__(self, session: StudySession, window: QWidget):
        super().__init__(window)
        self.session = session
        self.window = window

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
        """The result workbook of ``partner-scout rank --out``: input sheets, Ranking, Settings."""
        from workbooks.writer import write_result

        path = self.ask_save_path("Export results", self._suggested_name(" results"))
        if not path:
            return False
        source = self.session.source if self.session.source and Path(self.session.source).exists() else None
        try:
            write_result(path, self.session.state, self.session.ranking, source=source)
        except (OutputError, InputError) as error:
            self.show_error("The results were not exported", str(error))
            return False
        return True

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
