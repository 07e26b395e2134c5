"""The Relatives tab of a case: the linked relatives (who, relation, their own case, informed
about support on, responsible unit, contact path), linking one — a person with a case in the
vault, or a new person —, marking a relative as informed and recording the contact path to the
unit responsible for them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from utvag.domain.case_records import ProtectedIdentity
from utvag.domain.display_text import one_line_shown
from utvag.domain.relatives import Relation
from utvag.domain.units import DISTRICT_IDS
from utvag.services import cases, followup
from utvag.services.followup import RelativeLink
from utvag.services.session import Session
from utvag.ui.case.case_life_labels import day, relation_label
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.case_record_table import Column, RecordTab
from utvag.ui.case.record_dialog import OptionalDate, RecordDialog, choice_box, date_edit, iso_day
from utvag.ui.labels import unit_label


class LinkRelativeDialog(CaseRecordDialog):
    """Link a relative: a person who has a case here (found by name or case number), or a new
    person (name, and identity number or birth date)."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Link a relative"), parent,
                         name="linkRelativeDialog")
        self.existing = QRadioButton(self.tr("A person with a case here"))
        self.new_person = QRadioButton(self.tr("A new person"))
        self.existing.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.existing)
        group.addButton(self.new_person)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or case number"))
        self.search.textChanged.connect(self._find)
        self.found = QComboBox()
        self.found.setObjectName("relativeCandidates")
        self.name = QLineEdit()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("YYYYMMDD-NNNN (or leave empty)"))
        self.birth = OptionalDate(self.tr("Birth date"))
        self.relation = choice_box([(relation_label(r.value), r.value) for r in Relation])
        self.informed = OptionalDate(self.tr("Informed about support on"))
        self.unit = choice_box([("—", ""), *((unit_label(u), u) for u in DISTRICT_IDS)])
        self.contact = QLineEdit()
        kind = QHBoxLayout()
        kind.addWidget(self.existing)
        kind.addWidget(self.new_person)
        self.form.addRow(kind)
        self.form.addRow(self.tr("&Find:"), self.search)
        self.form.addRow(self.tr("&Person:"), self.found)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Identity number:"), self.number)
        self.form.addRow("", self.birth)
        self.form.addRow(self.tr("&Relation:"), self.relation)
        self.form.addRow("", self.informed)
        self.form.addRow(self.tr("Responsible &unit:"), self.unit)
        self.form.addRow(self.tr("&Contact path:"), self.contact)
        self.field_widgets.update({
            "case_id": self.found, "person.name": self.name,
            "person.personal_number": self.number, "person.birth_date": self.birth,
            "relation": self.relation, "informed_about_support_on": self.informed,
            "responsible_unit": self.unit, "contact_path": self.contact})
        self.existing.toggled.connect(self._mode)
        self._mode()
        self._find("")

    def _mode(self) -> None:
        existing = self.existing.isChecked()
        widgets: tuple[QWidget, ...] = (self.search, self.found, self.name, self.number,
                                        self.birth)
        for number, widget in enumerate(widgets):
            widget.setEnabled(existing if number < 2 else not existing)

    def _find(self, text: str) -> None:
        self.found.clear()
        for row in cases.list_cases(self._session, query=text.strip() or None, limit=50):
            if row.id == self._case_id:
                continue
            name = (self.tr("Protected identity")
                    if row.protected_identity is not ProtectedIdentity.NONE
                    else one_line_shown(row.name))
            self.found.addItem(f"{row.case_number} · {name}", row.id)

    def save(self) -> object:
        data: dict[str, object] = {
            "relation": self.relation.currentData(),
            "informed_about_support_on": self.informed.iso(),
            "responsible_unit": self.unit.currentData() or None,
            "contact_path": self.contact.text().strip() or None}
        if self.existing.isChecked():
            data["case_id"] = self.found.currentData()
        else:
            data["person"] = {"name": self.name.text(),
                              "personal_number": self.number.text().strip() or None,
                              "birth_date": self.birth.iso()}
        return followup.link_relative(self._session, self._case_id, data)


class InformedDialog(RecordDialog):
    def __init__(self, session: Session, record: RelativeLink,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The relative was informed about support"), parent,
                         name="relativeInformedDialog")
        self._session, self._record = session, record
        self.on = date_edit()
        self.form.addRow(self.tr("Informed &on:"), self.on)

    def save(self) -> object:
        return followup.relative_informed(self._session, self._record.id,
                                          iso_day(self.on))


class ContactPathDialog(RecordDialog):
    """The communication path set up to the unit responsible for the relative."""

    def __init__(self, session: Session, record: RelativeLink,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contact path to the unit responsible for the relative"),
                         parent, name="relativeContactDialog")
        self._session, self._record = session, record
        self.unit = choice_box([("—", ""), *((unit_label(u), u) for u in DISTRICT_IDS)])
        if record.responsible_unit:
            self.unit.setCurrentIndex(max(0, self.unit.findData(record.responsible_unit)))
        self.contact = QLineEdit(record.contact_path or "")
        self.form.addRow(self.tr("Responsible &unit:"), self.unit)
        self.form.addRow(self.tr("&Contact path:"), self.contact)
        self.field_widgets.update({"responsible_unit": self.unit, "contact_path": self.contact})

    def save(self) -> object:
        return followup.relative_contact(self._session, self._record.id, self.contact.text(),
                                         self.unit.currentData() or None)


class RelativesTab(RecordTab[RelativeLink]):
    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, read_only, "relativesTab", parent)
        self.records = self._table("relativeTable", 5)
        self.link_button = self._add_button("linkRelative", self.open_link)
        self.informed_button = self._row_button("relativeInformed", self.open_informed)
        self.contact_button = self._row_button("relativeContact", self.open_contact)
        self._build((self.link_button, self.informed_button, self.contact_button))

    def _columns(self) -> list[Column[RelativeLink]]:
        return [(self.tr("Name"), lambda r: one_line_shown(r.name)),
                (self.tr("Relation"), lambda r: relation_label(r.relation)),
                (self.tr("Own case"), lambda r: r.own_case_number or "—"),
                (self.tr("Informed on"), lambda r: day(r.informed_about_support_on)),
                (self.tr("Responsible unit"), lambda r: unit_label(r.responsible_unit)
                 if r.responsible_unit else "—"),
                (self.tr("Contact path"), lambda r: r.contact_path or "—")]

    def retranslate(self) -> None:
        self.link_button.setText(self.tr("Link relati&ve…"))
        self.informed_button.setText(self.tr("Mark as informe&d…"))
        self.contact_button.setText(self.tr("Contact &path…"))
        self.records.retranslate(self.tr("The case's relatives"),
                                 self.tr("No relatives are recorded."))

    def refresh(self) -> None:
        self._show_rows(followup.relatives(self._session, self._case_id))

    def open_link(self) -> RecordDialog:
        return self._show(LinkRelativeDialog(self._session, self._case_id, self))

    def open_informed(self) -> RecordDialog | None:
        return self._open_selected(lambda record: InformedDialog(self._session, record, self))

    def open_contact(self) -> RecordDialog | None:
        return self._open_selected(lambda record: ContactPathDialog(self._session, record, self))
