"""The missing-value policy: how empty criterion cells are filled before scoring.

Kernels never see NaN; a ``FilledValues`` records which cells were filled and
which partners were left out, so rankings can say what rests on filled values.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from criteria.errors import InputError, Problem
from criteria.i18n import N_
from criteria.model import DecisionModel


class MissingPolicy(StrEnum):
    WORST = "worst"  # the scale bound if given, else the worst observed value
    MEAN = "mean"  # the mean of the observed values on that criterion
    EXCLUDE = "exclude"  # leave the partner out of the ranking
    REJECT = "reject"  # refuse, naming the cells

    @classmethod
    def parse(cls, text: str) -> MissingPolicy:
        try:
            return cls(str(text).strip().lower())
        except ValueError:
            choices = ", ".join(p.value for p in cls)
            raise InputError(
                Problem(f"unknown missing-value policy {text!r} (choose one of {choices})")
            ) from None


# What a missing cell counts as under each policy that fills one, as a phrase that follows
# the number in a sentence ("counts as 3, the worst value on that criterion (...)").
# The one wording for the GUI's tooltips and the "Why this rank" sentences.
FILL_WORDS: dict[MissingPolicy, str] = {
    MissingPolicy.WORST: N_(
        "the worst value on that criterion (its scale bound, else the worst observed value)"
    ),
    MissingPolicy.MEAN: N_("the mean of the observed values on that criterion"),
}


@dataclass(frozen=True, eq=False)
class FilledValues:
    values: np.ndarray  # (kept, m) with no NaN
    kept: np.ndarray  # model row index of each kept partner
    filled: np.ndarray  # (kept, m) True where the value was filled in
    excluded: tuple[int, ...]  # model rows left out (policy exclude)


def missing_cells(model: DecisionModel, rows=None) -> list[str]:
    """Each missing value as ``Partners!E6 (Blackstone Minerals, Speed)``, row by row; only
    those of model ``rows`` when given (the partners ranked)."""
    cells = []
    missing = model.missing
    if rows is not None:
        missing = missing & np.isin(np.arange(len(model.partners)), rows)[:, None]
    for i, j in zip(*np.nonzero(missing)):
        ref = model.cell_ref(i, j)
        where = f"Partners!{ref} " if ref else ""
        cells.append(f"{where}({model.partners[i].name}, {model.criteria[j].name})")
    return cells


def fill_values(model: DecisionModel, values: np.ndarray, missing: np.ndarray) -> np.ndarray:
    """Worst-case fill: the value each missing cell gets under policy ``worst``.

    Exposed because robustness analysis also needs the best case.
    """
    return _fill(model, values, missing, worst=True)


def _fill(model: DecisionModel, values: np.ndarray, missing: np.ndarray, *, worst: bool) -> np.ndarray:
    benefit = model.benefit
    with np.errstate(all="ignore"):
        low = np.where(np.isnan(model.lower_bounds), np.nanmin(values, axis=0), model.lower_bounds)
        high = np.where(np.isnan(model.upper_bounds), np.nanmax(values, axis=0), model.upper_bounds)
    # worst is the low end for benefit criteria, the high end for cost criteria
    fill = np.where(benefit == worst, low, high)
    return np.where(missing, fill[None, :], values)


def observed_means(values: np.ndarray) -> np.ndarray:
    """The mean of each column's observed (non-NaN) values, kept inside their range.

    A float mean can fall an ulp outside the values it averages (``np.nanmean`` of three 0.1s
    is 0.10000000000000002); a fill that is better than every observed value would then win on
    a criterion where nobody differs. Clipping keeps it inside, and equal to the value when all
    are equal.
    """
    with np.errstate(all="ignore"):
        return np.clip(np.nanmean(values, axis=0), np.nanmin(values, axis=0), np.nanmax(values, axis=0))


def best_case(model: DecisionModel) -> np.ndarray:
    """Every missing value set to the best it could be (scale bound or best observed)."""
    return _fill(model, model.values, model.missing, worst=False)


def apply_policy(model: DecisionModel, policy: MissingPolicy) -> FilledValues:
    """Fill or drop missing values according to ``policy``.

    Raises InputError for ``reject`` when anything is missing, and for a
    criterion with no observed value at all (nothing to fill from).
    """
    values, missing = model.values, model.missing
    n, m = values.shape
    all_rows = np.arange(n)
    if not missing.any():
        return FilledValues(values, all_rows, np.zeros((n, m), bool), ())
    if policy is MissingPolicy.REJECT:
        cells = missing_cells(model)
        raise InputError(Problem(f"missing values (policy reject): {'; '.join(cells)}", sheet="Partners"))
    if policy is MissingPolicy.EXCLUDE:
        keep = ~missing.any(axis=1)
        excluded = tuple(int(i) for i in np.nonzero(~keep)[0])
        kept_values = values[keep]
        return FilledValues(kept_values, all_rows[keep], np.zeros(kept_values.shape, bool), excluded)
    empty = [model.criteria[j].name for j in range(m) if missing[:, j].all()]
    if empty and n > 0:
        names = ", ".join(repr(e) for e in empty)
        raise InputError(
            Problem(
                f"no partner has a value for {names}; nothing to fill missing values from", sheet="Partners"
            )
        )
    if policy is MissingPolicy.MEAN:
        filled = np.where(missing, observed_means(values)[None, :], values)
    else:
        filled = fill_values(model, values, missing)
    return FilledValues(filled, all_rows, missing.copy(), ())
