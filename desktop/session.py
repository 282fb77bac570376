"""The one study the window shows: current ``StudyState``, its ``Ranking``, the undo stack.

Public interface (views and colleagues' panels rely on it; keep it stable):

Signals
    ``changed(StudyChange)``: emitted once per applied state, carrying
    ``StudyChange(state, ranking, what)`` where ``what`` is a frozenset drawn from
    ``{"weights", "values", "structure", "method", "file", "scenarios"}``;
    views refresh only what changed ("file" = a new study was loaded, refresh everything;
    "scenarios" = only the model's named scenarios changed: added, renamed, updated or
    deleted, so partners, criteria, values and the ranking are as they were, and results
    that do not read the scenarios stay valid).
    ``selection_changed(tuple)``: selected partner indices (model rows), set by tables
    (selection is not a study change: ``changed`` never carries it).
    ``locks_changed(frozenset)``: criterion indices whose weight is locked.
    ``file_changed()``: path or clean state changed (window title).
    ``failed(str)``: an edit was refused; the message says why (shown in the status bar).

Attributes
    ``state`` (StudyState), ``ranking`` (scoring Ranking), ``baseline`` (Ranking
    under the workbook's own weights, for rank-change arrows), ``undo_stack``
    (QUndoStack), ``selection`` (tuple of partner indices), ``locked`` (frozenset),
    ``path`` (where Save writes, or None), ``source`` (workbook whose other sheets
    saves keep), ``is_dirty``, ``acceptability`` (see below).

Monte Carlo result
    ``set_acceptability(result, state)`` records the latest Monte Carlo rank acceptability
    (``scoring.sensitivity.Acceptability``) and the state it was computed for; the robustness
    panel calls it when a run finishes. ``acceptability`` returns it only while that state
    still ranks as the current one (``StudyState.same_ranking_inputs``: an edit of the named
    scenarios does not make it stale; None once it is stale or when no run was made), so
    consumers such as File > Export results read it here without knowing the panel.

Edits (each one undo step)
    ``set_weight(index, share)`` (merged within one drag: ``begin_drag()`` /
    ``end_drag()``; a drag that ends where it began leaves no step), ``set_weights(weights,
    label, source=None, scenario=None)`` (``source``: where they came from, ``state.weights_from``), ``set_method(key)``,
    ``apply_scenario(name)``, ``add_scenario(name)``, ``rename_scenario(old, new)``,
    ``update_scenario(name)`` (current weights), ``remove_scenario(name)``, ``equal_weights()``,
    ``reset_weights()``, ``edit_model(new_model, label, what)``,
    ``edit_structure(new_model, weights, label)``.

Loading
    ``load(state, path, source=None, ranking=None, dominance=None)`` replaces the whole
    study; a background open passes the ``Ranking`` and ``dominance`` it computed for
    ``state`` off the GUI thread (dominance is O(n^2): 6 s at 20,000 partners), so the
    GUI thread does not compute them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from criteria import edits
from criteria.errors import InputError
from criteria.levels import LevelPolicy, set_levels
from criteria.model import DecisionModel, name_key
from criteria.preference import set_preference
from criteria.study import WORKBOOK_WEIGHTS, StudyState
from criteria.value_functions import set_value_function
from criteria.weights import equal, normalise, with_weight
from criteria.weights_words import EQUAL_WEIGHTS, SCENARIO
from desktop.i18n import current_language
from desktop.undo import SetWeightCommand, StateCommand


@dataclass(frozen=True, eq=False)
class StudyChange:
    state: StudyState
    ranking: object  # scoring Ranking
    what: frozenset[str]


class StudySession(QObject):
    changed = Signal(object)
    selection_changed = Signal(tuple)
    locks_changed = Signal(object)
    file_changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        state: StudyState,
        path: str | None = None,
        source: str | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        from scoring import rank  # scoring pulls numpy only; import here so tests can build sessions early

        self._rank = rank
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.state = state
        self.ranking = rank(state)
        self.baseline = self._baseline(state)
        self.path, self.source = path, source
        self.selection: tuple[int, ...] = ()
        self.locked: frozenset[int] = frozenset()
        self._drag = 0  # id of the current slider drag; weight edits with the same id merge
        self._dragging = False
        self._pending: tuple[StudyState, object] | None = None
        self._dominance: tuple[DecisionModel, tuple[tuple[int, ...], ...]] | None = None  # (model, value)
        self._acceptability: tuple[StudyState, object] | None = None  # (state, Monte Carlo result)

    # -- applying states -------------------------------------------------------------------------

    def _baseline(self, state: StudyState):
        try:
            return self._rank(state.replace(weights=normalise(state.model.workbook_weights)))
        except InputError:  # workbook weights all zero after an edit: compare with the current ranking
            return self.ranking

    def _checked(self, state: StudyState):
        """Rank ``state`` before it goes on the stack, so a refused edit never becomes an undo step."""
        try:
            ranking = self._rank(state)
        except InputError as error:
            self.failed.emit(error.summary(lang=current_language()))
            return None
        self._pending = (state, ranking)
        return ranking

    def apply(self, state: StudyState, what: frozenset[str]) -> None:
        """Make ``state`` current, rank it once and emit one ``changed`` signal (undo commands call this)."""
        pending, self._pending = self._pending, None
        ranking = pending[1] if pending and pending[0] is state else self._rank(state)
        # scenarios only: partners, criteria and values are as they were, so the baseline and
        # the dominance (weight-independent, O(n^2)) carry over to the new model
        model_changed = state.model is not self.state.model and what != {"scenarios"}
        if what == {"scenarios"} and self._dominance is not None and self._dominance[0] is self.state.model:
            self._dominance = (state.model, self._dominance[1])
        if "structure" in what and self.locked:
            self._follow_locks(self.state.model, state.model)
        if state.levels != self.state.levels:  # other partners ranked: the cached dominance is theirs
            self._dominance = None
        self.state, self.ranking = state, ranking
        if model_changed or "method" in what:
            self.baseline = self._baseline(state)
            valid = len(state.model.partners)
            if any(i >= valid for i in self.selection):
                self.set_selection(i for i in self.selection if i < valid)
        self.changed.emit(StudyChange(state, ranking, frozenset(what)))

    def _follow_locks(self, old: DecisionModel, new: DecisionModel) -> None:
        """Keep each lock on its criterion when criteria are added or removed (by name, not position)."""
        if len(old.criteria) == len(new.criteria):  # renamed or edited in place: positions hold
            return
        names = {name_key(old.criteria[i].name) for i in self.locked if i < len(old.criteria)}
        locked = frozenset(j for j, c in enumerate(new.criteria) if name_key(c.name) in names)
        if locked != self.locked:
            self.locked = locked
            self.locks_changed.emit(locked)

    def push(self, state: StudyState, label: str, what: set[str] | frozenset[str]) -> bool:
        """Push a generic undoable change; False (and ``failed``) when the new state cannot be ranked.

        A change that changes nothing (Equal when the weights are equal already) is no undo step:
        it would make the study look unsaved after everything was undone.
        """
        if self._unchanged(state):
            return True
        if self._checked(state) is None:
            return False
        self.undo_stack.push(StateCommand(self, self.state, state, label, frozenset(what)))
        return True

    def _unchanged(self, state: StudyState) -> bool:
        old = self.state
        return (
            state.model is old.model
            and state.weights == old.weights
            and (state.method, state.missing, state.origin) == (old.method, old.missing, old.origin)
            and state.levels == old.levels
            and state.vikor_v == old.vikor_v
        )

    def load(
        self,
        state: StudyState,
        path: str | None,
        source: str | None = None,
        ranking=None,
        dominance: tuple[tuple[int, ...], ...] | None = None,
    ) -> bool:
        """Replace the whole study (open, new, restore): a fresh undo history.

        ``path`` is where Save writes (None: ask); ``source`` the workbook whose
        other sheets a save keeps (the bundled sample has a source but no path).
        ``ranking`` and ``dominance``, when given, were computed for ``state`` already
        (in the background worker) and are used as they are.
        """
        if ranking is None:
            if self._checked(state) is None:
                return False
        else:
            self._pending = (state, ranking)
        if dominance is not None:
            self._dominance = (state.model, dominance)
        self.undo_stack.clear()
        self.path, self.source = path, source
        self.selection = ()
        self.locked = frozenset()
        self.locks_changed.emit(self.locked)
        self.apply(state, frozenset({"file", "structure", "values", "weights", "method"}))
        self.undo_stack.setClean()
        self.file_changed.emit()
        return True

    @property
    def dominance(self) -> tuple[tuple[int, ...], ...]:
        """Per ranked row, the ranked rows that Pareto-dominate it.

        It does not depend on weights or method, and costs O(n^2), so it is computed
        once per model rather than once per ranking.
        """
        if self._dominance is None or self._dominance[0] is not self.state.model:
            self._dominance = (self.state.model, self.ranking.dominated_by)
        return self._dominance[1]

    # -- weights ---------------------------------------------------------------------------------

    def begin_drag(self) -> None:
        self._drag += 1
        self._dragging = True

    def end_drag(self) -> None:
        self._dragging = False

    def set_weight(self, index: int, share: float) -> None:
        """Set one weight to ``share`` (0..1); unlocked others rescale (``criteria.weights.with_weight``)."""
        weights = with_weight(self.state.weights, index, share, self.locked)
        if weights == self.state.weights:
            return
        if not self._dragging:
            self._drag += 1  # a spin-box step or key press is its own undo step
        new = self.state.replace(weights=weights)
        if self._checked(new) is not None:
            command = SetWeightCommand(self, self.state, new, index, self._drag)
            self.undo_stack.push(command)

    def set_weights(
        self, weights, label: str, source: str | None = None, scenario: str | None = None
    ) -> bool:
        """Replace all weights at once (elicitation dialogs, scenarios): one undo step.

        ``source`` says where they came from ("AHP (CR 0.08)"; shown beside the weights and written
        to the result workbook); without one they count as an edit by hand of the current weights.
        """
        try:
            normalised = normalise(weights)
        except InputError as error:
            self.failed.emit(error.summary(lang=current_language()))
            return False
        if source is None:
            new = self.state.replace(weights=normalised)
        else:
            new = self.state.with_weights(normalised, source, scenario)
        return self.push(new, label, {"weights"})

    def set_locked(self, index: int, locked: bool) -> None:
        self.locked = self.locked | {index} if locked else self.locked - {index}
        self.locks_changed.emit(self.locked)

    def equal_weights(self) -> bool:
        return self.set_weights(
            equal(len(self.state.weights)),
            self.tr("Weights: equal"),
            EQUAL_WEIGHTS,  # recorded in English
        )

    def reset_weights(self) -> bool:
        return self.set_weights(
            self.state.model.workbook_weights, self.tr("Weights: reset to the workbook's"), WORKBOOK_WEIGHTS
        )

    def apply_scenario(self, name: str) -> bool:
        scenario = self.state.model.scenario(name)
        return self.set_weights(
            scenario.weights,
            self.tr("Scenario: {name}").format(name=scenario.name),
            SCENARIO + scenario.name,  # recorded in English, shown in the language (criteria.weights_words)
            scenario.name,
        )

    def add_scenario(self, name: str) -> bool:
        """Save the current weights as scenario ``name`` (overwrites one of that name)."""
        try:
            model = edits.add_scenario(self.state.model, name, self.state.weights)
        except InputError as error:
            self.failed.emit(error.summary(lang=current_language()))
            return False
        return self.push(
            self.state.replace(model=model),
            self.tr("Save scenario: {name}").format(name=name.strip()),
            {"scenarios"},
        )

    def _edit_scenarios(self, function, *args, label: str) -> bool:
        """Run a pure scenario edit (``criteria.edits``) and push it; refusals go to ``failed``."""
        try:
            model = function(self.state.model, *args)
        except InputError as error:
            self.failed.emit(error.summary(lang=current_language()))
            return False
        if model is self.state.model:
            return False  # nothing changed: no undo step
        return self.push(self.state.replace(model=model), label, {"scenarios"})

    def _scenario_name(self, name: str) -> str:
        """The stored spelling of scenario ``name`` (as typed when there is none: the edit refuses)."""
        try:
            return self.state.model.scenario(name).name
        except KeyError:
            return str(name).strip()

    def rename_scenario(self, old: str, new: str) -> bool:
        """Rename scenario ``old`` to ``new``: one undo step ("Rename scenario: S1 → Ministry")."""
        label = self.tr("Rename scenario: {old} → {new}").format(
            old=self._scenario_name(old), new=str(new).strip()
        )
        return self._edit_scenarios(edits.rename_scenario, old, new, label=label)

    def remove_scenario(self, name: str) -> bool:
        """Delete scenario ``name``: one undo step ("Delete scenario: S1")."""
        label = self.tr("Delete scenario: {name}").format(name=self._scenario_name(name))
        return self._edit_scenarios(edits.remove_scenario, name, label=label)

    def update_scenario(self, name: str) -> bool:
        """Overwrite scenario ``name`` with the current weights: one undo step (none if already equal)."""
        label = self.tr("Update scenario: {name} with the current weights").format(
            name=self._scenario_name(name)
        )
        return self._edit_scenarios(edits.update_scenario, name, tuple(self.state.weights), label=label)

    def set_method(self, key: str) -> bool:
        if key == self.state.method:
            return True
        return self.push(
            self.state.replace(method=key),
            self.tr("Method: {old} -> {new}").format(old=self.state.method.upper(), new=key.upper()),
            {"method"},
        )

    def set_level_policy(self, policy: LevelPolicy) -> bool:
        """Leave partners below a minimum level out of the ranking, or rank and mark them: one undo step."""
        if policy == self.state.levels:
            return True
        label = (
            self.tr("Below a minimum level: leave out")
            if policy is LevelPolicy.EXCLUDE
            else self.tr("Below a minimum level: rank and mark")
        )
        # the partners ranked change (structure) and so does the baseline the moves compare with (method)
        return self.push(self.state.replace(levels=policy), label, {"structure", "method"})

    def set_vikor_v(self, v: float) -> bool:
        """VIKOR's v (0 to 1): one undo step, redrawn as a change of method."""
        v = round(float(v), 6)  # a spin box's 0.55 is 0.55, not 0.5500000000000001
        if v == self.state.vikor_v:
            return True
        return self.push(
            self.state.replace(vikor_v=v),
            self.tr("VIKOR v: {old} -> {new}").format(old=f"{self.state.vikor_v:g}", new=f"{v:g}"),
            {"method"},
        )

    # -- model edits -----------------------------------------------------------------------------

    def edit_model(self, model: DecisionModel, label: str, what: set[str] | frozenset[str]) -> bool:
        return self.push(self.state.replace(model=model), label, what)

    def edit_structure(self, model: DecisionModel, weights: tuple[float, ...], label: str) -> bool:
        """An edit that changes the criteria (their number or names): model and weights together."""
        return self.push(
            self.state.replace(model=model, weights=weights), label, {"structure", "values", "weights"}
        )

    def try_edit(self, function, *args, label: str, what=frozenset({"values"})) -> bool:
        """Run a pure ``criteria.edits`` function on the model and push the result; refusals go to ``failed``."""
        try:
            model = function(self.state.model, *args)
        except InputError as error:
            self.failed.emit(error.summary(lang=current_language()))
            return False
        return self.edit_model(model, label, what)

    def add_partner(self, name: str) -> bool:
        return self.try_edit(
            edits.add_partner,
            name,
            label=self.tr("Add partner: {name}").format(name=name.strip()),
            what={"structure"},
        )

    def remove_partners(self, indices) -> bool:
        """Remove partners (model rows) in one undo step."""
        rows = sorted(set(indices), reverse=True)
        if not rows:
            return False
        model = self.state.model
        names = [model.partners[i].name for i in sorted(rows)]
        try:
            for i in rows:
                model = edits.remove_partner(model, i)
        except InputError as error:
            self.failed.emit(error.summary(lang=current_language()))
            return False
        self.set_selection(())
        return self.edit_model(
            model, self.tr("Remove partner: {name}").format(name=", ".join(names)), {"structure"}
        )

    def add_criterion(
        self,
        name: str,
        direction,
        low: float | None,
        high: float | None,
        levels: tuple[float | None, float | None] = (None, None),
        value_function: tuple = (),
        preference=None,
    ) -> bool:
        # every partner starts at the scale's Min (else 1): a constant column ranks (it separates
        # no one) where an all-missing one could not be filled; the values are then edited in place
        start = 1.0 if low is None else low
        try:
            model = edits.add_criterion(
                self.state.model, name, direction, values=[start] * len(self.state.model.partners)
            )
            model = edits.set_bounds(model, len(model.criteria) - 1, low, high)
            if preference is not None:  # PROMETHEE's function, set in the same step
                model = set_preference(model, len(model.criteria) - 1, preference)
            model = set_levels(model, len(model.criteria) - 1, *levels)
            model = set_value_function(model, len(model.criteria) - 1, value_function)
        except InputError as error:
            self.failed.emit(error.summary(lang=current_language()))
            return False
        weights = edits.weights_after_addition(self.state.weights)
        return self.edit_structure(model, weights, self.tr("Add criterion: {name}").format(name=name.strip()))

    def update_criterion(
        self,
        index: int,
        name: str,
        direction,
        low: float | None,
        high: float | None,
        levels: tuple[float | None, float | None] | None = None,
        value_function: tuple | None = None,
        preference=None,
    ) -> bool:
        """Rename, change direction, scale bounds, minimum ``levels``, ``value_function`` and
        PROMETHEE ``preference`` function (None: keep) of one criterion in one undo step."""
        old = self.state.model.criteria[index]
        try:
            model = edits.rename_criterion(self.state.model, index, name)
            model = edits.set_direction(model, index, direction)
            model = edits.set_bounds(model, index, low, high)
            if preference is not None:
                model = set_preference(model, index, preference)
            if levels is not None:
                model = set_levels(model, index, *levels)
            if value_function is not None:
                model = set_value_function(model, index, value_function)
        except InputError as error:
            self.failed.emit(error.summary(lang=current_language()))
            return False
        if model.criteria[index] == old:
            return False
        return self.edit_model(model, self.tr("Edit criterion: {name}").format(name=old.name), {"structure"})

    def remove_criterion(self, index: int) -> bool:
        name = self.state.model.criteria[index].name
        try:
            model = edits.remove_criterion(self.state.model, index)
        except InputError as error:
            self.failed.emit(error.summary(lang=current_language()))
            return False
        weights = edits.weights_after_removal(self.state.weights, index)
        return self.edit_structure(model, weights, self.tr("Remove criterion: {name}").format(name=name))

    # -- derived results shared between views --------------------------------------------------

    def set_acceptability(self, result, state: StudyState) -> None:
        """Record the latest Monte Carlo result and the state it describes (see ``acceptability``)."""
        self._acceptability = (state, result)

    @property
    def acceptability(self):
        """The latest Monte Carlo result if it was computed for the current study, else None.

        A state that differs only in its named scenarios counts as the same study.
        """
        if self._acceptability is None or not self._acceptability[0].same_ranking_inputs(self.state):
            return None
        return self._acceptability[1]

    def set_selection(self, indices) -> None:
        selection = tuple(dict.fromkeys(int(i) for i in indices))
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit(selection)

    # -- file state ------------------------------------------------------------------------------

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self.file_changed.emit()

    @property
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def existing_source(self) -> str | None:
        """``source`` if that workbook is still on disk (a save keeps its other sheets), else None."""
        return self.source if self.source and Path(self.source).exists() else None

    def mark_saved(self, path: str) -> None:
        self.path = self.source = path
        self.undo_stack.setClean()
        self.file_changed.emit()
