"""`partner-scout rank`, `methods`, `template`, `sample`, `--version` through a real process (CONTRACT.md)."""

import csv
import io
import math

import pytest
from openpyxl import load_workbook

from desktop.cli_common import csv_text
from tests.cli.conftest import digest, run_cli, strict_json
from tests.xlsx import DEFAULT_PARTNERS, write_workbook
from workbooks.reader import read_workbook

METHODS = ["wsm", "wpm", "topsis", "vikor", "promethee"]


@pytest.mark.parametrize("method", METHODS)
def test_rank_sample_as_json_with_every_method(sample_copy, method):
    before = digest(sample_copy)
    result = run_cli("rank", sample_copy, "--method", method, "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = strict_json(result.stdout)
    assert payload["method"] == method
    assert sum(payload["weights"].values()) == pytest.approx(1.0)
    ranking = payload["ranking"]
    assert len(ranking) == 16
    ranks = [row["rank"] for row in ranking]
    assert ranks == sorted(ranks) and ranks[0] == 1
    # best first; partners sharing a rank are equal within the tolerance to the first of them
    # (relative for wpm, which ranks its products' logs) and listed in workbook order
    workbook_order = [p.name for p in read_workbook(sample_copy).partners]
    sign = -1.0 if method == "vikor" else 1.0
    first = ranking[0]
    for previous, row in zip(ranking, ranking[1:]):
        if row["rank"] == previous["rank"]:
            assert math.isclose(row["score"], first["score"], rel_tol=1e-9, abs_tol=1e-9)
            assert workbook_order.index(previous["partner"]) < workbook_order.index(row["partner"])
        else:
            assert sign * (first["score"] - row["score"]) > 0 and row["rank"] == ranking.index(row) + 1
            first = row
    assert "filled in" in result.stderr  # the sample has deliberately missing values
    assert digest(sample_copy) == before


def test_scenario_and_weight_override(sample_copy):
    result = run_cli("rank", sample_copy, "--scenario", "S3 Green financier", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert strict_json(result.stdout)["weights"]["ESG credibility"] == pytest.approx(0.5)
    result = run_cli("rank", sample_copy, "--weights", "Speed=0,Capital=0", "--format", "json")
    weights = strict_json(result.stdout)["weights"]
    assert weights["Speed"] == 0 and weights["Capital"] == 0
    assert sum(weights.values()) == pytest.approx(1.0)


def test_csv_keeps_full_precision_and_table_is_readable(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx")
    csv_out = run_cli("rank", path, "--format", "csv").stdout.splitlines()
    assert csv_out[0] == "rank,partner,score"
    assert len(csv_out[1].split(",")[2]) > 8  # not rounded
    table = run_cli("rank", path).stdout
    assert "JOGMEC" in table and "Rank" in table


def test_ties_share_the_lower_rank_in_workbook_order(tmp_path):
    partners = [["Partner", "A", "B"], ["Alpha", 1, 2], ["Beta", 2, 1], ["Gamma", 2, 1], ["Delta", 0, 0]]
    criteria = [["Criterion", "Direction", "Weight"], ["A", "max", 1], ["B", "max", 1]]
    path = write_workbook(tmp_path / "tie.xlsx", partners, criteria)
    ranking = strict_json(run_cli("rank", path, "--format", "json").stdout)["ranking"]
    assert [(r["rank"], r["partner"]) for r in ranking] == [
        (1, "Alpha"),
        (1, "Beta"),
        (1, "Gamma"),
        (4, "Delta"),
    ]


@pytest.mark.parametrize(
    "partners, criteria",
    [
        (
            [["Partner", "A", "B"], ["Only", 3, 4]],
            [["Criterion", "Direction", "Weight"], ["A", "max", 1], ["B", "min", 1]],
        ),
        ([["Partner", "A"], ["X", 3], ["Y", 5]], [["Criterion", "Direction", "Weight"], ["A", "max", 1]]),
        (
            [["Partner", "A", "B"], ["X", 3, 7], ["Y", 5, 7]],
            [["Criterion", "Direction", "Weight"], ["A", "max", 1], ["B", "max", 1]],
        ),
    ],
    ids=["single partner", "single criterion", "constant criterion"],
)
@pytest.mark.parametrize("method", METHODS)
def test_degenerate_studies_rank_with_finite_scores(tmp_path, partners, criteria, method):
    path = write_workbook(tmp_path / "d.xlsx", partners, criteria)
    result = run_cli("rank", path, "--method", method, "--format", "json")
    assert result.returncode == 0, result.stderr
    ranking = strict_json(result.stdout)["ranking"]
    assert ranking[0]["rank"] == 1
    assert all(isinstance(row["score"], float | int) for row in ranking)


def test_missing_policies(tmp_path):
    partners = [list(r) for r in DEFAULT_PARTNERS]
    partners[2][3] = None  # Shin-Etsu Capital (D3)
    path = write_workbook(tmp_path / "gap.xlsx", partners)
    worst = run_cli("rank", path, "--format", "json")
    assert worst.returncode == 0 and "Partners!D3" in worst.stderr
    excluded = run_cli("rank", path, "--missing", "exclude", "--format", "json")
    payload = strict_json(excluded.stdout)
    assert "Shin-Etsu Chemical" not in [r["partner"] for r in payload["ranking"]]
    assert payload["excluded"] == ["Shin-Etsu Chemical"] and "Shin-Etsu Chemical" in excluded.stderr
    rejected = run_cli("rank", path, "--missing", "reject")
    assert rejected.returncode == 1 and "Partners!D3" in rejected.stderr
    assert "Traceback" not in rejected.stderr


@pytest.mark.parametrize(
    "args, code, fragment",
    [
        (["--method", "magic"], 2, "unknown method 'magic'"),
        (["--weights", "Speed=0.5"], 2, "unknown criterion 'Speed'"),
        (["--scenario", "Nope"], 2, "unknown scenario 'Nope'"),
        (["--missing", "zero"], 2, "invalid choice"),
    ],
)
def test_usage_errors_exit_2(tmp_path, args, code, fragment):
    path = write_workbook(tmp_path / "s.xlsx")
    result = run_cli("rank", path, *args)
    assert result.returncode == code
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_cell_exit_1_names_the_cell_and_leaves_the_file_untouched(tmp_path):
    partners = [list(r) for r in DEFAULT_PARTNERS]
    partners[3][3] = "seven"  # China Rare Earth Group, Capital: D4
    path = write_workbook(tmp_path / "bad.xlsx", partners)
    before = digest(path)
    result = run_cli("rank", path, "--out", tmp_path / "out.xlsx")
    assert result.returncode == 1
    assert "Partners!D4" in result.stderr and "'seven'" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(path) == before
    assert not (tmp_path / "out.xlsx").exists()


def test_unreadable_file_exit_1(tmp_path):
    fake = tmp_path / "notes.xlsx"
    fake.write_text("Partner,Capital\nA,1\n")
    for path in (fake, tmp_path / "missing.xlsx"):
        result = run_cli("rank", path)
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip() and "Traceback" not in result.stderr


def test_out_writes_a_result_workbook_that_ranks_the_same(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", extra_sheets={"Notes": [["keep me", "=not a formula"]]})
    before = digest(path)
    out = tmp_path / "result.xlsx"
    first = strict_json(
        run_cli(
            "rank", path, "--method", "topsis", "--weights", "Capital=60%", "--format", "json", "--out", out
        ).stdout
    )
    assert digest(path) == before
    book = load_workbook(out)
    assert {"Partners", "Criteria", "Ranking", "Settings", "Notes"} <= set(book.sheetnames)
    assert book["Notes"]["B1"].value == "=not a formula" and book["Notes"]["B1"].data_type == "s"
    again = strict_json(run_cli("rank", out, "--method", "topsis", "--format", "json").stdout)
    assert [r["partner"] for r in again["ranking"]] == [r["partner"] for r in first["ranking"]]


def test_out_to_an_unwritable_place_exit_3(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("rank", path, "--out", blocker / "result.xlsx")
    assert result.returncode == 3
    assert "result.xlsx" in result.stderr and "Traceback" not in result.stderr


def test_template_filled_in_by_hand_ranks(tmp_path):
    template = tmp_path / "t.xlsx"
    assert run_cli("template", template).returncode == 0
    book = load_workbook(template)
    assert {"Partners", "Criteria", "Scenarios"} <= set(book.sheetnames)
    criteria = [row[0] for row in book["Criteria"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert criteria == [
        "Technology transfer",
        "Capital",
        "ESG credibility",
        "Geopolitical alignment",
        "Speed",
    ]
    sheet = book["Partners"]
    header = [c.value for c in sheet[1]]
    for row, name in enumerate(["Alpha", "Beta", "Gamma"], start=2):
        sheet.cell(row, 1, name)
        for k, criterion in enumerate(criteria):
            sheet.cell(row, header.index(criterion) + 1, (row * 3 + k * 2) % 10 + 1)
    book.save(template)
    result = run_cli("rank", template, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert len(strict_json(result.stdout)["ranking"]) == 3


def test_methods_version_and_sample(tmp_path):
    listing = run_cli("methods").stdout
    for method in METHODS:
        assert method in listing
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("partner-scout ")
    assert run_cli("sample", tmp_path / "s.xlsx").returncode == 0
    assert load_workbook(tmp_path / "s.xlsx")["Partners"].max_row >= 15


FORMULA_NAMES = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "Plain", "O'Neil = fine"]


def test_csv_neutralises_formula_text_keeps_numbers_and_json_keeps_the_exact_text(tmp_path):
    partners = [["Partner", "A"], *([name, k] for k, name in enumerate(FORMULA_NAMES))]
    criteria = [["Criterion", "Direction", "Weight"], ["A", "max", 1]]
    path = write_workbook(tmp_path / "hostile.xlsx", partners, criteria)
    ranking = strict_json(run_cli("rank", path, "--method", "promethee", "--format", "json").stdout)[
        "ranking"
    ]
    assert [r["partner"] for r in ranking] == FORMULA_NAMES[::-1]
    out = run_cli("rank", path, "--method", "promethee", "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert [name for _, name, _ in rows] == [
        "O'Neil = fine",
        "Plain",
        "'@SUM(A1)",
        "'-2+3",
        "'+cmd|' /C calc'!A0",
        "'=1+1",
    ]
    assert [float(score) for _, _, score in rows] == [r["score"] for r in ranking]
    assert rows[-1][2] == "-1.0"  # a negative net flow is a number, never prefixed


@pytest.mark.parametrize(
    "text, shown",
    [("=1+1", "'=1+1"), ("\tTab", "'\tTab"), ("\rCR", "'\rCR"), ("@x", "'@x"), ("a=b", "a=b"), ("", "")],
)
def test_csv_text_cell_prefixes_what_a_spreadsheet_would_run(text, shown):
    assert csv_text(text) == shown
