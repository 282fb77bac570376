"""The immutable decision model: partners, criteria, their values and scenarios.

An edit returns a new model (``dataclasses.replace`` or the functions in
``criteria.edits``); arrays are read-only so a model can be shared with undo
commands and background workers without copying.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType

import numpy as np

from criteria.evidence import Evidence
from criteria.evidence_settings import EvidenceSettings


def name_key(name: str) -> str:
    """The form in which names are compared: trimmed, Unicode NFC."""
    return unicodedata.normalize("NFC", str(name).strip())


class Direction(StrEnum):
    BENEFIT = "benefit"
    COST = "cost"

    @classmethod
    def parse(cls, text: object) -> Direction | None:
        """``benefit``/``max`` or ``cost``/``min`` in any case; None for anything else."""
        key = str(text).strip().lower() if text is not None else ""
        return {"benefit": cls.BENEFIT, "max": cls.BENEFIT, "cost": cls.COST, "min": cls.COST}.get(key)


@dataclass(frozen=True)
class Criterion:
    name: str
    direction: Direction = Direction.BENEFIT
    weight: float = 1.0  # as written in the workbook; normalised by criteria.weights
    description: str = ""
    min: float | None = None  # scale bounds, used by min-max normalisation when given
    max: float | None = None
    unit: str = ""
    # The Criteria sheet's other columns (``Owner``, ``Source``...): (header, value) for the
    # non-empty cells, in sheet order, values as read (numbers stay numbers, text stays text).
    extra: tuple[tuple[str, object], ...] = ()
    # Minimum acceptable levels (``criteria.levels``): values below ``minimum`` or above
    # ``maximum`` fail; None = no such level.
    minimum: float | None = None
    maximum: float | None = None
    # WSM's piecewise-linear value function (``criteria.value_functions``): (value, score)
    # points by increasing value; () = the straight min-max line.
    value_function: tuple[tuple[float, float], ...] = ()
    # the Value functions sheet's other columns (``Source``...), per point: (value, ((header,
    # cell), ...)) for the points with a non-empty one, cells as read
    value_function_extra: tuple[tuple[float, tuple[tuple[str, object], ...]], ...] = ()

    @property
    def is_benefit(self) -> bool:
        return self.direction is Direction.BENEFIT


@dataclass(frozen=True)
class Partner:
    name: str
    fields: tuple[tuple[str, str], ...] = ()  # descriptive columns (column, text), workbook order
    # Descriptive cells that were not text in the workbook (a number, a date, TRUE/FALSE):
    # (column, value as read). ``fields`` holds their text for display; a save writes the
    # typed value back while the text still matches (``criteria.edits.set_field`` drops it).
    typed: tuple[tuple[str, object], ...] = ()

    def field(self, column: str) -> str:
        return dict(self.fields).get(column, "")


@dataclass(frozen=True)
class Scenario:
    name: str
    weights: tuple[float, ...]  # raw weights in criterion order (not necessarily normalised)
    # The Scenarios sheet's descriptive columns (``Notes``...): (header, value) for the
    # non-empty cells, in sheet order, values as read.
    extra: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Setting:
    """A row of the optional ``Study settings`` sheet (``criteria.study_settings``): a setting we
    know has its value parsed (``"mark"``, ``0.7``); any other is kept as written."""

    name: str
    value: object
    # the sheet's other columns (``Note``...): (header, value) of the non-empty cells, as read
    extra: tuple[tuple[str, object], ...] = ()


def readonly(values: object, dtype=None) -> np.ndarray:
    """A read-only copy: models and results are shared with undo commands and workers."""
    array = np.array(values, dtype=dtype)
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class DecisionModel:
    """Partners x criteria, with NaN for a missing value.

    ``partner_rows`` and ``criterion_columns`` remember where each value came
    from in the ``Partners`` sheet (row number, column letters) so messages can
    name cells; they are empty, or hold None, for values not from a workbook.

    The sheet layout as read, so a save keeps the user's columns where they were:

    - ``partner_columns``: the ``Partners`` sheet's descriptive and criterion columns in
      sheet order (the ``Partner`` name column is written first);
    - ``criteria_sheet_columns``: the ``Criteria`` sheet's headers in sheet order, fixed
      (``Criterion``, ``Weight``...) and extra (``Owner``...) alike;
    - ``scenario_columns``: the ``Scenarios`` sheet's criterion and descriptive columns in
      sheet order (the ``Scenario`` name column is written first);
    - ``evidence_columns``: the ``Evidence`` sheet's headers in sheet order (non-empty when the
      workbook had the sheet, so a save writes it back even with no rows).

    ``evidence`` holds one :class:`criteria.evidence.Evidence` per (partner, criterion) cell, in
    sheet order; read it by cell with :meth:`evidence_cells` (records naming a partner or
    criterion no longer in the model are left out there, and by the writer).

    They are empty for models built in code; ``partner_column_order`` and its siblings
    resolve them against the current columns (unlisted ones go at the end), so a stale
    or partial order is harmless. ``criteria.edits`` keeps them in step with renamed,
    added and removed criteria.

    Equality compares the data: partners (names, fields, typed cells), criteria (with
    their extra cells), descriptive columns, scenarios, values, evidence (as a mapping of
    cells: its row order is layout) and the saved study settings. Title, cell positions
    and column order do not take part: they are layout, and two models that differ only
    in them rank, export and edit identically.
    """

    partners: tuple[Partner, ...]
    criteria: tuple[Criterion, ...]
    values: np.ndarray
    descriptive_columns: tuple[str, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    partner_rows: tuple[int | None, ...] = ()
    criterion_columns: tuple[str | None, ...] = ()
    title: str = field(default="")
    partner_columns: tuple[str, ...] = ()
    criteria_sheet_columns: tuple[str, ...] = ()
    scenario_columns: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    evidence_columns: tuple[str, ...] = ()
    # the ``Value functions`` sheet's headers as read (non-empty when the workbook had it, so a
    # save writes it back, emptied, when every function was removed)
    value_function_columns: tuple[str, ...] = ()
    # the ``Study settings`` sheet as read (``criteria.study_settings``): its rows and its headers
    study_settings: tuple[Setting, ...] = ()
    study_settings_columns: tuple[str, ...] = ()
    # the study's default confidence widths and evidence age (the optional Evidence settings sheet)
    evidence_settings: EvidenceSettings = EvidenceSettings()

    def __post_init__(self) -> None:
        values = readonly(self.values, float).reshape(len(self.partners), len(self.criteria))
        object.__setattr__(self, "values", values)
        for scenario in self.scenarios:
            if len(scenario.weights) != len(self.criteria):
                raise ValueError(f"scenario {scenario.name!r} has the wrong number of weights")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DecisionModel):
            return NotImplemented
        return (
            self.scenarios == other.scenarios
            and self.study_settings == other.study_settings
            and self.equal_except_scenarios(other)
        )

    def equal_except_scenarios(self, other: DecisionModel) -> bool:
        """Equal but perhaps for the named scenarios: the same study to rank (``==`` otherwise)."""
        return self is other or (
            self.partners == other.partners
            and self.criteria == other.criteria
            and self.descriptive_columns == other.descriptive_columns
            and np.array_equal(self.values, other.values, equal_nan=True)
            and self.evidence_cells() == other.evidence_cells()
            and self.evidence_settings == other.evidence_settings
        )

    __hash__ = None  # type: ignore[assignment]

    @property
    def shape(self) -> tuple[int, int]:
        return self.values.shape

    @property
    def partner_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.partners)

    @property
    def criterion_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.criteria)

    @property
    def benefit(self) -> np.ndarray:
        """Boolean mask, True where higher is better."""
        return np.array([c.is_benefit for c in self.criteria], dtype=bool)

    @property
    def missing(self) -> np.ndarray:
        return np.isnan(self.values)

    @property
    def lower_bounds(self) -> np.ndarray:
        """Scale ``Min`` per criterion, NaN where none is given."""
        return np.array([np.nan if c.min is None else c.min for c in self.criteria], dtype=float)

    @property
    def upper_bounds(self) -> np.ndarray:
        return np.array([np.nan if c.max is None else c.max for c in self.criteria], dtype=float)

    @property
    def workbook_weights(self) -> tuple[float, ...]:
        return tuple(c.weight for c in self.criteria)

    def criterion_index(self, name: str) -> int:
        """Index of a criterion by name (trimmed, NFC); KeyError if unknown."""
        key = name_key(name)
        for index, criterion in enumerate(self.criteria):
            if name_key(criterion.name) == key:
                return index
        raise KeyError(name)

    def partner_index(self, name: str) -> int:
        key = name_key(name)
        for index, partner in enumerate(self.partners):
            if name_key(partner.name) == key:
                return index
        raise KeyError(name)

    def scenario(self, name: str) -> Scenario:
        """A scenario by name; case is ignored when no name matches exactly."""
        key = name_key(name)
        for compare in (lambda s: s, str.casefold):
            for scenario in self.scenarios:
                if compare(name_key(scenario.name)) == compare(key):
                    return scenario
        raise KeyError(name)

    @property
    def partner_column_order(self) -> tuple[str, ...]:
        """Descriptive and criterion columns of the ``Partners`` sheet in the order to write them.

        ``partner_columns`` first (those still in the model), then any others: descriptive
        columns, then criteria, in model order (so a criterion added in the GUI goes last).
        """
        return _ordered(self.partner_columns, self.descriptive_columns + self.criterion_names)

    @property
    def scenario_extra_columns(self) -> tuple[str, ...]:
        """The Scenarios sheet's descriptive columns: as read, then any others found in scenarios."""
        criteria = {name_key(n) for n in self.criterion_names}
        listed = tuple(c for c in self.scenario_columns if name_key(c) not in criteria)
        return _ordered(listed, listed + _extra_keys(s.extra for s in self.scenarios))

    @property
    def scenario_column_order(self) -> tuple[str, ...]:
        """Criterion and descriptive columns of the ``Scenarios`` sheet in the order to write them."""
        return _ordered(self.scenario_columns, self.criterion_names + self.scenario_extra_columns)

    def evidence_cells(self) -> MappingProxyType:
        """``{(i, j): Evidence}`` for the records naming a partner and a criterion of the model."""
        return self._evidence_cells

    @cached_property
    def _evidence_cells(self) -> MappingProxyType:
        partners = {name_key(p.name): i for i, p in enumerate(self.partners)}
        criteria = {name_key(c.name): j for j, c in enumerate(self.criteria)}
        cells = {
            (partners[name_key(e.partner)], criteria[name_key(e.criterion)]): e
            for e in self.evidence
            if name_key(e.partner) in partners and name_key(e.criterion) in criteria
        }
        return MappingProxyType(cells)

    def cell_ref(self, i: int, j: int) -> str | None:
        """The ``Partners`` cell (``D7``) that value (i, j) came from, if known."""
        row = self.partner_rows[i] if i < len(self.partner_rows) else None
        column = self.criterion_columns[j] if j < len(self.criterion_columns) else None
        return f"{column}{row}" if row and column else None


def _extra_keys(extras) -> tuple[str, ...]:
    """The column names of several ``extra`` tuples, first-seen order, no repeats."""
    return tuple(dict.fromkeys(column for extra in extras for column, _ in extra))


def _ordered(recorded: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` in the ``recorded`` order (compared by ``name_key``), unlisted ones after, in order."""
    current = {name_key(n): n for n in names}
    first = tuple(dict.fromkeys(current[key] for key in map(name_key, recorded) if key in current))
    return first + tuple(n for n in names if n not in first)
