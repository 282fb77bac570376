"""PROMETHEE I partial ranking (Brans & Mareschal 2005, sec. 5.3.1, eq. 5.10).

The published example (Brans, Vincke & Mareschal 1986: a1 and a2 incomparable) is in
test_golden_promethee.py; the one below is worked by hand from the definitions (pairwise
preference pi(a, b) = sum_j w_j P_j(a, b), phi+ and phi- as its row and column means over the
n - 1 others).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.model import Criterion, DecisionModel, Partner
from criteria.study import StudyState
from scoring.promethee_one import PartialRanking, Relation, partial_ranking

# A = (10, 0), B = (5, 5), C = (4, 4); both criteria benefit, weight 1/2, V-shape p = 10 (P = d/10).
# pi(A,B) = .5 * .5 = .25   pi(B,A) = .5 * .5 = .25
# pi(A,C) = .5 * .6 = .30   pi(C,A) = .5 * .4 = .20
# pi(B,C) = .5 * .1 + .5 * .1 = .10   pi(C,B) = 0
# phi+: A (.25 + .30) / 2 = .275, B (.25 + .10) / 2 = .175, C (.20 + 0) / 2 = .10
# phi-: A (.25 + .20) / 2 = .225, B (.25 + 0) / 2 = .125, C (.30 + .10) / 2 = .20
# A and B tie on the net flow (.05) but are incomparable: A has more phi+ and more phi-.
# A and C are incomparable too (.275 > .10 but .225 > .20); B outranks C (.175 > .10, .125 < .20).
V10 = (("Preference function", "v-shape"), ("p", 10))


def study(extra=V10, values=((10, 0), (5, 5), (4, 4))):
    model = DecisionModel(
        partners=tuple(Partner(name) for name in "ABC"),
        criteria=(Criterion("c1", weight=0.5, extra=extra), Criterion("c2", weight=0.5, extra=extra)),
        values=np.array(values, dtype=float),
    )
    return StudyState.from_model(model, method="promethee")


def test_hand_worked_flows_and_relations():
    partial = partial_ranking(study())
    at = {name: k for k, name in enumerate(partial.partners)}
    plus = {name: partial.phi_plus[k] for name, k in at.items()}
    minus = {name: partial.phi_minus[k] for name, k in at.items()}
    assert plus == pytest.approx({"A": 0.275, "B": 0.175, "C": 0.10})
    assert minus == pytest.approx({"A": 0.225, "B": 0.125, "C": 0.20})
    assert partial.relation(at["A"], at["B"]) is Relation.INCOMPARABLE
    assert partial.relation(at["A"], at["C"]) is Relation.INCOMPARABLE
    assert partial.relation(at["B"], at["C"]) is Relation.OUTRANKS
    assert partial.relation(at["C"], at["B"]) is None
    named = {(partial.partners[a], r, partial.partners[b]) for a, r, b in partial.pairs()}
    assert ("B", Relation.OUTRANKS, "C") in named and len(named) == 3
    assert {frozenset((partial.partners[a], partial.partners[b])) for a, b in partial.incomparable()} == {
        frozenset("AB"),
        frozenset("AC"),
    }


def test_the_usual_criterion_without_ties_leaves_nothing_incomparable():
    # with P in {0, 1} and no equal values, phi+(a) + phi-(a) = 1 for every a: the two flows agree
    partial = partial_ranking(study(extra=()))
    assert partial.incomparable() == []
    assert partial.phi_plus + partial.phi_minus == pytest.approx(np.ones(3))


def test_equal_flows_are_indifferent():
    partial = PartialRanking(("A", "B"), np.array([0.5, 0.5 + 1e-12]), np.array([0.2, 0.2]))
    assert partial.relation(0, 1) is Relation.INDIFFERENT


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=2, max_size=8))
def test_relations_follow_the_definition_and_agree_with_the_net_flow(flows):
    plus, minus = (np.array(column) for column in zip(*flows, strict=True))
    partial = PartialRanking(tuple(str(k) for k in range(len(flows))), plus, minus)
    for a, relation, b in partial.pairs():
        dp, dm = plus[a] - plus[b], minus[b] - minus[a]
        if relation is Relation.OUTRANKS:  # a outranks b: at least as good on both, better on one
            assert dp >= -1e-9 and dm >= -1e-9 and (dp > 1e-9 or dm > 1e-9)
            assert partial.phi[a] > partial.phi[b]
        elif relation is Relation.INCOMPARABLE:
            assert dp * dm < 0 and abs(dp) > 1e-9 and abs(dm) > 1e-9
        else:
            assert abs(dp) <= 1e-9 and abs(dm) <= 1e-9
