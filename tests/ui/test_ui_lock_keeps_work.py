"""Locking keeps unsaved journal text as a draft note inside the vault and returns to the case;
drafts can be edited; signing asks first, because it cannot be undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
from ui_support import FakeClock, press, type_text, unlock_with_keyboard

from conftest import UiVault
from utvag.services import cases
from utvag.ui.case.case_view import CaseView
from utvag.ui.window import MainWindow

HALF_WRITTEN = "Samtal med klienten om flytt, halvvags skrivet"


def open_journal(window: MainWindow, name: str) -> CaseView:
    workspace = window.workspace
    assert workspace is not None
    (summary,) = [s for s in cases.list_cases(workspace.session) if s.name == name]
    view = workspace.open_case(summary.id)
    view.setCurrentWidget(view.journal)
    view.journal.editor.setFocus()
    return view


def vault_files_hold(vault: UiVault, text: str) -> bool:
    needle = text.encode("utf-8")
    return any(needle in path.read_bytes() for path in vault.directory.rglob("*")
               if path.is_file())


def assert_kept_and_offered(window: MainWindow, vault: UiVault, qtbot: Any,
                            case_id: int) -> None:
    assert window.workspace is None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(HALF_WRITTEN in e.toPlainText()
                   for e in window.findChildren(QPlainTextEdit))
    assert not vault_files_hold(vault, HALF_WRITTEN)  # kept encrypted, never in clear
    with vault.open() as session:
        (note,) = cases.notes(session, case_id)
        assert note.text == HALF_WRITTEN and not note.is_signed
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    workspace = window.workspace
    assert workspace is not None and workspace.open_case_id == case_id
    view = workspace.case_view
    assert view is not None and view.currentWidget() is view.journal
    assert view.journal.editor.toPlainText() == HALF_WRITTEN
    assert "kept as draft" in view.journal.status.text()
    # Finishing the text and saving changes the same draft, it adds no second note.
    view.journal.editor.moveCursor(view.journal.editor.textCursor().MoveOperation.End)
    view.journal.editor.setFocus()
    type_text(qtbot, " och klart")
    qtbot.mouseClick(view.journal.save_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    (note,) = cases.notes(window.session, case_id)
    assert note.text == HALF_WRITTEN + " och klart" and not note.is_signed


def test_ctrl_l_keeps_the_half_written_note(open_window: MainWindow, vault: UiVault,
                                            qtbot: Any) -> None:
    view = open_journal(open_window, "Alva Exempelsson")
    type_text(qtbot, HALF_WRITTEN)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_kept_and_offered(open_window, vault, qtbot, view.case.id)


def test_idle_lock_keeps_the_half_written_note(open_window: MainWindow, vault: UiVault,
                                               qtbot: Any, clock: FakeClock) -> None:
    view = open_journal(open_window, "Cleo Testberg")
    type_text(qtbot, HALF_WRITTEN)
    clock.advance(vault.policy.idle_timeout_seconds + 1)
    qtbot.waitUntil(lambda: open_window.is_locked)
    assert_kept_and_offered(open_window, vault, qtbot, view.case.id)


def test_lock_returns_to_the_open_case_without_text(open_window: MainWindow, vault: UiVault,
                                                    qtbot: Any) -> None:
    view = open_journal(open_window, "Cleo Testberg")
    open_window.lock()
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    assert open_window.workspace is not None
    assert open_window.workspace.open_case_id == view.case.id
    assert open_window.session is not None
    assert cases.notes(open_window.session, view.case.id) == []  # nothing invented


def test_a_saved_draft_is_edited_and_signing_asks_first(open_window: MainWindow,
                                                        qtbot: Any) -> None:
    session = open_window.session
    assert session is not None
    view = open_journal(open_window, "Alva Exempelsson")
    journal = view.journal
    type_text(qtbot, "Forsta versionen")
    qtbot.mouseClick(journal.save_button, Qt.MouseButton.LeftButton)
    journal.notes.setCurrentRow(0)
    assert journal.edit_button.isEnabled()
    qtbot.mouseClick(journal.edit_button, Qt.MouseButton.LeftButton)
    assert journal.editor.toPlainText() == "Forsta versionen"
    journal.editor.selectAll()
    type_text(qtbot, "Andra versionen")

    # Sign: a confirmation whose default is Cancel; cancelling signs nothing.
    qtbot.mouseClick(journal.sign_button, Qt.MouseButton.LeftButton)
    box = journal.confirmation
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Sign the note?"
    assert "never be changed" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    (note,) = cases.notes(session, view.case.id)
    assert not note.is_signed and journal.editor.toPlainText() == "Andra versionen"

    qtbot.mouseClick(journal.sign_button, Qt.MouseButton.LeftButton)
    box = journal.confirmation
    assert box is not None
    sign = next(b for b in box.buttons()
                if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
    sign.click()
    (note,) = cases.notes(session, view.case.id)
    assert note.is_signed and note.text == "Andra versionen"
    assert journal.editor.toPlainText() == ""


def test_leaving_the_case_keeps_the_text_and_reopening_offers_it(open_window: MainWindow,
                                                                 qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    view = open_journal(open_window, "Alva Exempelsson")
    type_text(qtbot, HALF_WRITTEN)
    alva = view.case.id
    other = next(r for r in range(workspace.proxy.rowCount())
                 if workspace.model.case_id(r) != alva)
    workspace.table.selectRow(other)  # another person selected: Alva's case closes
    assert workspace.open_case_id is None
    assert open_window.session is not None
    (note,) = cases.notes(open_window.session, alva)
    assert note.text == HALF_WRITTEN and not note.is_signed
    again = workspace.open_case(alva)
    assert again.currentWidget() is again.journal
    assert again.journal.editor.toPlainText() == HALF_WRITTEN
    assert "You left the case" in again.journal.status.text()
