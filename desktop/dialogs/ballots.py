"""Send ballots to participants and read them back: disagreement, rankings, group weights.

The import dialog shows the same report as `partner-scout aggregate` (``group_report``):
which ballots were used and which were left out (and why, by file, sheet and cell),
group weights with the spread and who is furthest per criterion, how far each
participant is from the group, and the ranking under the group's and each
participant's weights. "Use group weights" is one undo step; "Save as scenarios" adds
a scenario per participant plus ``Group`` (another single step), so the robustness
views can compare them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from criteria import edits
from criteria.aggregation import aggregate
from criteria.ahp import CR_THRESHOLD
from criteria.errors import InputError, OutputError
from criteria.model import name_key
from criteria.problem_words import problem_words
from criteria.weights_words import ballots_source
from desktop.cli_ballots import GROUP_SCENARIO, group_report
from desktop.dialogs.weights_base import fit_to_screen
from desktop.i18n import current_language, format_number, format_percent

BALLOTS_FOLDER = "ballots"  # beside the study, or in the home folder for an unsaved study


def ballots_text(count: int) -> str:
    """The count of ballots in words: 1 ballot, 3 ballots (one form in Vietnamese)."""
    if count == 1:
        return QCoreApplication.translate("Ballots", "1 ballot")
    return QCoreApplication.translate("Ballots", "{count} ballots").format(count=count)


def scenarios_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Ballots", "1 scenario")
    return QCoreApplication.translate("Ballots", "{count} scenarios").format(count=count)


def default_ballots_folder(session) -> Path:
    """``ballots`` beside the study's file; ``~/Partner Scout ballots`` when it has none yet."""
    if session.path:
        return Path(session.path).parent / BALLOTS_FOLDER
    return Path.home() / "Partner Scout ballots"  # a folder name: the same in every language


class BallotsExportDialog(QDialog):
    """Participant names (one per line) and a folder; writes one ballot workbook each."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Send ballots"))
        intro = QLabel(
            self.tr(
                "Each participant gets an Excel ballot (ballot-<name>.xlsx) with instructions in English "
                "and Vietnamese: they share 100 points among the criteria, or compare the criteria in "
                "pairs, then save the file and send it back. Collect the returned files with "
                "Weights > Read returned ballots."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # "<name>" is text, not a tag
        intro.setWordWrap(True)
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(self.tr("One participant per line, e.g.\nNguyễn Văn An\nTrần Thị Bình"))
        self.names.setTabChangesFocus(True)
        self.folder = QLineEdit(str(default_ballots_folder(session)))
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&Participants:"), self.names)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = buttons.addButton(
            self.tr("&Write ballots"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setDefault(True)
        self.open_button = buttons.addButton(self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_folder_clicked)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        fit_to_screen(self)  # its wrapped introduction whole, at a large text size too

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the ballots"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def ask_overwrite(self, existing: list[Path]) -> bool:
        """True to replace ballots already in the folder (possibly filled in and returned)."""
        names = "\n".join(p.name for p in existing[:8]) + ("\n..." if len(existing) > 8 else "")
        answer = QMessageBox.question(
            self,
            self.tr("Replace existing ballots?"),
            self.tr(
                "{ballots} with these names already in the folder; replacing them loses anything filled "
                "in:\n\n{names}\n\nReplace them with blank ballots?"
            ).format(ballots=ballots_text(len(existing)), names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_save_clicked(self) -> None:
        from workbooks.ballots import ballot_file_name, write_ballots

        names = [line for line in self.names.toPlainText().splitlines() if line.strip()]
        folder = self.folder.text().strip()
        if not folder:
            self.message.setText(self.tr("Choose a folder for the ballots first."))
            return
        if not names:
            self.message.setText(self.tr("Type the participants' names first, one per line."))
            return
        existing = [Path(folder) / ballot_file_name(name) for name in names]
        existing = [path for path in existing if path.exists()]
        if existing and not self.ask_overwrite(existing):
            self.message.setText(self.tr("Nothing written: the ballots already in the folder are kept."))
            return
        model = self.session.state.model
        study = Path(self.session.path).name if self.session.path else model.title or ""
        try:
            self.written = write_ballots(model, names, folder, study)
        except (InputError, OutputError) as error:
            self.message.setText(error.summary(lang=current_language()))
            return
        self.message.setText(
            self.tr("Wrote {ballots} to {folder}: {files}. Send each person their own file.").format(
                ballots=ballots_text(len(self.written)),
                folder=self.written[0].parent,
                files=", ".join(p.name for p in self.written),
            )
        )
        self.open_button.setEnabled(True)

    def _on_open_folder_clicked(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))


def _signed(points: float) -> str:
    """Percentage points with their sign, "+3.5" / "-2.0", in the current language."""
    return ("+" if points >= 0 else "") + format_number(points, 1)


def _table(headers, rows) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fit_rows(table: QTableWidget, most: int, grow: bool = False) -> None:
    """Tall enough for ``most`` rows (all of them when fewer) without scrolling; no taller unless ``grow``."""
    rows = min(table.rowCount(), most)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    height += sum(table.rowHeight(r) for r in range(rows))
    height += table.horizontalScrollBar().sizeHint().height()  # room in case the columns do not fit
    table.setMinimumHeight(height)
    if not grow:
        table.setMaximumHeight(height if rows == table.rowCount() else height * 2)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _ballot_files(paths) -> int:
    """How many ballot files ``paths`` (files or folders) hold, as the reader counts them."""
    count = 0
    for item in map(Path, paths):
        if item.is_dir():
            count += sum(1 for p in item.glob("*.xlsx") if not p.name.startswith("~$"))
        else:
            count += 1
    return count


class BallotsImportDialog(QDialog):
    """Read returned ballots, show where participants disagree, apply or save the results."""

    def __init__(self, session, paths, parent: QWidget | None = None):
        super().__init__(parent)
        from workbooks.ballots import read_ballots

        self.session = session
        self.setWindowTitle(self.tr("Returned ballots"))
        self.ballots, self.problems = read_ballots(paths, session.state.model)
        self.files = max(_ballot_files(paths), len(self.ballots))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problem_text = QLabel(self._problems_text())
        self.problem_text.setWordWrap(True)
        self.problem_text.setVisible(bool(self.problems))
        layout.addWidget(self.problem_text)
        self.combine = QComboBox()
        self.combine.addItem(self.tr("Arithmetic mean of the weights"), "mean")
        if self.ballots and all(b.matrix is not None for b in self.ballots):
            self.combine.addItem(
                self.tr("Geometric mean of the pairwise judgements (Aczél-Saaty)"), "geometric"
            )
        self.combine.currentIndexChanged.connect(self._on_combine_changed)
        combine = QFormLayout()
        combine.addRow(self.tr("&Group weights from:"), self.combine)
        layout.addLayout(combine)
        self.tables = QVBoxLayout()
        layout.addLayout(self.tables, 1)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = buttons.addButton(
            self.tr("&Use group weights"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            self.tr("&Save as scenarios"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.use_button.setToolTip(self.tr("Set the study's weights to the group's (one undo step)"))
        self.save_button.setToolTip(
            self.tr("Add one scenario per participant plus '{group}' to the study (one undo step)").format(
                group=GROUP_SCENARIO
            )
        )
        self.use_button.clicked.connect(self._on_use_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.group = None
        self._show()
        fit_to_screen(self, self._wanted_width())

    def _wanted_width(self) -> int:
        """Wide enough for every column of the widest table."""
        if self.group is None:
            return 0
        tables = (self.disagreement, self.participants, self.rankings)
        widest = max(t.horizontalHeader().length() + 2 * t.frameWidth() for t in tables)
        margins = self.layout().contentsMargins()
        scroll_bar = self.rankings.verticalScrollBar().sizeHint().width()
        return widest + scroll_bar + margins.left() + margins.right() + 4

    def _summary(self) -> str:
        used = len(self.ballots)
        if not used:
            return self.tr("None of the {ballots} could be used; nothing to combine yet.").format(
                ballots=ballots_text(self.files)
            )
        people = ", ".join(b.participant for b in self.ballots)
        text = self.tr("Used {used} of {ballots}: {people}.").format(
            used=used, ballots=ballots_text(self.files), people=people
        )
        if used < self.files:
            text += " " + self.tr(
                "{count} left out, for the reasons below; fix them and read them again."
            ).format(count=self.files - used)
        return text

    def _problems_text(self) -> str:
        lang = current_language()  # the file's problems in the interface's language, cells as written
        lines = [problem_words(p, lang) for p in self.problems[:12]]
        if len(self.problems) > 12:
            lines.append(self.tr("... and {count} more").format(count=len(self.problems) - 12))
        return "\n".join(lines)

    def _show(self) -> None:
        while self.tables.count():
            widget = self.tables.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.group = aggregate(self.ballots, self.combine.currentData()) if self.ballots else None
        for button in (self.use_button, self.save_button):
            button.setEnabled(self.group is not None)
        if self.group is None:
            return
        report = group_report(self.session.state, self.ballots, self.group)
        self.disagreement = _table(
            [
                self.tr("Criterion"),
                self.tr("Group"),
                self.tr("Lowest"),
                self.tr("Highest"),
                self.tr("Spread (±)"),
                self.tr("Furthest from the group"),
            ],
            [
                (
                    d["criterion"],
                    format_percent(d["group"]),
                    format_percent(d["low"]),
                    format_percent(d["high"]),
                    self.tr("{points} pts").format(points=format_number(d["spread"] * 100, 1)),
                    self.tr("{name} ({points} pts)").format(
                        name=d["furthest"], points=_signed(d["furthest_gap"] * 100)
                    ),
                )
                for d in sorted(report["disagreement"], key=lambda d: -d["spread"])
            ],
        )
        self.participants = _table(
            [
                self.tr("Participant"),
                self.tr("Ballot"),
                self.tr("How they answered"),
                self.tr("Weight to move to reach the group"),
                self.tr("Importance"),
            ],
            [
                (
                    p["name"],
                    p["ballot"],
                    self._how_answered(p["consistency_ratio"]),
                    format_percent(p["distance"], 0),
                    "",
                )
                for p in report["participants"]
            ],
        )
        self.importance = [self._importance_box(row) for row in range(len(self.ballots))]
        people = [p["name"] for p in report["participants"]]
        self.rankings = _table(
            [
                self.tr("Group rank"),
                self.tr("Partner"),
                *(self.tr("{name}'s rank").format(name=n) for n in people),
            ],
            [(r["rank"], r["partner"], *(r["ranks"][n] for n in people)) for r in report["ranking"]],
        )
        _fit_rows(self.disagreement, 8)
        _fit_rows(self.participants, 4)
        _fit_rows(self.rankings, 4, grow=True)
        sections = (
            (
                self.tr(
                    "Where people disagree (most contested first; spread and gaps in percentage points of "
                    "weight)"
                ),
                self.disagreement,
            ),
            (self.tr("How far each person is from the group"), self.participants),
            (self.tr("The ranking under the group's weights and under each person's own"), self.rankings),
        )
        for heading, table in sections:
            self.tables.addWidget(_heading(heading))
            self.tables.addWidget(table, 1 if table is self.rankings else 0)

    def _how_answered(self, ratio: float | None) -> str:
        if ratio is None:
            return self.tr("shared 100 points")
        if ratio > CR_THRESHOLD:
            return self.tr("pairwise (consistency ratio {ratio}, inconsistent)").format(
                ratio=format_number(ratio)
            )
        return self.tr("pairwise (consistency ratio {ratio})").format(ratio=format_number(ratio))

    def _importance_box(self, row: int) -> QDoubleSpinBox:
        """How much this participant counts in the group (1 = as much as anyone)."""
        box = QDoubleSpinBox()
        box.setRange(0.0, 10.0)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        box.setKeyboardTracking(False)
        box.setValue(self.ballots[row].importance)
        box.setToolTip(
            self.tr(
                "How much this person's weights count in the group (1 = as much as anyone, 0 = not at all)"
            )
        )
        box.valueChanged.connect(lambda value, r=row: self._on_importance_changed(r, value))
        self.participants.setCellWidget(row, self.participants.columnCount() - 1, box)
        return box

    def _on_importance_changed(self, row: int, value: float) -> None:
        ballots = list(self.ballots)
        ballots[row] = replace(ballots[row], importance=value)
        if sum(b.importance for b in ballots) <= 0:
            self.feedback.setText(
                self.tr("At least one participant must count: importance cannot be 0 for everyone.")
            )
            return
        self.ballots = ballots
        QTimer.singleShot(0, self, self._show)  # the box that signalled lives in the table being rebuilt

    def _on_combine_changed(self, _index: int) -> None:
        self._show()

    def _on_use_clicked(self) -> None:
        current = self.session.state.weights
        if all(abs(a - b) < 1e-12 for a, b in zip(self.group.weights, current, strict=True)):
            self.feedback.setText(self.tr("The study already uses the group's weights."))
            return
        label = self.tr("Weights: group of {ballots}").format(ballots=ballots_text(len(self.ballots)))
        source = ballots_source(len(self.ballots))  # recorded in English, shown in the language
        if self.session.set_weights(self.group.weights, label, source):
            self.feedback.setText(self.tr("The study now uses the group's weights (Edit > Undo to go back)."))

    def _on_save_clicked(self) -> None:
        model = self.session.state.model
        names = [b.participant for b in self.ballots] + [GROUP_SCENARIO]
        taken = {name_key(s.name).casefold() for s in model.scenarios}
        replaced = [n for n in names if name_key(n).casefold() in taken]
        try:
            for ballot in self.ballots:
                model = edits.add_scenario(model, ballot.participant, ballot.weights)
            model = edits.add_scenario(model, GROUP_SCENARIO, self.group.weights)
        except InputError as error:
            self.feedback.setText(error.summary(lang=current_language()))
            return
        if model.scenarios == self.session.state.model.scenarios:
            self.feedback.setText(self.tr("These scenarios are already in the study, with the same weights."))
            return
        label = self.tr("Scenarios from {ballots}").format(ballots=ballots_text(len(self.ballots)))
        if not self.session.edit_model(model, label, {"structure"}):
            return
        saved = {"scenarios": scenarios_text(len(names)), "names": ", ".join(names)}
        if replaced:
            text = self.tr(
                "Saved {scenarios}: {names} (replacing the earlier {replaced}). File > Save writes them to "
                "the workbook."
            ).format(replaced=", ".join(replaced), **saved)
        else:
            text = self.tr("Saved {scenarios}: {names}. File > Save writes them to the workbook.").format(
                **saved
            )
        self.feedback.setText(text)


def import_ballots(session, parent: QWidget | None = None) -> None:
    """Ask for ballot files, then show the import dialog."""
    folder = default_ballots_folder(session)
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Ballots", "Returned ballots (select one or more)"),
        str(folder) if folder.is_dir() else "",
        QCoreApplication.translate("Ballots", "Excel workbooks (*.xlsx)"),
    )
    if paths:
        BallotsImportDialog(session, paths, parent).exec()
