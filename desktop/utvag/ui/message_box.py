"""Message boxes that draw their text as written.

Qt's own ``QMessageBox.information`` and friends guess the text's format: a text that begins
like a tag (a file path the user chose, a name in a sentence) is drawn as rich text. These take
the same arguments and return the same answer, with the text always plain.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain(box: QMessageBox) -> QMessageBox:
    """*box*, its text (and informative text) drawn as written."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _shown(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
           buttons: Button, default: Button) -> Button:
    box = plain(QMessageBox(icon, title, text, buttons, parent))
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return Button(box.exec())


def information(parent: QWidget | None, title: str, text: str, buttons: Button = Button.Ok,
                default: Button = Button.NoButton) -> Button:
    return _shown(QMessageBox.Icon.Information, parent, title, text, buttons, default)


def warning(parent: QWidget | None, title: str, text: str, buttons: Button = Button.Ok,
            default: Button = Button.NoButton) -> Button:
    return _shown(QMessageBox.Icon.Warning, parent, title, text, buttons, default)


def question(parent: QWidget | None, title: str, text: str,
             buttons: Button = Button.Yes | Button.No,
             default: Button = Button.NoButton) -> Button:
    return _shown(QMessageBox.Icon.Question, parent, title, text, buttons, default)
