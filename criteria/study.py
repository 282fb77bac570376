"""``StudyState``: one complete, immutable what-if: model, weights, method, missing policy.

It also carries ``origin``, where its weights came from (``WeightsOrigin``): the room reads it
beside the weights and the result workbook's ``Settings`` sheet records it ("Weights from").
The origin keeps the weights it gave, so an edit by hand shows as "..., edited by hand" until
the weights are back where the origin put them (an undo, or a drag back).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from criteria.errors import InputError
from criteria.levels import LevelPolicy
from criteria.missing import MissingPolicy
from criteria.model import DecisionModel
from criteria.weights import normalise

DEFAULT_METHOD = "wsm"
# VIKOR's v: the weight of the strategy of the majority of criteria (S) against the individual
# regret (R), 0..1; 0.5 is the authors' usual choice (Opricovic & Tzeng 2004, 2007)
DEFAULT_VIKOR_V = 0.5
SAME_WEIGHTS = 1e-6  # weights this close are the same weights (far below the 0.1% shown)
WORKBOOK_WEIGHTS = "Workbook weights"


def vikor_v_problem(v) -> str | None:
    """Why ``v`` cannot be VIKOR's v (a number from 0 to 1), or None."""
    try:
        number = float(v)
    except (TypeError, ValueError):
        return f"VIKOR v must be a number from 0 to 1, not {v!r}"
    if not 0.0 <= number <= 1.0:  # also refuses NaN
        shown = f"{v:g}" if isinstance(v, float) else repr(v)  # 1.5 and -5 as a cell shows them
        return f"VIKOR v must be from 0 to 1, not {shown}"
    return None


def same_weights(a, b) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= SAME_WEIGHTS for x, y in zip(a, b, strict=True))


@dataclass(frozen=True)
class WeightsOrigin:
    """Where a set of weights came from: ``source`` in words, the (normalised) ``weights`` it gave.

    ``scenario`` names the scenario they were taken from, if any.
    """

    source: str  # "Workbook weights", "Scenario S1", "AHP (CR 0.22)", "Ballots of 5 people"...
    weights: tuple[float, ...]
    scenario: str | None = None

    @classmethod
    def of_scenario(cls, name: str, weights) -> WeightsOrigin:
        return cls(f"Scenario {name}", tuple(weights), scenario=name)


@dataclass(frozen=True, eq=False)
class StudyState:
    model: DecisionModel
    weights: tuple[float, ...]  # normalised, criterion order
    method: str = DEFAULT_METHOD
    missing: MissingPolicy = MissingPolicy.WORST
    origin: WeightsOrigin | None = None  # None: the workbook's weights (a note: equality ignores it)
    levels: LevelPolicy = LevelPolicy.EXCLUDE  # what failing a minimum level does (criteria.levels)
    vikor_v: float = DEFAULT_VIKOR_V  # read by VIKOR only

    @classmethod
    def from_model(
        cls,
        model: DecisionModel,
        *,
        method: str = DEFAULT_METHOD,
        missing: MissingPolicy = MissingPolicy.WORST,
        scenario: str | None = None,
        levels: LevelPolicy | None = None,
        vikor_v: float | None = None,
    ) -> StudyState:
        """The study with the workbook's weights, or a scenario's (KeyError if unknown).

        ``levels`` and ``vikor_v`` left None are the workbook's (its ``Study settings`` sheet),
        else the defaults: leave out, v = 0.5.
        """
        from criteria.study_settings import study_options

        levels, vikor_v = study_options(model, levels, vikor_v)
        if scenario:
            found = model.scenario(scenario)
            weights = normalise(found.weights, what=f"scenario {scenario!r}")
            return cls(
                model,
                weights,
                method,
                missing,
                WeightsOrigin.of_scenario(found.name, weights),
                levels,
                vikor_v,
            )
        weights = normalise(model.workbook_weights, what="Criteria weights")
        return cls(model, weights, method, missing, WeightsOrigin(WORKBOOK_WEIGHTS, weights), levels, vikor_v)

    def replace(self, **changes) -> StudyState:
        return dataclasses.replace(self, **changes)

    def with_weights(self, weights, source: str, scenario: str | None = None) -> StudyState:
        """These normalised ``weights``, recorded as coming from ``source``."""
        weights = tuple(weights)
        return self.replace(weights=weights, origin=WeightsOrigin(source, weights, scenario))

    def _origin(self) -> WeightsOrigin | None:
        if self.origin is not None:
            return self.origin
        try:
            return WeightsOrigin(WORKBOOK_WEIGHTS, normalise(self.model.workbook_weights))
        except InputError:  # every workbook weight is 0 after an edit
            return None

    @property
    def weights_from(self) -> str:
        """Where the weights shown came from, in words ("Scenario S1, edited by hand")."""
        origin = self._origin()
        if origin is None:
            return "Edited by hand"
        return (
            origin.source
            if same_weights(origin.weights, self.weights)
            else f"{origin.source}, edited by hand"
        )

    @property
    def scenario_shown(self) -> str | None:
        """The named scenario whose weights these are (the one they came from first), or None."""
        origin = self._origin()
        preferred = origin.scenario if origin else None
        for scenario in sorted(self.model.scenarios, key=lambda s: s.name != preferred):
            try:
                if same_weights(normalise(scenario.weights), self.weights):
                    return scenario.name
            except InputError:
                continue
        return None

    @property
    def edited_scenario(self) -> str | None:
        """The scenario these weights were taken from and then changed, if it is still in the model."""
        origin = self._origin()
        if origin is None or not any(s.name == origin.scenario for s in self.model.scenarios):
            return None
        return None if self.scenario_shown else origin.scenario

    @property
    def weights_label(self) -> str:
        """How a scenario selector names weights that are no scenario's: "S3 (edited)" and the like."""
        if self.edited_scenario:
            return f"{self.edited_scenario} (edited)"
        try:
            if same_weights(normalise(self.model.workbook_weights), self.weights):
                return WORKBOOK_WEIGHTS
        except InputError:
            pass
        return "Custom weights"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StudyState):
            return NotImplemented
        return (
            self.model == other.model
            and self.weights == other.weights
            and self.method == other.method
            and self.missing == other.missing
            and self.levels == other.levels
            and self.vikor_v == other.vikor_v
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
            and self.levels == other.levels
            and self.vikor_v == other.vikor_v
            and self.model.equal_except_scenarios(other.model)
        )
