"""Shared fixtures: small decision models built in code, independent of the workbook reader."""

from __future__ import annotations

import numpy as np
import pytest

from criteria.model import Criterion, DecisionModel, Direction, Partner, Scenario


def make_model(
    values, directions=None, names=None, partners=None, bounds=None, weights=None
) -> DecisionModel:
    """A model from a value matrix; NaN marks a missing value."""
    values = np.asarray(values, dtype=float)
    n, m = values.shape
    names = names or [f"C{j + 1}" for j in range(m)]
    directions = directions or ["benefit"] * m
    weights = weights or [1.0] * m
    bounds = bounds or [(None, None)] * m
    criteria = tuple(
        Criterion(name, Direction.parse(d), w, min=lo, max=hi)
        for name, d, w, (lo, hi) in zip(names, directions, weights, bounds)
    )
    partners = tuple(Partner(p) for p in (partners or [f"P{i + 1}" for i in range(n)]))
    letters = tuple(chr(ord("B") + j) for j in range(m))
    return DecisionModel(
        partners, criteria, values, partner_rows=tuple(range(2, n + 2)), criterion_columns=letters
    )


@pytest.fixture
def small_model() -> DecisionModel:
    model = make_model(
        [[8, 5, 60], [4, 7, np.nan], [3, 9, 18]],
        directions=["benefit", "benefit", "cost"],
        names=["Technology transfer", "Capital", "Months"],
        partners=["JOGMEC", "Toyota Tsusho", "Shin-Etsu"],
        weights=[0.5, 0.3, 0.2],
    )
    return DecisionModel(
        model.partners,
        model.criteria,
        model.values,
        scenarios=(Scenario("Speed first", (0.1, 0.1, 0.8)),),
        partner_rows=model.partner_rows,
        criterion_columns=model.criterion_columns,
    )
