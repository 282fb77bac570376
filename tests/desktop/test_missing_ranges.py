"""Issue 5 §3 in the GUI: best and worst rank next to a rank that rests on filled-in values."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from desktop.models.ranking import NOTES, PARTNER, RANK, SORT_ROLE
from scoring.missing_range import missing_value_ranges

GAPPY = "Blackstone Minerals"  # the fixture partner with a missing Months value


def row_of(model, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, PARTNER).data() == name)


def expected_cell(state) -> dict[str, str]:
    """What the Rank cell should read for each partner with gaps, from the Qt-free computation."""
    return {
        r.partner: f"{r.rank} ({r.best}–{r.worst})" if r.best != r.worst else str(r.rank)
        for r in missing_value_ranges(state)
    }


def test_rank_cell_shows_the_range_and_the_tooltip_says_it(window, session):
    model = window.ranking.model
    row = row_of(model, GAPPY)
    (found,) = missing_value_ranges(session.state)
    assert found.best != found.worst  # the fixture's gap matters
    assert model.index(row, RANK).data() == f"{found.rank} ({found.best}–{found.worst})"
    assert model.index(row, RANK).data(SORT_ROLE) == found.rank  # sorting still by the rank
    tip = model.index(row, RANK).data(Qt.ItemDataRole.ToolTipRole)
    assert found.sentence() in tip and "Months" in tip
    assert found.sentence() in model.index(row, NOTES).data(Qt.ItemDataRole.ToolTipRole)
    # partners without gaps show their plain rank and no range tooltip
    other = row_of(model, "JOGMEC")
    assert model.index(other, RANK).data() == str(model.index(other, RANK).data(SORT_ROLE))
    assert model.index(other, RANK).data(Qt.ItemDataRole.ToolTipRole) is None


def test_range_follows_a_weight_drag_live_on_a_small_study(qtbot, window, session):
    model = window.ranking.model
    # within its budget (what the sample costs is a `make bench` figure, not timed here on a busy machine)
    model.missing.budget_ms = math.inf
    slider = window.weights.rows[4].slider  # Months: the criterion with the gap
    seen = []
    slider.setSliderDown(True)
    for value in (100, 350, 600):
        slider.setValue(value)
        # within the budget: recomputed inside the edit, no waiting
        assert not model.missing.pending
        cell = model.index(row_of(model, GAPPY), RANK).data()
        assert cell == expected_cell(session.state)[GAPPY]
        seen.append(cell)
    slider.setSliderDown(False)
    assert len(set(seen)) > 1  # the range moved with the weights
    assert session.undo_stack.count() == 1


def test_costly_ranges_wait_for_the_drag_to_pause_and_say_so(qtbot, window, session):
    model = window.ranking.model
    ranges = model.missing
    ranges.budget_ms = -1.0  # as if each computation took longer than the budget (large studies)
    ranges.cost_ms = 0.0
    before = ranges.computations
    slider = window.weights.rows[4].slider
    slider.setSliderDown(True)
    for value in (300, 450, 600):
        slider.setValue(value)
        row = row_of(model, GAPPY)
        assert ranges.pending
        assert model.index(row, RANK).data() == f"{model.index(row, RANK).data(SORT_ROLE)} (…)"
        assert "being recomputed" in model.index(row, RANK).data(Qt.ItemDataRole.ToolTipRole)
    assert ranges.computations == before  # nothing computed during the drag
    with qtbot.waitSignal(ranges.updated, timeout=5000, check_params_cb=lambda: not ranges.pending):
        slider.setSliderDown(False)
    assert ranges.computations == before + 1  # one computation for the whole drag
    row = row_of(model, GAPPY)
    assert model.index(row, RANK).data() == expected_cell(session.state)[GAPPY]
    assert "depending on its gaps" in model.index(row, RANK).data(Qt.ItemDataRole.ToolTipRole)


def test_a_late_result_for_an_older_state_is_dropped(qtbot, window, session):
    ranges = window.ranking.model.missing
    ranges.budget_ms = -1.0
    window.weights.rows[4].spin.setValue(50.0)
    qtbot.waitUntil(lambda: not ranges.pending, timeout=5000)
    old = session.state
    window.weights.rows[4].spin.setValue(20.0)
    assert ranges.pending
    ranges._on_runner_finished((old, missing_value_ranges(old), 1.0))  # a result that arrives late
    assert ranges.pending  # still waiting for the current state's
    qtbot.waitUntil(lambda: not ranges.pending, timeout=5000)
    row = row_of(window.ranking.model, GAPPY)
    assert window.ranking.model.index(row, RANK).data() == expected_cell(session.state)[GAPPY]


def test_filling_the_gap_removes_the_range(window, session):
    model = window.ranking.model
    model.missing.budget_ms = math.inf  # recomputed inside each edit, however busy the machine
    partners = window.partners.model
    blackstone = session.state.model.partner_index(GAPPY)
    assert partners.setData(partners.index(blackstone, partners.column_of_criterion(4)), "30")
    assert model.missing.ranges == {}
    row = row_of(model, GAPPY)
    assert model.index(row, RANK).data() == str(model.index(row, RANK).data(SORT_ROLE))
    session.undo_stack.undo()  # the gap is back, and so is its range
    row = row_of(model, GAPPY)
    assert model.index(row, RANK).data() == expected_cell(session.state)[GAPPY]


def test_tooltip_calls_a_topsis_range_an_estimate(qtbot, window, session):
    # issue 10 item 6: under TOPSIS a fill between the best and worst can reach other ranks,
    # so the range shown is an estimate and the tooltip says so; under WSM it is exact
    combo = window.ranking.method
    model = window.ranking.model

    def tip() -> str:
        return model.index(row_of(model, GAPPY), RANK).data(Qt.ItemDataRole.ToolTipRole) or ""

    def choose(key: str) -> None:
        combo.setCurrentIndex(combo.findData(key))
        combo.activated.emit(combo.currentIndex())  # as a user's pick does

    assert "estimated" not in tip()
    choose("topsis")
    qtbot.waitUntil(
        lambda: session.state.method == "topsis" and "estimated from the best and worst fills" in tip()
    )
    choose("wsm")
    qtbot.waitUntil(lambda: session.state.method == "wsm" and "estimated" not in tip())
