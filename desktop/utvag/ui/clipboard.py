"""Copying sensitive fields: the clipboard is cleared 10 s later if it still holds our text.

Everything Utväg shows is case data, so once ``watch`` is on, any text the app itself puts on
the clipboard (a copy from the case list, a selected name or identity number, a pasted-in
recovery key copied back out, on X11 also the selection) is cleared after the same interval,
and at once when the app locks. Text another program copies is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 10_000
Mode = QClipboard.Mode


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._texts: dict[Mode, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._watching = False

    def set_interval(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def interval(self) -> int:
        return self._timer.interval()

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        # Ask clipboard managers and Windows clipboard history not to keep it.
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
        mime.setData("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00")
        QGuiApplication.clipboard().setMimeData(mime)
        self._remember(Mode.Clipboard, text)

    def watch(self) -> None:
        """Clear whatever this app copies, however it was copied (Ctrl+C, a selection)."""
        if self._watching:
            return
        self._watching = True
        board = QGuiApplication.clipboard()
        board.dataChanged.connect(lambda: self._changed(Mode.Clipboard))
        board.selectionChanged.connect(lambda: self._changed(Mode.Selection))

    def _changed(self, mode: Mode) -> None:
        board = QGuiApplication.clipboard()
        text = board.text(mode)
        ours = (QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
                or (board.ownsSelection() if mode == Mode.Selection else board.ownsClipboard()))
        if text and ours and self._texts.get(mode) != text:
            self._remember(mode, text)

    def _remember(self, mode: Mode, text: str) -> None:
        self._texts[mode] = text
        self._timer.start()

    def pending(self) -> bool:
        """Whether copied text is waiting to be cleared."""
        return bool(self._texts)

    def clear(self) -> None:
        board = QGuiApplication.clipboard()
        for mode, text in list(self._texts.items()):
            if board.text(mode) == text:
                board.clear(mode)
        self._texts = {}
        self._timer.stop()


_GUARD: SensitiveClipboard | None = None


def guard() -> SensitiveClipboard:
    """The application's one clipboard guard (made on first use, lives with the app)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = SensitiveClipboard(QGuiApplication.instance())
    return _GUARD
