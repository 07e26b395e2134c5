"""Qt's standard buttons in Swedish: "OK" as Swedish writes it, never Qt's own "Ok", in dialogs
and message boxes alike, also after switching language at runtime. (Every screen of the Swedish
walk is held to it too: ``test_ui_all_swedish.py``.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from utvag.ui import i18n
from utvag.ui.dialog_buttons import ok_cancel
from utvag.ui.message_box import plain


def shown_buttons(widget: QWidget, qtbot: Any) -> list[str]:
    """The texts of the standard buttons ``widget`` shows, sorted."""
    if not widget.isVisible():
        qtbot.addWidget(widget)
        widget.show()
    buttons = (widget.buttons() if isinstance(widget, QMessageBox) else
               [b for box in widget.findChildren(QDialogButtonBox) for b in box.buttons()])
    return sorted(button.text() for button in buttons)


def a_dialog() -> QDialog:
    dialog = QDialog()
    ok_cancel(dialog).setParent(dialog)
    return dialog


def a_box(buttons: QMessageBox.StandardButton) -> QMessageBox:
    """A box as ``ui.message_box`` makes it, shown without a modal loop of its own."""
    box = plain(QMessageBox(QMessageBox.Icon.Information, "Utväg", "Klart.", buttons))
    box.setModal(False)
    return box


def test_ok_reads_ok_in_swedish_dialogs_and_message_boxes(qtbot: Any) -> None:
    assert i18n.set_language("sv")
    assert shown_buttons(a_dialog(), qtbot) == ["Avbryt", "OK"]
    assert shown_buttons(a_box(QMessageBox.StandardButton.Ok), qtbot) == ["OK"]
    yes_no_ok = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                 | QMessageBox.StandardButton.Ok)
    assert shown_buttons(a_box(yes_no_ok), qtbot) == ["&Ja", "&Nej", "OK"]


def test_ok_follows_a_switch_to_swedish_and_back(qtbot: Any) -> None:
    dialog = a_dialog()
    box = a_box(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    assert shown_buttons(dialog, qtbot) == shown_buttons(box, qtbot) == ["Cancel", "OK"]
    assert i18n.set_language("sv")
    qtbot.waitUntil(lambda: shown_buttons(box, qtbot) == ["Avbryt", "OK"])
    assert shown_buttons(dialog, qtbot) == ["Avbryt", "OK"]
    i18n.set_language("en")
    qtbot.waitUntil(lambda: shown_buttons(box, qtbot) == ["Cancel", "OK"])
    assert shown_buttons(dialog, qtbot) == ["Cancel", "OK"]
