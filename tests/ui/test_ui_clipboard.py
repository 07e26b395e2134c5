"""Sensitive text on the clipboard is cleared after a while, unless the user replaced it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from utvag.ui.clipboard import CLEAR_AFTER_MS, SensitiveClipboard


def wait_for_timer(qtbot: Any, clip: SensitiveClipboard) -> None:
    timer = clip.findChild(QTimer)
    assert timer is not None
    qtbot.waitUntil(lambda: not timer.isActive())


def test_default_is_ten_seconds() -> None:
    assert CLEAR_AFTER_MS == 10_000
    clip = SensitiveClipboard()
    timer = clip.findChild(QTimer)
    assert timer is not None and timer.interval() == 10_000 and timer.isSingleShot()


def test_copied_text_is_cleared(qtbot: Any) -> None:
    board = QGuiApplication.clipboard()
    clip = SensitiveClipboard(clear_after_ms=50)
    clip.copy("19990505-1232")
    assert board.text() == "19990505-1232"
    mime = board.mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    wait_for_timer(qtbot, clip)
    assert board.text() == ""


def test_something_else_copied_meanwhile_is_left_alone(qtbot: Any) -> None:
    board = QGuiApplication.clipboard()
    clip = SensitiveClipboard(clear_after_ms=50)
    clip.copy("19990505-1232")
    board.setText("the user's own text")
    wait_for_timer(qtbot, clip)
    assert board.text() == "the user's own text"
    board.clear()
