"""Copying sensitive fields: the clipboard is cleared 10 s later if it still holds our text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 10_000


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        # Ask clipboard managers and Windows clipboard history not to keep it.
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
        mime.setData("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00")
        QGuiApplication.clipboard().setMimeData(mime)
        self._text = text
        self._timer.start()

    def clear(self) -> None:
        board = QGuiApplication.clipboard()
        if self._text is not None and board.text() == self._text:
            board.clear()
        self._text = None
        self._timer.stop()
