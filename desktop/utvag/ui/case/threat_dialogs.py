"""The dialogs of the Police's threat assessment (request, answer, a new one from the Police),
of a Police follow-up that may change the threat, and of custody periods. Each calls its service
and shows the service's refusal inside the dialog (``RecordDialog``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from utvag.domain.custody import CustodyKind
from utvag.domain.follow_up_records import FollowUpOutcome, FollowUpPhase
from utvag.services import custody, threat
from utvag.services.custody import CustodyRecord
from utvag.services.followup_records import ThreatRecord
from utvag.services.session import Session
from utvag.ui.case.case_life_labels import outcome_label, phase_label
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.followup_labels import threat_label
from utvag.ui.case.record_dialog import OptionalDate, RecordDialog, choice_box, date_edit, iso_day

translate = QCoreApplication.translate


def nature_label(value: str | None) -> str:
    return {"concrete": translate("threat", "Concrete"),
            "latent": translate("threat", "Latent")}.get(value or "", "—")


def custody_kind_label(value: str | None) -> str:
    return {"prison": translate("threat", "Prison (Kriminalvården)"),
            "closed_youth_care": translate("threat", "Closed youth care (SiS)")
            }.get(value or "", "—")


class _AnswerFields:
    """Level, concrete or latent, the Police's date and reference, the next review."""

    def __init__(self, dialog: RecordDialog) -> None:
        self.level = choice_box([(threat_label(v), v) for v in ("low", "high")])
        self.nature = choice_box([(nature_label(v), v) for v in ("concrete", "latent")])
        self.assessed = date_edit()
        self.reference = QLineEdit()
        self.reference.setObjectName("threatReference")
        self.review = OptionalDate(translate("threat", "Review on"))
        dialog.form.addRow(translate("threat", "Threat &level:"), self.level)
        dialog.form.addRow(translate("threat", "&Concrete or latent:"), self.nature)
        dialog.form.addRow(translate("threat", "The Police's &date:"), self.assessed)
        dialog.form.addRow(translate("threat", "The Police's &reference:"), self.reference)
        dialog.form.addRow(translate("threat", "Next review:"), self.review)

    def values(self) -> dict[str, Any]:
        return {"level": self.level.currentData(), "nature": self.nature.currentData(),
                "assessed_on": iso_day(self.assessed), "reference": self.reference.text(),
                "review_on": self.review.iso()}


class ThreatRequestDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Threat assessment requested from the Police"),
                         parent, name="threatRequestDialog")
        self.requested = date_edit()
        self.requested_from = QLineEdit()
        self.requested_from.setObjectName("threatRequestedFrom")
        self.form.addRow(self.tr("&Requested on:"), self.requested)
        self.form.addRow(self.tr("Requested &from (police region or contact):"),
                         self.requested_from)
        self.set_intro(self.tr("The answer is awaited in the Due view from the day of the "
                               "request, for the number of days the organisation's policy "
                               "sets (%1 days).").replace(
            "%1", str(session.policy.threat_answer_days)))

    def save(self) -> object:
        return threat.request(self._session, self._case_id, {
            "requested_on": iso_day(self.requested),
            "requested_from": self.requested_from.text()})


class ThreatAnswerDialog(RecordDialog):
    """The answer to a request (``record``) or, without one, a new assessment the Police gave."""

    def __init__(self, session: Session, case_id: int, record: ThreatRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The Police's threat assessment received") if record
                         else self.tr("A new threat assessment from the Police"), parent,
                         name="threatAnswerDialog")
        self._session, self._case_id, self._record = session, case_id, record
        self.answer = _AnswerFields(self)
        self.received = date_edit()
        self.form.addRow(self.tr("Received &on:"), self.received)
        if record is not None:
            self.set_intro(self.tr("Requested on %1 from %2.").replace(
                "%1", str(record.requested_on)).replace("%2", str(record.requested_from)))

    def save(self) -> object:
        values = {**self.answer.values(), "received_on": iso_day(self.received)}
        if self._record is not None:
            return threat.receive(self._session, self._record.id, values)
        return threat.record(self._session, self._case_id, values)


class PoliceFollowUpDialog(CaseRecordDialog):
    """A follow-up with the Police. When it raised or lowered the threat, the new threat is
    asked for and recorded with it, and the routing follows without a new assessment."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Follow-up with the Police"), parent,
                         name="policeFollowUpDialog")
        self.held = date_edit()
        self.phase = choice_box([(phase_label(p.value), p.value) for p in FollowUpPhase])
        self.outcome = choice_box([(outcome_label(o.value), o.value) for o in FollowUpOutcome])
        self.form.addRow(self.tr("&Held on:"), self.held)
        self.form.addRow(self.tr("&Phase:"), self.phase)
        self.form.addRow(self.tr("&Outcome:"), self.outcome)
        self.level = choice_box([(threat_label(v), v) for v in ("high", "low")])
        self.nature = choice_box([(nature_label(v), v) for v in ("concrete", "latent")])
        self.reference = QLineEdit()
        self.reference.setObjectName("followUpThreatReference")
        self.review = OptionalDate(self.tr("Review on"))
        self._threat_rows = [(self.tr("New threat &level:"), self.level),
                             (self.tr("&Concrete or latent:"), self.nature),
                             (self.tr("The Police's &reference:"), self.reference),
                             (self.tr("Next review:"), self.review)]
        for label, widget in self._threat_rows:
            self.form.addRow(label, widget)
        self.outcome.currentIndexChanged.connect(lambda _i: self._follow_outcome())
        self._follow_outcome()

    def changes_threat(self) -> bool:
        return self.outcome.currentData() in (FollowUpOutcome.THREAT_RAISED.value,
                                              FollowUpOutcome.THREAT_LOWERED.value)

    def _follow_outcome(self) -> None:
        changes = self.changes_threat()
        if changes:
            raised = self.outcome.currentData() == FollowUpOutcome.THREAT_RAISED.value
            self.level.setCurrentIndex(self.level.findData("high" if raised else "low"))
        for _label, widget in self._threat_rows:
            self.form.setRowVisible(widget, changes)
        self.set_intro(self.tr("A raised or lowered threat updates the case's current threat "
                               "and shows whether the case should move to another board; the "
                               "signed assessment stays as signed.") if changes else "")
        self.adjustSize()

    def save(self) -> object:
        data: dict[str, Any] = {"held_on": iso_day(self.held),
                                "phase": self.phase.currentData(),
                                "outcome": self.outcome.currentData()}
        if self.changes_threat():
            data.update(threat_level=self.level.currentData(),
                        threat_nature=self.nature.currentData(),
                        threat_reference=self.reference.text(),
                        threat_review_on=self.review.iso())
        return threat.police_followup(self._session, self._case_id, data)


class CustodyDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Prison or closed youth care"), parent,
                         name="custodyDialog")
        self.kind = choice_box([(custody_kind_label(k.value), k.value) for k in CustodyKind])
        self.institution = QLineEdit()
        self.institution.setObjectName("custodyInstitution")
        self.starts = OptionalDate(self.tr("Known"))
        self.release = date_edit()
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Institution:"), self.institution)
        self.form.addRow(self.tr("Stay &started:"), self.starts)
        self.form.addRow(self.tr("Expected &release:"), self.release)
        self.set_intro(self.tr("Planning the transition to release with Kriminalvården or SiS "
                               "is due %1 days before the expected release (the "
                               "organisation's policy).").replace(
            "%1", str(session.policy.release_planning_days)))

    def save(self) -> object:
        return custody.add(self._session, self._case_id, {
            "kind": self.kind.currentData(), "institution": self.institution.text(),
            "starts_on": self.starts.iso(), "expected_release_on": iso_day(self.release)})


class CustodyStepDialog(RecordDialog):
    """``planning`` held, ``released``, or the release ``expected`` on another day."""

    def __init__(self, session: Session, record: CustodyRecord, step: str,
                 parent: QWidget | None = None) -> None:
        titles = {"planning": self.tr("Transition planned with Kriminalvården/SiS"),
                  "released": self.tr("Released"),
                  "expected": self.tr("Release expected on another day")}
        super().__init__(titles[step], parent, name="custodyStepDialog")
        self._session, self._record, self._step = session, record, step
        self.on = date_edit()
        self.form.addRow(self.tr("&On:"), self.on)
        self.set_intro(self.tr("%1, expected release %2.").replace(
            "%1", record.institution).replace("%2", record.expected_release_on))

    def save(self) -> object:
        return custody.mark(self._session, self._record.id, self._step,
                            iso_day(self.on))
