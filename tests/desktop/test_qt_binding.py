"""The pinned Qt binding keeps Python's reference counts: a long workshop must never crash.

PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to ``None`` on every call of a Qt
method returning nothing (``setText``, ``processEvents``...); after a few hundred thousand calls
(a day of dragging sliders) the interpreter aborted with "deallocating None". constraints.txt pins
6.11.3, which does not; this test fails on a binding with that defect.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

CALLS = 2_000


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < CALLS // 10
