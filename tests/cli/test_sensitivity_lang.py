"""`partner-scout sensitivity --lang vi|en`: the table, the tipping points and the notes in the
reader's language, like `rank` and `reversal`; json never changes.

Run through ``desktop.cli.main`` in this process, so the code under test is this checkout's.
"""

from __future__ import annotations

import json

import pytest

from desktop import cli
from workbooks.sample import copy_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("lang") / "sample.xlsx"
    copy_sample(path)
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main(["sensitivity", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_table_is_in_vietnamese_under_lang_vi(capsys, sample):
    code, out, err = run(capsys, sample, "--samples", 500, "--lang", "vi")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Trọng số: Technology transfer 20,0\u00a0%")
    assert lines[1].startswith("wsm: 500 mẫu, hạt giống ngẫu nhiên (seed) 0, mỗi trọng số được nhân")
    assert lines[2].split()[:4] == ["Đối", "tác", "Thứ", "hạng"]
    shin_etsu = next(line for line in lines if line.startswith("Shin-Etsu Chemical"))
    assert shin_etsu.split()[2] == "1,24" and "86,0\u00a0%" in shin_etsu  # decimal commas
    assert "Chưa ngã ngũ: Shin-Etsu Chemical đứng đầu theo WSM" in out  # the verdict
    assert "Điểm đảo chiều của Shin-Etsu Chemical (chính xác):" in out
    assert "  - Tăng trọng số của 'Technology transfer' từ 20\u00a0% lên 23,1\u00a0% thì JOGMEC vượt" in out
    assert "; giảm trọng số của 'Capital' từ 20\u00a0% xuống 15,7\u00a0%" in out
    assert "Khoảng ổn định" in out and "15,8\u00a0% đến 52,9\u00a0%" in out
    assert "Blackstone Minerals: hạng 12 theo cách điền hiện tại" in out
    for english in ("samples", "Partner", "Expected rank", "Tipping points", "Raise", "lower", "Stability"):
        assert english not in out, english
    assert err.startswith("lưu ý: đã điền các giá trị thiếu (worst): Partners!J6")


def test_check_first_is_in_vietnamese_too(capsys, sample):
    code, out, err = run(capsys, sample, "--samples", 300, "--values", "--no-tipping", "--lang", "vi")
    assert code == 0, err
    assert "Trọng số trung tâm" in out and "Đối tác" in out and "Độ tin cậy" in out
    assert "Cần kiểm tra trước (2.000 mẫu cho mỗi giá trị thử):" in out
    assert "  - Nếu Speed của JOGMEC là 5 thay vì 3, JOGMEC xếp hạng nhất" in out
    assert "(nguồn: S30: Tin nhanh chứng khoán" in out
    # how the values were drawn, in the sampler line and the Values line (both were English)
    assert "rồi quy lại về tổng 100\u00a0%; 77 giá trị được lấy mẫu đều trong khoảng" in out
    assert "Giá trị: 77 giá trị được lấy mẫu đều trong khoảng của chúng ở trang Evidence" in out
    assert "drawn" not in out and "multiplied" not in out


def test_english_keeps_its_words_and_json_never_changes(capsys, sample):
    code, out, _ = run(capsys, sample, "--samples", 500, "--lang", "en")
    assert code == 0
    assert "wsm: 500 samples, seed 0, each weight multiplied" in out
    assert "  - Raise 'Technology transfer' from 20% to 23.1% and JOGMEC overtakes Shin-Etsu Chemical" in out
    assert "; lower 'Capital' from 20% to 15.7%" in out
    assert "Stability intervals" in out and "15.8% to 52.9%" in out
    payloads = []
    for lang in ("vi", "en"):
        code, out, _ = run(capsys, sample, "--samples", 500, "--format", "json", "--lang", lang)
        assert code == 0
        payloads.append(json.loads(out))
    assert payloads[0] == payloads[1]
    assert payloads[0]["verdict"].startswith("Contested: Shin-Etsu Chemical is first under WSM")


def test_the_environment_chooses_the_language_and_a_bad_file_is_named_in_it(
    capsys, sample, tmp_path, monkeypatch
):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    code, out, _ = run(capsys, sample, "--samples", 200, "--no-tipping")
    assert code == 0 and "200 mẫu" in out
    notes = tmp_path / "notes.xlsx"
    notes.write_text("Partner;Score\nA;1\n", encoding="utf-8")
    code, _, err = run(capsys, notes, "--lang", "vi")
    assert code == 1
    assert "notes.xlsx là tệp văn bản (CSV), không phải tệp Excel" in err
