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
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from criteria import edits
from criteria.model import Direction
from desktop.charts.style import criterion_colours
from desktop.core_words import weights_words
from desktop.panels.text import coloured
from desktop.session import StudyChange, StudySession

HEADERS = (
    QT_TRANSLATE_NOOP("WeightsPanel", "Lock"),
    QT_TRANSLATE_NOOP("WeightsPanel", "Criterion"),
    QT_TRANSLATE_NOOP("WeightsPanel", "Direction"),
    QT_TRANSLATE_NOOP("WeightsPanel", "Weight"),
)
STEPS = 1000  # slider resolution: 0.1 percentage point (keys and the box can set it)
WHOLE_PERCENT = STEPS // 100  # a mouse drag lands on whole percents: pixels would skip 0.1% steps
NO_SCENARIO = QT_TRANSLATE_NOOP("WeightsPanel", "(choose a scenario)")


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
        self.name = QLabel(f'<span style="color:{colour}">■</span> {criterion.name}')
        self.name.setToolTip(criterion.description or criterion.name)
        self.name.setWordWrap(True)  # long names wrap instead of widening the panel
        self.direction = QComboBox()
        # never narrower than its words: Qt keeps the minimum size it measured at the first text
        # size, so +4 text cut "lợi ích"; its size hint follows the font and is now the minimum
        self.direction.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.direction.addItems(["", ""])  # named by retranslate()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setSingleStep(WHOLE_PERCENT)
        self.slider.setPageStep(5 * WHOLE_PERCENT)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSuffix(" %")
        self.spin.setKeyboardTracking(False)  # typing "35" is one edit, not 3% then 35%
        self.lock.toggled.connect(lambda on: panel.session.set_locked(index, on))
        self.direction.activated.connect(lambda choice: panel.on_direction(index, choice))
        self.slider.sliderPressed.connect(panel.session.begin_drag)
        self.slider.sliderReleased.connect(panel.session.end_drag)
        self.slider.valueChanged.connect(
            lambda value: panel.session.set_weight(index, slider_share(self.slider, value))
        )
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
        self.grid.setHorizontalSpacing(4)  # a narrow panel leaves the charts room on a 1024 px screen
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
        buttons.addStretch(1)
        # the selector gets the panel's whole width: "S3 Green financier (edited)" must not be cut
        self.scenarios.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenarios.setMinimumContentsLength(12)
        scenario_row = QHBoxLayout()
        scenario_row.addWidget(self.scenarios, 1)
        scenario_row.addWidget(self.manage)
        save_row = QHBoxLayout()
        self.scenario_label = QLabel()
        save_row.addWidget(self.scenario_label)
        save_row.addStretch(1)
        save_row.addWidget(self.save_scenario)
        self.origin = QLabel()  # where the weights came from: the room must be able to say whose they are
        self.origin.setWordWrap(True)
        self.hint = hint = QLabel()
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
        self._fill_scenarios()
        self._show_values()

    def _fill_scenarios(self) -> None:
        """List the model's scenarios, then show which one the weights are."""
        blocker = QSignalBlocker(self.scenarios)
        self.scenarios.clear()
        self.scenarios.addItem(self.tr(NO_SCENARIO))
        self.scenarios.addItems([s.name for s in self.session.state.model.scenarios])
        blocker.unblock()
        self._show_scenario()

    def _show_scenario(self) -> None:
        """Name the scenario whose weights these are; else "S3 (edited)", "Workbook weights" or
        "Custom weights", so the selector never names weights the room is no longer looking at."""
        state = self.session.state
        shown = state.scenario_shown
        blocker = QSignalBlocker(self.scenarios)
        self.scenarios.setItemText(0, self.tr(NO_SCENARIO) if shown else weights_words(state.weights_label))
        self.scenarios.setCurrentIndex(max(self.scenarios.findText(shown), 0) if shown else 0)
        blocker.unblock()
        self.scenarios.setToolTip(
            self.tr("Weight scenarios from the workbook's Scenarios sheet: {names}").format(
                names=weights_words(state.weights_label)
            )
            if not shown
            else self.tr("The weights of scenario {name}").format(name=shown)
        )
        self.origin.setText(
            self.tr("Weights from: {source}").format(source=weights_words(state.weights_from))
        )
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
        self.origin.setAccessibleName(self.tr("Where the weights came from"))
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
            self._fill_scenarios()
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
            label=self.tr("Direction: {criterion} {old} -> {new}").format(
                criterion=name,
                old=self._direction_word(not (choice == 0)),
                new=self._direction_word(choice == 0),
            ),
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
        name, ok = QInputDialog.getText(self, self.tr("Save weights as scenario"), self.tr("Scenario name:"))
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
