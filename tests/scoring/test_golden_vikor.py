"""VIKOR's S, R, Q and compromise set on Opricovic & Tzeng (2007), with four weight sets, and (2004).

Opricovic, S., & Tzeng, G.-H. (2007). Extended VIKOR method in comparison with outranking
methods. *EJOR*, 178(2), 514-529: the hydroelectric example, six alternatives and eight
criteria (profit, cost, energy, peak energy, homes to relocate, reservoir area, villages to
displace, environmental protection), v = 0.5, weight sets W1..W4.

The paper could not be read from this machine: the table and the printed S, R, Q (3 decimals),
ranks and compromise sets are taken as reproduced in scikit-criteria's test suite
(github.com/quatrope/scikit-criteria, tests/agg/test_vikor.py, ``test_VIKOR_opricovic2007extended``),
which cites the paper. The conditions are the authors' (2007, sec. 2; 2004, sec. 3, step 5):
DQ = 1/(n - 1) = 0.2 here; C1 ``Q(a2) - Q(a1) >= DQ``; C2 a1 also best by S or R; when C1
fails the set is every alternative within DQ of Q(a1).
"""

from __future__ import annotations

import numpy as np
import pytest

from criteria.study import StudyState
from scoring import rank
from scoring.compromise import vikor_compromise
from tests.conftest import make_model

HYDRO = np.array(
    [
        [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
        [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
        [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
        [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
        [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
        [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
    ]
)
DIRECTIONS = ["benefit", "cost", "benefit", "benefit", "cost", "cost", "cost", "benefit"]
BENEFIT = np.array([d == "benefit" for d in DIRECTIONS])


@pytest.mark.parametrize(
    ("weights", "S", "R", "Q", "ranks", "c1", "members"),
    [
        pytest.param(
            [1] * 8,
            [0.692, 0.7, 0.29, 0.423, 0.28, 0.346],
            [0.125, 0.125, 0.121, 0.125, 0.067, 0.125],
            [0.991, 1.0, 0.473, 0.670, 0.0, 0.578],
            [5, 6, 2, 4, 1, 3],
            True,
            ["A5"],  # Q(A3) - Q(A5) = 0.473 >= 0.2 and A5 has the least S and R
            id="W1",
        ),
        pytest.param(
            [2] * 4 + [1] * 4,
            [0.701, 0.6, 0.386, 0.365, 0.317, 0.459],
            [0.167, 0.114, 0.161, 0.167, 0.089, 0.167],
            [1.0, 0.533, 0.552, 0.563, 0.0, 0.686],
            [6, 2, 3, 4, 1, 5],
            True,
            ["A5"],
            id="W2",
        ),
        pytest.param(
            [1] * 4 + [2] * 4,
            [0.683, 0.8, 0.193, 0.48, 0.243, 0.232],
            [0.113, 0.167, 0.08, 0.122, 0.044, 0.083],
            [0.684, 1.0, 0.147, 0.554, 0.041, 0.191],
            [5, 6, 2, 4, 1, 3],
            False,
            ["A5", "A3", "A6"],  # A3 and A6 lie within 0.2 of Q(A5); A4 (0.554) does not
            id="W3",
        ),
        pytest.param(
            [1] * 4 + [3.2] * 4,
            [0.678, 0.857, 0.138, 0.513, 0.222, 0.167],
            [0.129, 0.190, 0.057, 0.139, 0.042, 0.060],
            [0.668, 1.0, 0.051, 0.588, 0.058, 0.078],
            [5, 6, 1, 4, 2, 3],
            False,
            ["A3", "A5", "A6"],  # A3 leads by 0.007 < 0.2; best by S, so C2 holds
            id="W4",
        ),
    ],
)
def test_vikor_opricovic_tzeng_2007_hydroelectric_example(weights, S, R, Q, ranks, c1, members):
    model = make_model(HYDRO, DIRECTIONS, partners=[f"A{k + 1}" for k in range(6)], weights=weights)
    ranking = rank(StudyState.from_model(model, method="vikor"))
    found = ranking.compromise
    np.testing.assert_allclose(found.S, S, atol=1e-3)
    np.testing.assert_allclose(found.R, R, atol=1e-3)
    np.testing.assert_allclose(found.Q, Q, atol=1e-3)
    np.testing.assert_allclose(ranking.scores, found.Q, atol=0)
    assert list(ranking.ranks) == ranks
    assert found.dq == pytest.approx(0.2)
    assert found.acceptable_advantage is c1 and found.acceptable_stability
    assert found.names(ranking.partners) == members
    # the kernel on the weights alone gives the same answer as the study
    w = np.array(weights, dtype=float) / sum(weights)
    assert vikor_compromise(HYDRO, w, BENEFIT, 0.5).members == found.members


@pytest.mark.parametrize("shifted", [False, True])
def test_vikor_opricovic_tzeng_2004_example_in_any_unit(shifted):
    """Opricovic & Tzeng (2004), EJOR 156(2), 445-455, the numerical example: risk 1, 2, 5
    (minimised), altitude 3000, 3750, 4500 m (maximised), equal weights, v = 0.5. Printed
    S = 0.5, 0.375, 0.5, R = 0.5, 0.25, 0.5, Q = 1, 0, 1: A2 alone is the compromise solution
    (C1 and C2 hold). The figures as reproduced in scikit-criteria's tests
    (``test_VIKOR_opricovic2004compromise``), which also check the same answer with risk + 5 and
    altitude in km - 1: VIKOR depends on each criterion only through its best and worst values."""
    values = np.array([[1.0, 3000.0], [2.0, 3750.0], [5.0, 4500.0]])
    if shifted:
        values = np.column_stack([values[:, 0] + 5, values[:, 1] / 1000 - 1])
    model = make_model(values, ["cost", "benefit"], ["Risk", "Altitude"], partners=["A1", "A2", "A3"])
    found = rank(StudyState.from_model(model, method="vikor")).compromise
    np.testing.assert_allclose(found.S, [0.5, 0.375, 0.5], atol=1e-12)
    np.testing.assert_allclose(found.R, [0.5, 0.25, 0.5], atol=1e-12)
    np.testing.assert_allclose(found.Q, [1.0, 0.0, 1.0], atol=1e-12)
    assert found.acceptable_advantage and found.acceptable_stability and found.members == (1,)
