"""PROMETHEE preference functions per criterion, read from optional ``Criteria``-sheet columns.

``Preference function`` names one of the six generalised criteria of Brans & Vincke (1985) and
Brans & Mareschal (2005, sec. 5.2, fig. 5.3); ``q`` (indifference), ``p`` (strict preference)
and ``s`` (Gaussian inflection) are its thresholds, each absolute in the criterion's unit or,
written with ``%`` (``10%``), a share of the criterion's range (its ``Min``..``Max`` when both
are given, else the observed spread: the range min-max normalisation uses). The cells are kept
as written in ``Criterion.extra`` (like ``Confidence widths``), so a save writes them back
unchanged; :func:`preference_of` reads them.

With ``d`` the gap between two partners on the criterion (in its direction), ``P(d) = 0`` for
``d <= 0`` and for ``d > 0``:

==========  =======  ============================================================
function    needs    ``P(d)``
==========  =======  ============================================================
usual       -        1
u-shape     q        0 if d <= q, else 1
v-shape     p        d / p if d <= p, else 1
level       q, p     0 if d <= q, 1/2 if q < d <= p, else 1
linear      q, p     0 if d <= q, (d - q) / (p - q) if q < d <= p, else 1
gaussian    s        1 - exp(-d^2 / (2 s^2))
==========  =======  ============================================================

A threshold the function does not use is refused (it would silently do nothing), as are
``q > p`` and ``q`` and ``p`` in different units (one absolute, one a share of the range).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from criteria.errors import InputError, Problem, quote

FUNCTION_COLUMN = "Preference function"
Q_COLUMN, P_COLUMN, S_COLUMN = "q", "p", "s"
COLUMNS = (FUNCTION_COLUMN, Q_COLUMN, P_COLUMN, S_COLUMN)


class Shape(StrEnum):
    USUAL = "usual"
    U_SHAPE = "u-shape"
    V_SHAPE = "v-shape"
    LEVEL = "level"
    LINEAR = "linear"
    GAUSSIAN = "gaussian"

    @classmethod
    def parse(cls, text: object) -> Shape | None:
        """A function's name in any case, with or without the hyphen (``V shape``, ``vshape``);
        also Brans' numbers ``type 1`` .. ``type 6``. None for anything else (blank: usual)."""
        key = "".join(ch for ch in str(text).casefold() if ch.isalnum())
        if not key:
            return cls.USUAL
        return _ALIASES.get(key)

    @property
    def thresholds(self) -> tuple[str, ...]:
        """The thresholds this function needs, by column name."""
        return _NEEDS[self]


_NEEDS = {
    Shape.USUAL: (),
    Shape.U_SHAPE: (Q_COLUMN,),
    Shape.V_SHAPE: (P_COLUMN,),
    Shape.LEVEL: (Q_COLUMN, P_COLUMN),
    Shape.LINEAR: (Q_COLUMN, P_COLUMN),
    Shape.GAUSSIAN: (S_COLUMN,),
}
_ALIASES = {
    **{"".join(ch for ch in shape.value if ch.isalnum()): shape for shape in Shape},
    **{f"type{number}": shape for number, shape in enumerate(Shape, start=1)},
}
KNOWN_NAMES = ", ".join(shape.value for shape in Shape)


@dataclass(frozen=True)
class Threshold:
    """A threshold as written: ``value`` in the criterion's unit, or a share of its range (``relative``)."""

    value: float
    relative: bool = False

    @classmethod
    def parse(cls, cell: object) -> Threshold:
        """A number (``2``, ``'2'``) or a percentage of the range (``'10%'``); ValueError otherwise.

        A cell Excel shows as ``10%`` holds the number 0.1: write ``10%`` as text (or ``'10%``)
        for a share of the range.
        """
        relative = isinstance(cell, str) and cell.strip().endswith("%")
        text = str(cell).strip().removesuffix("%").strip() if isinstance(cell, str) else cell
        if isinstance(text, bool):
            raise ValueError(cell)
        if isinstance(text, str) and "_" in text:  # Python reads '1_0' as 10; a cell does not
            raise ValueError(cell)
        number = float(text)
        if not math.isfinite(number) or number < 0:
            raise ValueError(cell)
        return cls(number / 100.0 if relative else number, relative)

    def absolute(self, span: float) -> float:
        """The threshold in the criterion's unit, for a range of width ``span``."""
        return self.value * span if self.relative else self.value

    def __str__(self) -> str:
        value = self.value * 100.0 if self.relative else self.value
        text = f"{value:g}"
        return f"{text}%" if self.relative else text


@dataclass(frozen=True)
class PreferenceFunction:
    """One criterion's generalised criterion: its shape and the thresholds that shape uses."""

    shape: Shape = Shape.USUAL
    q: Threshold | None = None
    p: Threshold | None = None
    s: Threshold | None = None

    @property
    def is_usual(self) -> bool:
        return self.shape is Shape.USUAL

    def absolute(self, span: float) -> tuple[float, float, float]:
        """``(q, p, s)`` in the criterion's unit for a range of width ``span`` (0 where unused)."""
        return tuple(0.0 if t is None else t.absolute(span) for t in (self.q, self.p, self.s))

    def cells(self) -> dict[str, object]:
        """The ``Criteria``-sheet cells that write this function (empty text for blank cells)."""
        written = {FUNCTION_COLUMN: "" if self.is_usual else self.shape.value}
        for column, threshold in zip((Q_COLUMN, P_COLUMN, S_COLUMN), (self.q, self.p, self.s), strict=True):
            if threshold is None:
                written[column] = ""
            else:
                written[column] = str(threshold) if threshold.relative else threshold.value
        return written


USUAL = PreferenceFunction()


def _cell(criterion, column: str) -> object | None:
    value = next((v for h, v in criterion.extra if h.strip().casefold() == column.casefold()), None)
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def _shown(cell: object) -> str:
    """A cell for a message: whole numbers without ``.0``, text quoted."""
    return f"{cell:g}" if isinstance(cell, float) else quote(cell)


def check(cells: dict[str, object | None]) -> tuple[PreferenceFunction | None, list[tuple[str, str]]]:
    """Parse the four cells (column -> value, None when blank): the function, or None and
    ``(column, message)`` for each problem."""
    problems: list[tuple[str, str]] = []
    name = cells.get(FUNCTION_COLUMN)
    shape = Shape.parse("" if name is None else name)
    if shape is None:
        problems.append(
            (FUNCTION_COLUMN, f"unknown preference function {quote(name)} (known: {KNOWN_NAMES})")
        )
        return None, problems
    thresholds: dict[str, Threshold] = {}
    for column in (Q_COLUMN, P_COLUMN, S_COLUMN):
        cell = cells.get(column)
        needed = column in shape.thresholds
        if cell is None:
            if needed:
                problems.append((column, f"the {shape.value} preference function needs {column}"))
            continue
        if not needed:
            uses = " and ".join(shape.thresholds) or "no threshold"
            problems.append(
                (
                    column,
                    f"{column} {_shown(cell)} is not used by the {shape.value} preference function (it takes {uses})",
                )
            )
            continue
        try:
            thresholds[column] = Threshold.parse(cell)
        except (TypeError, ValueError):
            problems.append(
                (
                    column,
                    f"{column} {_shown(cell)} must be a number >= 0 or a share of the range such as '10%'",
                )
            )
    q, p, s = (thresholds.get(c) for c in (Q_COLUMN, P_COLUMN, S_COLUMN))
    for column, threshold in ((P_COLUMN, p), (S_COLUMN, s)):
        if threshold is not None and threshold.value == 0:
            problems.append(
                (column, f"{column} must be greater than 0 for the {shape.value} preference function")
            )
    if q is not None and p is not None:
        if q.relative != p.relative:
            problems.append((Q_COLUMN, f"q {q} and p {p} must both be absolute or both a share of the range"))
        elif q.value > p.value:
            problems.append((Q_COLUMN, f"q must be <= p (q {q}, p {p})"))
    if problems:
        return None, problems
    return PreferenceFunction(shape, q, p, s), problems


def preference_of(criterion) -> PreferenceFunction:
    """The criterion's preference function from its ``Criteria``-sheet cells (usual when none).

    Raises
    ------
    criteria.errors.InputError
        When the cells do not describe a function (see :func:`check`), naming the criterion.
    """
    function, problems = check({column: _cell(criterion, column) for column in COLUMNS})
    if function is None:
        raise InputError(
            [Problem(f"{message} (criterion {quote(criterion.name)})", "Criteria") for _, message in problems]
        )
    return function


def preference_functions(criteria) -> tuple[PreferenceFunction, ...]:
    """One :class:`PreferenceFunction` per criterion; InputError listing every criterion's problems."""
    functions, problems = [], []
    for criterion in criteria:
        try:
            functions.append(preference_of(criterion))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return tuple(functions)


def cells_with_function(criterion, function: PreferenceFunction) -> tuple:
    """``criterion``'s extra cells with ``function`` written into them (columns it had stay in
    place; blank cells are dropped, as the reader keeps only non-empty cells)."""
    cells = function.cells()
    extra, seen = [], set()
    for header, value in criterion.extra:
        column = next((c for c in COLUMNS if c.casefold() == header.strip().casefold()), None)
        if column is None:
            extra.append((header, value))
            continue
        seen.add(column)
        if cells[column] != "":
            extra.append((header, cells[column]))
    extra.extend((c, cells[c]) for c in COLUMNS if c not in seen and cells[c] != "")
    return tuple(extra)


def preference_values(function: PreferenceFunction, gaps, span: float):
    """``P(d)`` for an array of gaps ``d`` (the definitions in this module's table), e.g. to draw it."""
    d = np.asarray(gaps, dtype=float)
    q, p, s = function.absolute(span)
    shape = function.shape
    if shape is Shape.USUAL:
        return (d > 0).astype(float)
    if shape is Shape.U_SHAPE:
        return (d > q).astype(float)
    if shape is Shape.GAUSSIAN:
        # (d / s)^2 rather than d^2 / s^2: no 0 / 0 when both square to below the smallest float
        return np.where(d > 0, 1.0 - np.exp(-0.5 * (d / s) ** 2) if s > 0 else 1.0, 0.0)
    if shape is Shape.LEVEL:
        return np.where(d > p, 1.0, np.where(d > q, 0.5, 0.0))
    q = 0.0 if shape is Shape.V_SHAPE else q
    if p <= q:
        return (d > q).astype(float)
    return np.clip((d - q) / (p - q), 0.0, 1.0)


def set_preference(model, index: int, function: PreferenceFunction):
    """``model`` with criterion ``index``'s preference function set (its cells written as :meth:`cells` says)."""
    from criteria.edits import replace_criterion

    return replace_criterion(model, index, extra=cells_with_function(model.criteria[index], function))
