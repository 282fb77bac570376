"""PROMETHEE I through the real command: the `PROMETHEE I` sheet of `rank --out` and json's `promethee_i`."""

from openpyxl import load_workbook

from tests.cli.conftest import run_cli, strict_json
from tests.xlsx import write_workbook

# The hand-worked example of tests/scoring/test_promethee_one.py: V-shape p = 10 on both criteria.
CRITERIA = [
    ["Criterion", "Direction", "Weight", "Preference function", "p"],
    ["c1", "benefit", 0.5, "v-shape", 10],
    ["c2", "benefit", 0.5, "v-shape", 10],
]
PARTNERS = [["Partner", "c1", "c2"], ["A", 10, 0], ["B", 5, 5], ["C", 4, 4]]


def test_json_and_result_workbook_carry_flows_and_pairs(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", PARTNERS, CRITERIA)
    out = tmp_path / "result.xlsx"
    result = run_cli("rank", path, "--method", "promethee", "--format", "json", "--out", out)
    assert result.returncode == 0, result.stderr
    payload = strict_json(result.stdout)["promethee_i"]
    flows = {
        row["partner"]: (round(row["phi_plus"], 12), round(row["phi_minus"], 12)) for row in payload["flows"]
    }
    assert flows == {"A": (0.275, 0.225), "B": (0.175, 0.125), "C": (0.1, 0.2)}
    pairs = {(p["a"], p["relation"], p["b"]) for p in payload["pairs"]}
    assert ("B", "outranks", "C") in pairs
    assert {frozenset((a, b)) for a, r, b in pairs if r == "incomparable"} == {
        frozenset("AB"),
        frozenset("AC"),
    }
    rows = list(load_workbook(out)["PROMETHEE I"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Partner", "Phi+ (leaving flow)", "Phi- (entering flow)", "Phi (net flow)")
    assert rows[0][5:8] == ("Partner A", "Relation", "Partner B")
    sheet_pairs = {row[5:8] for row in rows[1:] if row[5] is not None}
    assert ("B", "outranks", "C") in sheet_pairs and len(sheet_pairs) == 3


def test_other_methods_have_no_promethee_i(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx", PARTNERS, CRITERIA)
    out = tmp_path / "result.xlsx"
    result = run_cli("rank", path, "--method", "wsm", "--format", "json", "--out", out)
    assert result.returncode == 0, result.stderr
    assert "promethee_i" not in strict_json(result.stdout)
    assert "PROMETHEE I" not in load_workbook(out).sheetnames
