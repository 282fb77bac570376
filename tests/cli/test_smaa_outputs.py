"""`partner-scout sensitivity --values --order --bounds --out`: every SMAA-2 output issue 13 names,
written and read back (json keys, result workbook sheets), and the study's own evidence settings
(the Evidence settings sheet) used unless the command line says otherwise."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import digest, run_cli, strict_json

SETTINGS = ("--samples", "2000", "--seed", "3")


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    """The sample with its own settings: low confidence +-3 points, evidence flagged after 30
    years; JOGMEC's evidence (the cells to check first) dated 2011."""
    path = tmp_path_factory.mktemp("smaa") / "study.xlsx"
    assert run_cli("sample", path).returncode == 0
    book = load_workbook(path)
    evidence = book["Evidence"]
    date = next(c.column for c in evidence[1] if c.value == "Date")
    for row in evidence.iter_rows(min_row=2):
        if row[0].value == "JOGMEC":
            row[date - 1].value = "2011"
    sheet = book.create_sheet("Evidence settings")
    for row in (("Setting", "Value"), ("Confidence width low", 3), ("Evidence older than (years)", 30)):
        sheet.append(row)
    book.save(path)
    return path


def rows_after_header(sheet, first: str) -> list[tuple]:
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row and row[0] == first)
    return [row for row in rows[start + 1 :] if row and row[0] is not None]


def test_json_and_workbook_carry_the_same_smaa_figures(study, tmp_path):
    before = digest(study)
    out = tmp_path / "result.xlsx"
    result = run_cli(
        "sensitivity", study, "--values", "--order", "ESG credibility>=Speed", "--bounds", "Capital=10%..40%",
        *SETTINGS, "--format", "json", "--out", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    payload = strict_json(result.stdout)
    assert {"central_weights", "confidence", "pairwise", "check_first"} <= payload.keys()
    book = load_workbook(out)  # not read-only: that trims the empty cells ending a row
    assert {"Evidence", "Evidence settings", "Central weights", "Pairwise", "Check first"} <= set(
        book.sheetnames
    )
    assert digest(study) == before

    central = rows_after_header(book["Central weights"], "Partner")
    header = next(r for r in book["Central weights"].iter_rows(values_only=True) if r and r[0] == "Partner")
    winners = {p for p, w in payload["central_weights"].items() if w is not None}
    assert {row[0] for row in central} == winners
    for partner, share, confidence, *weights in central:
        assert share == pytest.approx(payload["acceptability"][partner][0])
        assert confidence == pytest.approx(payload["confidence"][partner])
        assert dict(zip(header[3:], weights, strict=True)) == pytest.approx(
            payload["central_weights"][partner]
        )

    pairwise = list(book["Pairwise"].iter_rows(values_only=True))
    columns = pairwise[0][1:]
    for a, *shares in pairwise[1:]:
        for b, share in zip(columns, shares, strict=True):
            assert share is None if a == b else share == pytest.approx(payload["pairwise"][a][b])

    checks = rows_after_header(book["Check first"], "Check")
    cells = payload["check_first"]["cells"]
    assert len(checks) == len(cells) == payload["uncertain_cells"]
    for row, cell in zip(checks, cells, strict=True):
        assert row[1:6] == (cell["partner"], cell["criterion"], cell["score"], cell["low"], cell["high"])
        assert row[-2] == pytest.approx(cell["effect"]) and row[-1] == cell["sentence"]


def test_the_study_widths_give_the_ranges_and_the_command_line_overrides_them(study):
    def toyota_speed(*options):
        result = run_cli(
            "sensitivity", study, "--values", "--no-tipping", *SETTINGS, "--format", "json", *options
        )
        assert result.returncode == 0, result.stderr
        cells = strict_json(result.stdout)["check_first"]["cells"]
        cell = next(c for c in cells if (c["partner"], c["criterion"]) == ("Toyota Tsusho + Sojitz", "Speed"))
        return cell["low"], cell["high"]  # score 3, low confidence, Speed on 1..10

    assert toyota_speed() == (1, 6)  # the study's +-3, clipped to Min 1
    assert toyota_speed("--confidence-widths", "low=2") == (1, 5)  # the run's own
    assert toyota_speed("--confidence-widths", "high=0.1") == (1, 6)  # words left out keep the study's


def test_the_evidence_age_is_the_study_s_unless_given(study):
    def dated(*options):
        result = run_cli("sensitivity", study, "--values", "--no-tipping", *SETTINGS, *options)
        assert result.returncode == 0, result.stderr
        return result.stdout.split("Check these first")[1]

    assert "dated 2011" in dated() and "older than" not in dated()  # 30 years: 2011 is recent enough
    assert "dated 2011, older than 2 years" in dated("--evidence-age", "2")
    bad = run_cli("sensitivity", study, "--values", "--evidence-age", "-1")
    assert bad.returncode == 2 and "must be a number of years from 0 to 1000, not -1" in bad.stderr


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--order", "Speed>=Capital", "--bounds", "Capital=50%..,Speed=..10%"], "the region is empty or too small"),
        (["--bounds", "Capital=60%..,Speed=50%.."], "the lower bounds add up to 110%, above 100%"),
        (["--bounds", "Capital=..10%,Speed=..10%,ESG credibility=..10%,Technology transfer=..10%,"
          "Geopolitical alignment=..10%"], "the upper bounds add up to 50%, below 100%"),
    ],
)  # fmt: skip
def test_constraints_that_leave_no_weights_say_so(study, options, message):
    result = run_cli("sensitivity", study, *options, "--samples", "100")
    assert result.returncode == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
