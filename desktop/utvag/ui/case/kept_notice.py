"""The line that says typed text was put back after a lock, with a button to discard it (or that
it could not be put back); both follow a language switch made while the dialog or tab showing
them is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.look import wrapped_label

NOTICE_STYLE = ("background: #fff6d6; color: #4a3b00; padding: 6px; border: 1px solid #b38f00;"
                " border-radius: 4px")


class KeptNotice(FollowsLanguage, QWidget):
    """Hidden until ``show_kept`` (or ``show_not_put_back``: what was kept no longer fits the
    dialog, nothing was put back, there is nothing to discard); Discard calls ``discard`` and
    hides the line. ``discard`` returns the field the text was put back in: the keyboard goes
    there, since the button that had it is hidden (Qt would hand it to the next widget in the
    window: the case list's search, where the next key typed filtered the list and closed the
    case)."""

    def __init__(self, discard: Callable[[], QWidget | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keptNotice")
        self._discard = discard
        self._put_back = True  # said: put back (else: could not be)
        self.label = wrapped_label("keptText")
        self.label.setStyleSheet(NOTICE_STYLE)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardKept")
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self._discarded)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.discard_button)
        self.retranslate()
        self.setVisible(False)

    def show_kept(self) -> None:
        self._put_back = True
        self._say()

    def show_not_put_back(self) -> None:
        self._put_back = False
        self._say()

    def _say(self) -> None:
        self.discard_button.setVisible(self._put_back)
        self.retranslate()
        self.setVisible(True)

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate(
            "KeptNotice", "What you typed and chose before the vault locked has been put back. "
                          "It is not saved yet.") if self._put_back else
            QCoreApplication.translate(
                "KeptNotice", "What you typed here before the vault locked could not be put "
                              "back: this window's fields have changed since. Nothing was "
                              "filled in."))
        self.label.setAccessibleName(self.label.text())
        self.discard_button.setText(QCoreApplication.translate(
            "KeptNotice", "Discard the kept text"))

    def _discarded(self) -> None:
        field = self._discard()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setVisible(False)
