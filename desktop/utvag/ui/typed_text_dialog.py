"""A dialog that asks before throwing away what was typed in it.

Escape and the window's close button (X, Alt+F4) with text typed since the dialog was first shown
ask "Discard the text?", Cancel the default; the dialog's own Cancel button does not ask, and a
close made by the app itself (a lock) does not either: a dialog about one case keeps its text,
and its dates, choices, ticks and numbers, through the lock first (its ``keeper``,
``ui/case/kept_dialog.py``). The recording dialogs and
the other dialogs where a caseworker writes (a new case, an incident, a risk meeting, a
disclosure, a log review's sign-off) derive from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

from utvag.ui import kept_inputs
from utvag.ui.confirm import ask_to_confirm

if TYPE_CHECKING:
    from utvag.ui.case.kept_dialog import DialogKeeper


class TypedTextDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_once = False
        self._as_opened: list[str] = []  # the text fields as first shown
        self._values_as_opened: list[kept_inputs.Value] = []  # every input as first shown
        self._asking: QMessageBox | None = None  # "Discard the text?" while it is open
        self.keeper: DialogKeeper | None = None  # keeps the text through a lock (a case's)

    def showEvent(self, event: QShowEvent) -> None:
        first = not self._shown_once
        if first:
            self._shown_once = True
            self._as_opened = self.texts()
            self._values_as_opened = self.values()
        super().showEvent(event)
        if first and self.keeper is not None:
            self.keeper.put_back()  # after the fields as opened were noted: it is typed text

    def text_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        """The text fields, in a fixed order (not the dates' and numbers' own editing lines)."""
        return [*(edit for edit in self.findChildren(QLineEdit)
                  if not isinstance(edit.parent(), QAbstractSpinBox)),
                *self.findChildren(QPlainTextEdit)]

    def texts(self) -> list[str]:
        """What the text fields hold."""
        return [edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
                for edit in self.text_fields()]

    def texts_as_opened(self) -> list[str]:
        """What the text fields held when the dialog was first shown."""
        return list(self._as_opened)

    def typed_since_opened(self) -> bool:
        return self._shown_once and self.texts() != self._as_opened

    def inputs(self) -> list[QWidget]:
        """Every input (text, date and time, choice, tick, number), in the dialog's order."""
        return kept_inputs.inputs(self)

    def values(self) -> list[kept_inputs.Value]:
        """What the inputs hold, as plain values."""
        return [kept_inputs.value(widget) for widget in self.inputs()]

    def values_as_opened(self) -> list[kept_inputs.Value]:
        """What the inputs held when the dialog was first shown."""
        return list(self._values_as_opened)

    def changed_since_opened(self) -> bool:
        """Text typed, or a date, a choice, a tick or a number changed, since first shown."""
        return self._shown_once and (self.texts() != self._as_opened
                                     or self.values() != self._values_as_opened)

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
