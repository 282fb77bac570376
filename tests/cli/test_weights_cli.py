"""`--weights` takes shares of the total, as the GUI's typed weight does (CONTRACT.md: Command line)."""

import pytest

from tests.cli.conftest import run_cli, strict_json
from tests.xlsx import write_workbook

# The test workbook's weights: Technology transfer 0.4, Capital 0.3, Months 0.3.


def weights_used(path, *args) -> dict[str, float]:
    result = run_cli("rank", path, "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return strict_json(result.stdout)["weights"]


@pytest.mark.parametrize("share", ["0.5", "50%", " 50 % "])
def test_a_named_share_is_kept_and_the_others_share_the_rest_in_proportion(tmp_path, share):
    path = write_workbook(tmp_path / "s.xlsx")
    weights = weights_used(path, "--weights", f"Capital={share}")
    assert weights == pytest.approx(
        {"Technology transfer": 0.5 * 4 / 7, "Capital": 0.5, "Months": 0.5 * 3 / 7}
    )


def test_named_criteria_are_fixed_at_their_shares(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx")
    weights = weights_used(path, "--weights", "Capital=20%,Months=0.1")
    assert weights == pytest.approx({"Technology transfer": 0.7, "Capital": 0.2, "Months": 0.1})


def test_naming_every_criterion_sets_all_weights_normalised(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx")
    weights = weights_used(path, "--weights", "Technology transfer=20%,Capital=20%,Months=40%")
    assert weights == pytest.approx({"Technology transfer": 0.25, "Capital": 0.25, "Months": 0.5})


@pytest.mark.parametrize(
    "weights, fragments",
    [
        ("Capital=30", ["'Capital=30'", "did you mean 30%"]),
        ("Capital=60%,Months=0.5", ["'Capital' 60% and 'Months' 50% add up to 110%"]),
    ],
)
def test_ambiguous_or_impossible_shares_are_usage_errors(tmp_path, weights, fragments):
    path = write_workbook(tmp_path / "s.xlsx")
    result = run_cli("rank", path, "--weights", weights)
    assert result.returncode == 2, result.stdout
    assert all(fragment in result.stderr for fragment in fragments), result.stderr
    assert "Traceback" not in result.stderr and not result.stdout


def test_the_table_prints_the_weights_used(tmp_path):
    path = write_workbook(tmp_path / "s.xlsx")
    table = run_cli("rank", path, "--weights", "Capital=50%").stdout
    assert "Weights: Technology transfer 28.6%, Capital 50.0%, Months 21.4%" in table
