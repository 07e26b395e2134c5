"""The Follow-up tab of a case: follow-ups of criminality and threat with the Police, concern
reports about a child with their 24-hour protection and 14-day preliminary assessments (the
rest of each report, in the Concern reports view for this case), and
state funding applied for with the Police's decision. Each due item of the Due view that is
dealt with here opens this tab at its record (``show_record``)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from utvag.services import followup
from utvag.services.followup_records import (
    ConcernReportRecord,
    PoliceFollowUpRecord,
    StateFundingRecord,
)
from utvag.services.session import Session
from utvag.ui.case.case_life_labels import day, funding_label, outcome_label, phase_label
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.case_record_table import (
    Column,
    Record,
    RecordModel,
    RecordTab,
    RecordTable,
)
from utvag.ui.case.record_dialog import RecordDialog, choice_box, date_edit, iso_day
from utvag.ui.case.threat_dialogs import PoliceFollowUpDialog
from utvag.ui.concern.concern_dialogs import NewConcernDialog, PreliminaryDialog, ProtectionDialog
from utvag.ui.concern.concern_view import ConcernReportsView
from utvag.ui.labels import local_time
from utvag.ui.layouts import button_row
from utvag.ui.named_action import named_button
from utvag.ui.own_window import open_own_window


def _moment(value: str | None) -> str:
    return local_time(value) if value else "—"




class FundingDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("State funding applied for"), parent,
                         name="fundingDialog")
        self.applied = date_edit()
        self.form.addRow(self.tr("&Applied on:"), self.applied)

    def save(self) -> object:
        return followup.apply_state_funding(self._session, self._case_id,
                                            iso_day(self.applied))


class FundingDecisionDialog(RecordDialog):
    def __init__(self, session: Session, record: StateFundingRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The Police's decision on state funding"), parent,
                         name="fundingDecisionDialog")
        self._session, self._record = session, record
        self.decision = choice_box([(funding_label("granted"), "granted"),
                                    (funding_label("refused"), "refused")])
        self.decided = date_edit()
        self.form.addRow(self.tr("&Decision:"), self.decision)
        self.form.addRow(self.tr("Decided &on:"), self.decided)

    def save(self) -> object:
        return followup.state_funding_decided(self._session, self._record.id,
                                              str(self.decision.currentData()),
                                              iso_day(self.decided))


class CaseFollowUpTab(RecordTab[Record]):
    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, read_only, "caseFollowUpTab", parent)
        self.police = RecordTable(RecordModel(self._police_columns, self), "policeTable", 2)
        self.concerns = RecordTable(RecordModel(self._concern_columns, self), "concernTable", 2)
        self.funding = RecordTable(RecordModel(self._funding_columns, self), "fundingTable", 2)
        self.add_police = named_button("addPoliceFollowUp", self.open_police)
        self.add_concern = named_button("addConcern", self.open_concern)
        self.protection_done = named_button("protectionDone",
                                            lambda: self.open_concern_step("protection"))
        self.preliminary_done = named_button("preliminaryDone",
                                             lambda: self.open_concern_step("preliminary"))
        self.concern_details = named_button("concernDetails", self.open_concern_view)
        self.add_funding = named_button("addFunding", self.open_funding)
        self.funding_decided = named_button("fundingDecided", self.open_funding_decision)
        self.police_box, self.concern_box, self.funding_box = QGroupBox(), QGroupBox(), QGroupBox()
        box = QVBoxLayout(self)
        for group, table, buttons in (
                (self.police_box, self.police, (self.add_police,)),
                (self.concern_box, self.concerns,
                 (self.add_concern, self.protection_done, self.preliminary_done,
                  self.concern_details)),
                (self.funding_box, self.funding, (self.add_funding, self.funding_decided))):
            inner = QVBoxLayout(group)
            inner.addLayout(button_row(buttons))
            inner.addWidget(table, 1)
            box.addWidget(group, 1)
            table.on_selection(self._enable)
        self.retranslate()
        self.refresh()

    def _police_columns(self) -> list[Column[PoliceFollowUpRecord]]:
        return [(self.tr("Held on"), lambda r: day(r.held_on)),
                (self.tr("Phase"), lambda r: phase_label(r.phase)),
                (self.tr("Outcome"), lambda r: outcome_label(r.outcome))]

    def _concern_columns(self) -> list[Column[ConcernReportRecord]]:
        return [(self.tr("Received"), lambda r: _moment(r.received_at)),
                (self.tr("Protection assessment (24 h)"),
                 lambda r: _moment(r.protection_assessed_at)),
                (self.tr("Preliminary assessment (14 days)"),
                 lambda r: _moment(r.preliminary_assessed_at))]

    def _funding_columns(self) -> list[Column[StateFundingRecord]]:
        return [(self.tr("Applied on"), lambda r: day(r.applied_on)),
                (self.tr("The Police's decision"), lambda r: funding_label(r.police_decision)),
                (self.tr("Decided on"), lambda r: day(r.decided_on))]

    def retranslate(self) -> None:
        """Each section's title also names its table for a screen reader."""
        for group, table, title, empty in (
                (self.police_box, self.police, self.tr("Follow-ups with the Police"),
                 self.tr("No follow-ups with the Police are recorded.")),
                (self.concern_box, self.concerns, self.tr("Concern reports about a child"),
                 self.tr("No concern reports are recorded.")),
                (self.funding_box, self.funding, self.tr("State funding"),
                 self.tr("No state funding is applied for."))):
            group.setTitle(title)
            table.retranslate(title, empty)
        self.add_police.setText(self.tr("Recor&d a Police follow-up…"))
        self.add_concern.setText(self.tr("Record &a concern report…"))
        self.protection_done.setText(self.tr("Protection assessment made…"))
        self.preliminary_done.setText(self.tr("Preliminary assessment made…"))
        self.concern_details.setText(self.tr("Conversations, feedback and outcomes…"))
        self.add_funding.setText(self.tr("State funding applied for…"))
        self.funding_decided.setText(self.tr("The Police's decision…"))

    def refresh(self) -> None:
        found = followup.records(self._session, self._case_id)
        self.police.set_rows(list(found.police_followup))
        self.concerns.set_rows(list(found.concern_report))
        self.funding.set_rows(list(found.state_funding))
        self._enable()

    def _enable(self) -> None:
        writable = not self._read_only
        concern = self.concerns.selected()
        funding = self.funding.selected()
        # A follow-up with the Police after the case is closed is part of the after-care; the
        # service says when it is not allowed.
        self.add_police.setEnabled(True)
        self.add_concern.setEnabled(writable)
        self.add_funding.setEnabled(writable)
        self.protection_done.setEnabled(concern is not None)
        self.preliminary_done.setEnabled(concern is not None)
        self.funding_decided.setEnabled(funding is not None)

    def open_police(self) -> RecordDialog:
        return self._show(PoliceFollowUpDialog(self._session, self._case_id, self))

    def open_concern(self) -> RecordDialog:
        return self._show(NewConcernDialog(self._session, self._case_id, self))

    def open_concern_step(self, step: str) -> RecordDialog | None:
        record = self.concerns.selected()
        if record is None:
            return None
        kind = ProtectionDialog if step == "protection" else PreliminaryDialog
        return self._show(kind(self._session, record, self))

    def open_concern_view(self) -> QWidget:
        """This case's concern reports in the Concern reports view (conversations, feedback,
        outcomes), at the selected one."""
        def make() -> ConcernReportsView:
            view = ConcernReportsView(self._session, self._case_id)
            view.changed.connect(self.refresh)
            record = self.concerns.selected()
            if record is not None:
                view.select_report(record.id)
            return view

        return open_own_window(make, self.window())

    def open_funding(self) -> RecordDialog:
        return self._show(FundingDialog(self._session, self._case_id, self))

    def open_funding_decision(self) -> RecordDialog | None:
        record = self.funding.selected()
        if record is None:
            return None
        return self._show(FundingDecisionDialog(self._session, record, self))

    def show_record(self, kind: str, record_id: int | None) -> None:
        """Select the record a due item of ``kind`` is about."""
        table = (self.concerns if kind.startswith("concern_") else
                 self.funding if kind.startswith("state_funding") else self.police)
        table.select_id(record_id)
