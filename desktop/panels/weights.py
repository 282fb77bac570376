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

from PySide6.QtCore import QSignalBlocker, Qt
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
from desktop.panels.text import coloured
from desktop.session import StudyChange, StudySession

STEPS = 1000  # slider resolution: 0.1 percentage point (keys and the box can set it)
WHOLE_PERCENT = STEPS // 100  # a mouse drag lands on whole percents: pixels would skip 0.1% steps
NO_SCENARIO = "(choose a scenario)"


def slider_share(slider: QSlider, value: int) -> float:
    """The weight a slider position means; while dragged, rounded to a whole percent."""
    if slider.isSliderDown():
        value = round(value / WHOLE_PERCENT) * WHOLE_PERCENT
    return value / STEPS


class CriterionRow:
    """The widgets of one criterion (a plain holder; the panel lays them out)."""

    def __init__(self, panel: WeightsPanel, index: int, colour: str):
        criterion = panel.session.state.model.criteria[index]
        self.lock = QCheckBox()
        self.lock.setToolTip(f"Lock the weight of {criterion.name}: other edits leave it as it is")
        self.name = QLabel(f'<span style="color:{colour}">■</span> {criterion.name}')
        self.name.setToolTip(criterion.description or criterion.name)
        self.name.setWordWrap(True)  # long names wrap instead of widening the panel
        self.direction = QComboBox()
        self.direction.addItems(["benefit", "cost"])
        self.direction.setToolTip("benefit: higher is better; cost: lower is better")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setSingleStep(WHOLE_PERCENT)
        self.slider.setPageStep(5 * WHOLE_PERCENT)
        self.slider.setAccessibleName(f"Weight of {criterion.name}")
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSuffix(" %")
        self.spin.setKeyboardTracking(False)  # typing "35" is one edit, not 3% then 35%
        self.spin.setAccessibleName(f"Weight of {criterion.name} in percent")
        self.lock.toggled.connect(lambda on: panel.session.set_locked(index, on))
        self.direction.activated.connect(lambda choice: panel.on_direction(index, choice))
        self.slider.sliderPressed.connect(panel.session.begin_drag)
        self.slider.sliderReleased.connect(panel.session.end_drag)
        self.slider.valueChanged.connect(
            lambda value: panel.session.set_weight(index, slider_share(self.slider, value))
        )
        self.spin.valueChanged.connect(lambda value: panel.session.set_weight(index, value / 100))

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
        self.grid.setHorizontalSpacing(4)  # a narrow panel leaves the charts room on a 1024 px screen
        self.equal = QPushButton("&Equal")
        self.reset = QPushButton("&Reset")
        self.reset.setToolTip("Back to the weights in the workbook's Criteria sheet")
        self.scenarios = QComboBox()
        self.scenarios.setToolTip("Weight scenarios from the workbook's Scenarios sheet")
        self.save_scenario = QPushButton("Save as scenario…")
        self.manage = QToolButton()
        self.manage.setText("⋯")
        self.manage.setToolTip("Rename, update or delete the chosen scenario")
        self.manage.setAccessibleName("Manage scenarios")
        self.manage.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.manage_menu = QMenu(self.manage)
        self.rename_action = self.manage_menu.addAction("Rename…")
        self.update_action = self.manage_menu.addAction("Update with current weights")
        self.update_action.setToolTip("Overwrite the chosen scenario's weights with the weights shown above")
        self.manage_menu.addSeparator()
        self.delete_action = self.manage_menu.addAction("Delete…")
        self.manage.setMenu(self.manage_menu)
        self.rename_action.triggered.connect(self._on_rename_action_triggered)
        self.update_action.triggered.connect(self._on_update_action_triggered)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.equal.setToolTip("Every criterion counts the same")
        self.equal.clicked.connect(session.equal_weights)
        self.reset.clicked.connect(session.reset_weights)
        self.scenarios.activated.connect(self._on_scenarios_activated)
        self.save_scenario.clicked.connect(self._on_save_scenario_clicked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.equal)
        buttons.addWidget(self.reset)
        buttons.addStretch(1)
        # the selector gets the panel's whole width: "S3 Green financier (edited)" must not be cut
        self.scenarios.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenarios.setMinimumContentsLength(12)
        scenario_row = QHBoxLayout()
        scenario_row.addWidget(self.scenarios, 1)
        scenario_row.addWidget(self.manage)
        save_row = QHBoxLayout()
        save_row.addWidget(QLabel("Scenario:"))
        save_row.addStretch(1)
        save_row.addWidget(self.save_scenario)
        self.origin = QLabel()  # where the weights came from: the room must be able to say whose they are
        self.origin.setWordWrap(True)
        self.origin.setAccessibleName("Where the weights came from")
        hint = QLabel(
            "Drag a slider: the other weights rescale, locked ones stay. Weights always add up to 100%."
        )
        hint.setWordWrap(True)
        coloured(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addLayout(save_row)
        layout.addLayout(scenario_row)
        layout.addWidget(self.origin)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._build()
        session.changed.connect(self._on_session_changed)
        session.locks_changed.connect(lambda _locks: self._show_values())

    def _build(self) -> None:
        """One row per criterion (lock, name, direction, percent) with its slider full width below."""
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        for column, title in enumerate(("Lock", "Criterion", "Direction", "Weight")):
            if self.grid.itemAtPosition(0, column) is None:
                self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
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
        self._fill_scenarios()
        self._show_values()

    def _fill_scenarios(self) -> None:
        """List the model's scenarios, then show which one the weights are."""
        blocker = QSignalBlocker(self.scenarios)
        self.scenarios.clear()
        self.scenarios.addItem(NO_SCENARIO)
        self.scenarios.addItems([s.name for s in self.session.state.model.scenarios])
        blocker.unblock()
        self._show_scenario()

    def _show_scenario(self) -> None:
        """Name the scenario whose weights these are; else "S3 (edited)", "Workbook weights" or
        "Custom weights", so the selector never names weights the room is no longer looking at."""
        state = self.session.state
        shown = state.scenario_shown
        blocker = QSignalBlocker(self.scenarios)
        self.scenarios.setItemText(0, NO_SCENARIO if shown else state.weights_label)
        self.scenarios.setCurrentIndex(max(self.scenarios.findText(shown), 0) if shown else 0)
        blocker.unblock()
        self.scenarios.setToolTip(
            f"Weight scenarios from the workbook's Scenarios sheet: {state.weights_label}"
            if not shown
            else f"The weights of scenario {shown}"
        )
        self.origin.setText(f"Weights from: {state.weights_from}")
        self._enable_manage()

    def current_scenario(self) -> str | None:
        """The scenario chosen in the selector (or the one the weights were edited from), or None."""
        position = self.scenarios.currentIndex()
        return self.scenarios.itemText(position) if position > 0 else self.session.state.edited_scenario

    def _enable_manage(self) -> None:
        chosen = self.current_scenario() is not None
        for action in (self.rename_action, self.update_action, self.delete_action):
            action.setEnabled(chosen)
        self.manage.setEnabled(bool(self.session.state.model.scenarios))

    def _show_values(self) -> None:
        state = self.session.state
        for j, row in enumerate(self.rows):
            row.show(state.weights[j], state.model.criteria[j].direction, j in self.session.locked)

    def _on_session_changed(self, change: StudyChange) -> None:
        if change.what & {"structure", "file"}:
            self._build()
            return
        if change.what & {"weights", "values", "method"}:
            self._show_values()
        if "scenarios" in change.what:
            self._fill_scenarios()
        elif "weights" in change.what:
            self._show_scenario()

    # -- slots -----------------------------------------------------------------------------------

    def on_direction(self, index: int, choice: int) -> None:
        direction = Direction.BENEFIT if choice == 0 else Direction.COST
        name = self.session.state.model.criteria[index].name
        self.session.try_edit(
            edits.set_direction,
            index,
            direction,
            label=f"Direction: {name} -> {direction.value}",
            what={"structure"},
        )

    def _on_scenarios_activated(self, position: int) -> None:
        if position > 0:
            self.session.apply_scenario(self.scenarios.itemText(position))
        self._show_scenario()  # also when nothing changed (the first item is a status, not a choice)

    def _on_save_scenario_clicked(self) -> None:
        name = self.ask_scenario_name()
        if name:
            self.session.add_scenario(name)

    def ask_scenario_name(self) -> str | None:
        """The name for a new scenario (tests replace this to avoid a modal dialog)."""
        name, ok = QInputDialog.getText(self, "Save weights as scenario", "Scenario name:")
        return name if ok else None

    def _on_rename_action_triggered(self) -> None:
        old = self.current_scenario()
        new = self.ask_scenario_rename(old) if old else None
        if new:
            self.session.rename_scenario(old, new)

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
        name, ok = QInputDialog.getText(self, "Rename scenario", f"New name for {old!r}:", text=old)
        return name if ok else None

    def ask_delete_scenario(self, name: str) -> bool:
        """Whether to delete scenario ``name`` (tests replace this to avoid a modal dialog)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            "Delete scenario",
            f"Delete the scenario {name!r}? Edit > Undo brings it back.",
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes
