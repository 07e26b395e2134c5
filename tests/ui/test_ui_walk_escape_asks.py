"""Found walking the app: Escape in a recording dialog (the board's decision, SAV's answer to a
consultation…) threw away what had been typed in it without a word. Escape now asks first when
text was typed; an untouched dialog still closes at once, and Cancel discards as it says."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_support import destructive_button, discard_question

from utvag.services import cases
from utvag.ui.case.decision_dialogs import DecisionDialog
from utvag.ui.window import MainWindow


def _dialog(window: MainWindow, qtbot: Any) -> DecisionDialog:
    assert window.session is not None
    dialog = DecisionDialog(window.session, cases.list_cases(window.session)[0].id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog



def test_escape_with_text_typed_asks_before_discarding_it(
        open_window: MainWindow, qtbot: Any) -> None:
    dialog = _dialog(open_window, qtbot)
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, "Kontaktperson tre månader")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: discard_question() is not None)
    box = discard_question()
    assert box is not None and dialog.isVisible()
    assert box.text() == "What you typed here is not saved. Close the window and discard it?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()  # keep typing
    qtbot.waitUntil(lambda: discard_question() is None)
    assert dialog.isVisible() and dialog.what.toPlainText() == "Kontaktperson tre månader"

    qtbot.keyClick(dialog.what, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: discard_question() is not None)
    box = discard_question()
    assert box is not None
    discard = destructive_button(box)
    discard.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == 0 and dialog.result_value is None


def test_escape_on_an_untouched_dialog_closes_it_at_once(
        open_window: MainWindow, qtbot: Any) -> None:
    dialog = _dialog(open_window, qtbot)
    qtbot.keyClick(dialog.what, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert discard_question() is None
