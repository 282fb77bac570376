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


# -- scenario management -----------------------------------------------------------------------


@pytest.fixture
def scenario_model(model) -> DecisionModel:
    return edits.add_scenario(edits.add_scenario(model, "S1", (3, 1)), "S2", (1, 3))


def test_rename_scenario_keeps_weights_and_position(scenario_model):
    renamed = edits.rename_scenario(scenario_model, "S1", "  Ministry ")
    assert [s.name for s in renamed.scenarios] == ["Even", "Ministry", "S2"]
    assert renamed.scenario("Ministry").weights == (3.0, 1.0)
    assert [s.name for s in scenario_model.scenarios] == ["Even", "S1", "S2"]  # the old model is untouched


def test_rename_scenario_to_its_own_name_changes_nothing_and_case_can_change(scenario_model):
    assert edits.rename_scenario(scenario_model, "S1", " S1 ") is scenario_model
    assert [s.name for s in edits.rename_scenario(scenario_model, "S1", "s1").scenarios] == [
        "Even",
        "s1",
        "S2",
    ]


@pytest.mark.parametrize("new", ["", "   ", "S2", " S2 ", "Even"])
def test_rename_scenario_refuses_empty_or_duplicate_names(scenario_model, new):
    with pytest.raises(InputError):
        edits.rename_scenario(scenario_model, "S1", new)


def test_rename_scenario_compares_names_with_name_key(scenario_model):
    composed = edits.add_scenario(scenario_model, "Caf\u00e9", (1, 1))  # é as one code point
    with pytest.raises(InputError, match="already a scenario"):
        edits.rename_scenario(composed, "S1", "Cafe\u0301")  # e + combining accent: the same name


def test_rename_unknown_scenario_is_refused(scenario_model):
    with pytest.raises(InputError, match="no scenario called 'Nope'"):
        edits.rename_scenario(scenario_model, "Nope", "Other")


def test_remove_scenario(scenario_model):
    removed = edits.remove_scenario(scenario_model, "S1")
    assert [s.name for s in removed.scenarios] == ["Even", "S2"]
    assert [s.name for s in edits.remove_scenario(removed, "Even").scenarios] == ["S2"]
    with pytest.raises(InputError):
        edits.remove_scenario(removed, "S1")


def test_update_scenario_overwrites_weights_only(scenario_model):
    import dataclasses

    scenarios = tuple(
        dataclasses.replace(s, extra=(("Notes", "from the ministry"),)) if s.name == "S2" else s
        for s in scenario_model.scenarios
    )
    tagged = dataclasses.replace(scenario_model, scenarios=scenarios)
    updated = edits.update_scenario(tagged, "S2", (0.25, 0.75))
    assert [s.name for s in updated.scenarios] == ["Even", "S1", "S2"]
    assert updated.scenario("S2").weights == (0.25, 0.75)
    assert updated.scenario("S2").extra == (("Notes", "from the ministry"),)
    assert updated.scenario("S1").weights == (3.0, 1.0)
    assert edits.update_scenario(updated, "S2", (0.25, 0.75)) is updated  # same weights: no change


@pytest.mark.parametrize(
    "weights", [(1.0,), (1.0, 2.0, 3.0), (-1.0, 2.0), (0.0, 0.0), (math.nan, 1.0), ("a", 1.0)]
)
def test_update_scenario_refuses_bad_weights(scenario_model, weights):
    with pytest.raises(InputError):
        edits.update_scenario(scenario_model, "S1", weights)


def test_update_unknown_scenario_is_refused(scenario_model):
    with pytest.raises(InputError):
        edits.update_scenario(scenario_model, "Nope", (1.0, 1.0))


@pytest.fixture
def laid_out(model) -> DecisionModel:
    """``model`` as read from a workbook whose criteria sit between descriptive columns."""
    import dataclasses

    return dataclasses.replace(
        model,
        partners=tuple(
            dataclasses.replace(p, fields=p.fields + (("Founded", "1990"),), typed=(("Founded", 1990.0),))
            for p in model.partners
        ),
        descriptive_columns=("Country", "Founded"),
        criteria=(dataclasses.replace(model.criteria[0], extra=(("Owner", "Lan"),)), model.criteria[1]),
        scenarios=(Scenario("Even", (1.0, 1.0), (("Notes", "the default"),)),),
        partner_columns=("Tech", "Country", "Cost", "Founded"),
        criteria_sheet_columns=("Criterion", "Owner", "Direction", "Weight"),
        scenario_columns=("Notes", "Cost", "Tech"),
    )


def test_rename_criterion_keeps_its_column_position(laid_out):
    edited = edits.rename_criterion(laid_out, 1, "Price")
    assert edited.partner_columns == ("Tech", "Country", "Price", "Founded")
    assert edited.partner_column_order == ("Tech", "Country", "Price", "Founded")
    assert edited.scenario_column_order == ("Notes", "Price", "Tech")
    assert edits.rename_criterion(laid_out, 0, "Tech").partner_columns == laid_out.partner_columns


def test_remove_criterion_leaves_the_column_order(laid_out):
    edited = edits.remove_criterion(laid_out, 0)
    assert edited.partner_columns == ("Country", "Cost", "Founded")
    assert edited.scenario_columns == ("Notes", "Cost")
    assert edited.scenario_column_order == ("Notes", "Cost")


def test_add_criterion_goes_last_in_the_sheets(laid_out, model):
    edited = edits.add_criterion(laid_out, "Speed")
    assert edited.partner_column_order == ("Tech", "Country", "Cost", "Founded", "Speed")
    assert edited.scenario_column_order == ("Notes", "Cost", "Tech", "Speed")
    assert edited.criteria[-1].extra == ()
    plain = edits.add_criterion(model, "Speed")  # no recorded order: the default layout
    assert plain.partner_columns == () and plain.partner_column_order == ("Country", "Tech", "Cost", "Speed")


def test_rename_then_remove_then_add_keeps_a_consistent_order(laid_out):
    edited = edits.rename_criterion(laid_out, 0, "Technology")
    edited = edits.add_criterion(edited, "Speed")
    edited = edits.remove_criterion(edited, 1)  # Cost
    edited = edits.rename_criterion(edited, 1, "Pace")  # Speed
    assert edited.partner_column_order == ("Technology", "Country", "Founded", "Pace")
    assert edited.scenario_column_order == ("Notes", "Technology", "Pace")
    assert set(edited.criterion_names) <= set(edited.partner_column_order)


@pytest.mark.parametrize("name", ["Country", " Founded ", "Notes"])
def test_a_criterion_cannot_take_a_descriptive_columns_name(laid_out, name):
    with pytest.raises(InputError, match="descriptive column"):
        edits.add_criterion(laid_out, name)
    with pytest.raises(InputError, match="descriptive column"):
        edits.rename_criterion(laid_out, 0, name)


def test_edits_keep_criteria_extra_cells(laid_out):
    edited = edits.rename_criterion(laid_out, 0, "Technology")
    edited = edits.set_direction(edited, 0, "cost")
    edited = edits.set_bounds(edited, 0, 0, 10)
    edited = edits.set_workbook_weights(edited, (3.0, 1.0))
    assert edited.criteria[0].extra == (("Owner", "Lan"),)


def test_overwriting_a_scenario_keeps_its_notes(laid_out):
    edited = edits.add_scenario(laid_out, " Even", (2, 1))
    assert edited.scenarios[0].weights == (2.0, 1.0)
    assert edited.scenarios[0].extra == (("Notes", "the default"),)


def test_set_field_makes_the_cell_text(laid_out):
    edited = edits.set_field(laid_out, 0, "Founded", "about 1990")
    assert edited.partners[0].field("Founded") == "about 1990" and edited.partners[0].typed == ()
    assert edited.partners[1].typed == (("Founded", 1990.0),)


def test_partner_edits_keep_the_column_order(laid_out):
    edited = edits.add_partner(laid_out, "Delta", fields=(("Country", "D"),))
    edited = edits.remove_partner(edited, 0)
    edited = edits.rename_partner(edited, 0, "Bravo")
    assert edited.partner_column_order == laid_out.partner_column_order


def test_equality_ignores_column_order_but_not_extra_cells(laid_out):
    import dataclasses

    assert dataclasses.replace(laid_out, partner_columns=(), scenario_columns=()) == laid_out
    assert dataclasses.replace(laid_out, criteria_sheet_columns=()) == laid_out
    bare = tuple(dataclasses.replace(c, extra=()) for c in laid_out.criteria)
    assert dataclasses.replace(laid_out, criteria=bare) != laid_out
    plain = tuple(dataclasses.replace(s, extra=()) for s in laid_out.scenarios)
    assert dataclasses.replace(laid_out, scenarios=plain) != laid_out


def test_a_stale_recorded_order_is_harmless(model):
    import dataclasses

    stale = dataclasses.replace(model, partner_columns=("Gone", "Cost", "Cost", "Country"))
    assert stale.partner_column_order == ("Cost", "Country", "Tech")


def test_values_and_bounds_must_agree_so_a_saved_workbook_reopens():
    from criteria import edits
    from criteria.errors import InputError
    from tests.conftest import make_model

    model = make_model([[3.0, 5.0], [7.0, 9.0]], bounds=[(1, 10), (None, None)])
    with pytest.raises(InputError, match=r"0 is outside the scale 1..10 of criterion 'C1'"):
        edits.set_value(model, 0, 0, 0)
    assert edits.set_value(model, 0, 1, -4).values[0, 1] == -4  # no scale: anything finite
    with pytest.raises(InputError, match=r"P2 has 9, outside 0..8"):
        edits.set_bounds(model, 1, 0, 8)
    assert edits.set_bounds(model, 1, 0, 10).criteria[1].max == 10
