"""Intake, assessment and a journal note by keyboard alone: no mouse event, no setFocus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import focused, press, type_text, when_modal

from utvag.services import assessment as assessment_service
from utvag.services import cases
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.new_case_dialog import NewCaseDialog
from utvag.ui.window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def tab_to(qtbot: Any, wanted: Callable[[QWidget], bool], limit: int = 40) -> QWidget:
    """Press Tab until the focus is on a widget ``wanted`` accepts; fail if Tab never gets there."""
    for _ in range(limit):
        if wanted(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches the widget (stuck at {focused()!r})")


def back_to(qtbot: Any, window: MainWindow) -> None:
    """What the window manager does when a dialog closes: its parent window is active again
    (the offscreen platform of the tests has no window manager to do it)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_intake_assessment_and_note_by_keyboard(open_window: MainWindow, qtbot: Any) -> None:
    window = open_window
    session = window.session
    workspace = window.workspace
    assert session is not None and workspace is not None
    assert focused() is workspace.search

    # Intake: Ctrl+N, the fields by their Alt+letters, Enter.
    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        press(qtbot, Qt.Key.Key_N, ALT)
        assert focused() is dialog.name
        type_text(qtbot, "Dana Tangentsson")
        press(qtbot, Qt.Key.Key_B, ALT)
        assert focused() is dialog.birth
        type_text(qtbot, "1990-01-01")
        press(qtbot, Qt.Key.Key_Return)

    when_modal(fill_in, kind=NewCaseDialog)
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: workspace.case_view is not None)
    back_to(qtbot, window)
    view = workspace.case_view
    assert isinstance(view, CaseView)
    case_id = view.case.id
    assert view.case.person.name == "Dana Tangentsson"

    # Assessment: Alt+S to the tab, Tab to "Start assessment", Space; then Escape keeps a draft.
    tab_to(qtbot, lambda w: w is view or view.isAncestorOf(w))
    press(qtbot, Qt.Key.Key_S, ALT)
    assert view.currentWidget() is view.assessment
    tab_to(qtbot, lambda w: w is view.assessment.start_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.assessment.dialog is not None)
    dialog = view.assessment.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Next with nothing answered: it says what is missing
    assert dialog.page is not None and dialog.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [row.state for row in assessment_service.history(session, case_id)] == ["draft"]

    # Journal: Alt+J, Tab to the note editor, type, Alt+D saves the draft note.
    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_J, ALT)
    assert view.currentWidget() is view.journal
    tab_to(qtbot, lambda w: w is view.journal.editor)
    type_text(qtbot, "Samtal per telefon, ringer igen i morgon.")
    press(qtbot, Qt.Key.Key_D, ALT)  # a mnemonic clicks after the button's press animation
    qtbot.waitUntil(lambda: bool(cases.notes(session, case_id)))
    texts = [note.text for note in cases.notes(session, case_id)]
    assert texts == ["Samtal per telefon, ringer igen i morgon."]
