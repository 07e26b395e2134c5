"""Asking where to save a copy that leaves the vault unencrypted: the warning comes first, with
Cancel as its default, and only then the file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from utvag.ui import message_box


def ask_plain_copy_path(parent: QWidget, warning_title: str, warning: str, dialog_title: str,
                        suggested: str, name_filter: str = "") -> Path | None:
    """The path the user chose after accepting the warning, or None."""
    answer = message_box.warning(
        parent, warning_title, warning,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Save:
        return None
    name, _filter = QFileDialog.getSaveFileName(parent, dialog_title, suggested, name_filter)
    return Path(name) if name else None
