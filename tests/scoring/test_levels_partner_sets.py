"""With minimum levels and the setting "leave out", PROMETHEE I and the rank-reversal check work on
the partners the ranking keeps, no more and no fewer (issue 14, gap 7)."""

from __future__ import annotations

import dataclasses

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from criteria.levels import LevelPolicy
from criteria.study import StudyState
from scoring import rank
from scoring.promethee_one import partial_ranking
from scoring.rank_reversal import rank_reversals
from tests.conftest import make_model


def with_minimum(model, j: int, minimum: float):
    criteria = list(model.criteria)
    criteria[j] = dataclasses.replace(criteria[j], minimum=minimum)
    return dataclasses.replace(model, criteria=tuple(criteria))


def without(model, rows):
    keep = [i for i in range(len(model.partners)) if i not in set(rows)]
    return dataclasses.replace(
        model, partners=tuple(model.partners[i] for i in keep), values=model.values[keep], partner_rows=()
    )


VALUES = [[9, 10, 1], [6, 5, 7], [4, 4, 9], [8, 8, 2], [5, 7, 6]]


def test_promethee_one_shows_the_partners_ranked():
    state = StudyState.from_model(with_minimum(make_model(VALUES), 2, 4), method="promethee")
    ranking = rank(state)
    partial = partial_ranking(state)
    assert partial.partners == tuple(ranking.partners[k] for k in ranking.order) == ("P2", "P5", "P3")
    marked = partial_ranking(state.replace(levels=LevelPolicy.MARK))
    assert len(marked.partners) == 5


def test_reversal_check_with_one_partner_left_is_no_error():
    """Three of four partners below the minimum: removing the one left must not rank an empty study."""
    model = with_minimum(make_model([[9, 1], [8, 2], [7, 9], [6, 3]]), 1, 5)
    report = rank_reversals(StudyState.from_model(model, method="topsis"))
    assert report.checked == 1 and report.reversals == ()


@settings(max_examples=40, deadline=None)
@given(
    values=arrays(float, (6, 3), elements=st.integers(1, 10).map(float)),
    minimum=st.integers(2, 9),
    method=st.sampled_from(["topsis", "vikor", "promethee", "wsm"]),
)
def test_reversals_under_leave_out_are_those_of_the_partners_kept(values, minimum, method):
    """Without missing values, leaving failing partners out is the study without them."""
    model = with_minimum(make_model(values), 2, float(minimum))
    failing = [i for i in range(6) if values[i, 2] < minimum]
    if len(failing) == 6:
        return
    state = StudyState.from_model(model, method=method)
    plain = StudyState.from_model(without(make_model(values), failing), method=method)
    assert rank_reversals(state).reversals == rank_reversals(plain).reversals
    assert rank_reversals(state).checked == 6 - len(failing)
    if method == "promethee":
        partial, alone = partial_ranking(state), partial_ranking(plain)
        assert partial.partners == alone.partners
        assert np.allclose(partial.phi_plus, alone.phi_plus) and np.allclose(
            partial.phi_minus, alone.phi_minus
        )
