"""The positions on the consent of a person under 18: the young person's and each guardian's, as
a page beside the consent, and the dialog that records them. A guardian who may not be
contacted is said so beside their name and can only be recorded as not asked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from utvag.domain.display_text import one_line_shown
from utvag.domain.young_people import ConsentPosition
from utvag.services import young_people
from utvag.services.session import Session
from utvag.services.young_people import PositionRecord, PositionsState
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.case_record_table import Column, RecordModel, RecordTab, RecordTable
from utvag.ui.case.record_dialog import ERROR_STYLE, RecordDialog, choice_box, date_edit, iso_day
from utvag.ui.code_labels import CodeLabels
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.named_action import named_button

translate = QCoreApplication.translate


position_label = CodeLabels(lambda: {
    ConsentPosition.AGREES.value: translate("guardians", "Agrees"),
    ConsentPosition.OPPOSES.value: translate("guardians", "Opposes"),
    ConsentPosition.NOT_ASKED.value: translate("guardians", "Not asked"),
}, missing="—")


def _choices(with_none: bool) -> QComboBox:
    items: list[tuple[str, object]] = [("—", None)] if with_none else []
    return choice_box([*items, *((position_label(p.value), p.value) for p in ConsentPosition)])


class ConsentPositionsDialog(CaseRecordDialog):
    """One row for the young person, one per guardian; "—" leaves a party out this time."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Positions on the consent"), parent,
                         name="consentPositionsDialog")
        self.set_intro(self.tr("The person is under 18: record the young person's and each "
                               "guardian's position on lifting confidentiality."))
        self.on = date_edit()
        self.form.addRow(self.tr("Stated &on:"), self.on)
        self.young = _choices(True)
        self.young.setObjectName("youngPersonPosition")
        self.young_note = QLineEdit()
        self.form.addRow(self.tr("&The young person:"), self.young)
        self.form.addRow(self.tr("Note:"), self.young_note)
        self.guardian_rows: list[tuple[int, QComboBox, QLineEdit]] = []
        for guardian in young_people.guardians(session, case_id):
            box, note = _choices(True), QLineEdit()
            # named by the guardian: what was kept through a lock goes back to the same one
            box.setObjectName(f"guardianPosition_{guardian.id}")
            note.setObjectName(f"guardianNote_{guardian.id}")
            name = PlainLabel(one_line_shown(guardian.name))
            name.setTextFormat(Qt.TextFormat.PlainText)
            if not guardian.may_contact:
                # they cannot have been asked: recording anything else would mean contact
                box.clear()
                box.addItem("—", None)
                box.addItem(position_label(ConsentPosition.NOT_ASKED.value),
                            ConsentPosition.NOT_ASKED.value)
                note.setText(self.tr("May not be contacted"))
                warning = PlainLabel(self.tr("May not be contacted: %1").replace(
                    "%1", guardian.no_contact_reason or ""))
                warning.setObjectName("noContactWarning")
                warning.setWordWrap(True)
                warning.setStyleSheet(ERROR_STYLE)
                self.form.addRow(warning)
            self.form.addRow(name, box)
            self.form.addRow(self.tr("Note:"), note)
            self.guardian_rows.append((guardian.id, box, note))

    def save(self) -> object:
        young = self.young.currentData()
        guardians = {gid: (box.currentData(), note.text().strip() or None)
                     for gid, box, note in self.guardian_rows if box.currentData()}
        return young_people.record_positions(
            self._session, self._case_id, iso_day(self.on),
            None if young is None else (young, self.young_note.text().strip() or None),
            guardians)


class ConsentPositionsTab(RecordTab[PositionRecord]):
    """The latest position of each party, and who has none yet."""

    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, read_only, "consentPositionsTab", parent)
        self.state: PositionsState | None = None
        self.names: dict[int, str] = {}
        self.summary = wrapped_label("positionsSummary")
        self.records = RecordTable(RecordModel(self._columns, self), "positionTable", 3)
        self.record_button = named_button("recordPositions", self.open_record)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.record_button)
        box.addWidget(self.records, 1)
        self.retranslate()
        self.refresh()

    def _party(self, row: PositionRecord) -> str:
        if row.party == "young_person":
            return self.tr("The young person")
        return self.names.get(int(row.guardian_id or 0), self.tr("Guardian"))

    def _columns(self) -> list[Column[PositionRecord]]:
        return [(self.tr("Who"), self._party),
                (self.tr("Position"), lambda r: position_label(r.position)),
                (self.tr("Stated on"), lambda r: r.stated_on),
                (self.tr("Note"), lambda r: r.note or "—")]

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record &positions…"))
        self.records.retranslate(self.tr("Positions on the consent"),
                                 self.tr("No positions are recorded."))
        self._summary()

    def _summary(self) -> None:
        missing = self.state.missing if self.state else ()
        parts = []
        if self.state and self.state.minor_at_consent:
            parts.append(self.tr("The consent was given while the person was under 18."))
        if missing:
            parts.append(self.tr("No position recorded for: %1.").replace("%1", ", ".join(
                self.tr("the young person") if m == "young_person"
                else self.names.get(int(m.split(":")[1]), self.tr("Guardian"))
                for m in missing)))
        self.summary.setText(" ".join(parts))
        self.summary.setVisible(bool(parts))

    def refresh(self) -> None:
        self.names = {g.id: one_line_shown(g.name)
                      for g in young_people.guardians(self._session, self._case_id)}
        self.state = young_people.positions_state(self._session, self._case_id)
        self.records.set_rows(list(self.state.latest))
        self.record_button.setEnabled(not self._read_only)
        self._summary()

    def open_record(self) -> RecordDialog:
        return self._show(ConsentPositionsDialog(self._session, self._case_id, self))


def shows_young_person(session: Session, case_id: int) -> bool:
    """Whether the case has a young person's pages: under 18 today, at the consent, of unknown
    age, or with guardians already recorded."""
    state = young_people.positions_state(session, case_id)
    return (state.minor_today is not False or bool(state.minor_at_consent)
            or bool(young_people.guardians(session, case_id)))
