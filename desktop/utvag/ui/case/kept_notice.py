"""The line that says typed text was put back after a lock, with a button to discard it; both
follow a language switch made while the dialog or tab showing them is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.look import wrapped_label

NOTICE_STYLE = ("background: #fff6d6; color: #4a3b00; padding: 6px; border: 1px solid #b38f00;"
                " border-radius: 4px")


class KeptNotice(FollowsLanguage, QWidget):
    """Hidden until ``show_kept``; Discard calls ``discard`` and hides the line. ``discard``
    returns the field the text was put back in: the keyboard goes there, since the button that
    had it is hidden (Qt would hand it to the next widget in the window: the case list's
    search, where the next key typed filtered the list and closed the case)."""

    def __init__(self, discard: Callable[[], QWidget | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keptNotice")
        self._discard = discard
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

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate(
            "KeptNotice", "The text you typed before the vault locked has been put back. "
                          "It is not saved yet."))
        self.label.setAccessibleName(self.label.text())
        self.discard_button.setText(QCoreApplication.translate(
            "KeptNotice", "Discard the kept text"))

    def _discarded(self) -> None:
        field = self._discard()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setVisible(False)
