"""Correcting the name of the case's person: a name holding a line break or a control or
direction character (typed before such names were refused, or received so) cannot be sent on,
and the transfer and consultation dialogs say so; here it is corrected."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from utvag.services import cases
from utvag.services.session import Session
from utvag.ui.case.case_record_dialog import CaseRecordDialog


class PersonNameDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Correct the person's name"), parent,
                         name="personNameDialog")
        self.name = QLineEdit(name)
        self.form.addRow(self.tr("&Name:"), self.name)

    def save(self) -> object:
        return cases.correct_person_name(self._session, self._case_id, self.name.text())
