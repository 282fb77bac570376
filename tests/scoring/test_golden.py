"""Published worked examples, reproduced with the figures printed in their sources."""

from __future__ import annotations

import numpy as np
import pytest

from criteria.study import StudyState
from scoring import rank
from scoring.kernels import promethee, topsis, vikor, vikor_contributions
from tests.conftest import make_model

# Hwang & Yoon's fighter-aircraft purchase: max speed (Mach), ferry range (NM), max payload (lb),
# acquisition cost ($10^6, a cost), reliability, manoeuvrability (qualitative, scored 3-9).
AIRCRAFT = [
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
]
AIRCRAFT_DIRECTIONS = ["benefit", "benefit", "benefit", "cost", "benefit", "benefit"]
AIRCRAFT_WEIGHTS = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]


def test_topsis_hwang_yoon_1981_example():
    """Hwang & Yoon (1981), *Multiple Attribute Decision Making*, ch. 2, TOPSIS: fighter-aircraft example.

    Printed results: separation measures S*_i = 0.0545, 0.1197, 0.0580, 0.1009, S-_i = 0.0983,
    0.0439, 0.0920, 0.0458, relative closeness C*_i = 0.643, 0.268, 0.613, 0.312, so the order is
    A1 > A3 > A4 > A2. The book rounds intermediate values to 4 decimals, hence the tolerance.
    """
    model = make_model(AIRCRAFT, AIRCRAFT_DIRECTIONS, weights=AIRCRAFT_WEIGHTS)
    ranking = rank(StudyState.from_model(model, method="topsis"))
    np.testing.assert_allclose(ranking.scores, [0.643, 0.268, 0.613, 0.312], atol=1.5e-3)
    assert list(ranking.ranks) == [1, 4, 2, 3]
    # the breakdown is each criterion's gap to the ideal: its Euclidean norm is S*_i (d+), and
    # with C = d- / (d+ + d-), d- = d+ C / (1 - C)
    d_plus = ranking.breakdown.combined(ranking.contributions)
    c = ranking.scores
    np.testing.assert_allclose(d_plus, [0.0545, 0.1197, 0.0580, 0.1009], atol=2e-4)
    np.testing.assert_allclose(d_plus * c / (1 - c), [0.0983, 0.0439, 0.0920, 0.0458], atol=2e-4)


# Tzeng & Huang's running example: 4 alternatives, 3 benefit criteria, weights 0.3/0.4/0.3.
TZENG_HUANG = np.array([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], dtype=float)
TZENG_HUANG_W = np.array([0.3, 0.4, 0.3])


def test_topsis_tzeng_huang_2011_example():
    """Tzeng & Huang (2011), *Multiple Attribute Decision Making: Methods and Applications*,
    TOPSIS chapter, numerical example: closeness 0.5037, 0.6581, 0.7482, 0.3340 (A3 > A2 > A1 > A4).
    """
    scores = topsis(TZENG_HUANG, TZENG_HUANG_W, np.ones(3, bool), None, None)
    np.testing.assert_allclose(scores, [0.5037, 0.6581, 0.7482, 0.3340], atol=1e-4)


def test_vikor_tzeng_huang_2011_example():
    """Tzeng & Huang (2011), VIKOR chapter, numerical example on the same data: S = 0.6, 0.3, 0.15, 0.65;
    R = 0.3, 0.2, 0.15, 0.4; Q (v = 0.5) = 0.75, 0.25, 0, 1.
    """
    benefit = np.ones(3, bool)
    terms = vikor_contributions(TZENG_HUANG, TZENG_HUANG_W, benefit, None, None)
    np.testing.assert_allclose(terms.sum(axis=1), [0.6, 0.3, 0.15, 0.65], atol=1e-12)
    np.testing.assert_allclose(terms.max(axis=1), [0.3, 0.2, 0.15, 0.4], atol=1e-12)
    np.testing.assert_allclose(
        vikor(TZENG_HUANG, TZENG_HUANG_W, benefit, None, None), [0.75, 0.25, 0, 1], atol=1e-12
    )


def test_vikor_opricovic_tzeng_2004_example():
    """Opricovic & Tzeng (2004), EJOR 156(2), 445-455: the two-criterion numerical example.

    Three alternatives: f1 (risk, minimised) = 1, 2, 5; f2 (altitude, maximised) = 3000, 3750,
    4500; equal weights, v = 0.5. Printed: S = 0.5, 0.375, 0.5; R = 0.5, 0.25, 0.5;
    Q = 1, 0, 1: A2 is the compromise solution, A1 and A3 tie.
    """
    model = make_model([[1, 3000], [2, 3750], [5, 4500]], ["cost", "benefit"], ["Risk", "Altitude"])
    ranking = rank(StudyState.from_model(model, method="vikor"))
    np.testing.assert_allclose(ranking.scores, [1.0, 0.0, 1.0], atol=1e-12)
    np.testing.assert_allclose(ranking.contributions.sum(axis=1), [0.5, 0.375, 0.5], atol=1e-12)
    np.testing.assert_allclose(ranking.contributions.max(axis=1), [0.5, 0.25, 0.5], atol=1e-12)
    assert list(ranking.ranks) == [2, 1, 2]
    assert ranking.ranked()[0][1] == "P2"


# Triantaphyllou's example: three alternatives, four benefit criteria.
TRIANTAPHYLLOU = [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]]
TRIANTAPHYLLOU_W = [0.20, 0.15, 0.40, 0.25]


def test_wsm_wpm_triantaphyllou_2000_example():
    """Triantaphyllou (2000), *Multi-Criteria Decision Making Methods: A Comparative Study*,
    ch. 2, the WSM and WPM numerical examples.

    WSM on the raw values: A1 = 21.50, A2 = 22.00, A3 = 22.00. Our WSM min-max normalises, so
    with scale bounds 0..100 on every criterion the scores are the book's divided by 100 (and
    A2, A3 share rank 1). WPM ratios: R(A1/A2) = 1.007, R(A1/A3) = 1.067, R(A2/A3) = 1.059, so
    A1 is best under WPM.
    """
    model = make_model(TRIANTAPHYLLOU, bounds=[(0, 100)] * 4, weights=TRIANTAPHYLLOU_W)
    wsm_ranking = rank(StudyState.from_model(model, method="wsm"))
    np.testing.assert_allclose(wsm_ranking.scores * 100, [21.50, 22.00, 22.00], atol=5e-3)
    assert list(wsm_ranking.ranks) == [3, 1, 1]

    wpm_ranking = rank(StudyState.from_model(model, method="wpm"))
    s = wpm_ranking.scores
    np.testing.assert_allclose([s[0] / s[1], s[0] / s[2], s[1] / s[2]], [1.007, 1.067, 1.059], atol=5e-4)
    assert list(wpm_ranking.ranks) == [1, 2, 3]


def _promethee_by_definition(X, w, benefit):
    """PROMETHEE II as Brans & Vincke (1985) define it: pairwise preference indices, then flows."""
    n = len(X)
    oriented = np.where(benefit, X, -X)
    pi = np.zeros((n, n))
    for a in range(n):
        for b in range(n):
            pi[a, b] = np.sum(w * (oriented[a] - oriented[b] > 0))  # usual criterion: P = 1 if d > 0
    return (pi.sum(axis=1) - pi.sum(axis=0)) / (n - 1)


def test_promethee_brans_vincke_1985_usual_criterion_hand_example():
    """Brans & Vincke (1985), Management Science 31(6), 647-656: flows with the usual criterion.

    Worked by hand from the paper's definitions (no published table with the usual criterion
    on every criterion was at hand): partners a = (3, 10), b = (2, 20), c = (1, 20); criterion 1
    maximised (w = 0.6), criterion 2 minimised (w = 0.4).
    pi(a,b) = pi(a,c) = 0.6 + 0.4 = 1.0; pi(b,c) = 0.6 (b and c tie on criterion 2);
    pi(b,a) = pi(c,a) = pi(c,b) = 0. With n - 1 = 2:
    phi(a) = (2.0 - 0) / 2 = 1.0, phi(b) = (0.6 - 1.0) / 2 = -0.2, phi(c) = (0 - 1.6) / 2 = -0.8.
    """
    X = np.array([[3, 10], [2, 20], [1, 20]], dtype=float)
    w = np.array([0.6, 0.4])
    benefit = np.array([True, False])
    np.testing.assert_allclose(promethee(X, w, benefit, None, None), [1.0, -0.2, -0.8], atol=1e-12)


def test_promethee_zhao_peng_li_2013_example():
    """Zhao, H., Peng, Y., & Li, W. (2013). Revised PROMETHEE II for improving efficiency in
    emergency response. *Procedia Computer Science*, 17, 181-188: the numerical example.

    Three alternatives, three maximised criteria, the usual criterion on every one, weights
    0.5 / 0.3 / 0.2; published net flows phi = 0.1, -0.3, 0.2 (a3 > a1 > a2). The figures are
    taken as reproduced in pymcdm's test suite (github.com/kotbaton/pymcdm, test/test_mcdm.py,
    ``TestPROMETHEE_II``, added in commit a150781, 2022; also the ``PROMETHEE_II`` docstring
    example in pymcdm/methods/promethee_ii.py), which cites this paper; the paper's own table
    number was not available to check. The published flows are printed to 2 decimals, but with
    weights in tenths and n - 1 = 2 every flow is a multiple of 0.05, so they are exact.
    The paper gives net flows only; our module exposes no phi+ / phi- to compare.
    """
    X = np.array([[4, 3, 2], [3, 2, 4], [5, 1, 3]], dtype=float)
    w = np.array([0.5, 0.3, 0.2])
    np.testing.assert_allclose(promethee(X, w, np.ones(3, bool), None, None), [0.1, -0.3, 0.2], atol=1e-12)

    model = make_model(X, weights=list(w))
    ranking = rank(StudyState.from_model(model, method="promethee"))
    np.testing.assert_allclose(ranking.scores, [0.1, -0.3, 0.2], atol=1e-12)
    assert list(ranking.ranks) == [2, 3, 1]


@pytest.mark.parametrize("seed", range(5))
def test_promethee_matches_brans_vincke_1985_definition(seed):
    """The sorted-count kernel equals the pairwise definition (ties included: integer data)."""
    rng = np.random.default_rng(seed)
    X = rng.integers(1, 6, size=(12, 4)).astype(float)
    w = rng.dirichlet(np.ones(4))
    benefit = rng.random(4) < 0.6
    np.testing.assert_allclose(
        promethee(X, w, benefit, None, None), _promethee_by_definition(X, w, benefit), atol=1e-12
    )
