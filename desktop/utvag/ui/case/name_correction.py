"""Correcting the name of the case's person: a name holding a line break or a control or
direction character (typed before such names were refused, or received so) cannot be sent on,
and the transfer and consultation dialogs say so; here it is corrected.

Such a name does not read on screen as it is stored (a direction override reorders what follows
it), so the dialog shows it with those characters written out as codes, and offers it without
them, in the order the letters are stored, for the caseworker to check and correct."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from utvag.domain.display_text import is_one_line, one_line_shown, without_refused
from utvag.services import cases
from utvag.services.session import Session
from utvag.ui.case.case_record_dialog import CaseRecordDialog


class PersonNameDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Correct the person's name"), parent,
                         name="personNameDialog")
        self.name = QLineEdit(without_refused(name))
        self.form.addRow(self.tr("&Name:"), self.name)
        if not is_one_line(name):
            self.intro.setTextFormat(Qt.TextFormat.PlainText)  # the name as written
            self.set_intro(self.tr(
                "Stored as: %1\nThe characters written as codes (\\u…) are a line break or a "
                "control or direction character and cannot be sent. Below the name is shown "
                "without them, its letters in the order they are stored: check that it reads "
                "right, then press OK.").replace("%1", one_line_shown(name)))

    def save(self) -> object:
        return cases.correct_person_name(self._session, self._case_id, self.name.text())
