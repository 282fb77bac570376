"""A study's own evidence settings (issue 13): the default range each confidence gives, and the
age past which evidence is flagged for re-checking.

They live in the model (``DecisionModel.evidence_settings``), so changing them in the app is one
undo step and a save writes them: the optional ``Evidence settings`` sheet, one row per setting
(``workbooks.evidence_settings_sheet``). Every user of a range or an age (SMAA-2, what to check
first, the partners table's marks, the command line) reads them from there unless told otherwise.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from criteria.errors import InputError, Problem
from criteria.evidence import DEFAULT_MAX_AGE_YEARS, DEFAULT_WIDTHS, LARGEST, Confidence, ConfidenceWidths

if TYPE_CHECKING:
    from criteria.model import DecisionModel

# The sheet's rows: setting name -> the ConfidenceWidths field it sets, or AGE for the age.
AGE = "max_age_years"
AGE_SETTING = "Evidence older than (years)"
SETTINGS = {
    "Confidence width high": Confidence.HIGH.value,
    "Confidence width medium": Confidence.MEDIUM.value,
    "Confidence width low": Confidence.LOW.value,
    AGE_SETTING: AGE,
}
NOTES = {  # written beside each setting when the sheet is new (the sheet's Note column)
    "Confidence width high": "half-width of a score's range for high confidence, points on a 1-10 scale",
    "Confidence width medium": "the same for medium confidence",
    "Confidence width low": "the same for low confidence",
    AGE_SETTING: "evidence dated earlier than this is flagged for re-checking",
}


@dataclass(frozen=True)
class EvidenceSettings:
    """The widths (points of a 1-10 scale, scaled to other spans) and the age in years.

    ``sheet_rows`` is the ``Evidence settings`` sheet as read (header first, cells as written):
    a save writes the values into it and keeps the rest. It is layout, not part of equality.
    """

    widths: ConfidenceWidths = DEFAULT_WIDTHS
    max_age_years: float = DEFAULT_MAX_AGE_YEARS
    sheet_rows: tuple[tuple[object, ...], ...] = field(default=(), compare=False)

    def value(self, setting: str) -> float:
        """The number of one of ``SETTINGS``."""
        key = SETTINGS[setting]
        return self.max_age_years if key == AGE else getattr(self.widths, key)

    def with_values(self, values: dict[str, float]) -> EvidenceSettings:
        """These settings with ``values`` (``SETTINGS`` name -> number, each already checked)."""
        widths = {SETTINGS[k]: v for k, v in values.items() if SETTINGS[k] != AGE}
        age = next((v for k, v in values.items() if SETTINGS[k] == AGE), self.max_age_years)
        return dataclasses.replace(
            self, widths=dataclasses.replace(self.widths, **widths), max_age_years=float(age)
        )

    @property
    def is_default(self) -> bool:
        return self == EvidenceSettings()


def value_problem(setting: str, value: float) -> str | None:
    """Why ``value`` cannot be ``setting`` (a number from 0 to ``LARGEST``), or None."""
    if not (math.isfinite(value) and 0 <= value <= LARGEST):
        unit = "years" if SETTINGS[setting] == AGE else "points"
        return f"{setting} must be a number of {unit} from 0 to {LARGEST:g}, not {value:g}"
    return None


def set_evidence_settings(model: DecisionModel, settings: EvidenceSettings) -> DecisionModel:
    """``model`` with ``settings`` (the sheet as read is kept). InputError for a value out of range."""
    problems = [
        Problem(message)
        for name in SETTINGS
        if (message := value_problem(name, settings.value(name))) is not None
    ]
    if problems:
        raise InputError(problems)
    if settings == model.evidence_settings:  # OK without a change: no undo step, no unsaved study
        return model
    kept = dataclasses.replace(settings, sheet_rows=model.evidence_settings.sheet_rows)
    return dataclasses.replace(model, evidence_settings=kept)


def ranges_per_criterion(
    model: DecisionModel, widths: ConfidenceWidths
) -> list[tuple[tuple[float, float, float], bool]]:
    """Per criterion, what the study's ``widths`` give: the half-widths (high, medium, low) in
    the criterion's own units (its span over that of a 1-10 scale) and whether its own
    ``Confidence widths`` cell overrides some of them. InputError for a cell that does not parse."""
    from criteria.evidence import REFERENCE_SPAN, criterion_widths, scale_span

    spans = scale_span(model)
    shown = []
    for criterion, span in zip(model.criteria, spans, strict=True):
        own = criterion_widths(criterion, widths)
        half = tuple(float(own.points(level) * span / REFERENCE_SPAN) for level in Confidence)
        shown.append((half, own != widths))
    return shown
