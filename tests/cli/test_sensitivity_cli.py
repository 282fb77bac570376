"""`partner-scout sensitivity` through a real process (CONTRACT.md: Command line)."""

from __future__ import annotations

import hashlib

import pytest

from tests.cli.conftest import run_cli, strict_json
from tests.xlsx import write_workbook


def test_json_on_the_sample_is_the_contract_shape(sample_copy):
    before = hashlib.sha256(sample_copy.read_bytes()).hexdigest()
    result = run_cli("sensitivity", sample_copy, "--samples", 2000, "--seed", 11, "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = strict_json(result.stdout)
    assert {"method", "samples", "seed", "weights", "acceptability", "expected_rank"} <= payload.keys()
    assert payload["method"] == "wsm" and payload["samples"] == 2000 and payload["seed"] == 11
    assert sum(payload["weights"].values()) == pytest.approx(1.0)
    shares = payload["acceptability"]
    assert len(shares) == 16 and all(len(row) == 16 for row in shares.values())
    assert all(sum(row) == pytest.approx(1.0) for row in shares.values())
    for partner, row in shares.items():
        assert payload["expected_rank"][partner] == pytest.approx(sum((r + 1) * p for r, p in enumerate(row)))
    assert payload["tipping"]["leader"] in shares
    # the verdict names the leader, its nearest tipping point and how many methods agree
    details = payload["verdict_details"]
    assert payload["verdict"] == details["sentence"] and details["leaders"] == [payload["tipping"]["leader"]]
    assert details["grade"] == "contested" and len(details["methods_agreeing"]) == 1
    assert details["nearest_tipping"]["change_points"] > 0
    assert "filled in" in result.stderr  # the sample has deliberately missing values
    gaps = payload["missing_ranges"]
    assert len(gaps) == 3 and all(g["best"] <= g["rank"] <= g["worst"] for g in gaps.values())
    assert hashlib.sha256(sample_copy.read_bytes()).hexdigest() == before


def test_same_seed_same_figures_other_seed_other_figures(sample_copy):
    args = (
        "sensitivity",
        sample_copy,
        "--samples",
        500,
        "--spread",
        "full",
        "--format",
        "json",
        "--no-tipping",
    )
    first, again, other = (
        run_cli(*args, "--seed", 5),
        run_cli(*args, "--seed", 5),
        run_cli(*args, "--seed", 6),
    )
    assert first.returncode == again.returncode == other.returncode == 0
    assert strict_json(first.stdout) == strict_json(again.stdout)
    assert strict_json(first.stdout)["acceptability"] != strict_json(other.stdout)["acceptability"]


@pytest.mark.parametrize("method", ["wpm", "topsis", "vikor", "promethee"])
def test_every_method_with_a_scenario(sample_copy, method):
    result = run_cli(
        "sensitivity",
        sample_copy,
        "--method",
        method,
        "--scenario",
        "S1 Ministry",
        "--samples",
        300,
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    payload = strict_json(result.stdout)
    assert payload["method"] == method
    assert payload["tipping"]["exact"] is (method == "promethee")


def test_table_gives_the_verdict_and_tipping_points(sample_copy):
    result = run_cli("sensitivity", sample_copy, "--samples", 1000)
    assert result.returncode == 0, result.stderr
    words = (
        "of sampled weightings (each weight multiplied by a random factor between 0.8 and 1.2, then rescaled"
    )
    assert words in result.stdout and "methods put" in result.stdout
    assert "Tipping points for" in result.stdout and "Stability intervals" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--spread", "3"), "spread"),
        (("--spread", "wide"), "spread"),
        (("--samples", "0"), "--samples"),
        (("--seed", "-4"), "--seed"),
        (("--method", "magic"), "unknown method"),
        (("--scenario", "Nobody"), "unknown scenario"),
        (("--weights", "Charm=2"), "unknown criterion"),
        (("--format", "xml"), "--format"),
    ],
)
def test_usage_errors_exit_2(sample_copy, args, message):
    result = run_cli("sensitivity", sample_copy, *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_input_errors_exit_1(tmp_path):
    missing = run_cli("sensitivity", tmp_path / "absent.xlsx")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    bad = write_workbook(
        tmp_path / "bad.xlsx",
        partners=[["Partner", "Tech", "Capital"], ["A", 1, "lots"], ["B", 0, 3]],
        criteria=[["Criterion", "Direction", "Weight"], ["Tech", "benefit", 1], ["Capital", "benefit", 1]],
    )
    result = run_cli("sensitivity", bad, "--samples", 10)
    assert result.returncode == 1
    assert "Partners!C2" in result.stderr and "Traceback" not in result.stderr
    # WPM needs values > 0: an input error naming the cell
    fixed = write_workbook(
        tmp_path / "zero.xlsx",
        partners=[["Partner", "Tech", "Capital"], ["A", 1, 2], ["B", 0, 3]],
        criteria=[["Criterion", "Direction", "Weight"], ["Tech", "benefit", 1], ["Capital", "benefit", 1]],
    )
    result = run_cli("sensitivity", fixed, "--method", "wpm", "--samples", 10)
    assert result.returncode == 1 and "Partners!B3" in result.stderr


def test_out_to_an_unwritable_place_exits_3(sample_copy, tmp_path):
    result = run_cli(
        "sensitivity", sample_copy, "--samples", 10, "--out", tmp_path / "no" / "such" / "dir" / "r.xlsx"
    )
    assert result.returncode == 3 and "Traceback" not in result.stderr


def test_a_tie_for_first_is_said_in_the_verdict_and_above_the_tipping_points(tmp_path):
    tied = write_workbook(
        tmp_path / "tied.xlsx",
        partners=[["Partner", "Tech", "Capital"], ["A", 8, 2], ["B", 2, 8], ["C", 1, 1]],
        criteria=[["Criterion", "Direction", "Weight"], ["Tech", "benefit", 1], ["Capital", "benefit", 1]],
    )
    table = run_cli("sensitivity", tied, "--samples", 500)
    assert table.returncode == 0, table.stderr
    assert "Tied: A and B are tied for first under WSM" in table.stdout
    lines = table.stdout.splitlines()
    header = next(k for k, line in enumerate(lines) if line.startswith("Tipping points for"))
    assert lines[header + 1].strip().startswith("A and B are tied for first; the tipping points below only")
    payload = strict_json(run_cli("sensitivity", tied, "--samples", 500, "--format", "json").stdout)
    assert (
        payload["verdict_details"]["grade"] == "tied"
        and payload["verdict_details"]["nearest_tipping"] is None
    )
