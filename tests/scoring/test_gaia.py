"""The GAIA plane (scoring.gaia) against an independent eigen-decomposition and its geometry."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from criteria.study import StudyState
from scoring import rank
from scoring.gaia import gaia_plane
from tests.conftest import make_model

matrices = st.integers(3, 7).flatmap(
    lambda n: st.integers(2, 5).flatmap(
        lambda m: st.lists(st.lists(st.integers(1, 9), min_size=m, max_size=m), min_size=n, max_size=n)
    )
)


def flows_of(model) -> np.ndarray:
    """Single-criterion net flows by direct pairwise counting (usual criterion), for reference."""
    x = np.where(model.benefit, model.values, -model.values)
    n = len(x)
    return np.array(
        [
            [(np.sum(x[a, j] > x[:, j]) - np.sum(x[a, j] < x[:, j])) / (n - 1) for j in range(x.shape[1])]
            for a in range(n)
        ]
    )


@settings(max_examples=40, deadline=None)
@given(values=matrices)
def test_delta_is_the_share_of_the_two_largest_eigenvalues(values):
    model = make_model(values)
    plane = gaia_plane(StudyState.from_model(model, method="promethee"))
    phi = flows_of(model)
    eigen = np.sort(np.linalg.eigvalsh(phi.T @ phi))[::-1]
    expected = 1.0 if eigen.sum() <= 1e-12 else eigen[:2].sum() / eigen.sum()
    assert plane.delta == pytest.approx(expected, abs=1e-9)
    assert 0 <= plane.delta <= 1 + 1e-12
    # the stick is the weight vector projected: the weighted sum of the criterion axes
    assert np.allclose(plane.stick, np.array(StudyState.from_model(model).weights) @ plane.criteria_xy)
    # partners are their flow vectors projected on the same axes
    assert np.allclose(plane.partners_xy, phi @ plane.criteria_xy)


def test_two_criteria_lose_nothing_and_the_stick_reads_net_flows():
    model = make_model([[1, 5], [4, 2], [3, 3], [5, 1]], weights=[0.7, 0.3])
    state = StudyState.from_model(model, method="promethee")
    plane = gaia_plane(state)
    assert plane.delta == pytest.approx(1.0)
    # with nothing lost the plane is a rotation: the projection on the stick is the net flow
    assert np.allclose(plane.partners_xy @ plane.stick, rank(state).scores)
    assert np.allclose(np.linalg.norm(plane.criteria_xy, axis=1), 1.0)


def test_axes_do_not_flip_when_weights_change():
    model = make_model([[1, 5, 2], [4, 2, 2], [3, 3, 9], [5, 1, 4]])
    state = StudyState.from_model(model, method="promethee")
    first = gaia_plane(state)
    second = gaia_plane(state.replace(weights=(0.1, 0.1, 0.8)))
    assert np.allclose(first.criteria_xy, second.criteria_xy)
    assert not np.allclose(first.stick, second.stick)


def test_a_single_partner_has_a_degenerate_plane():
    plane = gaia_plane(StudyState.from_model(make_model([[1, 2, 3]]), method="promethee"))
    assert plane.delta == 1.0 and np.allclose(plane.partners_xy, 0)


def test_axes_are_kept_while_weights_or_method_change_and_only_the_stick_moves():
    from scoring.gaia import gaia_axes

    model = make_model(
        [[1, 5, 2], [4, 2, 2], [3, 3, 9], [5, 1, 4]], directions=["benefit", "cost", "benefit"]
    )
    state = StudyState.from_model(model, method="promethee")
    axes = gaia_axes(rank(state))
    for edited in (state.replace(weights=(0.1, 0.1, 0.8)), state.replace(method="topsis")):
        ranking = rank(edited)
        assert axes.fits(ranking)
        plane, expected = axes.plane(ranking.weights), gaia_plane(edited)
        for name in ("partners_xy", "criteria_xy", "stick"):
            assert np.allclose(getattr(plane, name), getattr(expected, name))
        assert (plane.delta, plane.explained, plane.partners) == (
            expected.delta,
            expected.explained,
            expected.partners,
        )
    values = model.values.copy()
    values[0, 0] = 2
    changed = state.replace(model=make_model(values, directions=["benefit", "cost", "benefit"]))
    assert not axes.fits(rank(changed))
    flipped = state.replace(model=make_model(model.values, directions=["benefit", "benefit", "benefit"]))
    assert not axes.fits(rank(flipped))
