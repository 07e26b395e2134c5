"""The Qt binding must not leak references to None: PySide6 6.12.0 drops one on every call
that returns nothing, and a long session then aborts the whole program ("none_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:
    label, box = QLabel(), QCheckBox()
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        box.setChecked(True)
        label.setVisible(False)
    # A healthy binding leaves the count where it was (give or take what the loop itself holds).
    assert before - sys.getrefcount(None) < 100
