"""`partner-scout rank --lang`: the table in the reader's language; csv and json never change."""

from __future__ import annotations

import os
import subprocess

from tests.cli.conftest import CLI, run_cli, strict_json


def test_rank_table_in_vietnamese_keeps_names_and_uses_the_decimal_comma(sample_copy):
    result = run_cli("rank", sample_copy, "--lang", "vi", "--missing", "exclude")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Tổng có trọng số (WSM): điểm, càng cao càng tốt"
    assert lines[1].startswith("Trọng số: Technology transfer 20,0\u00a0%, Capital 20,0\u00a0%")
    assert lines[2].split() == ["Hạng", "Đối", "tác", "Điểm"]
    assert any(line.split()[1:] == ["JOGMEC", "0,6000"] for line in lines[4:])
    assert lines[-1].startswith("Bị loại do có giá trị thiếu: Blackstone Minerals")


def test_the_environment_chooses_the_table_language_but_never_the_json(sample_copy):
    env = {**os.environ, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "vi_VN.UTF-8"}

    def rank(*options):
        return subprocess.run([CLI, "rank", str(sample_copy), *options], capture_output=True, text=True, env=env,
                              timeout=120).stdout  # fmt: skip

    assert rank().splitlines()[2].split()[0] == "Hạng"
    assert rank("--lang", "en").splitlines()[2].split()[0] == "Rank"
    payload = strict_json(rank("--format", "json"))
    assert set(payload) == {"method", "weights", "ranking", "excluded"}
    assert (
        payload["ranking"][0]
        == strict_json(run_cli("rank", sample_copy, "--format", "json").stdout)["ranking"][0]
    )


def test_workbook_problems_in_vietnamese_name_sheet_cell_and_value(tmp_path):
    from tests.xlsx import DEFAULT_PARTNERS, write_workbook

    partners = [list(row) for row in DEFAULT_PARTNERS]
    partners[1][3] = "seven"
    bad = write_workbook(tmp_path / "bad.xlsx", partners)
    result = run_cli("rank", bad, "--lang", "vi")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Partners!D2: 'seven' không phải là số (tiêu chí 'Capital')" in result.stderr
    assert "'seven' is not a number" in run_cli("rank", bad, "--lang", "en").stderr


def test_a_failed_write_in_vietnamese_keeps_exit_code_3(sample_copy, tmp_path):
    target = tmp_path / "gone" / "out.xlsx"
    result = run_cli("rank", sample_copy, "--out", target, "--lang", "vi")
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert f"partner-scout: không ghi được {target}: thư mục không tồn tại" in result.stderr
    english = run_cli("rank", sample_copy, "--out", target, "--lang", "en")
    assert english.returncode == 3
    assert f"partner-scout: cannot write {target}: the folder does not exist" in english.stderr
