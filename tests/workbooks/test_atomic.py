"""Atomic writes: on any failure the old file survives byte for byte and no temp file is left."""

from __future__ import annotations

import errno
import os

import pytest

from criteria.errors import OutputError
from workbooks.atomic import write_atomic
from workbooks.sample import copy_sample
from workbooks.template import write_template

OLD = b"old contents \x00\x01 keep me"


def _old_file(tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_bytes(OLD)
    return path


def test_success_replaces_the_file_and_leaves_no_temp(tmp_path):
    path = _old_file(tmp_path)
    write_atomic(path, lambda temp: temp.write_bytes(b"new"))
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "permission denied"),
        (errno.EBUSY, "the file is locked"),
    ],
)
def test_failed_replace_keeps_the_old_file(tmp_path, monkeypatch, code, reason):
    path = _old_file(tmp_path)

    def refuse(src, dst):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError) as caught:
        write_template(path)
    assert str(path) in str(caught.value) and reason in str(caught.value)
    assert path.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_failure_while_writing_keeps_the_old_file(tmp_path):
    path = _old_file(tmp_path)

    def half_then_fail(temp):
        temp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError, match="the disk is full"):
        write_atomic(path, half_then_fail)
    assert path.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_parent_is_a_file(tmp_path):
    parent = _old_file(tmp_path)
    with pytest.raises(OutputError) as caught:
        copy_sample(parent / "copy.xlsx")
    assert str(parent / "copy.xlsx") in str(caught.value)
    assert parent.read_bytes() == OLD


def test_target_is_a_folder(tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        write_template(tmp_path)


def test_a_failed_write_is_said_in_vietnamese_for_the_app_and_in_english_for_the_command_line(tmp_path):
    """The app's error box once showed "cannot write …: the folder does not exist" in English to a
    Vietnamese user; the command line's words stay as they were."""
    target = tmp_path / "missing" / "out.xlsx"
    with pytest.raises(OutputError) as raised:
        write_atomic(target, lambda temp: temp.write_bytes(b"new"))
    assert str(raised.value) == f"cannot write {target}: the folder does not exist"
    assert raised.value.summary() == str(raised.value)
    assert raised.value.summary(lang="vi") == f"không ghi được {target}: thư mục không tồn tại"
