"""The application a case starts from, and SAV's decision on whether a defector is a special
defector, recorded from the Case menu. The decisions service checks both and records them as
events of the case (audited); the application travels with a transfer, and SAV's decision routes
the case (decided at SAV, or awaiting its transfer back to the district)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from utvag.services import decisions
from utvag.services.session import Session
from utvag.ui.case.record_dialog import RecordDialog, choice_box, date_edit, iso_day


class ApplicationDialog(RecordDialog):
    """When the application came in and from whom (the individual, a guardian, an authority)."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The application the case starts from"), parent,
                         name="applicationDialog")
        self._session, self._case_id = session, case_id
        self.applicant_kind = choice_box([
            (self.tr("The individual"), "individual"), (self.tr("A guardian"), "guardian"),
            (self.tr("An authority"), "authority")])
        self.applicant = QLineEdit()
        self.applicant.setPlaceholderText(self.tr("Which authority (required for one)"))
        self.received = date_edit()
        self.form.addRow(self.tr("&Received on:"), self.received)
        self.form.addRow(self.tr("&From:"), self.applicant_kind)
        self.form.addRow(self.tr("&Applicant:"), self.applicant)
        self.field_widgets.update({"received_on": self.received,
                                   "applicant_kind": self.applicant_kind,
                                   "applicant": self.applicant})
        self.set_intro(self.tr("The application moves with the case when it is transferred: "
                               "the receiving board opens its investigation on it."))

    def save(self) -> object:
        return decisions.record_application(
            self._session, self._case_id, iso_day(self.received),
            str(self.applicant_kind.currentData()), self.applicant.text().strip() or None)


class SpecialDecisionDialog(RecordDialog):
    """SAV's decision: the defector is a special defector (the case is decided at SAV), or not
    (the case awaits its transfer back to the district the person belongs to)."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("SAV's decision on a special defector"), parent,
                         name="specialDecisionDialog")
        self._session, self._case_id = session, case_id
        self.decision = choice_box([
            (self.tr("A special defector: SAV handles the case"), "confirmed"),
            (self.tr("Not a special defector: back to the district"), "not_special")])
        self.decided = date_edit()
        self.justification = QPlainTextEdit()
        self.justification.setTabChangesFocus(True)
        self.justification.setMaximumHeight(90)
        self.form.addRow(self.tr("&Decision:"), self.decision)
        self.form.addRow(self.tr("Decided &on:"), self.decided)
        self.form.addRow(self.tr("&Justification:"), self.justification)
        self.field_widgets.update({"decision": self.decision, "decided_on": self.decided,
                                   "justification": self.justification})
        self.set_intro(self.tr("SAV has the final word on whether a defector is a special "
                               "defector; the decision is dated and justified."))

    def save(self) -> object:
        return decisions.decide_special(
            self._session, self._case_id, str(self.decision.currentData()),
            iso_day(self.decided), self.justification.toPlainText())
