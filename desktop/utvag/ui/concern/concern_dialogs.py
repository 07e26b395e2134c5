"""The dialogs that record a concern report and its steps: the report itself (received at,
reporter, feedback asked for, the child), the protection and preliminary assessments with their
outcomes, feedback given, a conversation held, and linking the report to the child's case.
Every rule is the service's; a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from utvag.domain.case_records import ProtectedIdentity
from utvag.domain.concern_reports import (
    Participant,
    PreliminaryOutcome,
    ProtectionOutcome,
    ReporterType,
)
from utvag.errors import ValidationError
from utvag.services import concern
from utvag.services.followup_records import ConcernReportRecord
from utvag.services.session import Session
from utvag.ui.case.record_dialog import (
    OptionalDate,
    RecordDialog,
    choice_box,
    date_edit,
    date_time_edit,
    iso_day,
    iso_local_time,
    local_date_time,
)
from utvag.ui.concern.concern_labels import (
    participant_label,
    preliminary_label,
    protection_label,
    reporter_label,
)
from utvag.ui.labels import local_time, protected_identity_label

# a report as the Concern reports view lists it, or as the case's Follow-up tab does
Report = concern.ConcernReport | ConcernReportRecord


class NewConcernDialog(RecordDialog):
    """A received report. With ``case_id`` the child is that case's person; otherwise the
    child's name and identity number or birth date are typed (a protected identity is masked
    everywhere else)."""

    def __init__(self, session: Session, case_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A concern report about a child"), parent)
        self.setObjectName("newConcernDialog")
        self._session, self._case_id = session, case_id
        self.received = date_time_edit()
        self.reporter = choice_box([(reporter_label(r.value), r.value) for r in ReporterType])
        self.feedback = QCheckBox(self.tr("The reporter asked for feedback"))
        self.form.addRow(self.tr("&Received at:"), self.received)
        self.form.addRow(self.tr("Rep&orter:"), self.reporter)
        self.form.addRow("", self.feedback)
        self.name = QLineEdit()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("YYYYMMDD-NNNN"))
        self.birth = OptionalDate(self.tr("Birth date, when there is no identity number:"))
        self.protection = choice_box([(protected_identity_label(p), p.value)
                                      for p in ProtectedIdentity])
        if case_id is None:
            self.form.addRow(self.tr("The child's &name:"), self.name)
            self.form.addRow(self.tr("&Identity number:"), self.number)
            self.form.addRow("", self.birth)
            self.form.addRow(self.tr("Pro&tected identity:"), self.protection)
        self.set_intro(self.tr("The protection assessment is due within 24 hours of receipt, "
                               "the preliminary assessment within 14 days."))

    def save(self) -> object:
        data: dict[str, Any] = {"received_at": iso_local_time(self.received),
                                "reporter_type": self.reporter.currentData(),
                                "feedback_requested": self.feedback.isChecked()}
        if self._case_id is not None:
            data["case_id"] = self._case_id
        else:
            child: dict[str, Any] = {"name": self.name.text(),
                                     "protected_identity": self.protection.currentData()}
            if self.number.text().strip():
                child["personal_number"] = self.number.text().strip()
            if self.birth.iso() is not None:
                child["birth_date"] = self.birth.iso()
            data["child"] = child
        return concern.new_report(self._session, data)


def _outcome_box(items: list[tuple[str, object]], recorded: object) -> QComboBox:
    """The outcome of an assessment: the recorded one, else none chosen (so that Enter never
    records an outcome nobody picked)."""
    box = choice_box(items)
    box.setPlaceholderText(QCoreApplication.translate("concern", "Choose…"))
    box.setCurrentIndex(box.findData(recorded) if recorded is not None else -1)
    return box


def _chosen(box: QComboBox) -> str:
    if box.currentIndex() < 0:
        raise ValidationError("outcome: is required", field="outcome", rule="required")
    return str(box.currentData())


class _StepDialog(RecordDialog):
    """A step of the report; when it is already recorded the dialog opens with what was
    recorded and says that saving changes it."""

    def __init__(self, session: Session, title: str, name: str, report: Report,
                 recorded_at: str | None, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self._session, self._report = session, report
        self.at = date_time_edit()
        intro = self.tr("The report was received at %1.").replace(
            "%1", local_time(report.received_at))
        if recorded_at:
            self.at.setDateTime(local_date_time(recorded_at))
            intro += " " + self.tr("This step was recorded at %1; saving changes what was "
                                   "recorded.").replace("%1", local_time(recorded_at))
        self.set_intro(intro)

    def _assessed(self, outcomes: list[tuple[str, object]], recorded: object) -> QComboBox:
        """The rows of an assessment step, when it was made and its outcome; the outcome box."""
        box = _outcome_box(outcomes, recorded)
        self.form.addRow(self.tr("&Made at:"), self.at)
        self.form.addRow(self.tr("&Outcome:"), box)
        return box


class ProtectionDialog(_StepDialog):
    def __init__(self, session: Session, report: Report,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Protection assessment (within 24 hours)"),
                         "protectionDialog", report, report.protection_assessed_at, parent)
        self.outcome = self._assessed(
            [(protection_label(o.value), o.value) for o in ProtectionOutcome],
            report.protection_outcome)

    def save(self) -> object:
        return concern.record_protection(self._session, self._report.id,
                                         iso_local_time(self.at), _chosen(self.outcome))


class PreliminaryDialog(_StepDialog):
    def __init__(self, session: Session, report: Report,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Preliminary assessment (within 14 days)"),
                         "preliminaryDialog", report, report.preliminary_assessed_at, parent)
        self.outcome = self._assessed(
            [(preliminary_label(o.value), o.value) for o in PreliminaryOutcome],
            report.preliminary_outcome)
        self.reason = QPlainTextEdit(report.preliminary_reason or "")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def save(self) -> object:
        return concern.record_preliminary(self._session, self._report.id,
                                          iso_local_time(self.at), _chosen(self.outcome),
                                          self.reason.toPlainText())


class FeedbackDialog(_StepDialog):
    def __init__(self, session: Session, report: Report,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Feedback given to the reporter"), "feedbackDialog",
                         report, report.feedback_given_at, parent)
        self.form.addRow(self.tr("&Given at:"), self.at)

    def save(self) -> object:
        return concern.record_feedback(self._session, self._report.id,
                                       iso_local_time(self.at))


class ConversationDialog(RecordDialog):
    def __init__(self, session: Session, report: Report,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A conversation about the concern report"), parent)
        self.setObjectName("conversationDialog")
        self._session, self._report = session, report
        self.held = date_edit()
        self.with_whom: dict[str, QCheckBox] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, who in enumerate(Participant):
            box = QCheckBox(participant_label(who.value))
            self.with_whom[who.value] = box
            grid.addWidget(box, n // 3, n % 3)
        self.note = QLineEdit()
        self.form.addRow(self.tr("&Held on:"), self.held)
        self.form.addRow(self.tr("With:"), grid_host)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.set_intro(self.tr("Conversations are held with the child and the guardians except "
                               "in exceptional cases."))

    def save(self) -> object:
        return concern.add_conversation(self._session, self._report.id, {
            "held_on": iso_day(self.held),
            "with_whom": [code for code, box in self.with_whom.items() if box.isChecked()],
            "note": self.note.text()})


class LinkCaseDialog(RecordDialog):
    def __init__(self, session: Session, report: Report,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Link the concern report to the child's case"), parent)
        self.setObjectName("linkConcernDialog")
        self._session, self._report = session, report
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("Case number"))
        self.form.addRow(self.tr("&Case:"), self.case_number)
        self.set_intro(self.tr("From then on its clocks are the case's, and whoever has the "
                               "case sees it."))

    def save(self) -> object:
        from utvag.services import case_ref

        text = self.case_number.text().strip()
        if not text:
            raise ValidationError("case_number: is required", field="case_number",
                                  rule="required")
        case_id = case_ref.resolve(self._session, case_ref.parse(text))
        return concern.link_case(self._session, self._report.id, case_id)
