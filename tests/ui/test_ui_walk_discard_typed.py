"""The "Discard the text?" question reached the way a caseworker reaches it: from the menus and
buttons that open the dialogs, which the offscreen tests of the question had skipped by
showing the dialogs themselves. Discarding a new case the New case button had opened ended the
app (the question's answer closed the dialog while the question was still being answered)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from ui_support import destructive_button, discard_question, type_text, when_modal

from utvag.services import cases
from utvag.ui.case.new_case_dialog import NewCaseDialog
from utvag.ui.window import MainWindow


def _discard(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: discard_question() is not None)
    box = discard_question()
    assert box is not None
    discard = destructive_button(box)
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)


def test_discarding_a_new_case_from_the_new_case_button_stores_nothing(
        open_window: MainWindow, qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None and open_window.session is not None
    before = len(cases.list_cases(open_window.session))
    seen: list[bool] = []

    def type_then_escape(dialog: QWidget) -> None:
        dialog.name.setFocus()  # type: ignore[attr-defined]
        type_text(qtbot, "DEMO Test Walk")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
        _discard(qtbot)
        seen.append(True)

    when_modal(type_then_escape, kind=NewCaseDialog)
    qtbot.mouseClick(workspace.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.wait(50)  # what the app's event loop does next (the question's box is let go)
    assert open_window.isVisible() and discard_question() is None
    assert len(cases.list_cases(open_window.session)) == before
