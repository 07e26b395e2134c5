"""A dialog that asks before throwing away what was typed in it.

Escape and the window's close button (X, Alt+F4) with text typed since the dialog was first shown
ask "Discard the text?", Cancel the default; the dialog's own Cancel button does not ask, and a
close made by the app itself (a lock, which keeps a recording dialog's text first) does not
either. The recording dialogs and the other dialogs where a caseworker writes (a new case, an
incident, a risk meeting, a disclosure, a log review's sign-off) derive from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from utvag.ui.confirm import ask_to_confirm


class TypedTextDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_once = False
        self._as_opened: list[str] = []  # the text fields as first shown
        self._asking: QMessageBox | None = None  # "Discard the text?" while it is open

    def showEvent(self, event: QShowEvent) -> None:
        if not self._shown_once:
            self._shown_once = True
            self._as_opened = self._texts()
        super().showEvent(event)

    def text_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        """The text fields, in a fixed order (not the dates' and numbers' own editing lines)."""
        return [*(edit for edit in self.findChildren(QLineEdit)
                  if not isinstance(edit.parent(), QAbstractSpinBox)),
                *self.findChildren(QPlainTextEdit)]

    def _texts(self) -> list[str]:
        """What the text fields hold."""
        return [edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
                for edit in self.text_fields()]

    def typed_since_opened(self) -> bool:
        return self._shown_once and self._texts() != self._as_opened

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape with text typed asks before it is thrown away (Cancel does not ask)."""
        if event.key() == Qt.Key.Key_Escape and self.typed_since_opened():
            self._ask_to_discard()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button (X, Alt+F4) asks as Escape does; a close made by the app
        itself (a lock) does not."""
        if event.spontaneous() and self.isVisible() and self.typed_since_opened():
            event.ignore()
            self._ask_to_discard()
            return
        super().closeEvent(event)

    def _ask_to_discard(self) -> None:
        if self._asking is not None:
            return  # already asked: one question at a time
        self._asking = ask_to_confirm(
            self, QCoreApplication.translate("RecordDialog", "Discard the text?"),
            QCoreApplication.translate("RecordDialog", "What you typed here is not saved. "
                                       "Close the window and discard it?"),
            QCoreApplication.translate("RecordDialog", "&Discard"), self._discard_answered,
            name="discardTyped", role=QMessageBox.ButtonRole.DestructiveRole)

    def _discard_answered(self, discard: bool) -> None:
        self._asking = None
        if discard:
            QDialog.reject(self)
