"""Issue 10 reproductions through the real command line: mean fill and WPM ties."""

from __future__ import annotations

import pytest

from tests.cli.conftest import run_cli, strict_json
from tests.xlsx import write_workbook

METHODS = ["wsm", "wpm", "topsis", "vikor", "promethee"]


@pytest.mark.parametrize("method", METHODS)
def test_mean_fill_does_not_let_a_missing_value_win(tmp_path, method):
    path = write_workbook(
        tmp_path / "esg.xlsx",
        partners=[["Partner", "Capital", "ESG"], ["A", 4, 0.1], ["B", 3, 0.1], ["C", 2, 0.1], ["D", 1, None]],
        criteria=[["Criterion", "Direction", "Weight"], ["Capital", "benefit", 0.4], ["ESG", "benefit", 0.6]],
    )
    result = run_cli("rank", path, "--method", method, "--missing", "mean", "--format", "json")
    assert result.returncode == 0, result.stderr
    ranking = strict_json(result.stdout)["ranking"]
    assert [(row["rank"], row["partner"]) for row in ranking] == [(1, "A"), (2, "B"), (3, "C"), (4, "D")]


def test_wpm_ranks_and_prints_tiny_products_apart(tmp_path):
    path = write_workbook(
        tmp_path / "investment.xlsx",
        partners=[
            ["Partner", "Investment needed (US$)", "Technology transfer"],
            ["A", 2.0e9, 8],
            ["B", 3.0e9, 6],
            ["C", 4.5e9, 3],
        ],
        criteria=[
            ["Criterion", "Direction", "Weight"],
            ["Investment needed (US$)", "cost", 0.98],
            ["Technology transfer", "benefit", 0.02],
        ],
    )
    ranking = strict_json(run_cli("rank", path, "--method", "wpm", "--format", "json").stdout)["ranking"]
    assert [(row["rank"], row["partner"]) for row in ranking] == [(1, "A"), (2, "B"), (3, "C")]
    table = run_cli("rank", path, "--method", "wpm").stdout.splitlines()
    rows = table[table.index(next(line for line in table if line.startswith("----"))) + 1 :]
    shown = [line.split()[-1] for line in rows[:3]]
    assert len(set(shown)) == 3 and all(float(s) > 0 for s in shown), table
    assert float(shown[0]) == pytest.approx(ranking[0]["score"], rel=1e-3)
    sensitivity = strict_json(run_cli("sensitivity", path, "--method", "wpm", "--format", "json").stdout)
    assert sensitivity["acceptability"]["A"][0] == 1.0
    assert sensitivity["acceptability"]["B"][0] == sensitivity["acceptability"]["C"][0] == 0.0
