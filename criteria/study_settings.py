"""Study settings saved with the workbook: what failing a minimum level does, and VIKOR's v.

The room changes them on ``StudyState`` (``levels``, ``vikor_v``; each change one undo step).
The workbook keeps them in an optional ``Study settings`` sheet, one row per setting
(``Setting``, ``Value``), read into ``DecisionModel.study_settings``; opening the study again
takes them from there, so it ranks as it did when saved. A setting the sheet does not give
keeps its default (leave out; v = 0.5), and the sheet is written only when a setting differs
from its default or the workbook had the sheet. Rows of settings we do not know, and columns
other than ``Setting`` and ``Value``, are kept as written.
"""

from __future__ import annotations

import dataclasses

from criteria.errors import InputError
from criteria.levels import LevelPolicy
from criteria.model import DecisionModel, Setting, name_key
from criteria.study import DEFAULT_VIKOR_V, StudyState, vikor_v_problem

# the names as the result workbook's Settings sheet writes them too
LEVELS = "Below a minimum level"  # exclude | mark (criteria.levels.LevelPolicy)
VIKOR_V = "VIKOR v"  # 0..1
KNOWN = (LEVELS, VIKOR_V)
DEFAULTS = {LEVELS: LevelPolicy.EXCLUDE.value, VIKOR_V: DEFAULT_VIKOR_V}


def known_name(name: str) -> str | None:
    """Our spelling of a setting's name written in any case and spacing, or None for another."""
    key = name_key(name).casefold()
    return next((ours for ours in KNOWN if ours.casefold() == key), None)


def problem(name: str, value: object) -> str | None:
    """Why ``value`` cannot be known setting ``name``'s value, or None (values as read: text, number)."""
    if name == LEVELS:
        try:
            LevelPolicy.parse(value)
        except InputError as error:
            return error.problems[0].message
        return None
    return vikor_v_problem(value)


def parsed(name: str, value: object) -> object:
    """A valid value of known setting ``name`` as stored: the policy's word, or v as a float."""
    return LevelPolicy.parse(value).value if name == LEVELS else float(value)


def saved(model: DecisionModel, name: str) -> object | None:
    """Setting ``name``'s value as the workbook gives it, or None."""
    return next((s.value for s in model.study_settings if s.name == name), None)


def study_options(model: DecisionModel, levels: LevelPolicy | None, vikor_v: float | None):
    """``(levels, vikor_v)``: each as given, else the workbook's, else its default."""
    if levels is None:
        levels = LevelPolicy(saved(model, LEVELS) or DEFAULTS[LEVELS])
    if vikor_v is None:
        found = saved(model, VIKOR_V)
        vikor_v = DEFAULTS[VIKOR_V] if found is None else float(found)
    return levels, vikor_v


def with_settings(model: DecisionModel, levels: LevelPolicy, vikor_v: float) -> DecisionModel:
    """``model`` whose study settings hold these values: rows the workbook had are updated in
    place, a setting it lacked is added only when it differs from its default."""
    values = {LEVELS: levels.value, VIKOR_V: float(vikor_v)}
    rows = [
        dataclasses.replace(s, value=values[s.name]) if s.name in values else s for s in model.study_settings
    ]
    present = {s.name for s in rows}
    rows += [
        Setting(name, value)
        for name, value in values.items()
        if name not in present and value != DEFAULTS[name]
    ]
    return dataclasses.replace(model, study_settings=tuple(rows))


def model_to_save(state: StudyState) -> DecisionModel:
    """The model a save writes for ``StudyState`` ``state``: with its settings in force."""
    return with_settings(state.model, state.levels, state.vikor_v)
