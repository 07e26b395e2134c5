"""Journal: notes in order; write, edit a draft, sign (after a confirmation, then immutable),
correct with a new note. Unsaved text is kept as a draft note when the case closes or Utväg
locks, and offered back in the editor afterwards."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.case_records import JournalNote
from utvag.services import cases
from utvag.services.session import Session
from utvag.ui.confirm import ask_to_confirm
from utvag.ui.errors import report_error
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import local_time
from utvag.ui.layouts import button_row
from utvag.ui.list_items import ID_ROLE, KEPT_ROLE, current_id, record_item
from utvag.ui.look import PlainLabel
from utvag.ui.named_action import named_button
from utvag.ui.vault_events import ChangeKind, notify


class JournalTab(FollowsLanguage, QWidget):
    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self._correcting: int | None = None
        self._editing: int | None = None  # the draft note the editor holds, if any
        self.confirmation: QMessageBox | None = None
        self._headings_stale = False
        self.notes = QListWidget()
        self.notes.setObjectName("journalList")
        self.notes.setWordWrap(True)
        self.notes.setSpacing(4)
        self.notes.setAlternatingRowColors(True)
        self.notes.currentItemChanged.connect(self._selection_changed)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setTabChangesFocus(True)
        self.status = PlainLabel()
        self.save_button = named_button("saveNoteDraft", lambda: self._save(sign=False))
        self.sign_button = named_button("saveAndSignNote", lambda: self._save(sign=True))
        self.sign_selected = named_button("signNote", self._sign_selected)
        self.correct_button = named_button("correctNote", self._start_correction)
        self.edit_button = named_button("editDraft", self._edit_selected)
        self.retranslate()
        for widget in (self.editor, self.save_button, self.sign_button, self.sign_selected,
                       self.correct_button, self.edit_button):
            widget.setEnabled(not read_only)
        box = QVBoxLayout(self)
        box.addWidget(self.notes, 3)
        box.addWidget(self.status)
        box.addWidget(self.editor, 2)
        box.addLayout(button_row((self.correct_button, self.edit_button, self.sign_selected),
                                 (self.save_button, self.sign_button)))
        self.reload()

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("Write a new journal note…"))
        self.editor.setAccessibleName(self.tr("New journal note"))
        self.notes.setAccessibleName(self.tr("Journal notes"))
        self.save_button.setText(self.tr("Save &draft"))
        self.sign_button.setText(self.tr("Sa&ve and sign"))
        self.sign_selected.setText(self.tr("Sign selected"))
        self.correct_button.setText(self.tr("Correct s&elected…"))
        self.edit_button.setText(self.tr("Edit selected d&raft"))
        self.status.clear()
        # The notes' headings ("signed by", "draft") are translated text too; a hidden tab
        # (or one whose vault has just locked) reads them again only when shown.
        self._headings_stale = True
        if self.isVisible():
            self._refresh_headings()

    def showEvent(self, event: QShowEvent) -> None:
        if self._headings_stale:
            self._refresh_headings()
        super().showEvent(event)

    def _refresh_headings(self) -> None:
        current = self.notes.currentRow()
        self.reload()
        self.notes.setCurrentRow(current)

    def reload(self) -> None:
        self._headings_stale = False
        self.notes.clear()
        for note in cases.notes(self._session, self._case_id):
            self.notes.addItem(record_item(self._describe(note), note.id, note.is_signed))
        self._selection_changed()

    def _describe(self, note: JournalNote) -> str:
        when = local_time(note.created_at)
        state = (self.tr("signed by %1").replace("%1", note.signed_by or "")
                 if note.is_signed else self.tr("draft"))
        head = f"{when} · {note.author} · {state}"
        if note.corrects_note_id is not None:
            head += " · " + self.tr("corrects note %1").replace("%1", str(note.corrects_note_id))
        return head + "\n" + note.text

    def _selection_changed(self, *_: object) -> None:
        item = self.notes.currentItem()
        signed = bool(item.data(KEPT_ROLE)) if item else False
        if self.editor.isEnabled() or self.save_button.isEnabled():
            self.correct_button.setEnabled(item is not None and signed)
            self.sign_selected.setEnabled(item is not None and not signed)
            self.edit_button.setEnabled(item is not None and not signed)

    def _start_correction(self) -> None:
        note_id = current_id(self.notes)
        if note_id is None:
            return
        self._editing, self._correcting = None, note_id
        self.status.setText(self.tr("Writing a correction to note %1. The original stays as it "
                                    "is.").replace("%1", str(self._correcting)))
        self.editor.setFocus()

    def _edit_selected(self) -> None:
        item = self.notes.currentItem()
        if item is None or item.data(KEPT_ROLE):
            return
        self.edit_draft(int(item.data(ID_ROLE)))

    def edit_draft(self, note_id: int) -> bool:
        """Put a draft note into the editor; saving then changes that note."""
        note = next((n for n in cases.notes(self._session, self._case_id)
                     if n.id == note_id and not n.is_signed), None)
        if note is None:
            return False
        self._editing, self._correcting = note.id, note.corrects_note_id
        for row in range(self.notes.count()):  # the note being edited is the one highlighted
            item = self.notes.item(row)
            if item is not None and item.data(ID_ROLE) == note.id:
                self.notes.setCurrentRow(row)
        self.editor.setPlainText(note.text)
        self.status.setText(self.tr("Editing draft note %1.").replace("%1", str(note.id)))
        self.editor.setFocus()
        return True

    def offer_draft(self, note_id: int, *, locked: bool = True) -> None:
        """The text that was being written when Utväg locked (or the case was left), back in
        the editor."""
        if not self.edit_draft(note_id):
            return
        text = (self.tr("Utväg locked while you were writing. Your text was kept as draft note "
                        "%1 and is back in the editor.") if locked else
                self.tr("You left the case while writing. Your text was kept as draft note %1 "
                        "and is back in the editor."))
        self.status.setText(text.replace("%1", str(note_id)))

    def keep_draft(self) -> int | None:
        """Store unsaved editor text as a draft note in the vault and empty the editor.

        Returns the draft's note id, or None when there was nothing to keep."""
        text = self.editor.toPlainText()
        if not text.strip() or not self.editor.isEnabled():
            self.editor.clear()
            return None
        if self._editing is not None:
            cases.edit_draft_note(self._session, self._case_id, self._editing, text)
            note_id = self._editing
        else:
            note_id = cases.add_note(self._session, self._case_id, text, sign=False,
                                     corrects_note_id=self._correcting)
        self.editor.clear()
        self._editing = self._correcting = None
        return note_id

    def ask_to_sign(self, note_id: int | None = None) -> QMessageBox:
        """Signing cannot be undone: ask first (the editor's text, or a selected draft)."""
        self.confirmation = ask_to_confirm(
            self, self.tr("Sign the note?"),
            self.tr("A signed note can never be changed or removed; mistakes can only be "
                    "corrected with a new note. Sign it now?"),
            self.tr("&Sign"), lambda confirmed: self._sign_answered(confirmed, note_id))
        return self.confirmation

    def _sign_answered(self, confirmed: bool, note_id: int | None) -> None:
        self.confirmation = None
        if not confirmed:
            self.status.setText(self.tr("Not signed."))
        elif note_id is None or note_id == self._editing:
            self._store(sign=True)  # with the editor's latest text
        else:
            self._sign_note(note_id)

    def _save(self, sign: bool) -> None:
        if not self.editor.toPlainText().strip():
            self.status.setText(self.tr("The note is empty."))
            return
        if sign:
            self.ask_to_sign()
        else:
            self._store(sign=False)

    def _store(self, sign: bool) -> None:
        text = self.editor.toPlainText()
        try:
            if self._editing is not None:
                cases.edit_draft_note(self._session, self._case_id, self._editing, text)
                if sign:
                    cases.sign_note(self._session, self._case_id, self._editing)
            else:
                cases.add_note(self._session, self._case_id, text, sign=sign,
                               corrects_note_id=self._correcting)
        except Exception as exc:
            report_error(self, exc)
            return
        self.editor.clear()
        self._correcting = self._editing = None
        self.status.setText(self.tr("Signed; the note can no longer be changed.") if sign
                            else self.tr("Draft saved."))
        self.reload()
        notify(ChangeKind.RECORDS, self._case_id)  # the log, and the list's search

    def _sign_selected(self) -> None:
        note_id = current_id(self.notes)
        if note_id is not None:
            self.ask_to_sign(note_id)

    def _sign_note(self, note_id: int) -> None:
        try:
            cases.sign_note(self._session, self._case_id, note_id)
        except Exception as exc:
            report_error(self, exc)
            return
        if self._editing == note_id:  # the editor no longer holds a draft
            self.editor.clear()
            self._editing = self._correcting = None
        self.status.setText(self.tr("Signed; the note can no longer be changed."))
        self.reload()
        notify(ChangeKind.RECORDS, self._case_id)
