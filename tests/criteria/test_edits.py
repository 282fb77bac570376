"""Pure model edits: each returns a new model, keeps cell positions aligned, and refuses bad input."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from criteria import edits
from criteria.errors import InputError
from criteria.model import Criterion, DecisionModel, Direction, Partner, Scenario


@pytest.fixture
def model() -> DecisionModel:
    return DecisionModel(
        partners=(
            Partner("Alpha", (("Country", "A"),)),
            Partner("Beta", (("Country", "B"),)),
            Partner("Gamma"),
        ),
        criteria=(Criterion("Tech", weight=2.0), Criterion("Cost", Direction.COST, 1.0, min=0.0, max=10.0)),
        values=[[1.0, 2.0], [3.0, np.nan], [5.0, 6.0]],
        descriptive_columns=("Country",),
        scenarios=(Scenario("Even", (1.0, 1.0)),),
        partner_rows=(2, 3, 4),
        criterion_columns=("C", "D"),
    )


def test_add_partner_appends_missing_values_and_no_cell(model):
    edited = edits.add_partner(model, "  Delta ")
    assert edited.partner_names == ("Alpha", "Beta", "Gamma", "Delta")
    assert np.isnan(edited.values[3]).all()
    assert edited.cell_ref(3, 0) is None
    assert edited.cell_ref(2, 1) == "D4"
    assert model.partner_names == ("Alpha", "Beta", "Gamma")  # the original is untouched


def test_add_partner_with_values(model):
    edited = edits.add_partner(model, "Delta", [7, None])
    assert edited.values[3, 0] == 7.0 and np.isnan(edited.values[3, 1])


@pytest.mark.parametrize("name", ["", "   ", " Alpha ", "Alpha"])
def test_add_partner_refuses_empty_or_duplicate_names(model, name):
    with pytest.raises(InputError):
        edits.add_partner(model, name)


def test_add_partner_refuses_text_values(model):
    with pytest.raises(InputError, match="not a number"):
        edits.add_partner(model, "Delta", ["high", 1])


def test_remove_partner_keeps_cells_of_the_others(model):
    edited = edits.remove_partner(model, 0)
    assert edited.partner_names == ("Beta", "Gamma")
    assert edited.cell_ref(0, 0) == "C3"
    assert edited.cell_ref(1, 1) == "D4"
    np.testing.assert_array_equal(edited.values, model.values[1:])


def test_remove_last_partner_is_refused():
    single = DecisionModel((Partner("Only"),), (Criterion("X"),), [[1.0]])
    with pytest.raises(InputError, match="at least one partner"):
        edits.remove_partner(single, 0)


def test_rename_partner_allows_same_name_and_refuses_clash(model):
    assert edits.rename_partner(model, 0, "Alpha").partner_names[0] == "Alpha"
    assert edits.rename_partner(model, 0, "Omega").partners[0].fields == (("Country", "A"),)
    with pytest.raises(InputError, match="already"):
        edits.rename_partner(model, 0, "Beta")


def test_set_field_updates_descriptive_text(model):
    edited = edits.set_field(model, 2, "Country", "C")
    assert edited.partners[2].field("Country") == "C"
    with pytest.raises(InputError):
        edits.set_field(model, 2, "Nope", "x")


def test_set_value_and_clear_value(model):
    edited = edits.set_value(model, 1, 1, 4.5)
    assert edited.values[1, 1] == 4.5
    assert np.isnan(edits.set_value(edited, 1, 1, None).values[1, 1])
    assert not model.values.flags.writeable and not edited.values.flags.writeable
    with pytest.raises(InputError):
        edits.set_value(model, 0, 0, math.inf)


def test_add_criterion_extends_values_scenarios_and_columns(model):
    edited = edits.add_criterion(model, "Speed", Direction.BENEFIT, 1.5, [1, 2, 3])
    assert edited.criterion_names == ("Tech", "Cost", "Speed")
    np.testing.assert_array_equal(edited.values[:, 2], [1, 2, 3])
    assert edited.scenarios[0].weights == (1.0, 1.0, 0.0)
    assert edited.cell_ref(0, 2) is None and edited.cell_ref(0, 1) == "D2"


def test_add_criterion_refuses_duplicate_and_bad_weight(model):
    with pytest.raises(InputError):
        edits.add_criterion(model, "Tech ")
    with pytest.raises(InputError):
        edits.add_criterion(model, "New", weight=-1)


def test_remove_criterion_drops_its_column_everywhere(model):
    edited = edits.remove_criterion(model, 0)
    assert edited.criterion_names == ("Cost",)
    assert edited.scenarios[0].weights == (1.0,)
    assert edited.cell_ref(0, 0) == "D2"
    with pytest.raises(InputError, match="at least one criterion"):
        edits.remove_criterion(edited, 0)


def test_rename_criterion(model):
    assert edits.rename_criterion(model, 1, "Price").criterion_names == ("Tech", "Price")
    with pytest.raises(InputError):
        edits.rename_criterion(model, 1, "Tech")


def test_set_direction_accepts_words(model):
    assert edits.set_direction(model, 0, "min").criteria[0].direction is Direction.COST
    with pytest.raises(InputError):
        edits.set_direction(model, 0, "sideways")


def test_set_bounds(model):
    edited = edits.set_bounds(model, 0, 0, 10)
    assert (edited.criteria[0].min, edited.criteria[0].max) == (0.0, 10.0)
    cleared = edits.set_bounds(edited, 0, None, None)
    assert cleared.criteria[0].min is None and cleared.criteria[0].max is None
    with pytest.raises(InputError, match="below"):
        edits.set_bounds(model, 0, 5, 5)


def test_add_scenario_adds_then_overwrites(model):
    added = edits.add_scenario(model, "Tech first", (3, 1))
    assert [s.name for s in added.scenarios] == ["Even", "Tech first"]
    overwritten = edits.add_scenario(added, " Even", (2, 1))
    assert [s.name for s in overwritten.scenarios] == ["Even", "Tech first"]
    assert overwritten.scenarios[0].weights == (2.0, 1.0)


def test_set_workbook_weights(model):
    assert edits.set_workbook_weights(model, (0.25, 0.75)).workbook_weights == (0.25, 0.75)


weights = st.lists(st.floats(0, 1, allow_nan=False), min_size=2, max_size=8).filter(lambda w: sum(w) > 0)


@given(weights, st.data())
def test_weights_after_removal_sum_to_one_and_keep_ratios(raw, data):
    total = sum(raw)
    normalised = [w / total for w in raw]
    index = data.draw(st.integers(0, len(raw) - 1))
    result = edits.weights_after_removal(normalised, index)
    assert len(result) == len(raw) - 1
    assert math.isclose(sum(result), 1.0)
    assert min(result) >= 0
    rest = [w for j, w in enumerate(normalised) if j != index]
    if sum(rest) > 1e-9:
        for a, b in zip(rest, result, strict=True):
            assert math.isclose(a / sum(rest), b, abs_tol=1e-9)


@given(weights)
def test_weights_after_addition_gives_the_newcomer_an_equal_share(raw):
    total = sum(raw)
    result = edits.weights_after_addition([w / total for w in raw])
    assert math.isclose(sum(result), 1.0)
    assert math.isclose(result[-1], 1 / (len(raw) + 1))


@given(st.lists(st.sampled_from(["add", "remove"]), max_size=12))
def test_edit_sequences_keep_positions_aligned(steps):
    model = DecisionModel(
        (Partner("P0"), Partner("P1")), (Criterion("C0"),), [[1.0], [2.0]], (), (), (2, 3), ("B",)
    )
    count = 2
    for k, step in enumerate(steps):
        if step == "add":
            model = edits.add_partner(model, f"N{k}")
            model = edits.add_criterion(model, f"K{k}")
            count += 1
        elif len(model.partners) > 1 and len(model.criteria) > 1:
            model = edits.remove_partner(model, 0)
            model = edits.remove_criterion(model, 0)
            count -= 1
        assert len(model.partner_rows) == len(model.partners) == model.values.shape[0]
        assert len(model.criterion_columns) == len(model.criteria) == model.values.shape[1]
    assert len(model.partners) == count
