"""save_study and write_result: lossless round trips, other sheets kept, text never a formula."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.styles import Font

from criteria.missing import MissingPolicy
from criteria.model import Criterion, DecisionModel, Direction, Partner, Scenario
from criteria.study import StudyState
from scoring import rank
from tests.xlsx import write_workbook
from workbooks.reader import read_workbook
from workbooks.writer import save_study, write_result

RISKY = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "=1+1", "a\tb", "a\rb"]
# Names and fields are read back trimmed (CONTRACT.md), so leading tab/CR text is checked separately.
LEADING = ["\tTab", "\rCR", " =1+1"]


def formulas_in(path: Path) -> list[str]:
    """Every formula element in every sheet of the archive."""
    with zipfile.ZipFile(path) as archive:
        return [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and re.search(rb"<(\w+:)?f[ >]", archive.read(name))
        ]


def risky_model() -> DecisionModel:
    partners = tuple(Partner(name, (("Notes", name),)) for name in RISKY)
    criteria = (
        Criterion("=Capital", Direction.BENEFIT, 2.0, "@desc", 0.0, 10.0, "-unit"),
        Criterion("Months", Direction.COST, 1.0),
    )
    values = [[float(i % 10), np.nan if i == 2 else 12.0 * (i + 1)] for i in range(len(RISKY))]
    return DecisionModel(
        partners, criteria, values, ("Notes",), (Scenario("+fast", (0.0, 1.0)), Scenario("=all", (1.0, 1.0)))
    )


def test_save_study_round_trip_keeps_formula_looking_text_as_text(tmp_path):
    model = risky_model()
    path = save_study(tmp_path / "study.xlsx", model)
    assert read_workbook(path) == model
    assert formulas_in(path) == []
    partners = load_workbook(path)["Partners"]
    assert [partners.cell(r, 1).data_type for r in range(2, len(RISKY) + 2)] == ["s"] * len(RISKY)


def test_save_study_with_weights_writes_them(tmp_path):
    path = save_study(tmp_path / "s.xlsx", risky_model(), weights=(0.25, 0.75))
    assert read_workbook(path).workbook_weights == (0.25, 0.75)


def test_save_study_keeps_other_sheets_untouched_and_in_order(tmp_path):
    source = write_workbook(tmp_path / "in.xlsx", extra_sheets={"Notes": [["total", "=1+2"]], "Log": [["x"]]})
    book = load_workbook(source)
    book.move_sheet("Notes", offset=-2)  # Notes, Partners, Criteria, Log
    book["Notes"]["A1"].font = Font(bold=True, color="FF0000")
    book.save(source)
    model = read_workbook(source)
    out = save_study(tmp_path / "out.xlsx", model, source=source)
    saved = load_workbook(out)
    assert saved.sheetnames == ["Notes", "Partners", "Criteria", "Log", "Scenarios"]
    assert saved["Notes"]["B1"].value == "=1+2" and saved["Notes"]["A1"].font.bold
    assert read_workbook(out) == model


def test_save_study_over_its_own_source(tmp_path):
    source = write_workbook(tmp_path / "in.xlsx", extra_sheets={"Notes": [["keep me"]]})
    model = read_workbook(source)
    save_study(source, model, weights=(1, 1, 1), source=source)
    assert read_workbook(source).workbook_weights == (1, 1, 1)
    assert load_workbook(source)["Notes"]["A1"].value == "keep me"


names = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    partner_names=st.lists(names, min_size=1, max_size=6, unique_by=lambda s: s.casefold()),
    data=st.data(),
)
def test_save_study_round_trip_property(tmp_path, partner_names, data):
    import unicodedata

    partner_names = list(dict.fromkeys(unicodedata.normalize("NFC", n) for n in partner_names))
    m = data.draw(st.integers(1, 4))
    values = data.draw(
        st.lists(
            st.lists(
                st.one_of(st.floats(-1e6, 1e6, allow_nan=False), st.just(float("nan"))),
                min_size=m,
                max_size=m,
            ),
            min_size=len(partner_names),
            max_size=len(partner_names),
        )
    )
    notes = data.draw(st.lists(st.sampled_from(RISKY + ["", "plain", "Hưng Hải"]), min_size=1, max_size=1))[0]
    criteria = tuple(
        Criterion(f"K{j}", Direction.COST if j % 2 else Direction.BENEFIT, 1.0 + j) for j in range(m)
    )
    model = DecisionModel(
        tuple(Partner(n, (("Notes", notes),)) for n in partner_names), criteria, values, ("Notes",)
    )
    path = save_study(tmp_path / "p.xlsx", model)
    assert read_workbook(path) == model


def _study(tmp_path: Path, **kwargs) -> tuple[Path, StudyState]:
    source = write_workbook(tmp_path / "in.xlsx", extra_sheets={"Notes": [["total", 3, "=1+2"]]})
    return source, StudyState.from_model(read_workbook(source), **kwargs)


def test_write_result_sheets_ranking_and_settings(tmp_path):
    source, state = _study(tmp_path)
    ranking = rank(state)
    extra = [("Robustness", [LEADING, [1, 2, 3]])]
    out = write_result(tmp_path / "out.xlsx", state, ranking, source=source, extra_sheets=extra)
    book = load_workbook(out)
    assert book.sheetnames == [
        "Summary",
        "Partners",
        "Criteria",
        "Notes",
        "Scenarios",
        "Ranking",
        "Settings",
        "Robustness",
    ]
    # kept as values; a formula never calculated (openpyxl saves no result) is kept as its text
    assert [(c.data_type, c.value) for c in book["Notes"][1]] == [("s", "total"), ("n", 3), ("s", "=1+2")]
    assert [(c.data_type, c.value) for c in book["Robustness"][1]] == [("s", text) for text in LEADING]
    rows = list(book["Ranking"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Rank", "Partner", "Score")
    assert [r[1] for r in rows[1:]] == [ranking.partners[k] for k in ranking.order]
    assert [r[2] for r in rows[1:]] == [float(ranking.scores[k]) for k in ranking.order]
    # WSM contributions add up to the score
    assert all(abs(sum(r[3:-1]) - r[2]) < 1e-12 for r in rows[1:])
    settings_rows = dict(book["Settings"].iter_rows(values_only=True))
    assert settings_rows["Method"] == "wsm" and settings_rows["Missing values"] == "worst"
    assert settings_rows["Weight: Capital"] == ranking.weights[1]
    assert settings_rows["Tool version"].startswith("partner-scout ")
    assert formulas_in(out) == []


@pytest.mark.parametrize(
    "method, words",
    [("wsm", "points of score"), ("topsis", "gap to ideal"), ("vikor", "shortfall, sums to S")],
)
def test_ranking_sheet_headers_name_the_breakdown(tmp_path, method, words):
    source, state = _study(tmp_path, method=method)
    ranking = rank(state)
    out = write_result(tmp_path / "out.xlsx", state, ranking, source=source)
    header = next(load_workbook(out)["Ranking"].iter_rows(values_only=True))
    parts = list(header[3:-1])
    assert parts == [f"{name} contribution ({words})" for name in ranking.criteria]


def test_ranking_the_result_again_gives_the_same_order(tmp_path):
    source, state = _study(tmp_path, method="topsis")
    state = state.replace(weights=(0.1, 0.2, 0.7))
    first = rank(state)
    out = write_result(tmp_path / "out.xlsx", state, first, source=source)
    again = rank(StudyState.from_model(read_workbook(out), method="topsis"))
    assert again.ranked() == first.ranked()


def test_write_result_lists_filled_and_excluded_partners(tmp_path):
    partners = [["Partner", "Capital", "Speed"], ["A", 3, None], ["B", 5, 2], ["C", None, 4]]
    criteria = [["Criterion", "Direction", "Weight"], ["Capital", "benefit", 1], ["Speed", "benefit", 1]]
    source = write_workbook(tmp_path / "in.xlsx", partners=partners, criteria=criteria)
    model = read_workbook(source)
    state = StudyState.from_model(model)
    rows = list(load_workbook(write_result(tmp_path / "w.xlsx", state, rank(state)))["Ranking"].values)
    assert {r[1]: r[-1] for r in rows[1:]} == {"A": "Speed", "B": None, "C": "Capital"}
    state = StudyState.from_model(model, missing=MissingPolicy.EXCLUDE)
    rows = list(load_workbook(write_result(tmp_path / "x.xlsx", state, rank(state)))["Ranking"].values)
    assert [r[:2] for r in rows[1:]] == [(1, "B"), ("excluded", "A"), ("excluded", "C")]


def test_write_result_without_source_writes_the_model(tmp_path):
    model = risky_model()
    state = StudyState.from_model(model)
    out = write_result(tmp_path / "r.xlsx", state, rank(state))
    assert load_workbook(out).sheetnames == [
        "Summary",
        "Partners",
        "Criteria",
        "Scenarios",
        "Ranking",
        "Settings",
    ]
    again = read_workbook(out)
    assert again.partners == model.partners and again.workbook_weights == state.weights
    assert formulas_in(out) == []


def test_write_result_10k_rows_reads_back(tmp_path):
    n, m = 10_000, 10
    rng = np.random.default_rng(1)
    model = DecisionModel(
        tuple(Partner(f"P{i}", (("Country", "VN"),)) for i in range(n)),
        tuple(Criterion(f"C{j}") for j in range(m)),
        rng.uniform(1, 10, (n, m)),
        ("Country",),
    )
    state = StudyState.from_model(model)
    ranking = rank(state)
    write_result(tmp_path / "big.xlsx", state, ranking)
    assert read_workbook(tmp_path / "big.xlsx").shape == (n, m)
