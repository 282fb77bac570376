"""Criteria and weights: per criterion a lock, a direction, a slider and a percent box.

The slider (0..1000) and the spin box both show the criterion's normalised share.
Slots only translate widget values into session calls; the session signal sets
every widget back, under ``QSignalBlocker`` so no edit echoes into another.

Below the sliders, the scenario selector applies a workbook scenario; next to it the
"⋯" button's menu renames, updates (with the current weights) or deletes the chosen
scenario, each one undo step. Questions to the user go through ``ask_*`` methods that
tests replace.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from criteria import edits
from criteria.model import Direction
from desktop.charts.style import criterion_colours
from desktop.session import StudyChange, StudySession

HEADERS = (
    QT_TRANSLATE_NOOP("WeightsPanel", "Lock"),
    QT_TRANSLATE_NOOP("WeightsPanel", "Criterion"),
    QT_TRANSLATE_NOOP("WeightsPanel", "Direction"),
    QT_TRANSLATE_NOOP("WeightsPanel", "Weight"),
)
NO_SCENARIO = QT_TRANSLATE_NOOP("WeightsPanel", "(choose a scenario)")
STEPS = 1000  # slider resolution: 0.1 percentage point


class CriterionRow:
    """The widgets of one criterion (a plain holder; the panel lays them out)."""

    def __init__(self, panel: WeightsPanel, index: int, colour: str):
        criterion = panel.session.state.model.criteria[index]
        self.lock = QCheckBox()
        self.name = QLabel(f'<span style="color:{colour}">■</span> {criterion.name}')
        self.name.setToolTip(criterion.description or criterion.name)
        self.name.setWordWrap(True)  # long names wrap instead of widening the panel
        self.direction = QComboBox()
        self.direction.addItems(["", ""])  # named by retranslate()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setPageStep(50)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSuffix(" %")
        self.spin.setKeyboardTracking(False)  # typing "35" is one edit, not 3% then 35%
        self.lock.toggled.connect(lambda on: panel.session.set_locked(index, on))
        self.direction.activated.connect(lambda choice: panel.on_direction(index, choice))
        self.slider.sliderPressed.connect(panel.session.begin_drag)
        self.slider.sliderReleased.connect(panel.session.end_drag)
        self.slider.valueChanged.connect(lambda value: panel.session.set_weight(index, value / STEPS))
        self.spin.valueChanged.connect(lambda value: panel.session.set_weight(index, value / 100))
        self.retranslate(criterion.name)

    def retranslate(self, name: str) -> None:
        """The row's words in the interface's language (the panel's context)."""
        self.lock.setToolTip(
            QCoreApplication.translate(
                "WeightsPanel", "Lock the weight of {criterion}: other edits leave it as it is"
            ).format(criterion=name)
        )
        self.direction.setItemText(0, QCoreApplication.translate("WeightsPanel", "benefit"))
        self.direction.setItemText(1, QCoreApplication.translate("WeightsPanel", "cost"))
        self.direction.setToolTip(
            QCoreApplication.translate("WeightsPanel", "benefit: higher is better; cost: lower is better")
        )
        self.slider.setAccessibleName(
            QCoreApplication.translate("WeightsPanel", "Weight of {criterion}").format(criterion=name)
        )
        self.spin.setAccessibleName(
            QCoreApplication.translate("WeightsPanel", "Weight of {criterion} in percent").format(
                criterion=name
            )
        )

    def widgets(self) -> tuple[QWidget, ...]:
        return self.lock, self.name, self.direction, self.slider, self.spin

    def show(self, share: float, direction: Direction, locked: bool) -> None:
        for widget in self.widgets():
            blocker = QSignalBlocker(widget)
            if widget is self.slider:
                widget.setValue(round(share * STEPS))
            elif widget is self.spin:
                widget.setValue(share * 100)
            elif widget is self.direction:
                widget.setCurrentIndex(0 if direction is Direction.BENEFIT else 1)
            elif widget is self.lock:
                widget.setChecked(locked)
            blocker.unblock()


class WeightsPanel(QWidget):
    def __init__(self, session: StudySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.rows: list[CriterionRow] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(2)
        self.equal = QPushButton()
        self.reset = QPushButton()
        self.scenarios = QComboBox()
        self.save_scenario = QPushButton()
        self.manage = QToolButton()
        self.manage.setText("⋯")
        self.manage.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.manage_menu = QMenu(self.manage)
        self.rename_action = self.manage_menu.addAction("")
        self.update_action = self.manage_menu.addAction("")
        self.manage_menu.addSeparator()
        self.delete_action = self.manage_menu.addAction("")
        self.manage.setMenu(self.manage_menu)
        self.rename_action.triggered.connect(self._on_rename_action_triggered)
        self.update_action.triggered.connect(self._on_update_action_triggered)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.equal.clicked.connect(session.equal_weights)
        self.reset.clicked.connect(session.reset_weights)
        self.scenarios.activated.connect(self._on_scenarios_activated)
        self.save_scenario.clicked.connect(self._on_save_scenario_clicked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.equal)
        buttons.addWidget(self.reset)
        scenario_row = QHBoxLayout()
        self.scenario_label = QLabel()
        scenario_row.addWidget(self.scenario_label)
        scenario_row.addWidget(self.scenarios, 1)
        scenario_row.addWidget(self.manage)
        buttons.addWidget(self.save_scenario)
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addLayout(scenario_row)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.headers: list[QLabel] = []
        self._retranslate_panel()
        self._build()
        session.changed.connect(self._on_session_changed)
        session.locks_changed.connect(lambda _locks: self._show_values())

    def _build(self) -> None:
        """One row per criterion (lock, name, direction, percent) with its slider full width below."""
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        if not self.headers:
            self.headers = [QLabel() for _title in HEADERS]
            for column, header in enumerate(self.headers):
                self.grid.addWidget(header, 0, column)
            self._retranslate_headers()
        criteria = self.session.state.model.criteria
        colours = criterion_colours(len(criteria))
        self.rows = [CriterionRow(self, j, colours[j]) for j in range(len(criteria))]
        for j, row in enumerate(self.rows):
            top = 1 + 2 * j
            self.grid.addWidget(row.lock, top, 0)
            self.grid.addWidget(row.name, top, 1)
            self.grid.addWidget(row.direction, top, 2)
            self.grid.addWidget(row.spin, top, 3)
            self.grid.addWidget(row.slider, top + 1, 1, 1, 3)
        self._fill_scenarios(keep=self.current_scenario())
        self._show_values()

    def _fill_scenarios(self, keep: str | None = None) -> None:
        """List the model's scenarios; ``keep`` stays chosen if it is still there."""
        blocker = QSignalBlocker(self.scenarios)
        self.scenarios.clear()
        self.scenarios.addItem(self.tr(NO_SCENARIO))
        self.scenarios.addItems([s.name for s in self.session.state.model.scenarios])
        self.scenarios.setCurrentIndex(max(self.scenarios.findText(keep), 0) if keep else 0)
        blocker.unblock()
        self._enable_manage()

    def current_scenario(self) -> str | None:
        """The scenario chosen in the selector, or None."""
        position = self.scenarios.currentIndex()
        return self.scenarios.itemText(position) if position > 0 else None

    def _enable_manage(self) -> None:
        chosen = self.current_scenario() is not None
        for action in (self.rename_action, self.update_action, self.delete_action):
            action.setEnabled(chosen)
        self.manage.setEnabled(bool(self.session.state.model.scenarios))

    def _retranslate_panel(self) -> None:
        self.equal.setText(self.tr("&Equal"))
        self.equal.setToolTip(self.tr("Every criterion counts the same"))
        self.reset.setText(self.tr("&Reset"))
        self.reset.setToolTip(self.tr("Back to the weights in the workbook's Criteria sheet"))
        self.save_scenario.setText(self.tr("Save as scenario…"))
        self.manage.setToolTip(self.tr("Rename, update or delete the chosen scenario"))
        self.manage.setAccessibleName(self.tr("Manage scenarios"))
        self.rename_action.setText(self.tr("Rename…"))
        self.update_action.setText(self.tr("Update with current weights"))
        self.update_action.setToolTip(
            self.tr("Overwrite the chosen scenario's weights with the weights shown above")
        )
        self.delete_action.setText(self.tr("Delete…"))
        self.scenario_label.setText(self.tr("Scenario:"))
        self.scenarios.setToolTip(self.tr("Weight scenarios from the workbook's Scenarios sheet"))
        self.hint.setText(
            self.tr(
                "Drag a slider: the other weights rescale, locked ones stay. Weights always add up to 100%."
            )
        )

    def _retranslate_headers(self) -> None:
        for header, title in zip(self.headers, HEADERS, strict=True):
            header.setText(f"<b>{self.tr(title)}</b>")

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_panel()
            self._retranslate_headers()
            for row, criterion in zip(self.rows, self.session.state.model.criteria, strict=True):
                row.retranslate(criterion.name)
            self._fill_scenarios(keep=self.current_scenario())
        super().changeEvent(event)

    def _direction_word(self, benefit: bool) -> str:
        return self.tr("benefit") if benefit else self.tr("cost")

    def _show_values(self) -> None:
        state = self.session.state
        for j, row in enumerate(self.rows):
            row.show(state.weights[j], state.model.criteria[j].direction, j in self.session.locked)

    def _on_session_changed(self, change: StudyChange) -> None:
        if change.what & {"structure", "file"}:
            self._build()
        elif change.what & {"weights", "values", "method"}:
            self._show_values()
        if "scenarios" in change.what and not change.what & {"structure", "file"}:
            self._fill_scenarios(keep=self.current_scenario())

    # -- slots -----------------------------------------------------------------------------------

    def on_direction(self, index: int, choice: int) -> None:
        direction = Direction.BENEFIT if choice == 0 else Direction.COST
        name = self.session.state.model.criteria[index].name
        self.session.try_edit(
            edits.set_direction,
            index,
            direction,
            label=self.tr("Direction: {criterion} {old} -> {new}").format(
                criterion=name,
                old=self._direction_word(not (choice == 0)),
                new=self._direction_word(choice == 0),
            ),
            what={"structure"},
        )

    def _on_scenarios_activated(self, position: int) -> None:
        self._enable_manage()
        if position > 0:
            self.session.apply_scenario(self.scenarios.itemText(position))

    def _on_save_scenario_clicked(self) -> None:
        name = self.ask_scenario_name()
        if name:
            self.session.add_scenario(name)

    def ask_scenario_name(self) -> str | None:
        """The name for a new scenario (tests replace this to avoid a modal dialog)."""
        name, ok = QInputDialog.getText(self, self.tr("Save weights as scenario"), self.tr("Scenario name:"))
        return name if ok else None

    def _on_rename_action_triggered(self) -> None:
        old = self.current_scenario()
        new = self.ask_scenario_rename(old) if old else None
        if new and self.session.rename_scenario(old, new):
            self._fill_scenarios(keep=self.session.state.model.scenario(new).name)

    def _on_update_action_triggered(self) -> None:
        name = self.current_scenario()
        if name:
            self.session.update_scenario(name)

    def _on_delete_action_triggered(self) -> None:
        name = self.current_scenario()
        if name and self.ask_delete_scenario(name):
            self.session.remove_scenario(name)

    def ask_scenario_rename(self, old: str) -> str | None:
        """The new name for scenario ``old`` (tests replace this to avoid a modal dialog)."""
        name, ok = QInputDialog.getText(
            self, self.tr("Rename scenario"), self.tr("New name for {name}:").format(name=repr(old)), text=old
        )
        return name if ok else None

    def ask_delete_scenario(self, name: str) -> bool:
        """Whether to delete scenario ``name`` (tests replace this to avoid a modal dialog)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Delete scenario"),
            self.tr("Delete the scenario {name}? Edit > Undo brings it back.").format(name=repr(name)),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes
