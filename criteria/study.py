"""``StudyState``: one complete, immutable what-if: model, weights, method, missing policy."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from criteria.missing import MissingPolicy
from criteria.model import DecisionModel
from criteria.weights import normalise

DEFAULT_METHOD = "wsm"


@dataclass(frozen=True, eq=False)
class StudyState:
    model: DecisionModel
    weights: tuple[float, ...]  # normalised, criterion order
    method: str = DEFAULT_METHOD
    missing: MissingPolicy = MissingPolicy.WORST

    @classmethod
    def from_model(
        cls,
        model: DecisionModel,
        *,
        method: str = DEFAULT_METHOD,
        missing: MissingPolicy = MissingPolicy.WORST,
        scenario: str | None = None,
    ) -> StudyState:
        """The study with the workbook's weights, or a scenario's (KeyError if unknown)."""
        raw = model.scenario(scenario).weights if scenario else model.workbook_weights
        what = f"scenario {scenario!r}" if scenario else "Criteria weights"
        return cls(model, normalise(raw, what=what), method, missing)

    def replace(self, **changes) -> StudyState:
        return dataclasses.replace(self, **changes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StudyState):
            return NotImplemented
        return (
            self.model == other.model
            and self.weights == other.weights
            and self.method == other.method
            and self.missing == other.missing
        )

    __hash__ = None  # type: ignore[assignment]

    def same_ranking_inputs(self, other: StudyState) -> bool:
        """Equal but perhaps for the model's named scenarios, which no ranking reads.

        A result derived from one (a ranking, a Monte Carlo run, dominance) holds for the other.
        """
        return self is other or (
            self.weights == other.weights
            and self.method == other.method
            and self.missing == other.missing
            and self.model.equal_except_scenarios(other.model)
        )
