"""Message boxes that draw their text as written.

Qt's own ``QMessageBox.information`` and friends guess the text's format: a text that begins
like a tag (a file path the user chose, a name in a sentence) is drawn as rich text. These take
the same arguments and return the same answer, with the text always plain.

Nothing of ``Qt``'s enums is touched when this module is imported: the lock screen's start path
imports it, and PySide sets up all of them on first use, some 20 ms.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from utvag.ui.lock_guard import run_modal


def plain(box: QMessageBox) -> QMessageBox:
    """*box*, its text (and informative text) drawn as written."""
    from PySide6.QtCore import Qt  # not at import: the start path imports this module

    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _shown(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
           buttons: QMessageBox.StandardButton | None,
           default: QMessageBox.StandardButton | None) -> QMessageBox.StandardButton:
    box = plain(QMessageBox(icon, title, text,
                            QMessageBox.StandardButton.Ok if buttons is None else buttons, parent))
    if default is not None:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(run_modal(box))


def information(parent: QWidget | None, title: str, text: str,
                buttons: QMessageBox.StandardButton | None = None,
                default: QMessageBox.StandardButton | None = None) -> QMessageBox.StandardButton:
    return _shown(QMessageBox.Icon.Information, parent, title, text, buttons, default)


def warning(parent: QWidget | None, title: str, text: str,
            buttons: QMessageBox.StandardButton | None = None,
            default: QMessageBox.StandardButton | None = None) -> QMessageBox.StandardButton:
    return _shown(QMessageBox.Icon.Warning, parent, title, text, buttons, default)


def question(parent: QWidget | None, title: str, text: str,
             buttons: QMessageBox.StandardButton | None = None,
             default: QMessageBox.StandardButton | None = None) -> QMessageBox.StandardButton:
    """Yes and No unless *buttons* are given, as Qt's own."""
    if buttons is None:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return _shown(QMessageBox.Icon.Question, parent, title, text, buttons, default)
