"""`partner-scout ballots` and `partner-scout aggregate`, end to end through desktop.cli.main."""

import json

import pytest
from openpyxl import load_workbook

from desktop import cli
from tests.cli.conftest import run_cli
from tests.xlsx import write_workbook
from workbooks.reader import read_workbook


def test_the_installed_command_offers_ballots_and_aggregate():
    listing = run_cli("--help").stdout
    assert "ballots" in listing and "aggregate" in listing


@pytest.fixture
def study(tmp_path):
    return write_workbook(tmp_path / "study.xlsx")


def fill(path, points):
    book = load_workbook(path)
    for row, value in zip((2, 3, 4), points, strict=True):
        book["Weights"].cell(row=row, column=3, value=value)
    book.save(path)


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_ballots_then_aggregate_with_one_broken_ballot(study, tmp_path, capsys):
    out_dir = tmp_path / "ballots"
    code, out, _ = run(
        capsys, "ballots", study, "--participants", "Bộ Công Thương, Vinacomin,An", "--out", out_dir
    )
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "ballot-An.xlsx",
        "ballot-Bộ Công Thương.xlsx",
        "ballot-Vinacomin.xlsx",
    ]
    fill(out_dir / "ballot-Bộ Công Thương.xlsx", [50, 30, 20])
    fill(out_dir / "ballot-Vinacomin.xlsx", [10, 60, 30])
    fill(out_dir / "ballot-An.xlsx", ["many", 1, 1])
    before = study.read_bytes()
    result = tmp_path / "grouped.xlsx"
    code, out, err = run(
        capsys,
        "aggregate",
        study,
        out_dir,
        "--format",
        "json",
        "--out",
        result,
        "--importance",
        "Vinacomin=3",
    )
    assert code == 0
    assert "[ballot-An.xlsx]Weights!C2: 'many' is not a number" in err
    report = json.loads(out)
    # (1 * [.5, .3, .2] + 3 * [.1, .6, .3]) / 4
    assert list(report["weights"].values()) == pytest.approx([0.2, 0.525, 0.275])
    assert [p["name"] for p in report["participants"]] == ["Bộ Công Thương", "Vinacomin"]
    tech = report["disagreement"][0]
    assert tech["furthest"] == "Bộ Công Thương"
    assert (tech["low"], tech["high"]) == pytest.approx((0.1, 0.5))
    assert [r["rank"] for r in report["ranking"]] == [1, 2, 3, 4]
    assert set(report["ranking"][0]["ranks"]) == {"Bộ Công Thương", "Vinacomin"}
    scenarios = {s.name: s.weights for s in read_workbook(result).scenarios}
    assert scenarios["Vinacomin"] == pytest.approx([0.1, 0.6, 0.3])
    assert scenarios["Group"] == pytest.approx([0.2, 0.525, 0.275])
    assert study.read_bytes() == before


def test_aggregate_table_output(study, tmp_path, capsys):
    out_dir = tmp_path / "b"
    run(capsys, "ballots", study, "--participants", "A,B", "--out", out_dir)
    fill(out_dir / "ballot-A.xlsx", [50, 30, 20])
    fill(out_dir / "ballot-B.xlsx", [10, 60, 30])
    code, out, _ = run(capsys, "aggregate", study, out_dir / "ballot-A.xlsx", out_dir / "ballot-B.xlsx")
    assert code == 0
    assert "Group weights (arithmetic mean" in out
    assert "Technology transfer  0.300  0.100-0.500" in out


def test_only_broken_ballots_exit_1_naming_them(study, tmp_path, capsys):
    run(capsys, "ballots", study, "--participants", "A", "--out", tmp_path)
    code, _, err = run(capsys, "aggregate", study, tmp_path / "ballot-A.xlsx")
    assert code == 1
    assert "ballot-A.xlsx: the ballot is empty" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (("aggregate", "{study}", "{tmp}", "--importance", "A"), 2, "--importance: 'A'"),
        (("aggregate", "{study}", "{tmp}", "--method", "nope"), 2, "nope"),
        (("ballots", "{study}", "--participants", " , ", "--out", "{tmp}"), 1, "no participants"),
        (("ballots", "{tmp}/missing.xlsx", "--participants", "A", "--out", "{tmp}"), 1, "not found"),
    ],
)
def test_errors_follow_the_rank_rules(study, tmp_path, capsys, args, code, fragment):
    filled = [a.format(study=study, tmp=tmp_path) for a in args]
    result, _, err = run(capsys, *filled)
    assert result == code
    assert fragment in err
    assert "Traceback" not in err


def test_unwritable_ballot_folder_exits_3(study, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "ballots", study, "--participants", "A", "--out", blocker / "sub")
    assert code == 3
    assert "cannot" in err
