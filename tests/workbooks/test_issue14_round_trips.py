"""Round trips of every sheet and column issue 14 added, on drawn studies: the Criteria sheet's
``Preference function``, ``q``, ``p``, ``s``, ``Minimum`` and ``Maximum`` columns and the
``Value functions`` sheet. Written as an analyst would (names in any spelling, Brans' type
numbers, thresholds as numbers or ``'10%'`` text), read, saved (over the source and fresh), read
again: the same study, the cells as written."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from criteria.preference import Shape, preference_functions
from tests.xlsx import write_workbook
from workbooks.reader import read_workbook
from workbooks.writer import save_study

NAMES = {  # spellings the reader accepts for each function
    Shape.USUAL: [None, "usual", "Type 1"],
    Shape.U_SHAPE: ["u-shape", "U shape", "type 2"],
    Shape.V_SHAPE: ["V-shape", "vshape", "Type 3"],
    Shape.LEVEL: ["level", "Level", "type 4"],
    Shape.LINEAR: ["linear", "LINEAR", "type 5"],
    Shape.GAUSSIAN: ["gaussian", "Gaussian", "type 6"],
}
CRITERIA = ["Speed", "Capital", "ESG"]


def cell(value: float, share: bool, whole: bool) -> object:
    """A threshold cell: a share of the range as text, or a number (int or float)."""
    if share:
        return f"{value:g}%"
    return int(value) if whole else value


@st.composite
def criterion_rows(draw, name: str):
    direction = draw(st.sampled_from(["benefit", "cost"]))
    shape = draw(st.sampled_from(list(Shape)))
    share, whole = draw(st.booleans()), draw(st.booleans())
    q, p = sorted(draw(st.lists(st.integers(1, 40).map(float), min_size=2, max_size=2)))
    needs = shape.thresholds
    row = [
        name,
        direction,
        draw(st.integers(1, 5)),
        draw(st.sampled_from(NAMES[shape])),
        cell(q, share, whole) if "q" in needs else None,
        cell(p, share, whole) if "p" in needs else None,
        cell(p, share, whole) if shape is Shape.GAUSSIAN else None,
    ]
    low = draw(st.none() | st.integers(0, 5))
    high = draw(st.none() | st.integers(5, 10))
    points = []
    if draw(st.booleans()):
        values = sorted(draw(st.lists(st.integers(0, 10), min_size=2, max_size=4, unique=True)))
        scores = sorted(
            draw(
                st.lists(st.sampled_from([0, 0.25, 0.5, 0.6, 1]), min_size=len(values), max_size=len(values))
            )
        )
        if direction == "cost":
            scores = scores[::-1]
        points = [[name, v, s] for v, s in zip(values, scores, strict=True)]
    return [*row, low, high], shape, points


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.tuples(*(criterion_rows(name) for name in CRITERIA)), st.integers(0, 10))
def test_preference_columns_levels_and_value_functions_round_trip(tmp_path, drawn, shift):
    header = ["Criterion", "Direction", "Weight", "Preference function", "q", "p", "s", "Minimum", "Maximum"]
    partners = [["Partner", *CRITERIA], ["A", 3, 7, 5], ["B", 8, 2 + shift, 9], ["C", 6, 4, 1]]
    sheet = [["Criterion", "Value", "Score"], *(point for _, _, points in drawn for point in points)]
    source = write_workbook(
        tmp_path / "in.xlsx",
        partners,
        [header, *(row for row, _, _ in drawn)],
        extra_sheets={"Value functions": sheet} if len(sheet) > 1 else None,
    )
    model = read_workbook(source)
    assert [f.shape for f in preference_functions(model.criteria)] == [shape for _, shape, _ in drawn]
    assert [(c.minimum, c.maximum) for c in model.criteria] == [(row[7], row[8]) for row, _, _ in drawn]
    assert [len(c.value_function) for c in model.criteria] == [len(points) for _, _, points in drawn]
    over_source = read_workbook(save_study(tmp_path / "over.xlsx", model, source=source))
    fresh = read_workbook(save_study(tmp_path / "fresh.xlsx", model))
    assert over_source == model and fresh == model
    assert preference_functions(fresh.criteria) == preference_functions(model.criteria)
