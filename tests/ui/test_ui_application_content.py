"""*Ärende › Registrera ansökan…* takes what was applied for and the attachment holding the
written application (in Swedish, on a real vault): the Overview's *Ansökan och beslut* shows
both beside who applied; text in disguise is refused inside the dialog with nothing stored; what
was typed is kept when the vault locks and offered back."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel
from test_ui_board_decisions import _shown
from test_ui_decisions import _dialog
from test_ui_keyboard import assert_unambiguous
from ui_support import unlock_with_keyboard

from conftest import UiVault
from utvag.services import cases, decisions, kept_text
from utvag.ui.case.decision_dialogs import ApplicationDialog
from utvag.ui.window import MainWindow

APPLIED_FOR = "Skyddat boende utanfor Goteborg och en kontaktperson"  # keyClicks types ASCII


def _alva(window: MainWindow) -> int:
    assert window.session is not None and window.workspace is not None
    case_id = next(s.id for s in cases.list_cases(window.session)
                   if s.name == "Alva Exempelsson")
    window.workspace.open_case(case_id)
    window.case_menu.enable()
    return case_id


def _application_dialog(window: MainWindow) -> ApplicationDialog:
    dialog = _dialog(window, "actionRecordApplication")
    assert isinstance(dialog, ApplicationDialog)
    return dialog


def test_what_was_applied_for_and_the_written_application_are_recorded_and_shown(
        open_window: MainWindow, qtbot: Any, swedish: None) -> None:
    session = open_window.session
    assert session is not None
    case_id = _alva(open_window)
    written = cases.attach(session, case_id, io.BytesIO(b"%PDF-1.4"), "ansokan.pdf")
    dialog = _application_dialog(open_window)
    assert_unambiguous(dialog, "the application")
    label = dialog.form.labelForField(dialog.applied_for)
    assert isinstance(label, QLabel) and label.text() == "Ansökan a&vser:"
    assert dialog.written.currentText() == "(ingen bland bilagorna)"
    dialog.applied_for.setFocus()
    qtbot.keyClicks(dialog.applied_for, APPLIED_FOR)
    dialog.written.setCurrentIndex(dialog.written.findData(written))
    assert dialog.submit()

    (recorded,) = decisions.records(session, case_id).case_application
    assert (recorded.applied_for, recorded.attachment_id) == (APPLIED_FOR, written)
    today = date.today().isoformat()
    assert _shown(open_window) == [[
        today, "Ansökan inkom", "—", f"{APPLIED_FOR} (skriftlig ansökan: ansokan.pdf)",
        "Individen", ""]]


def test_text_in_disguise_is_refused_in_the_dialog_and_nothing_stored(
        open_window: MainWindow, qtbot: Any, swedish: None) -> None:
    session = open_window.session
    assert session is not None
    case_id = _alva(open_window)
    dialog = _application_dialog(open_window)
    dialog.applied_for.setPlainText("Skyddat boende\u202eatad")
    assert not dialog.submit()
    assert dialog.isVisible() and dialog.error.text() == (
        "Det som ansöktes om innehåller ett styrtecken eller ett tecken som ändrar "
        "textriktningen: ta bort det (radbrytningar och tabbar behålls).")
    assert dialog.focusWidget() is dialog.applied_for
    assert decisions.records(session, case_id).case_application == ()


def test_what_was_typed_is_kept_when_the_vault_locks_and_offered_back(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    case_id = _alva(open_window)
    dialog = _application_dialog(open_window)
    dialog.applied_for.setFocus()
    qtbot.keyClicks(dialog.applied_for, APPLIED_FOR)
    kind = dialog.kept_kind

    open_window.lock()  # Ctrl+L's path
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with vault.open() as session:
        assert kept_text.kinds_kept(session, case_id) == [kind]  # encrypted, in the vault
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    _alva(open_window)
    again = _application_dialog(open_window)
    assert again.applied_for.toPlainText() == APPLIED_FOR
    assert again.kept_notice.isVisible()
    assert again.submit()
    assert open_window.session is not None
    (recorded,) = decisions.records(open_window.session, case_id).case_application
    assert recorded.applied_for == APPLIED_FOR
