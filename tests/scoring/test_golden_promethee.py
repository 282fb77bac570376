"""PROMETHEE with the six preference functions and PROMETHEE I on the published worked example.

Brans, J.-P., Vincke, Ph., & Mareschal, B. (1986). How to select and how to rank projects: The
PROMETHEE method. *EJOR*, 24(2), 228-238, the numerical application (location of a
hydroelectric power station): six projects a1..a6, six criteria with equal weights, one of the
six generalised criteria of Brans & Vincke (1985) on each criterion:

==  =========================  =========  ==========================================
f   criterion                  direction  generalised criterion
==  =========================  =========  ==========================================
f1  manpower                   min        type II, U-shape (quasi-criterion), q = 10
f2  power (MW)                 max        type III, V-shape, p = 30
f3  construction cost (10^9)   min        type V, linear with indifference, q = 0.5, p = 5
f4  maintenance cost (10^6)    min        type IV, level, q = 1, p = 6
f5  villages to evacuate       min        type I, usual
f6  security level             max        type VI, Gaussian, s = 5
==  =========================  =========  ==========================================

Where the figures come from (the paper itself, paywalled, could not be read from this machine):

- the evaluation table and thresholds as in Mareschal's teaching copy of the example
  (B. Mareschal, *Exercises with Visual PROMETHEE*, 2019, Table 1), which also gives the
  weight-sensitivity checks below; the same table (f3 in 10^8 and f4 in 10^5 units, thresholds
  scaled alike) appears in Brans & Mareschal (2005), ch. 5 of *Multiple Criteria Decision
  Analysis: State of the Art Surveys*, as the DECISION LAB example;
- the valued outranking graph pi(a, b) (3 decimals) and the net flows as plain sums (not divided
  by n - 1, as the 1986 paper prints them) as reproduced in a course copy of the 1986 example
  (Scribd document 367488841, "3-Promethee", slides 29-34), gathered with the above in a public
  research note on PROMETHEE II test fixtures; the same pi matrix to 3 decimals is the expected
  value of the preference-index test of the PUT library "Construct your own PROMETHEE with
  Python for MCDA" (github.com/WAndraszyk/Construct-your-own-PROMETHEE-with-Python-for-MCDA,
  ``test_preference``, equal weights). These figures are reproductions, not read off the paper.

The published pi is rounded (or truncated) to 3 decimals before its rows are summed, hence the
tolerances: 1.5e-3 on pi, 2.5e-3 on the summed net flows (a4: -0.100 exactly against the
printed -0.102).
"""

from __future__ import annotations

import numpy as np
import pytest

from criteria.model import Criterion, DecisionModel, Direction, Partner
from criteria.preference import preference_functions
from criteria.study import StudyState
from scoring import kernels, rank
from scoring.promethee_one import Relation, partial_ranking
from tests.xlsx import write_workbook
from workbooks.reader import read_workbook

PROJECTS = ["a1", "a2", "a3", "a4", "a5", "a6"]
TABLE = np.array(
    [
        [80, 90, 6, 5.4, 8, 5],
        [65, 58, 2, 9.7, 1, 1],
        [83, 60, 4, 7.2, 4, 7],
        [40, 80, 10, 7.5, 7, 10],
        [52, 72, 6, 2.0, 3, 8],
        [94, 96, 7, 3.6, 5, 6],
    ]
)
DIRECTIONS = ["cost", "benefit", "cost", "cost", "cost", "benefit"]
# (Preference function, q, p, s) as an analyst writes them in the Criteria sheet; Brans' type
# numbers are accepted for the names.
FUNCTIONS = [
    ("Type 2", 10, None, None),
    ("v-shape", None, 30, None),
    ("linear", 0.5, 5, None),
    ("level", 1, 6, None),
    ("usual", None, None, None),
    ("gaussian", None, None, 5),
]
PUBLISHED_PI = np.array(
    [
        [0.000, 0.296, 0.250, 0.268, 0.100, 0.185],
        [0.462, 0.000, 0.389, 0.333, 0.296, 0.500],
        [0.236, 0.180, 0.000, 0.333, 0.056, 0.429],
        [0.399, 0.505, 0.305, 0.000, 0.223, 0.212],
        [0.444, 0.515, 0.487, 0.380, 0.000, 0.448],
        [0.286, 0.399, 0.250, 0.432, 0.133, 0.000],
    ]
)
PUBLISHED_NET_SUMS = np.array([-0.728, 0.085, -0.447, -0.102, 1.466, -0.274])  # a5 > a2 > a4 > a6 > a3 > a1


def extra(function) -> tuple[tuple[str, object], ...]:
    name, q, p, s = function
    cells = (("Preference function", name), ("q", q), ("p", p), ("s", s))
    return tuple((header, value) for header, value in cells if value is not None)


def study(values=TABLE, functions=FUNCTIONS, weights=(1,) * 6) -> StudyState:
    criteria = tuple(
        Criterion(f"f{j + 1}", Direction.parse(d), w, extra=extra(f))
        for j, (d, w, f) in enumerate(zip(DIRECTIONS, weights, functions, strict=True))
    )
    model = DecisionModel(tuple(Partner(a) for a in PROJECTS), criteria, np.asarray(values, dtype=float))
    return StudyState.from_model(model, method="promethee")


def preference_index(state: StudyState) -> np.ndarray:
    """pi(a, b) from our kernel: a's leaving flow in the two-partner study {a, b} is
    ``sum_j w_j P_j(a, b)`` exactly (n - 1 = 1, every threshold here is absolute)."""
    model = state.model
    functions = preference_functions(model.criteria)
    benefit = np.array([c.is_benefit for c in model.criteria])
    w = np.array([c.weight for c in model.criteria]) / sum(c.weight for c in model.criteria)
    n = len(model.partners)
    pi = np.zeros((n, n))
    for a in range(n):
        for b in range(n):
            if a != b:
                pair = model.values[[a, b]]
                leaving, _ = kernels.promethee_flow_sums(
                    pair, benefit, pair.min(axis=0), pair.max(axis=0), functions
                )
                pi[a, b] = leaving[0] @ w
    return pi


def test_valued_outranking_graph_brans_vincke_mareschal_1986():
    np.testing.assert_allclose(preference_index(study()), PUBLISHED_PI, atol=1.5e-3)


def test_net_flows_and_ranking_brans_vincke_mareschal_1986():
    ranking = rank(study())
    # the paper prints sums over the five others; our flows are those sums / (n - 1)
    np.testing.assert_allclose(ranking.scores * 5, PUBLISHED_NET_SUMS, atol=2.5e-3)
    assert [name for _, name, *_ in ranking.ranked()] == ["a5", "a2", "a4", "a6", "a3", "a1"]
    # the flows are the row and column means of pi, the published pi's to its rounding
    pi = preference_index(study())
    np.testing.assert_allclose(ranking.scores, (pi.sum(axis=1) - pi.sum(axis=0)) / 5, atol=1e-12)


def test_promethee_one_brans_vincke_mareschal_1986():
    """PROMETHEE I: the source stresses that a1 and a2 are incomparable (a2 has the larger phi+
    but also the larger phi-); a5, best on both flows, outranks every other project."""
    partial = partial_ranking(study())
    at = {name: k for k, name in enumerate(partial.partners)}
    pi = preference_index(study())
    rows = [PROJECTS.index(name) for name in partial.partners]  # net-flow order
    np.testing.assert_allclose(partial.phi_plus, pi.sum(axis=1)[rows] / 5, atol=1e-12)
    np.testing.assert_allclose(partial.phi_minus, pi.sum(axis=0)[rows] / 5, atol=1e-12)
    assert partial.relation(at["a2"], at["a1"]) is Relation.INCOMPARABLE
    assert partial.relation(at["a1"], at["a2"]) is Relation.INCOMPARABLE
    for other in ("a1", "a2", "a3", "a4", "a6"):
        assert partial.relation(at["a5"], at[other]) is Relation.OUTRANKS
        assert partial.relation(at[other], at["a5"]) is None
    assert frozenset(("a1", "a2")) in {
        frozenset((partial.partners[a], partial.partners[b])) for a, b in partial.incomparable()
    }


@pytest.mark.parametrize(
    ("weights", "best"),
    [
        ((10, 50, 10, 10, 10, 10), "a6"),  # power weighs half: France (a6) comes first
        ((9, 9, 9, 9, 55, 9), "a2"),  # villages to evacuate dominate: Belgium (a2) comes first
    ],
)
def test_weight_sensitivity_mareschal_2019_exercises(weights, best):
    """Mareschal (2019), *Exercises with Visual PROMETHEE*, on the same example: with these
    weights the first project changes as stated there."""
    ranking = rank(study(weights=weights))
    assert ranking.ranked()[0][1] == best
    assert list(ranking.ranks).count(1) == 1


def test_thresholds_follow_the_unit_of_their_criterion():
    """Brans & Mareschal (2005) write f3 and f4 in other units (600 .. 1000 with q = 50, p = 500;
    54 .. 97 with q = 10, p = 60): the same functions, so the same flows."""
    scaled = TABLE * np.array([1, 1, 100, 10, 1, 1])
    functions = list(FUNCTIONS)
    functions[2] = ("linear", 50, 500, None)
    functions[3] = ("level", 10, 60, None)
    np.testing.assert_allclose(rank(study(scaled, functions)).scores, rank(study()).scores, atol=1e-12)


def test_the_example_read_from_a_workbook_gives_the_published_flows(tmp_path):
    """The same study typed into the Criteria sheet's Preference function / q / p / s columns."""
    partners = [
        ["Partner", *(f"f{j + 1}" for j in range(6))],
        *([p, *row] for p, row in zip(PROJECTS, TABLE.tolist())),
    ]
    criteria = [
        ["Criterion", "Direction", "Weight", "Preference function", "q", "p", "s"],
        *([f"f{j + 1}", d, 1, *f] for j, (d, f) in enumerate(zip(DIRECTIONS, FUNCTIONS))),
    ]
    model = read_workbook(write_workbook(tmp_path / "plants.xlsx", partners, criteria))
    ranking = rank(StudyState.from_model(model, method="promethee"))
    np.testing.assert_allclose(ranking.scores * 5, PUBLISHED_NET_SUMS, atol=2.5e-3)
    np.testing.assert_allclose(ranking.scores, rank(study()).scores, atol=1e-12)
