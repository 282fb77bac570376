"""The brief's caveat on filled-in values names only partners that are ranked, not those left out
below a minimum level (issue 14, gap 6)."""

from __future__ import annotations

import dataclasses

import numpy as np

from criteria.levels import LevelPolicy
from tests.briefing.test_text import content_for
from tests.conftest import make_model


def leveled_model():
    """P2 fails C3's minimum with no value there; P4's C2 is filled in and it is ranked."""
    model = make_model(
        [[8, 5, 7], [4, 7, np.nan], [6, 6, 6], [7, np.nan, 8]], partners=["P1", "P2", "P3", "P4"]
    )
    criteria = list(model.criteria)
    criteria[2] = dataclasses.replace(criteria[2], minimum=5.0)
    return dataclasses.replace(model, criteria=tuple(criteria))


def test_the_caveat_names_the_filled_cells_of_ranked_partners_only():
    content = content_for(leveled_model(), samples=50)
    assert [(partner, criterion) for _, partner, criterion in content.missing_cells] == [("P4", "C2")]
    marked = content_for(leveled_model(), samples=50, levels=LevelPolicy.MARK)
    assert [p for _, p, _ in marked.missing_cells] == ["P2", "P4"]
    assert "P2" in marked.ranking.partners and "P2" not in content.ranking.partners
