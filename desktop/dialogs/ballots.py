"""Send ballots to participants and read them back: disagreement, rankings, group weights.

The import dialog shows the same report as `partner-scout aggregate` (``group_report``):
problems per ballot, group weights with the spread and who is furthest per criterion,
and the ranking under the group's and each participant's weights. "Use group
weights" is one undo step; "Save as scenarios" adds a scenario per participant plus
``Group`` (another single step), so the robustness views can compare them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from criteria import edits
from criteria.aggregation import aggregate
from criteria.errors import InputError, OutputError
from desktop.cli_ballots import GROUP_SCENARIO, group_report


class BallotsExportDialog(QDialog):
    """Participant names (one per line) and a folder; writes one ballot workbook each."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.written: list[Path] = []
        self.setWindowTitle("Send ballots")
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText("One participant per line")
        self.folder = QLineEdit(str(Path(session.path).parent / "ballots") if session.path else "")
        browse = QPushButton("Browse...")
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow("Participants", self.names)
        form.addRow("Folder", row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the ballots", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _on_save_clicked(self) -> None:
        from workbooks.ballots import write_ballots

        names = [line for line in self.names.toPlainText().splitlines() if line.strip()]
        study = Path(self.session.path).name if self.session.path else ""
        try:
            self.written = write_ballots(
                self.session.state.model, names, self.folder.text().strip() or ".", study
            )
        except (InputError, OutputError) as error:
            self.message.setText(error.summary() if isinstance(error, InputError) else str(error))
            return
        self.message.setText(f"Wrote {len(self.written)} ballots to {self.written[0].parent}.")


def _table(headers, rows) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()
    return table


class BallotsImportDialog(QDialog):
    """Read returned ballots, show where participants disagree, apply or save the results."""

    def __init__(self, session, paths, parent: QWidget | None = None):
        super().__init__(parent)
        from workbooks.ballots import read_ballots

        self.session = session
        self.setWindowTitle("Returned ballots")
        self.ballots, self.problems = read_ballots(paths, session.state.model)
        layout = QVBoxLayout(self)
        self.problem_text = QLabel("\n".join(str(p) for p in self.problems[:12]) or "All ballots read.")
        self.problem_text.setWordWrap(True)
        layout.addWidget(self.problem_text)
        self.combine = QComboBox()
        self.combine.addItem("Arithmetic mean of weights", "mean")
        if self.ballots and all(b.matrix is not None for b in self.ballots):
            self.combine.addItem("Geometric mean of judgements (Aczél-Saaty)", "geometric")
        self.combine.currentIndexChanged.connect(self._on_combine_changed)
        layout.addWidget(self.combine)
        self.tables = QVBoxLayout()
        layout.addLayout(self.tables)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = buttons.addButton("Use group weights", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton("Save as scenarios", QDialogButtonBox.ButtonRole.ActionRole)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.group = None
        self._show()

    def _show(self) -> None:
        while self.tables.count():
            self.tables.takeAt(0).widget().deleteLater()
        self.group = aggregate(self.ballots, self.combine.currentData()) if self.ballots else None
        for button in (self.use_button, self.save_button):
            button.setEnabled(self.group is not None)
        if self.group is None:
            return
        report = group_report(self.session.state, self.ballots, self.group)
        self.disagreement = _table(
            ["Criterion", "Group", "Lowest", "Highest", "Spread", "Furthest from group"],
            [
                (
                    d["criterion"],
                    f"{d['group']:.1%}",
                    f"{d['low']:.1%}",
                    f"{d['high']:.1%}",
                    f"{d['spread']:.3f}",
                    f"{d['furthest']} ({d['furthest_gap']:+.1%})",
                )
                for d in report["disagreement"]
            ],
        )
        people = [p["name"] for p in report["participants"]]
        self.rankings = _table(
            ["Group rank", "Partner", *people],
            [(r["rank"], r["partner"], *(r["ranks"][n] for n in people)) for r in report["ranking"]],
        )
        self.tables.addWidget(self.disagreement)
        self.tables.addWidget(self.rankings)

    def _on_combine_changed(self, _index: int) -> None:
        self._show()

    def _on_use_clicked(self) -> None:
        self.session.set_weights(self.group.weights, f"Weights: group of {len(self.ballots)} ballots")

    def _on_save_clicked(self) -> None:
        model = self.session.state.model
        try:
            for ballot in self.ballots:
                model = edits.add_scenario(model, ballot.participant, ballot.weights)
            model = edits.add_scenario(model, GROUP_SCENARIO, self.group.weights)
        except InputError as error:
            self.problem_text.setText(error.summary())
            return
        self.session.edit_model(model, f"Scenarios from {len(self.ballots)} ballots", {"structure"})


def import_ballots(session, parent: QWidget | None = None) -> None:
    """Ask for ballot files, then show the import dialog."""
    paths, _ = QFileDialog.getOpenFileNames(parent, "Returned ballots", "", "Excel workbooks (*.xlsx)")
    if paths:
        BallotsImportDialog(session, paths, parent).exec()
