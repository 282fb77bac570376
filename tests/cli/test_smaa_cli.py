"""`partner-scout sensitivity --values/--order/--bounds` (SMAA-2, issue 13) through a real process."""

from __future__ import annotations

import hashlib

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import run_cli, strict_json


def test_values_order_and_bounds_give_the_smaa_indices_and_what_to_check_first(sample_copy, tmp_path):
    before = hashlib.sha256(sample_copy.read_bytes()).hexdigest()
    out = tmp_path / "result.xlsx"
    result = run_cli(
        "sensitivity", sample_copy, "--values", "--order", "ESG credibility>=Speed>=Capital",
        "--bounds", "Capital=10%..30%", "--samples", 3000, "--seed", 4, "--format", "json", "--out", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    payload = strict_json(result.stdout)
    assert "ESG credibility >= Speed >= Capital, within Capital 10%..30%" in payload["weight_sampling"]
    assert payload["uncertain_cells"] == 77 and "77 values" in payload["verdict"]
    firsts = {p: row[0] for p, row in payload["acceptability"].items()}
    for partner, weights in payload["central_weights"].items():
        assert (weights is None) == (firsts[partner] == 0) == (payload["confidence"][partner] is None)
        if weights is not None:
            assert sum(weights.values()) == pytest.approx(1.0)
            assert 0.1 - 1e-9 <= weights["Capital"] <= 0.3 + 1e-9
            assert weights["ESG credibility"] >= weights["Speed"] >= weights["Capital"]
    assert len(payload["pairwise"]) == 16
    checks = payload["check_first"]
    assert len(checks["cells"]) == 77 and checks["leader"] in firsts
    effects = [c["effect"] for c in checks["cells"]]
    assert effects == sorted(effects, reverse=True) and effects[0] > 0.1
    assert checks["cells"][0]["sentence"].startswith(f"If {checks['cells'][0]['partner']}'s ")
    book = load_workbook(out, read_only=True)
    assert {"Evidence", "Central weights", "Pairwise", "Check first", "Acceptability"} <= set(book.sheetnames)
    assert hashlib.sha256(sample_copy.read_bytes()).hexdigest() == before


def test_table_output_lists_three_cells_to_check(sample_copy):
    result = run_cli("sensitivity", sample_copy, "--values", "--samples", 2000, "--no-tipping")
    assert result.returncode == 0, result.stderr
    assert "Check these first" in result.stdout and "Central weights" in result.stdout
    lines = result.stdout.split("Check these first")[1].splitlines()
    assert sum(line.startswith("  - If ") for line in lines) == 3


@pytest.mark.parametrize(
    ("options", "code", "message"),
    [
        (["--order", "ESG credibility>=Weather"], 2, "'Weather' is not a criterion"),
        (["--bounds", "Capital=10%"], 2, "write 'Criterion=10%..30%'"),
        (["--bounds", "Capital=60%..,Speed=50%.."], 1, "lower bounds add up to 110%"),
        (["--confidence-widths", "sure=1"], 2, "confidence width 'sure=1'"),
    ],
)
def test_bad_constraints_are_one_clear_message(sample_copy, options, code, message):
    result = run_cli("sensitivity", sample_copy, *options, "--samples", 100)
    assert result.returncode == code and message in result.stderr
    assert "Traceback" not in result.stderr
