"""The Police's threat assessments of a case (asked for, awaited, received, brought by a
follow-up) with the transfer a new threat proposes, and the case's custody periods.

The proposal banner (:class:`TransferProposal`) also stands on the Overview; its button opens the
existing Transfer case dialog through the main window's action, so the transfer is checked and
written exactly as from the File menu.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from utvag.services import custody, threat
from utvag.services.custody import CustodyRecord
from utvag.services.followup_records import ThreatRecord
from utvag.services.session import Session
from utvag.ui.case.case_life_labels import day
from utvag.ui.case.case_record_table import Column, RecordTab
from utvag.ui.case.followup_labels import threat_label
from utvag.ui.case.record_dialog import ERROR_STYLE, RecordDialog
from utvag.ui.case.threat_dialogs import (
    CustodyDialog,
    CustodyStepDialog,
    ThreatAnswerDialog,
    ThreatRequestDialog,
    custody_kind_label,
    nature_label,
)
from utvag.ui.i18n import current_language
from utvag.ui.labels import unit_label
from utvag.ui.look import wrapped_label
from utvag.ui.named_action import named_button

TRANSFER_ACTION = "actionTransferCase"


def _awaited(record: ThreatRecord) -> bool:
    """A request to the Police whose answer has not come."""
    return record.level is None


def _in_custody(record: CustodyRecord) -> bool:
    return record.released_on is None


class TransferProposal(QWidget):
    """A banner saying that the current threat routes the case to another board, with the way
    to the Transfer case dialog. Hidden when nothing is proposed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferProposal")
        self.text = wrapped_label("transferProposalText")
        self.text.setStyleSheet(ERROR_STYLE)
        self.button = named_button("transferProposalButton", self.open_transfer)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.text, 1)
        box.addWidget(self.button)
        self.proposal: threat.ProposedTransfer | None = None
        self.set_proposal(None)

    def set_proposal(self, proposal: threat.ProposedTransfer | None) -> None:
        self.proposal = proposal
        self.setVisible(proposal is not None)
        if proposal is None:
            return
        language = "sv" if current_language() == "sv" else "en"
        self.text.setText("\n".join(m.sv if language == "sv" else m.en
                                    for m in proposal.messages))
        self.button.setText(self.tr("&Transfer to %1…").replace(
            "%1", unit_label(proposal.to_unit)))

    def open_transfer(self) -> bool:
        """Trigger the main window's Transfer case action; False when there is none."""
        window = self.window()
        action = window.findChild(QAction, TRANSFER_ACTION) if window is not None else None
        if action is None or not action.isEnabled():
            return False
        action.trigger()
        return True


class PoliceThreatTab(RecordTab[ThreatRecord]):
    """The requests to the Police and the threat assessments received, the current threat, and
    the proposal to transfer when it routes the case elsewhere."""

    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, read_only, "policeThreatTab", parent)
        self.proposal = TransferProposal()
        self.current = wrapped_label("currentThreat")
        self.records = self._table("policeThreatTable", 1)
        self.request_button = self._add_button("requestThreat", self.open_request)
        self.answer_button = self._row_button("answerThreat", self.open_answer, _awaited)
        self.new_button = self._add_button("newThreat", self.open_new)
        self.shown = threat.ThreatStatus(case_id, None, None, None, ())
        self._build((self.request_button, self.answer_button, self.new_button),
                    above=(self.proposal, self.current))

    def _columns(self) -> list[Column[ThreatRecord]]:
        return [(self.tr("Requested on"), lambda r: day(r.requested_on)),
                (self.tr("Requested from"), lambda r: r.requested_from or "—"),
                (self.tr("Level"), lambda r: threat_label(r.level) if r.level
                 else self.tr("Awaited")),
                (self.tr("Concrete or latent"), lambda r: nature_label(r.nature)),
                (self.tr("The Police's date"), lambda r: day(r.assessed_on)),
                (self.tr("Reference"), lambda r: r.reference or "—"),
                (self.tr("Received on"), lambda r: day(r.received_on)),
                (self.tr("Source"), lambda r: self._source(r.source))]

    def _source(self, value: str) -> str:
        return {"request": self.tr("Requested"),
                "police_followup": self.tr("Police follow-up"),
                "police_initiative": self.tr("From the Police")}.get(value, value)

    def retranslate(self) -> None:
        self.request_button.setText(self.tr("&Request from the Police…"))
        self.answer_button.setText(self.tr("Ans&wer received…"))
        self.new_button.setText(self.tr("&New assessment from the Police…"))
        self.records.retranslate(self.tr("The Police's threat assessments"), self.tr(
            "No threat assessment has been requested from the Police or recorded outside the "
            "signed assessment."))
        self._show_state()  # what was read last: a language change reads nothing

    def refresh(self) -> None:
        self.shown = threat.status(self._session, self._case_id)
        self.records.set_rows(list(self.shown.records))
        self._show_state()

    def _show_state(self) -> None:
        current = self.shown.current
        if current is None:
            self.current.setText(self.tr("Current threat: none recorded."))
        else:
            self.current.setText(self.tr("Current threat: %1, %2 (the Police, %3, %4).")
                                 .replace("%1", threat_label(current.level))
                                 .replace("%2", nature_label(current.nature))
                                 .replace("%3", current.assessed_on)
                                 .replace("%4", current.reference))
        self.proposal.set_proposal(self.shown.transfer_proposal)
        self._enable()

    def open_request(self) -> RecordDialog:
        return self._show(ThreatRequestDialog(self._session, self._case_id, self))

    def open_answer(self) -> RecordDialog | None:
        return self._open_selected(
            lambda record: ThreatAnswerDialog(self._session, self._case_id, record, self),
            _awaited)

    def open_new(self) -> RecordDialog:
        return self._show(ThreatAnswerDialog(self._session, self._case_id, None, self))


class CustodyTab(RecordTab[CustodyRecord]):
    """Prison or closed youth care during the case, and the transition planned before
    release."""

    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, read_only, "custodyTab", parent)
        self.records = self._table("custodyTable", 1)
        self.add_button = self._add_button("addCustody", self.open_add)
        self.planning_button = self._row_button(
            "custodyPlanning", lambda: self.open_step("planning"), _in_custody)
        self.released_button = self._row_button(
            "custodyReleased", lambda: self.open_step("released"), _in_custody)
        self.moved_button = self._row_button(
            "custodyMoved", lambda: self.open_step("expected"), _in_custody)
        self.group = QGroupBox()
        QVBoxLayout(self).addWidget(self.group)
        self._build((self.add_button, self.planning_button, self.released_button,
                     self.moved_button), into=self.group)

    def _columns(self) -> list[Column[CustodyRecord]]:
        return [(self.tr("Kind"), lambda r: custody_kind_label(r.kind)),
                (self.tr("Institution"), lambda r: r.institution),
                (self.tr("Started"), lambda r: day(r.starts_on)),
                (self.tr("Expected release"), lambda r: day(r.expected_release_on)),
                (self.tr("Transition planned"), lambda r: day(r.planning_held_on)),
                (self.tr("Released"), lambda r: day(r.released_on))]

    def retranslate(self) -> None:
        title = self.tr("Prison or closed youth care")  # the box's, and the table's name
        self.group.setTitle(title)
        self.records.retranslate(title, self.tr(
            "No stay in prison or closed youth care is recorded."))
        self.add_button.setText(self.tr("&Add a stay…"))
        self.planning_button.setText(self.tr("Transition &planned…"))
        self.released_button.setText(self.tr("Re&leased…"))
        self.moved_button.setText(self.tr("Release &moved…"))

    def refresh(self) -> None:
        self._show_rows(custody.for_case(self._session, self._case_id))

    def open_add(self) -> RecordDialog:
        return self._show(CustodyDialog(self._session, self._case_id, self))

    def open_step(self, step: str) -> RecordDialog | None:
        return self._open_selected(
            lambda record: CustodyStepDialog(self._session, record, step, self))
