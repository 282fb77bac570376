"""Minimum acceptable levels: a floor (``Minimum``) or a ceiling (``Maximum``) per criterion.

A partner whose value lies below a criterion's ``Minimum`` or above its ``Maximum`` fails
that level. The usual use is a ``Minimum`` on a benefit criterion ("ESG credibility at least 4")
and a ``Maximum`` on a cost criterion ("Cost at most 200"); either column may be given for
either direction, and both on one criterion (values outside fail).

A missing value fails every level of its criterion: nobody has shown that the partner meets
it, and the value a missing-value policy fills in is a stand-in, not evidence. It is worded
apart ("no value for ESG credibility (minimum 4)").

The study setting ``LevelPolicy`` says what a failure does: ``exclude`` (the default: screening,
the conjunctive rule of Hwang & Yoon 1981, sec. 2.1.3) leaves the partner out of the ranking,
every method, sensitivity and Monte Carlo alike; ``mark`` keeps it ranked and flags it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from criteria.errors import InputError, Problem, quote
from criteria.model import DecisionModel


class LevelPolicy(StrEnum):
    EXCLUDE = "exclude"  # leave partners that fail a minimum level out of the ranking
    MARK = "mark"  # rank them, marked

    @classmethod
    def parse(cls, text: str) -> LevelPolicy:
        try:
            return cls(str(text).strip().lower())
        except ValueError:
            choices = ", ".join(p.value for p in cls)
            raise InputError(
                Problem(f"unknown minimum-level setting {quote(text)} (choose one of {choices})")
            ) from None


def _number(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class LevelFailure:
    """Partner ``row`` (model row) fails ``criterion``'s ``kind`` level (``minimum``/``maximum``)."""

    row: int
    partner: str
    criterion: str
    kind: str
    level: float
    value: float  # NaN for a missing value

    @property
    def missing(self) -> bool:
        return bool(np.isnan(self.value))

    def words(self, lang=None) -> str:
        """ "below ESG credibility minimum 4", "above Cost maximum 200", "no value for Speed (minimum 3)"."""
        from criteria.i18n import Language

        lang = lang or Language("en")
        level = _number(self.level).replace(".", ",") if lang.code == "vi" else _number(self.level)
        words = dict(criterion=self.criterion, level=level)
        if self.kind == "minimum":
            if self.missing:
                return lang.t("no value for {criterion} (minimum {level})", **words)
            return lang.t("below {criterion} minimum {level}", **words)
        if self.missing:
            return lang.t("no value for {criterion} (maximum {level})", **words)
        return lang.t("above {criterion} maximum {level}", **words)


def against_direction(
    name: str, benefit: bool, minimum: float | None, maximum: float | None, lang=None
) -> str | None:
    """A warning for a level that keeps out the better values ("Minimum 12 on cost criterion
    'Months': ..."), or None: on a cost criterion lower is better, so a ``Minimum`` there leaves
    out the best partners; likewise a ``Maximum`` on a benefit criterion. Allowed (a band of
    values), but seldom what was meant."""
    from criteria.i18n import language

    lang = language(lang)
    if not benefit and minimum is not None:
        return lang.t(
            "Minimum {level} on cost criterion {name} leaves out the partners below it, whose lower "
            "values are better; a cost criterion's limit is usually a Maximum",
            level=_number(minimum),
            name=repr(name),
        )
    if benefit and maximum is not None:
        return lang.t(
            "Maximum {level} on benefit criterion {name} leaves out the partners above it, whose higher "
            "values are better; a benefit criterion's limit is usually a Minimum",
            level=_number(maximum),
            name=repr(name),
        )
    return None


def has_levels(model: DecisionModel) -> bool:
    return any(c.minimum is not None or c.maximum is not None for c in model.criteria)


def level_failures(model: DecisionModel) -> dict[int, tuple[LevelFailure, ...]]:
    """Model row -> the levels it fails, in criterion order; rows that pass are absent."""
    failures: dict[int, list[LevelFailure]] = {}
    values = model.values
    for j, criterion in enumerate(model.criteria):
        column = values[:, j]
        for kind, level, outside in (
            ("minimum", criterion.minimum, lambda x, v: x < v),
            ("maximum", criterion.maximum, lambda x, v: x > v),
        ):
            if level is None:
                continue
            with np.errstate(invalid="ignore"):
                bad = np.isnan(column) | outside(column, level)
            for i in np.flatnonzero(bad):
                failures.setdefault(int(i), []).append(
                    LevelFailure(
                        int(i), model.partners[i].name, criterion.name, kind, float(level), float(column[i])
                    )
                )
    return {i: tuple(f) for i, f in sorted(failures.items())}


@dataclass(frozen=True, eq=False)
class Screen:
    """What the minimum levels did to one study: who fails what, and who was left out."""

    policy: LevelPolicy
    failures: dict[int, tuple[LevelFailure, ...]]  # model row -> failures (every failing partner)
    left_out: tuple[int, ...]  # model rows left out of the ranking (policy exclude)

    def words(self, row: int, lang=None) -> tuple[str, ...]:
        """Why partner ``row`` fails, one phrase per level (empty when it passes)."""
        return tuple(f.words(lang) for f in self.failures.get(row, ()))

    def by_name(self, lang=None) -> dict[str, list[str]]:
        """``{partner: [phrases]}`` for every failing partner, model order (the CLI's json)."""
        return {f[0].partner: [x.words(lang) for x in f] for f in self.failures.values()}


NO_SCREEN = Screen(LevelPolicy.EXCLUDE, {}, ())


def screen_rows(model: DecisionModel, kept: np.ndarray, policy: LevelPolicy) -> tuple[np.ndarray, Screen]:
    """The rows of ``kept`` (model rows) that stay in the ranking, and the ``Screen``.

    Under ``exclude`` a failing partner is dropped; InputError when none is left.
    """
    failures = level_failures(model) if has_levels(model) else {}  # most studies: nothing to check
    if policy is LevelPolicy.MARK or not failures:
        return np.ones(len(kept), bool), Screen(policy, failures, ())
    stays = np.array([int(i) not in failures for i in kept], dtype=bool)
    if len(kept) and not stays.any():
        raise InputError(
            Problem(
                "every partner fails a minimum level; none is left to rank "
                "(set minimum levels to mark rather than exclude to rank them anyway)",
                "Criteria",
            )
        )
    return stays, Screen(policy, failures, tuple(int(i) for i in kept[~stays]))


def set_levels(
    model: DecisionModel, index: int, minimum: float | None, maximum: float | None
) -> DecisionModel:
    """Criterion ``index`` with these minimum levels (None = none); InputError for a Maximum below the Minimum."""
    from criteria.edits import replace_criterion

    name = model.criteria[index].name
    if minimum is not None and maximum is not None and minimum > maximum:
        raise InputError(
            Problem(
                f"criterion {name!r}: Maximum {maximum:g} is below Minimum {minimum:g}; no value could pass"
            )
        )
    return replace_criterion(model, index, minimum=minimum, maximum=maximum)
