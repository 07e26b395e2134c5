"""Asking before something that cannot be undone (signing, destroying): one window-modal
question with the action's own button beside Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from utvag.ui import message_box


def ask_to_confirm(parent: QWidget, title: str, text: str, action: str,
                   answered: Callable[[bool], object], *, name: str = "",
                   icon: QMessageBox.Icon = QMessageBox.Icon.Question,
                   role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole,
                   action_is_default: bool = False) -> QMessageBox:
    """Open the question and return it; when it is answered the box goes and ``answered`` is
    told whether the ``action`` button was chosen (Cancel, Escape or closing: False)."""
    box = message_box.plain(QMessageBox(parent))
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    chosen = box.addButton(action, role)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(chosen if action_is_default else cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def finished(_result: int) -> None:
        # Let go of this function before the box goes. A dialog run with exec() belongs to
        # Python afterwards (PySide), so once its caller let go, the last reference to it could
        # be this function's ``answered``: deleting the box dropped it from inside the box's
        # destructor, the dialog was deleted with the box as its child, and the app crashed.
        box.finished.disconnect(finished)
        box.deleteLater()
        answered(box.clickedButton() is chosen)

    box.finished.connect(finished)
    box.open()
    return box
