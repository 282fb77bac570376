"""File workflows: new, open, save, save as, export, the unsaved-changes prompt.

Every question to the user goes through one small ``ask_*``/``show_*`` method,
so tests replace those and drive the workflows without modal dialogs.

Export results computes the robustness sheets (tipping points, stability, method and
scenario comparison: seconds for large studies with non-linear methods) and writes the
workbook in the one background worker of ``desktop.tasks``, on a snapshot of the study,
with a busy cursor meanwhile; ``exported(path)`` or an error dialog reports the outcome.
The Monte Carlo sheet comes from ``session.acceptability`` (the robustness panel's last
run, only while it is not stale). Export briefing writes the brief of ``partner-scout brief``
(.docx or .pdf, Vietnamese or English) the same way and reports ``briefed(path)``; it uses the
same fresh Monte Carlo run, else samples as the command line does. Both suggest
"<study> - results.xlsx" / "<study> - brief.docx" as a chart's export is named (next to the
workbook, else in the folder of the last export of any kind, else at home) and remember the folder.

Open (the dialog, a file dropped on the window, recent files) reads the workbook, ranks it
and computes its dominance (O(n^2): the slow part for big studies, 6 s at 20,000 rows) in
a background worker on a path, with a busy cursor and a status message; the study already
open stays open and usable until the new one is ready. ``opened(path)`` follows when the
new study is shown; a workbook that fails gives the one dialog listing every problem by
sheet and cell, keeps the open study, and ``open_failed(path)``. ``load_file`` does the
same synchronously (start-up with a file, before the window is shown).
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from briefing import FORMATS
from criteria.errors import InputError, OutputError
from criteria.i18n import ENGLISH, VIETNAMESE
from criteria.study import DEFAULT_METHOD, DEFAULT_VIKOR_V, StudyState
from criteria.study_settings import VIKOR_V, model_to_save, saved
from desktop.charts.context import chart_context, default_export_path
from desktop.i18n import current_language
from desktop.session import StudySession
from desktop.settings import Settings
from desktop.tasks import TaskRunner

XLSX_FILTER = QT_TRANSLATE_NOOP("FileActions", "Excel workbooks (*.xlsx)")
STARTER_PARTNER = QT_TRANSLATE_NOOP(
    "FileActions", "Partner 1"
)  # File > New: a study ranks at least one partner
# the brief's save dialog: its file type picks the format and the language
BRIEF_FILTERS = {
    QT_TRANSLATE_NOOP("FileActions", "Word document, Tiếng Việt (*.docx)"): (".docx", VIETNAMESE),
    QT_TRANSLATE_NOOP("FileActions", "Word document, English (*.docx)"): (".docx", ENGLISH),
    QT_TRANSLATE_NOOP("FileActions", "PDF, Tiếng Việt (*.pdf)"): (".pdf", VIETNAMESE),
    QT_TRANSLATE_NOOP("FileActions", "PDF, English (*.pdf)"): (".pdf", ENGLISH),
}
# what an export is of, in its suggested name "<study> - results.xlsx" (as "<study> - <chart>.png")
RESULTS = QT_TRANSLATE_NOOP("FileActions", "results")
BRIEF = QT_TRANSLATE_NOOP("FileActions", "brief")


class FileActions(QObject):
    opened = Signal(str)  # a file became the current study (for the recent-files list)
    exported = Signal(str)  # a result workbook was written (its path)
    briefed = Signal(str)  # a brief was written (its path)
    open_failed = Signal(str)  # a workbook could not be opened (after the dialog); the study is as it was

    def __init__(self, session: StudySession, window: QWidget):
        super().__init__(window)
        self.session = session
        self.window = window
        self.exporter = TaskRunner(self)  # Export results: analysis and writing off the GUI thread
        self.exporter.finished.connect(self._on_exporter_finished)
        self.exporter.failed.connect(self._on_exporter_failed)
        self.exporter.busy.connect(self._on_runner_busy)
        # Export briefing: a worker of its own, so neither export cancels the other
        self.briefer = TaskRunner(self)
        self.briefer.finished.connect(self._on_briefer_finished)
        self.briefer.failed.connect(self._on_briefer_failed)
        self.briefer.busy.connect(self._on_runner_busy)
        self.loader = TaskRunner(self)  # Open: reading and preparing a workbook off the GUI thread
        self.loader.finished.connect(self._on_loader_finished)
        self.loader.failed.connect(self._on_loader_failed)
        self.loader.busy.connect(self._on_runner_busy)
        self._loading: tuple[str, StudyState] | None = None  # (path, the study when the open began)

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
        """Read and show a workbook now, on this thread; on bad input list every problem, keep the study."""
        self.loader.cancel()  # an open under way would replace this study when it finishes
        try:
            path, state, notes = _read(str(path), self.session.state.method, self.session.state.vikor_v)
        except InputError as error:
            self._show_failure(str(path), error)
            return False
        return self._show_loaded(path, state, notes=notes)

    def open(self, path: str | Path | None = None) -> bool:
        """Start opening a workbook (asked for when ``path`` is None); True once it is being read.

        The study already open stays open and usable meanwhile; see the module docstring.
        """
        if not self.confirm_discard():
            return False
        path = path or self.ask_open_path()
        if not path:
            return False
        self._loading = (str(path), self.session.state)
        self.show_status(self.tr("Opening {name}…").format(name=Path(path).name))
        state = self.session.state  # a new study keeps the method and VIKOR's v in use
        self.loader.start(functools.partial(_read_in_worker, str(path), state.method, state.vikor_v))
        return True

    @property
    def loading(self) -> bool:
        return self.loader.running

    def _on_loader_finished(self, loaded: object) -> None:
        path, state, notes, ranking, dominance = loaded
        started = self._loading[1] if self._loading else None
        self._loading = None
        # the room kept working on the open study while it loaded: ask again before replacing it
        if self.session.state is not started and not self.confirm_discard():
            self.show_status(
                self.tr("{name} was not opened; your changes are kept").format(name=Path(path).name)
            )
            self.open_failed.emit(path)
            return
        self._show_loaded(path, state, ranking, dominance, notes)

    def _on_loader_failed(self, error: object) -> None:
        path = self._loading[0] if self._loading else ""
        self._loading = None
        self._show_failure(path, error)

    def _show_loaded(
        self, path: str, state: StudyState, ranking=None, dominance=None, notes: tuple = ()
    ) -> bool:
        if not self.session.load(state, path, source=path, ranking=ranking, dominance=dominance):
            self.show_status("")
            self.open_failed.emit(path)
            return False
        if notes:  # the file opened, but some cells were not read as written: say so until the next message
            from workbooks.reader import notes_sentence

            note = notes_sentence(notes, lang=current_language())
            self.show_status(
                self.tr("Opened {name}. Note: {note}").format(name=Path(path).name, note=note), 0
            )
        else:
            self.show_status(self.tr("Opened {name}").format(name=Path(path).name))
        self.opened.emit(str(Path(path).resolve()))
        return True

    def _show_failure(self, path: str, error: object) -> None:
        self.show_status("")
        title = self.tr("{name} could not be opened").format(name=Path(path).name)
        if isinstance(error, InputError):
            self.show_problems(title, error)
        else:
            self.show_error(
                title,
                self.tr("Unexpected error: {error}\n\nThe study you had open stays open.").format(
                    error=repr(error)
                ),
            )
        self.open_failed.emit(path)

    def new(self) -> bool:
        """A new untitled study: the template's criteria and one partner to fill in (nothing ranks none)."""
        if not self.confirm_discard():
            return False
        self.loader.cancel()  # an open under way would replace the new study when it finishes
        from criteria.edits import add_partner
        from workbooks.reader import read_workbook
        from workbooks.template import write_template

        with tempfile.TemporaryDirectory() as folder:
            template = Path(folder) / "template.xlsx"
            write_template(template)
            model = read_workbook(template)
        # its scores start at each scale's Min, like a new criterion's (all-missing could not be filled)
        start = [1.0 if c.min is None else c.min for c in model.criteria]
        model = add_partner(model, self.tr(STARTER_PARTNER), start)
        state = StudyState.from_model(
            model, method=self.session.state.method, vikor_v=self.session.state.vikor_v
        )
        if not self.session.load(state, None, source=None):
            return False
        self.show_status(
            self.tr("New study: rename {name}, fill in its scores and add your partners").format(
                name=repr(self.tr(STARTER_PARTNER))
            )
        )
        return True

    def open_sample(self) -> bool:
        """Back to the bundled sample study (after asking about unsaved changes)."""
        if not self.confirm_discard():
            return False
        self.loader.cancel()
        state, source = sample_study(self.session.state.method, self.session.state.vikor_v)
        return self.session.load(state, None, source=source)

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        path = self.ask_save_path(self.tr("Save study as"), self._suggested_name())
        return bool(path) and self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        """Save atomically (other sheets of the source kept); on failure say why, old file intact."""
        from workbooks.writer import save_study

        state = self.session.state
        source = self.session.existing_source
        try:
            try:
                written = save_study(path, model_to_save(state), state.weights, source=source)
            except InputError as unreadable:
                if source is None:
                    raise
                # the workbook it came from cannot be read any more (replaced or damaged since it
                # was opened): the study alone rather than no save at all, and the user told so
                written = save_study(path, model_to_save(state), state.weights)
                self.show_error(
                    self.tr("Saved without the workbook's other sheets"),
                    self.tr(
                        "{error}\n\nThe study was saved; the other sheets of {name} could not be copied."
                    ).format(error=unreadable.summary(lang=current_language()), name=Path(source).name),
                )
        except (OutputError, InputError) as error:
            self.show_error(
                self.tr("The study was not saved"),
                self.tr("{error}\n\nThe file on disk is unchanged.").format(
                    error=error.summary(lang=current_language())
                ),
            )
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
        path = self.ask_save_path(self.tr("Export results"), self._export_path(self.tr(RESULTS), "xlsx"))
        if not path:
            return False
        self.show_status(self.tr("Exporting results…"))
        self.exporter.start(
            functools.partial(
                _export,
                path,
                self.session.state,  # immutable snapshots: the worker reads them without locks
                self.session.ranking,
                self.session.existing_source,
                self.session.acceptability,
            )
        )
        return True

    def export_briefing(self) -> bool:
        """Start writing the brief of ``partner-scout brief`` (.docx or .pdf); True once under way.

        Its weights section says where the study's weights came from (``WeightSource.of_state``).
        ``briefed(path)`` follows on success, an error dialog on failure (the old file is then intact).
        """
        chosen = self.ask_brief_path(self._export_path(self.tr(BRIEF), "docx"), brief_language())
        if not chosen:
            return False
        path, language = chosen
        self.show_status(self.tr("Writing the briefing…"))
        self.briefer.start(
            functools.partial(
                _brief,
                path,
                language,
                self.session.state,
                self.session.existing_source,  # its title, question and data notices
                self.session.acceptability,
            )
        )
        return True

    def _on_exporter_finished(self, path: object) -> None:
        self._report_written(self.tr("Results exported to {path}"), self.exported, path)

    def _on_exporter_failed(self, error: object) -> None:
        self._report_not_written(self.tr("The results were not exported"), error)

    def _on_briefer_finished(self, path: object) -> None:
        self._report_written(self.tr("Briefing written to {path}"), self.briefed, path)

    def _on_briefer_failed(self, error: object) -> None:
        self._report_not_written(self.tr("The briefing was not written"), error)

    def _report_written(self, message: str, signal, path: object) -> None:
        """Say where ``message`` ("... to {path}") went, remember its folder for the next export's
        suggestion and emit ``signal``."""
        Settings().set_export_folder(Path(str(path)).parent)
        self.show_status(message.format(path=path))
        signal.emit(str(path))

    def _report_not_written(self, title: str, error: object) -> None:
        self.show_status("")
        if isinstance(error, (OutputError, InputError)):
            self.show_error(title, error.summary(lang=current_language()))
        else:
            self.show_error(title, self.tr("Unexpected error: {error}").format(error=repr(error)))

    def _on_runner_busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _suggested_name(self) -> str:
        """The study's own file; for one never saved "<its title>.xlsx" ("Untitled study", in the
        interface's language) in the folder of the last export, as its exports are named."""
        if self.session.path:
            return str(Path(self.session.path).with_suffix(".xlsx"))
        return self._export_path("", "xlsx")

    def _export_path(self, what: str, extension: str) -> str:
        """The path "<study> - <what>.<extension>", where a chart of this study would be exported."""
        return str(
            default_export_path(chart_context(self.session), what, Settings().export_folder(), extension)
        )

    # -- questions (replaced in tests) -----------------------------------------------------------

    def ask_save_changes(self) -> str:
        """``"save"``, ``"discard"`` or ``"cancel"``."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("This study has changes that are not saved. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open workbook"), "", self.tr(XLSX_FILTER))
        return path or None

    def ask_save_path(self, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, self.tr(XLSX_FILTER))
        return _with_suffix(path, ".xlsx")

    def ask_brief_path(self, suggested: str, language: str) -> tuple[str, str] | None:
        """The brief's path and language (``"vi"``/``"en"``), from the file type chosen; None if cancelled."""
        filters = {self.tr(name): choice for name, choice in BRIEF_FILTERS.items()}
        first = next(f for f, choice in filters.items() if choice == (".docx", language))
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export briefing"), suggested, ";;".join(filters), first
        )
        suffix, chosen_language = filters.get(chosen, filters[first])
        if Path(path).suffix.lower() in FORMATS:  # a name typed with .pdf or .docx keeps its format
            suffix = Path(path).suffix.lower()
        path = _with_suffix(path, suffix)
        return (path, chosen_language) if path else None

    def show_problems(self, title: str, error: InputError) -> None:
        """One dialog listing every problem by sheet and cell."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, title + ".", parent=self.window)
        box.setInformativeText(
            error.summary(limit=15, lang=current_language())
            + "\n\n"
            + self.tr("The study you had open stays open.")
        )
        box.setDetailedText(error.summary(limit=len(error.problems), lang=current_language()))
        box.exec()

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def show_status(self, text: str, timeout: int = 10_000) -> None:
        """A note in the window's status bar (when it has one), for ``timeout`` ms (0: until the next)."""
        status_bar = getattr(self.window, "statusBar", None)
        if status_bar is not None:
            if text:
                status_bar().showMessage(text, timeout)
            else:
                status_bar().clearMessage()


def brief_language() -> str:
    """The language a brief is offered in first: the interface's (View > Language)."""
    return current_language()


def _with_suffix(path: str, suffix: str) -> str | None:
    """``path`` ending in ``suffix`` (added when the name lacks it); None for no path."""
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path or None


def sample_study(method: str | None, vikor_v: float = DEFAULT_VIKOR_V) -> tuple[StudyState, str]:
    """The bundled sample with ``method`` (if it exists) and VIKOR's ``vikor_v``, and its file
    (saves copy its other sheets)."""
    from scoring.methods import METHODS
    from workbooks.sample import load_sample, sample_path

    method = method if method in METHODS else DEFAULT_METHOD
    state = StudyState.from_model(load_sample(), method=method, vikor_v=vikor_v)
    with sample_path() as path:  # a real file in the installed package
        return state, str(path)


def _read(path: str, method: str, vikor_v: float = DEFAULT_VIKOR_V) -> tuple[str, StudyState, tuple]:
    """The study in workbook ``path`` (``InputError`` listing every problem), and the notes on
    cells read other than as written (put in words when shown, in the language shown then)."""
    from workbooks.reader import read_with_notes

    model, notes = read_with_notes(path)
    # the workbook's own v (Study settings) wins over the one in use
    state = StudyState.from_model(
        model, method=method, vikor_v=None if saved(model, VIKOR_V) is not None else vikor_v
    )
    return path, state, notes


def _read_in_worker(path: str, method: str, vikor_v: float, *, progress, should_stop):
    """In the worker: the study, its ranking and its dominance (the costly parts of showing it)."""
    from scoring import rank

    path, state, notes = _read(path, method, vikor_v)
    ranking = rank(state)
    return path, state, notes, ranking, (None if should_stop() else ranking.dominated_by)


def _export(path, state, ranking, source, acceptability, *, progress, should_stop) -> str:
    """In the worker: the robustness sheets, then the result workbook (written atomically)."""
    from workbooks.analysis_sheets import analysis_sheets
    from workbooks.writer import write_result

    sheets = analysis_sheets(state, acceptability=acceptability)
    return str(write_result(path, state, ranking, source=source, extra_sheets=sheets))


def _brief(path, language, state, workbook, acceptability, *, progress, should_stop) -> str:
    """In the worker: every figure of the brief (Monte Carlo unless a fresh run is given), then the file."""
    from briefing import write_brief
    from briefing.content import WeightSource, build_content
    from scoring.sensitivity import default_samples
    from workbooks.front_matter import FrontMatter, read_front_matter

    front = (
        read_front_matter(workbook) if workbook else FrontMatter("", None, ())
    )  # titled in the brief's language
    content = build_content(
        state,
        front,
        source=workbook,
        weight_source=WeightSource.of_state(state),
        samples=default_samples(len(state.model.partners)),
        acceptability=acceptability,
    )
    return str(write_brief(path, content, language))
