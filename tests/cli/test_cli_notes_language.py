"""The command line's notes on stderr (cells filled in, partners left out) follow --lang, as its
problem messages do; English stays as the contract writes it."""

from __future__ import annotations

from tests.cli.conftest import run_cli


def test_filled_in_cells_are_noted_in_the_commands_language(sample_copy):
    english = run_cli("rank", sample_copy, "--lang", "en")
    assert english.returncode == 0, english.stderr
    assert "note: missing values filled in (worst): Partners!" in english.stderr
    vietnamese = run_cli("rank", sample_copy, "--lang", "vi")
    assert vietnamese.returncode == 0, vietnamese.stderr
    assert "lưu ý: đã điền các giá trị thiếu (worst): Partners!" in vietnamese.stderr
    assert "missing values" not in vietnamese.stderr


def test_partners_left_out_are_noted_in_the_commands_language(sample_copy):
    result = run_cli("rank", sample_copy, "--lang", "vi", "--missing", "exclude")
    assert result.returncode == 0, result.stderr
    assert "lưu ý: bị loại vì có giá trị thiếu: " in result.stderr
