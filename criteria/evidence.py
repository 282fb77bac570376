"""Evidence behind a score: its source, date, confidence and plausible range (issue 13).

One ``Evidence`` record per (partner, criterion) cell, read from the optional ``Evidence`` sheet.
This module is the one home of the confidence words and of the default range a confidence
gives when no ``Low``/``High`` is written: on a 1-10 scale high +-0.5, medium +-1, low +-2 points,
clipped to the criterion's Min..Max; on another scale the same share of its span (a 0-100 scale:
high +-5.6). A study may change the widths (:class:`ConfidenceWidths`): for a run, or per
criterion in the Criteria sheet's optional ``Confidence widths`` column.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np

from criteria.errors import InputError, Problem, quote

if TYPE_CHECKING:
    from criteria.model import DecisionModel

REFERENCE_SPAN = 9.0  # the span of a 1-10 scale, on which the default widths are stated


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @classmethod
    def parse(cls, text: object) -> Confidence | None:
        """English or Vietnamese (``cao``, ``trung bình``, ``thấp``), any case; None otherwise.

        Vietnamese typed without diacritics (``trung binh``, ``thap``) is accepted too.
        """
        return _parse_word(str(text or ""))


@functools.lru_cache(maxsize=256)  # a study repeats a handful of words thousands of times
def _parse_word(text: str) -> Confidence | None:
    key = unicodedata.normalize("NFC", text).strip().casefold()
    plain = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
    return _WORDS.get(key) or _WORDS.get(plain.replace("đ", "d"))


_WORDS = {
    "high": Confidence.HIGH,
    "cao": Confidence.HIGH,
    "medium": Confidence.MEDIUM,
    "trung bình": Confidence.MEDIUM,
    "trung binh": Confidence.MEDIUM,
    "low": Confidence.LOW,
    "thấp": Confidence.LOW,
    "thap": Confidence.LOW,
}
CONFIDENCE_WORDS = "high, medium, low (or cao, trung bình, thấp)"


@dataclass(frozen=True)
class Evidence:
    """What backs one score. Cells are kept as read so a save writes them back unchanged.

    ``date`` is a ``datetime.date``/``datetime`` or ISO text (``2024``, ``2024-03``,
    ``2024-03-05``); ``confidence`` the word as written (read it with :attr:`level`);
    ``low``/``high`` the plausible range of the score, None where not written; ``extra`` the
    sheet's other columns, (header, value) as read.
    """

    partner: str
    criterion: str
    source: str = ""
    date: object = None
    confidence: str = ""
    low: float | None = None
    high: float | None = None
    note: str = ""
    extra: tuple[tuple[str, object], ...] = ()

    @property
    def level(self) -> Confidence | None:
        return Confidence.parse(self.confidence)

    @property
    def has_range(self) -> bool:
        return self.low is not None or self.high is not None

    @property
    def day(self) -> dt.date | None:
        """The date as a day (the first of the month or year for partial dates); None if none."""
        return parse_date(self.date)


DEFAULT_MAX_AGE_YEARS = 2  # evidence older than this is flagged for re-checking
LARGEST = 1000.0  # no width or age above this (a typo such as 20000 years), whatever the scale


def outdated(date: object, today: dt.date, years: float = DEFAULT_MAX_AGE_YEARS) -> bool:
    """True when a dated piece of evidence is more than ``years`` old on ``today`` (a partial date,
    ``2024-03``, counts from its first day); undated evidence is not flagged, it is only undated."""
    day = parse_date(date)
    return day is not None and (today - day).days > years * 365.25


def parse_date(value: object) -> dt.date | None:
    """A date cell as a day: a date, or ISO text ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    for pattern, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(text) == size:
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                return None
    return None


def _shown(value: float | None) -> str:
    if value is None:
        return ""
    whole = float(value).is_integer() and abs(value) < 1e16  # 1e308 as 1e+308, not 309 digits
    return str(int(value)) if whole else repr(float(value))


def range_problems(low: float | None, high: float | None, score: float, criterion) -> list[tuple[str, str]]:
    """What is wrong with a written range, as ``("Low" | "High", message)``: outside the criterion's
    Min..Max, Low above or High below the score (a missing score has none), High below Low."""
    problems = []
    scale_low = -math.inf if criterion.min is None else criterion.min
    scale_high = math.inf if criterion.max is None else criterion.max
    for key, bound in (("Low", low), ("High", high)):
        if bound is None:
            continue
        if not scale_low <= bound <= scale_high:
            scale = f"{_shown(criterion.min)}..{_shown(criterion.max)}"
            problems.append((key, f"{key} {_shown(bound)} is outside the scale {scale}"))
        elif not math.isnan(score) and (bound > score if key == "Low" else bound < score):
            side = "above" if key == "Low" else "below"
            problems.append((key, f"{key} {_shown(bound)} is {side} the score {_shown(score)}"))
    if not problems and low is not None and high is not None and low > high:
        problems.append(("High", f"High {_shown(high)} is below Low {_shown(low)}"))
    return problems


@dataclass(frozen=True)
class ConfidenceWidths:
    """Half-widths of the default range, in points of a 1-10 scale (scaled to other spans)."""

    high: float = 0.5
    medium: float = 1.0
    low: float = 2.0

    def points(self, level: Confidence) -> float:
        """Half-width on a 1-10 scale for ``level``."""
        return getattr(self, level.name.lower())

    def describe(self) -> str:
        return (
            f"high +-{self.high:g}, medium +-{self.medium:g}, low +-{self.low:g} points on a 1-10 scale "
            "(the same share of the span on other scales), clipped to Min..Max"
        )

    @classmethod
    def parse(cls, text: str, base: ConfidenceWidths | None = None) -> ConfidenceWidths:
        """``"high=0.5,medium=1,low=2"`` (any subset; the others keep ``base``'s, else the defaults).

        Raises
        ------
        InputError
            An unknown word or a width that is not a number >= 0.
        """
        widths = {}
        for part in filter(None, (p.strip() for p in str(text).split(","))):
            word, _, number = part.partition("=")
            level = Confidence.parse(word)
            try:
                width = float(number) if "_" not in number else -1.0  # Python reads '1_0' as 10
            except ValueError:
                width = -1.0
            if level is None or not 0 <= width <= LARGEST:  # inf or 1e308 overflowed the ranges
                raise InputError(
                    Problem(
                        f"confidence width {quote(part)} is not '<{CONFIDENCE_WORDS}>=<points from 0 to {LARGEST:g}>'"
                    )
                )
            widths[level.name.lower()] = width
        return dataclasses.replace(base or cls(), **widths)


DEFAULT_WIDTHS = ConfidenceWidths()
# A study keeps its own widths per criterion in this optional Criteria-sheet column
# ("high=0.25,low=1"), kept as written like any extra column.
WIDTHS_COLUMN = "Confidence widths"


def criterion_widths(criterion, default: ConfidenceWidths = DEFAULT_WIDTHS) -> ConfidenceWidths:
    """The criterion's ``Confidence widths`` cell over ``default`` (the words it leaves out keep
    ``default``'s widths); ``default`` when it has none. InputError for a cell that does not parse."""
    text = next((v for h, v in criterion.extra if h.strip().casefold() == WIDTHS_COLUMN.casefold()), None)
    if text is None or not str(text).strip():
        return default
    return ConfidenceWidths.parse(str(text), base=default)


def scale_span(model: DecisionModel) -> np.ndarray:
    """Per criterion: Max - Min when both are set, else the observed spread of its values (0 if none)."""
    observed = np.array([_spread(model.values[:, j]) for j in range(len(model.criteria))])
    written = model.upper_bounds - model.lower_bounds
    return np.where(np.isnan(written), observed, written)


def _spread(column: np.ndarray) -> float:
    present = column[~np.isnan(column)]
    return float(present.max() - present.min()) if present.size else 0.0


def value_ranges(
    model: DecisionModel, widths: ConfidenceWidths | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The plausible range ``(low, high)`` of every value, each an ``(n, m)`` array.

    A written ``Low``/``High`` is used as is (a side left empty is the score itself); else the
    confidence gives ``score +- width`` (:class:`ConfidenceWidths`; None: the study's own,
    ``model.evidence_settings``), clipped to the criterion's
    Min..Max; a cell without evidence, or with neither, is its score (no uncertainty). Missing
    values stay NaN: the missing-value policy decides them.
    """
    low, high = np.array(model.values), np.array(model.values)
    widths = model.evidence_settings.widths if widths is None else widths
    cells = model.evidence_cells()
    if not cells:
        return low, high
    rows, columns = (np.array(index, dtype=int) for index in zip(*cells))
    records = list(cells.values())
    score = model.values[rows, columns]
    written_low = np.array([np.nan if e.low is None else e.low for e in records])
    written_high = np.array([np.nan if e.high is None else e.high for e in records])
    own = [criterion_widths(c, widths) for c in model.criteria]
    per_point = np.array(
        [np.nan if e.level is None else own[j].points(e.level) for e, j in zip(records, columns, strict=True)]
    )
    half = per_point * scale_span(model)[columns] / REFERENCE_SPAN
    lower = np.where(np.isnan(model.lower_bounds), -np.inf, model.lower_bounds)[columns]
    upper = np.where(np.isnan(model.upper_bounds), np.inf, model.upper_bounds)[columns]
    ranged = ~np.isnan(written_low) | ~np.isnan(written_high)
    # a written side wins (the other side is the score); else the confidence width, clipped; else none
    default_low = np.where(np.isnan(half), score, np.maximum(score - half, lower))
    default_high = np.where(np.isnan(half), score, np.minimum(score + half, upper))
    low[rows, columns] = np.where(ranged, np.where(np.isnan(written_low), score, written_low), default_low)
    high[rows, columns] = np.where(
        ranged, np.where(np.isnan(written_high), score, written_high), default_high
    )
    return low, high
