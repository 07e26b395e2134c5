"""One case: every tab, the per-case log, journal notes, attachments, a protected identity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit
from ui_support import press, type_text, when_modal

from conftest import MessageBoxes
from utvag.errors import RefusedError
from utvag.services import audit_log, cases
from utvag.ui.case.attachments_tab import AttachmentViewer
from utvag.ui.case.case_list_model import CaseListModel
from utvag.ui.case.case_view import CaseView
from utvag.ui.window import MainWindow

TABS = ["&Overview", "A&ssessment", "&Threat and protection", "&Consent and disclosures",
        "&Interventions",
        "&Relatives", "&Journal", "Attach&ments", "High ris&k", "Lo&g"]


def row_of(window: MainWindow, name_shown: str) -> int:
    assert window.workspace is not None
    proxy = window.workspace.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 1).data() == name_shown:
            return row
    raise AssertionError(f"{name_shown!r} is not in the list")


def open_by_keyboard(window: MainWindow, qtbot: Any, name_shown: str) -> CaseView:
    workspace = window.workspace
    assert workspace is not None
    workspace.table.setFocus()
    workspace.table.selectRow(row_of(window, name_shown))
    press(qtbot, Qt.Key.Key_Return)
    assert workspace.case_view is not None
    return workspace.case_view


def test_open_a_case_and_every_tab(open_window: MainWindow, qtbot: Any) -> None:
    view = open_by_keyboard(open_window, qtbot, "Alva Exempelsson")
    assert view.isVisible()
    assert [view.tabText(i) for i in range(view.count())] == TABS
    for index in range(view.count()):
        view.setCurrentIndex(index)
        page = view.currentWidget()
        assert page is not None and page.isVisible()
        assert page.findChildren(QLabel) or page.layout() is not None
    overview: Any = view.widget(0)
    texts = [label.text() for label in overview.findChildren(QLabel)]
    assert "Alva Exempelsson" in texts and "Defector" in texts and "Investigation" in texts

    # The log tab shows who opened the case, newest last.
    view.setCurrentWidget(view.log)
    model = view.log.model
    actions = [model.index(row, 2).data() for row in range(model.rowCount())]
    # Visiting the High risk tab read the incidents against staff, and that is logged too.
    assert actions == ["created the case", "opened the case", "read the incidents against staff"]
    assert model.index(1, 1).data() == open_window.session.actor  # type: ignore[union-attr]


def confirm_signing(journal: Any) -> None:
    box = journal.confirmation
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Sign the note?"
    next(b for b in box.buttons()
         if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole).click()


def test_add_sign_and_correct_a_note(open_window: MainWindow, qtbot: Any) -> None:
    session = open_window.session
    assert session is not None
    view = open_by_keyboard(open_window, qtbot, "Alva Exempelsson")
    view.setCurrentWidget(view.journal)
    journal = view.journal
    assert journal.notes.count() == 0

    # An empty note is not saved.
    qtbot.mouseClick(journal.save_button, Qt.MouseButton.LeftButton)
    assert journal.status.text() == "The note is empty." and journal.notes.count() == 0

    # A draft, then signed from the list.
    journal.editor.setFocus()
    type_text(qtbot, "Samtal pa stationen, vill prata om att lamna.")
    qtbot.mouseClick(journal.save_button, Qt.MouseButton.LeftButton)
    assert journal.status.text() == "Draft saved."
    assert journal.notes.count() == 1 and "draft" in journal.notes.item(0).text()
    journal.notes.setCurrentRow(0)
    assert journal.sign_selected.isEnabled() and not journal.correct_button.isEnabled()
    qtbot.mouseClick(journal.sign_selected, Qt.MouseButton.LeftButton)
    confirm_signing(journal)
    assert journal.status.text() == "Signed; the note can no longer be changed."
    journal.notes.setCurrentRow(0)
    assert "signed by" in journal.notes.item(0).text()

    # Signed: no signing again, and the service refuses an edit.
    assert not journal.sign_selected.isEnabled()
    assert journal.correct_button.isEnabled()
    (note,) = cases.notes(session, view.case.id)
    assert note.is_signed
    with pytest.raises(RefusedError):
        cases.edit_draft_note(session, view.case.id, note.id, "changed afterwards")
    with pytest.raises(RefusedError):
        cases.sign_note(session, view.case.id, note.id)

    # A correction is a new, signed note that names the original; the original stays.
    qtbot.mouseClick(journal.correct_button, Qt.MouseButton.LeftButton)
    assert f"note {note.id}" in journal.status.text()
    type_text(qtbot, "Rattelse: samtalet var pa socialkontoret.")
    qtbot.mouseClick(journal.sign_button, Qt.MouseButton.LeftButton)
    confirm_signing(journal)
    original, correction = cases.notes(session, view.case.id)
    assert original == note
    assert correction.corrects_note_id == note.id and correction.is_signed
    assert journal.notes.count() == 2
    assert f"corrects note {note.id}" in journal.notes.item(1).text()
    assert journal.editor.toPlainText() == ""


def test_notes_on_a_closed_case_are_read_only(open_window: MainWindow, qtbot: Any) -> None:
    session = open_window.session
    assert session is not None
    view = open_by_keyboard(open_window, qtbot, "Alva Exempelsson")
    with session.vault.transaction() as conn:
        conn.execute("UPDATE case_record SET status = 'closed' WHERE id = ?", (view.case.id,))
    assert open_window.workspace is not None
    view = open_window.workspace.open_case(view.case.id)
    journal = view.journal
    for widget in (journal.editor, journal.save_button, journal.sign_button,
                   journal.sign_selected, journal.correct_button, view.attachments.add_button):
        assert not widget.isEnabled()


def test_attachment_is_added_and_viewed_from_memory(
        open_window: MainWindow, qtbot: Any, tmp_path: Path,
        message_boxes: MessageBoxes) -> None:
    view = open_by_keyboard(open_window, qtbot, "Cleo Testberg")
    view.setCurrentWidget(view.attachments)
    tab = view.attachments
    source = tmp_path / "samtycke.txt"
    source.write_text("Samtycke till informationsutbyte.\n", encoding="utf-8")
    adding = tab.add_path(source)  # off the GUI thread
    qtbot.waitUntil(adding.done.is_set, timeout=10000)
    assert tab.list.count() == 1 and tab.list.item(0).text().startswith("samtycke.txt")
    tab.list.setCurrentRow(0)
    shown: list[str] = []

    def read_and_close(dialog: Any) -> None:
        shown.append(dialog.findChild(QPlainTextEdit).toPlainText())
        dialog.accept()

    when_modal(read_and_close, kind=AttachmentViewer)
    qtbot.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == ["Samtycke till informationsutbyte.\n"]

    # "Save as" warns first; cancelling it writes nothing.
    before = sorted(p.name for p in tmp_path.rglob("*"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    ((title, text),) = message_boxes.expect()
    assert title == "Save unencrypted copy?" and "NOT be encrypted" in text
    assert sorted(p.name for p in tmp_path.rglob("*")) == before

    session = open_window.session
    assert session is not None
    actions = [e.action for e in audit_log.entries(session, view.case.id)]
    assert actions[-2:] == ["attachment.add", "attachment.read"]


def test_protected_identity_is_masked_until_revealed(open_window: MainWindow,
                                                     qtbot: Any) -> None:
    session = open_window.session
    assert session is not None
    workspace = open_window.workspace
    assert workspace is not None
    names = [workspace.proxy.index(r, 1).data() for r in range(workspace.proxy.rowCount())]
    assert "Bo Påhittad" not in names
    assert names.count("Protected identity") == 1
    row = row_of(open_window, "Protected identity")
    tip = workspace.proxy.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "The name is hidden: the person has a protected identity."
    assert workspace.proxy.index(row_of(open_window, "Alva Exempelsson"), 1).data(
        Qt.ItemDataRole.ToolTipRole) is None

    view = open_by_keyboard(open_window, qtbot, "Protected identity")
    overview: Any = view.widget(0)
    texts = [label.text() for label in overview.findChildren(QLabel)]
    assert "Bo Påhittad" not in texts and "1999-05-05" not in texts
    reveal = overview.reveal
    assert reveal.isVisible() and reveal.text() == "Show identit&y (logged)"
    before = [e.action for e in audit_log.entries(session, view.case.id)]
    assert "identity.reveal" not in before

    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)
    texts = [label.text() for label in overview.findChildren(QLabel)]
    assert "Bo Påhittad" in texts and "1999-05-05" in texts
    assert not reveal.isEnabled()
    entries = audit_log.entries(session, view.case.id)
    assert entries[-1].action == "identity.reveal"
    assert entries[-1].actor == session.actor
    view.setCurrentWidget(view.log)
    model = view.log.model
    assert model.index(model.rowCount() - 1, 2).data() == "revealed a protected identity"
    # The list itself stays masked.
    assert "Bo Påhittad" not in [workspace.proxy.index(r, 1).data()
                                 for r in range(workspace.proxy.rowCount())]
    assert isinstance(workspace.model, CaseListModel)


def test_new_case_dialog_validates_and_opens_the_new_case(
        open_window: MainWindow, qtbot: Any) -> None:
    from utvag.ui.case.new_case_dialog import NewCaseDialog

    errors: list[str] = []

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, NewCaseDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # empty name
        errors.append(dialog.error.text())
        assert QApplication.focusWidget() is dialog.name
        type_text(qtbot, "Dani Latsasson")
        dialog.number.setFocus()
        type_text(qtbot, "19990505-1235")
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        errors.append(dialog.error.text())
        dialog.address.setText("Storgatan 1, Göteborg")
        dialog.number.setFocus()
        dialog.number.clear()
        type_text(qtbot, "19990505-1232")
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)

    when_modal(fill, kind=NewCaseDialog)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert errors == ["Write the person's name.",
                      "The identity number is not valid (check the digits and the date)."]
    workspace = open_window.workspace
    assert workspace is not None and workspace.case_view is not None
    assert workspace.case_view.case.person.name == "Dani Latsasson"
    assert workspace.case_view.case.person.address == "Storgatan 1, Göteborg"
    assert workspace.model.rowCount() == 4
