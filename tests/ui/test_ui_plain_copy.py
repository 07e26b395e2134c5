"""Saving a copy that leaves the vault unencrypted (an attachment, the disclosure register): the
warning comes first, and cancelling it opens no file dialog, so nothing is chosen or written."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from conftest import MessageBoxes
from utvag.ui.case.disclosure_register_tab import choose_export_path
from utvag.ui.plain_copy import ask_plain_copy_path


def test_cancelling_the_warning_chooses_no_file(qtbot: Any,
                                                message_boxes: MessageBoxes) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask_plain_copy_path(parent, "Save unencrypted copy?", "It will NOT be encrypted.",
                               "Save as", "note.txt") is None
    assert message_boxes.expect() == [("Save unencrypted copy?", "It will NOT be encrypted.")]


def test_the_register_export_warns_that_it_is_not_encrypted(
        qtbot: Any, message_boxes: MessageBoxes) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert choose_export_path(parent) is None
    [(title, text)] = message_boxes.expect()
    assert title == "Save an unencrypted register?" and "NOT encrypted" in text
