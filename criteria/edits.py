"""Pure edits of a ``DecisionModel``: each returns a new model, the old one is untouched.

``partner_rows`` and ``criterion_columns`` stay aligned with the partners and
criteria (added ones get None: they have no cell in the workbook yet), so
``model.cell_ref`` keeps naming the right cells. The recorded sheet layout
(``partner_columns``, ``scenario_columns``) follows the criteria: a renamed
criterion keeps its column's place, a removed one leaves the order, an added one
goes last. Invalid edits raise
``InputError`` and never return a half-edited model. The GUI's undo stack
holds the models these functions return.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np

from criteria.errors import InputError, Problem
from criteria.evidence import CONFIDENCE_WORDS, Evidence, parse_date, range_problems
from criteria.model import Criterion, DecisionModel, Direction, Partner, Scenario, name_key
from criteria.weights import equal, weight_problem


def _aligned(positions: tuple, count: int) -> list:
    """Cell positions padded to ``count`` entries (models built in code may have none)."""
    return list(positions) + [None] * (count - len(positions))


def _check_name(name: str, taken: Sequence[str], what: str, *, skip: int | None = None) -> str:
    clean = str(name).strip()
    if not clean:
        raise InputError(Problem(f"a {what} name cannot be empty"))
    key = name_key(clean)
    for index, other in enumerate(taken):
        if index != skip and name_key(other) == key:
            raise InputError(Problem(f"there is already a {what} called {clean!r}"))
    return clean


def _check_column_free(name: str, model: DecisionModel) -> None:
    """A criterion's column must not clash with a descriptive column of Partners or Scenarios."""
    key = name_key(name)
    for column in model.descriptive_columns + model.scenario_extra_columns:
        if name_key(column) == key:
            raise InputError(
                Problem(
                    f"there is already a descriptive column called {column!r}; pick another criterion name"
                )
            )


def _renamed(columns: tuple[str, ...], old: str, new: str | None) -> tuple[str, ...]:
    """``columns`` with ``old`` replaced by ``new`` in place (dropped when ``new`` is None)."""
    key = name_key(old)
    if new is None:
        return tuple(c for c in columns if name_key(c) != key)
    return tuple(new if name_key(c) == key else c for c in columns)


def _appended(columns: tuple[str, ...], name: str) -> tuple[str, ...]:
    """A recorded order with a new column at the end (an empty order stays empty: it means "default")."""
    return columns + (name,) if columns else columns


def _check_value(value: float | None, criterion: Criterion) -> float:
    """A cell value as stored: NaN for missing, else a finite number."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return math.nan
    if isinstance(value, bool) or not isinstance(value, (int, float, np.number)) or not math.isfinite(value):
        raise InputError(Problem(f"{value!r} is not a number (criterion {criterion.name!r})"))
    # a value outside the scale would make the saved workbook unreadable (the reader refuses it)
    if (criterion.min is not None and value < criterion.min) or (
        criterion.max is not None and value > criterion.max
    ):
        raise InputError(
            Problem(
                f"{value:g} is outside the scale {_bound(criterion.min)}..{_bound(criterion.max)} of criterion "
                f"{criterion.name!r}; widen the scale first (Edit criterion)"
            )
        )
    return float(value)


def _bound(bound: float | None) -> str:
    return "" if bound is None else f"{bound:g}"


def add_partner(
    model: DecisionModel,
    name: str,
    values: Sequence[float | None] | None = None,
    fields: Sequence[tuple[str, str]] = (),
) -> DecisionModel:
    """Append a partner; ``values`` in criterion order (None or NaN = missing, the default)."""
    name = _check_name(name, model.partner_names, "partner")
    m = len(model.criteria)
    raw = [None] * m if values is None else list(values)
    if len(raw) != m:
        raise InputError(Problem(f"partner {name!r} needs {m} values, got {len(raw)}"))
    row = [_check_value(v, c) for v, c in zip(raw, model.criteria, strict=True)]
    return dataclasses.replace(
        model,
        partners=model.partners + (Partner(name, tuple(fields)),),
        values=np.vstack([model.values, np.array(row, dtype=float).reshape(1, m)]),
        partner_rows=tuple(_aligned(model.partner_rows, len(model.partners))) + (None,),
    )


def remove_partner(model: DecisionModel, index: int) -> DecisionModel:
    """Drop partner ``index``; a study keeps at least one partner."""
    if len(model.partners) <= 1:
        raise InputError(Problem("a study needs at least one partner"))
    keep = [i for i in range(len(model.partners)) if i != index]
    rows = _aligned(model.partner_rows, len(model.partners))
    return dataclasses.replace(
        model,
        partners=tuple(model.partners[i] for i in keep),
        values=model.values[keep],
        partner_rows=tuple(rows[i] for i in keep),
        evidence=_evidence_without(model, "partner", model.partners[index].name),
    )


def rename_partner(model: DecisionModel, index: int, name: str) -> DecisionModel:
    name = _check_name(name, model.partner_names, "partner", skip=index)
    partners = list(model.partners)
    partners[index] = dataclasses.replace(partners[index], name=name)
    evidence = _evidence_renamed(model, "partner", model.partners[index].name, name)
    return dataclasses.replace(model, partners=tuple(partners), evidence=evidence)


def set_field(model: DecisionModel, index: int, column: str, text: str) -> DecisionModel:
    """Set a descriptive column (``Country``, ``Notes``...) of partner ``index``."""
    if column not in model.descriptive_columns:
        raise InputError(Problem(f"unknown descriptive column {column!r}"))
    partner = model.partners[index]
    current = dict(partner.fields)
    current[column] = str(text)
    fields = tuple((c, current.get(c, "")) for c in model.descriptive_columns if c in current)
    typed = tuple((c, v) for c, v in partner.typed if c != column)  # the cell is text now
    partners = list(model.partners)
    partners[index] = dataclasses.replace(partner, fields=fields, typed=typed)
    return dataclasses.replace(model, partners=tuple(partners))


def set_value(model: DecisionModel, i: int, j: int, value: float | None) -> DecisionModel:
    """Set the value of partner ``i`` on criterion ``j``; None or NaN makes it missing.

    A written Low/High in the cell's evidence that no longer holds the new value is cleared
    (it was a range around the old score; source, date, confidence and note stay).
    """
    stored = _check_value(value, model.criteria[j])
    values = model.values.copy()
    values[i, j] = stored
    item = model.evidence_cells().get((i, j))
    if item is None or math.isnan(stored) or _holds(item, stored):
        return dataclasses.replace(model, values=values)
    evidence = tuple(dataclasses.replace(e, low=None, high=None) if e is item else e for e in model.evidence)
    return dataclasses.replace(model, values=values, evidence=evidence)


def set_evidence(model: DecisionModel, i: int, j: int, evidence: Evidence) -> DecisionModel:
    """Set what backs the value of partner ``i`` on criterion ``j`` (its names are taken from the
    model); the cell's other columns are kept; evidence with nothing in it removes the record.

    Raises
    ------
    InputError
        An unknown confidence word, a date that is not one, a range that leaves the scale or does
        not hold the score (the Evidence sheet's own checks).
    """
    partner, criterion = model.partners[i], model.criteria[j]
    problems = [
        Problem(message)
        for _, message in range_problems(evidence.low, evidence.high, model.values[i, j], criterion)
    ]
    if evidence.confidence and evidence.level is None:
        problems.append(Problem(f"confidence {evidence.confidence!r} is not one of {CONFIDENCE_WORDS}"))
    if evidence.date not in (None, "") and parse_date(evidence.date) is None:
        problems.append(Problem(f"{evidence.date!r} is not a date (use 2024, 2024-03 or 2024-03-05)"))
    if problems:
        raise InputError(problems)
    old = model.evidence_cells().get((i, j))
    new = dataclasses.replace(
        evidence,
        partner=partner.name,
        criterion=criterion.name,
        date=evidence.date or None,
        extra=old.extra if old else evidence.extra,
    )
    empty = not (new.source or new.date or new.confidence or new.has_range or new.note or new.extra)
    kept = tuple(e for e in model.evidence if e is not old)
    if empty:
        return dataclasses.replace(model, evidence=kept)
    at = model.evidence.index(old) if old else len(kept)  # an edited row keeps its place in the sheet
    return dataclasses.replace(model, evidence=kept[:at] + (new,) + kept[at:])


def _holds(item: Evidence, value: float) -> bool:
    return (item.low is None or item.low <= value) and (item.high is None or value <= item.high)


def _evidence_without(model: DecisionModel, field: str, name: str) -> tuple[Evidence, ...]:
    """The evidence but for the records of a removed partner or criterion (``field``: which)."""
    return tuple(e for e in model.evidence if name_key(getattr(e, field)) != name_key(name))


def _evidence_renamed(model: DecisionModel, field: str, old: str, new: str) -> tuple[Evidence, ...]:
    """The evidence with ``field`` (``partner`` or ``criterion``) ``old`` renamed ``new``."""
    key = name_key(old)
    return tuple(
        dataclasses.replace(e, **{field: new}) if name_key(getattr(e, field)) == key else e
        for e in model.evidence
    )


def add_criterion(
    model: DecisionModel,
    name: str,
    direction: Direction = Direction.BENEFIT,
    weight: float = 1.0,
    values: Sequence[float | None] | None = None,
) -> DecisionModel:
    """Append a criterion (values missing unless given).

    Existing scenarios get weight 0 for it: they were written without it, and
    0 keeps their rankings as they were.
    """
    name = _check_name(name, model.criterion_names, "criterion")
    _check_column_free(name, model)
    if (reason := weight_problem(weight)) is not None:
        raise InputError(Problem(f"criterion {name!r}: weight {reason}"))
    criterion = Criterion(name, direction, float(weight))
    n = len(model.partners)
    raw = [None] * n if values is None else list(values)
    if len(raw) != n:
        raise InputError(Problem(f"criterion {name!r} needs {n} values, got {len(raw)}"))
    column = np.array([_check_value(v, criterion) for v in raw], dtype=float).reshape(n, 1)
    return dataclasses.replace(
        model,
        criteria=model.criteria + (criterion,),
        values=np.hstack([model.values, column]),
        scenarios=tuple(dataclasses.replace(s, weights=s.weights + (0.0,)) for s in model.scenarios),
        criterion_columns=tuple(_aligned(model.criterion_columns, len(model.criteria))) + (None,),
        partner_columns=_appended(model.partner_columns, name),
        scenario_columns=_appended(model.scenario_columns, name),
    )


def remove_criterion(model: DecisionModel, index: int) -> DecisionModel:
    """Drop criterion ``index`` and its weight in every scenario; at least one criterion stays."""
    if len(model.criteria) <= 1:
        raise InputError(Problem("a study needs at least one criterion"))
    keep = [j for j in range(len(model.criteria)) if j != index]
    columns = _aligned(model.criterion_columns, len(model.criteria))
    name = model.criteria[index].name
    return dataclasses.replace(
        model,
        criteria=tuple(model.criteria[j] for j in keep),
        values=model.values[:, keep],
        scenarios=tuple(
            dataclasses.replace(s, weights=tuple(s.weights[j] for j in keep)) for s in model.scenarios
        ),
        criterion_columns=tuple(columns[j] for j in keep),
        partner_columns=_renamed(model.partner_columns, name, None),
        scenario_columns=_renamed(model.scenario_columns, name, None),
        evidence=_evidence_without(model, "criterion", name),
    )


def replace_criterion(model: DecisionModel, index: int, **changes) -> DecisionModel:
    """``model`` with criterion ``index``'s fields ``changes`` replaced (nothing checked here)."""
    criteria = list(model.criteria)
    criteria[index] = dataclasses.replace(criteria[index], **changes)
    return dataclasses.replace(model, criteria=tuple(criteria))


def rename_criterion(model: DecisionModel, index: int, name: str) -> DecisionModel:
    """Rename criterion ``index``; its columns in Partners and Scenarios keep their place."""
    name = _check_name(name, model.criterion_names, "criterion", skip=index)
    old = model.criteria[index].name
    if name_key(name) != name_key(old):
        _check_column_free(name, model)
    return dataclasses.replace(
        replace_criterion(model, index, name=name),
        partner_columns=_renamed(model.partner_columns, old, name),
        scenario_columns=_renamed(model.scenario_columns, old, name),
        evidence=_evidence_renamed(model, "criterion", old, name),
    )


def set_direction(model: DecisionModel, index: int, direction: Direction | str) -> DecisionModel:
    parsed = direction if isinstance(direction, Direction) else Direction.parse(direction)
    if parsed is None:
        raise InputError(Problem(f"{direction!r} is not a direction (benefit or cost)"))
    return replace_criterion(model, index, direction=parsed)


def set_bounds(model: DecisionModel, index: int, low: float | None, high: float | None) -> DecisionModel:
    """Set the scale bounds ``Min``/``Max`` of criterion ``index`` (None = no bound)."""
    name = model.criteria[index].name
    problems = [
        Problem(f"criterion {name!r}: {label} {bound!r} is not a finite number")
        for label, bound in (("Min", low), ("Max", high))
        if bound is not None and (not isinstance(bound, (int, float)) or not math.isfinite(bound))
    ]
    if not problems and low is not None and high is not None and low >= high:
        problems.append(Problem(f"criterion {name!r}: Min {low} must be below Max {high}"))
    if not problems:
        column = model.values[:, index]
        below = column < low if low is not None else np.zeros(column.shape, bool)
        outside = below | (column > high if high is not None else False)
        problems += [
            Problem(
                f"criterion {name!r}: {model.partners[i].name} has {column[i]:g}, outside {_bound(low)}..{_bound(high)}"
            )
            for i in np.nonzero(outside)[0]
        ]
    if problems:
        raise InputError(problems)
    return replace_criterion(
        model, index, min=None if low is None else float(low), max=None if high is None else float(high)
    )


def set_workbook_weights(model: DecisionModel, weights: Sequence[float]) -> DecisionModel:
    """Store ``weights`` as the criteria's own weights (the ``Weight`` column written on save)."""
    if len(weights) != len(model.criteria):
        raise InputError(Problem(f"expected {len(model.criteria)} weights, got {len(weights)}"))
    criteria = tuple(
        dataclasses.replace(c, weight=float(w)) for c, w in zip(model.criteria, weights, strict=True)
    )
    return dataclasses.replace(model, criteria=criteria)


def add_scenario(model: DecisionModel, name: str, weights: Sequence[float]) -> DecisionModel:
    """Add a named weight scenario, or overwrite the one with that name (keeping its ``Notes``...)."""
    clean = str(name).strip()
    if not clean:
        raise InputError(Problem("a scenario name cannot be empty"))
    if len(weights) != len(model.criteria):
        raise InputError(
            Problem(f"scenario {clean!r} needs {len(model.criteria)} weights, got {len(weights)}")
        )
    scenario = Scenario(clean, tuple(float(w) for w in weights))
    others = tuple(s for s in model.scenarios if name_key(s.name) != name_key(clean))
    if len(others) == len(model.scenarios):
        return dataclasses.replace(model, scenarios=model.scenarios + (scenario,))
    merged = tuple(
        dataclasses.replace(scenario, extra=s.extra) if name_key(s.name) == name_key(clean) else s
        for s in model.scenarios
    )
    return dataclasses.replace(model, scenarios=merged)


def weights_after_removal(weights: Sequence[float], index: int) -> tuple[float, ...]:
    """Study weights once criterion ``index`` is gone: the rest rescaled to sum to 1 (equal if all 0)."""
    rest = [float(w) for j, w in enumerate(weights) if j != index]
    total = math.fsum(rest)
    return tuple(w / total for w in rest) if total > 0 else equal(len(rest))


def weights_after_addition(weights: Sequence[float]) -> tuple[float, ...]:
    """Study weights with a new last criterion at an equal share ``1 / (m + 1)``, the rest scaled down."""
    share = 1.0 / (len(weights) + 1)
    return tuple(float(w) * (1.0 - share) for w in weights) + (share,)


# -- scenario management (rename, delete, overwrite with the current weights) ----------------------


def _scenario_index(model: DecisionModel, name: str) -> int:
    """Position of scenario ``name`` (matched as ``DecisionModel.scenario`` does); InputError if none."""
    try:
        wanted = model.scenario(name)
    except KeyError:
        raise InputError(Problem(f"there is no scenario called {str(name).strip()!r}")) from None
    return next(i for i, s in enumerate(model.scenarios) if s is wanted)


def rename_scenario(model: DecisionModel, old: str, new: str) -> DecisionModel:
    """Rename scenario ``old`` to ``new`` (weights and descriptive cells kept, position kept).

    Raises ``InputError`` when ``old`` is unknown, ``new`` is empty or another scenario already
    has that name (compared with ``name_key``). Renaming to the same name returns ``model``.
    """
    index = _scenario_index(model, old)
    clean = _check_name(new, [s.name for s in model.scenarios], "scenario", skip=index)
    if clean == model.scenarios[index].name:
        return model
    scenarios = list(model.scenarios)
    scenarios[index] = dataclasses.replace(scenarios[index], name=clean)
    return dataclasses.replace(model, scenarios=tuple(scenarios))


def remove_scenario(model: DecisionModel, name: str) -> DecisionModel:
    """Drop scenario ``name``; InputError when there is none of that name."""
    index = _scenario_index(model, name)
    return dataclasses.replace(model, scenarios=model.scenarios[:index] + model.scenarios[index + 1 :])


def update_scenario(model: DecisionModel, name: str, weights: Sequence[float]) -> DecisionModel:
    """Overwrite the weights of scenario ``name`` (in criterion order); its name and cells stay.

    Raises ``InputError`` when there is no such scenario, the number of weights is wrong,
    a weight is not a number >= 0 or all of them are 0. Weights equal to the stored ones
    return ``model``.
    """
    index = _scenario_index(model, name)
    scenario = model.scenarios[index]
    raw = list(weights)
    if len(raw) != len(model.criteria):
        raise InputError(
            Problem(f"scenario {scenario.name!r} needs {len(model.criteria)} weights, got {len(raw)}")
        )
    problems = [
        Problem(f"scenario {scenario.name!r}: weight of {c.name!r} {reason}")
        for c, w in zip(model.criteria, raw, strict=True)
        if (reason := weight_problem(w)) is not None
    ]
    if not problems and math.fsum(raw) <= 0:
        problems.append(Problem(f"scenario {scenario.name!r}: the weights cannot all be 0"))
    if problems:
        raise InputError(problems)
    stored = tuple(float(w) for w in raw)
    if stored == tuple(scenario.weights):
        return model
    scenarios = list(model.scenarios)
    scenarios[index] = dataclasses.replace(scenario, weights=stored)
    return dataclasses.replace(model, scenarios=tuple(scenarios))
