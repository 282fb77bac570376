"""The bundle's GUI check (`open WB --smoke-test OUT.xlsx`), run here from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.settings import Settings
from workbooks.reader import read_workbook
from workbooks.sample import copy_sample, load_sample


def test_dragging_the_first_slider_is_one_undo_step_that_moves_the_weight(qtbot, tmp_path):
    from desktop.app import build_window
    from desktop.smoke import drag_first_weight

    window = build_window(None, Settings(), autosave_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    name, old, new = drag_first_weight(window)
    assert name == load_sample().criteria[0].name
    assert abs(new - old) > 0.1  # a quarter of the slider's range
    assert window.session.undo_stack.count() == 1
    assert abs(window.weights.rows[0].spin.value() / 100 - new) < 1e-3
    window.session.undo_stack.undo()  # one step takes the whole drag back (and nothing is left unsaved)
    assert window.session.state.weights[0] == old


def test_smoke_test_option_saves_the_dragged_weight_and_exits_0(tmp_path):
    source, out = tmp_path / "sample.xlsx", tmp_path / "out.xlsx"
    copy_sample(source)
    before = source.read_bytes()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "open", str(source), "--smoke-test", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("first-paint ") and float(lines[0].split()[1]) > 0
    assert lines[-1] == f"saved {out}"
    new = float(lines[1].rsplit(" ", 1)[1])
    saved = read_workbook(out)
    assert abs(saved.criteria[0].weight / sum(c.weight for c in saved.criteria) - new) < 1e-9
    assert saved.partners == load_sample().partners
    assert source.read_bytes() == before
