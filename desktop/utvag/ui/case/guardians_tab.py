"""The Young person tab of a case of a person under 18 (*Vårdnadshavare* in Swedish): who
the guardians are, how to reach them, and — shown on every row and never masked — whether they
may be contacted (a guardian can be part of the threat). Adding a guardian, changing whether
they may be contacted and correcting a guardian's name or contact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QWidget

from utvag.domain.case_records import ProtectedIdentity
from utvag.services import young_people
from utvag.services.session import Session
from utvag.services.young_people import GuardianShown
from utvag.ui.case import guardian_reveal
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.case_record_table import Column, RecordTab
from utvag.ui.case.record_dialog import RecordDialog, choice_box
from utvag.ui.labels import protected_identity_label
from utvag.ui.look import wrapped_label
from utvag.ui.named_action import named_button

translate = QCoreApplication.translate


def contact_text(row: GuardianShown) -> str:
    """'Yes', or the warning and its reason."""
    if row.may_contact:
        return translate("guardians", "Yes")
    return translate("guardians", "NO — may not be contacted: %1").replace(
        "%1", row.no_contact_reason or "")


class AddGuardianDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Add a guardian"), parent,
                         name="addGuardianDialog")
        self.name = QLineEdit()
        self.contact = QLineEdit()
        self.barred = QCheckBox(self.tr("&May not be contacted (e.g. part of the threat)"))
        self.reason = QLineEdit()
        self.protection = choice_box([(protected_identity_label(p), p.value)
                                      for p in ProtectedIdentity])
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Contact:"), self.contact)
        self.form.addRow("", self.barred)
        self.form.addRow(self.tr("Reason (&why not):"), self.reason)
        self.form.addRow(self.tr("&Protected identity:"), self.protection)
        self.barred.toggled.connect(self.reason.setEnabled)
        self.reason.setEnabled(False)

    def save(self) -> object:
        return young_people.add_guardian(self._session, self._case_id, {
            "name": self.name.text(), "contact": self.contact.text().strip() or None,
            "may_contact": not self.barred.isChecked(),
            "no_contact_reason": self.reason.text().strip() or None,
            "protected_identity": self.protection.currentData()})


class ContactDialog(RecordDialog):
    def __init__(self, session: Session, record: GuardianShown,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("May the guardian be contacted?"), parent,
                         name="guardianContactDialog")
        self._session, self._record = session, record
        self.barred = QCheckBox(self.tr("May &not be contacted"))
        self.barred.setChecked(not record.may_contact)
        self.reason = QLineEdit(record.no_contact_reason or "")
        self.form.addRow("", self.barred)
        self.form.addRow(self.tr("Reason (&why not):"), self.reason)

    def save(self) -> object:
        return young_people.set_contact(self._session, self._record.id,
                                        not self.barred.isChecked(), self.reason.text())


class GuardianNameDialog(RecordDialog):
    """Correct a guardian's name or contact: one holding a line break or a control or direction
    character (typed before such text was refused, or received so) cannot be sent on. A masked
    guardian's contact is not offered (it would be replaced unseen)."""

    def __init__(self, session: Session, record: GuardianShown,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct the guardian's name or contact"), parent,
                         name="guardianNameDialog")
        self._session, self._record = session, record
        masked = record.identity_masked
        self.name = QLineEdit("" if masked else record.name)
        self.contact = QLineEdit("" if masked else record.contact or "")
        self.contact.setObjectName("guardianContactText")
        self.contact.setEnabled(not masked)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Contact:"), self.contact)

    def save(self) -> object:
        if self._record.identity_masked:  # the contact is not shown, so it is kept
            return young_people.correct_name(self._session, self._record.id, self.name.text())
        return young_people.correct_details(self._session, self._record.id,
                                            name=self.name.text(), contact=self.contact.text())


class GuardiansTab(RecordTab[GuardianShown]):
    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, read_only, "guardiansTab", parent)
        self.age = wrapped_label("guardiansAge")
        self.records = self._table("guardianTable", 2)
        self.add_button = self._add_button("addGuardian", self.open_add)
        self.contact_button = self._row_button("guardianContact", self.open_contact)
        self.name_button = self._row_button("guardianName", self.open_name)
        # reading, not changing: also on a closed case, for a masked row only
        self.show_button = named_button("guardianShow", self.open_reveal)
        self._build((self.add_button, self.contact_button, self.name_button, self.show_button),
                    above=(self.age,))

    def _columns(self) -> list[Column[GuardianShown]]:
        return [(self.tr("Name"), lambda r: r.name),
                (self.tr("Contact"), lambda r: r.contact or "—"),
                (self.tr("May be contacted"), contact_text)]

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add guardian…"))
        self.contact_button.setText(self.tr("May &be contacted…"))
        self.name_button.setText(self.tr("Corr&ect name or contact…"))
        self.show_button.setText(self.tr("S&how… (logged)"))
        self.records.retranslate(self.tr("The young person's guardians"),
                                 self.tr("No guardians are recorded."))
        if self._session.is_open:  # the age is read from the vault; a locked one has none
            self._age_text()

    def _age_text(self) -> None:
        state = young_people.positions_state(self._session, self._case_id)
        if state.minor_today is None:
            text = self.tr("The person's age is not known: record guardians if they are under "
                           "18.")
        elif state.minor_today:
            text = self.tr("The person is under 18 and turns 18 on %1.").replace(
                "%1", str(state.adult_on))
        else:
            text = self.tr("The person turned 18 on %1; no new guardians are recorded.").replace(
                "%1", str(state.adult_on))
        self.age.setText(text)

    def refresh(self) -> None:
        self._show_rows(young_people.guardians(self._session, self._case_id))

    def open_add(self) -> RecordDialog:
        return self._show(AddGuardianDialog(self._session, self._case_id, self))

    def _enable(self) -> None:
        super()._enable()
        selected = self.records.selected()
        self.show_button.setEnabled(selected is not None and selected.identity_masked)

    def open_reveal(self) -> QDialog | None:
        """The selected masked guardian's details, for a reason asked first (logged)."""
        selected = self.records.selected()
        if selected is None or not selected.identity_masked:
            return None
        return guardian_reveal.reveal(self, self._session, selected.id)

    def open_contact(self) -> RecordDialog | None:
        return self._open_selected(lambda record: ContactDialog(self._session, record, self))

    def open_name(self) -> RecordDialog | None:
        return self._open_selected(lambda record: GuardianNameDialog(self._session, record, self))
