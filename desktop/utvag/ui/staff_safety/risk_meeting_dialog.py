"""Risk assessment before a risky meeting (*riskbedömning inför särskilda riskmoment*): the
meeting, its risk factors, each of the template's six measures chosen or not with a comment, and
the decision; saved as a draft or signed through :mod:`utvag.services.risk_meetings`.

A refused save or signature is explained inside the dialog, which stays open; the service
stores nothing it refuses.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.high_risk import Mitigation, RiskDecision
from utvag.errors import UtvagError
from utvag.services import risk_meetings
from utvag.services.high_risk_records import RiskAssessmentRecord
from utvag.services.session import Session
from utvag.ui.case.kept_dialog import DialogKeeper
from utvag.ui.case.record_dialog import date_time_edit, local_date_time, local_moment
from utvag.ui.errors import report_error
from utvag.ui.layouts import button_row
from utvag.ui.look import error_line
from utvag.ui.messages import known_error_text
from utvag.ui.typed_text_dialog import TypedTextDialog

translate = QCoreApplication.translate


def mitigation_label(value: Mitigation) -> str:
    return {
        Mitigation.DIGITAL_OR_PHONE: translate("risk_meetings", "Meet digitally or by phone"),
        Mitigation.EXTRA_COLLEAGUE: translate("risk_meetings", "An extra colleague takes part"),
        Mitigation.PERSONAL_PROTECTION_GUARD: translate("risk_meetings",
                                                        "A personal-protection guard"),
        Mitigation.POLICE_PRESENT_OR_INFORMED: translate("risk_meetings",
                                                         "The Police present or informed"),
        Mitigation.ADAPTED_MEETING_ROOM: translate("risk_meetings", "The adapted meeting room"),
        Mitigation.SECURITY_COORDINATOR_ADVICE: translate(
            "risk_meetings", "Advice from the security coordinator"),
    }[value]


def decision_label(value: str | None) -> str:
    labels = {
        RiskDecision.PROCEED.value: translate("risk_meetings", "Hold the meeting"),
        RiskDecision.PROCEED_WITH_MITIGATIONS.value: translate(
            "risk_meetings", "Hold the meeting with the chosen measures"),
        RiskDecision.POSTPONE.value: translate("risk_meetings", "Postpone the meeting"),
        RiskDecision.CANCEL.value: translate("risk_meetings", "Cancel the meeting"),
    }
    if value in (None, ""):
        return translate("risk_meetings", "Not decided yet")
    return labels.get(str(value), str(value))


class RiskMeetingDialog(TypedTextDialog):
    """New (``assessment`` None) or a stored draft (a row of ``risk_assessments``).

    ``assessment_id`` is the stored record once anything was saved; ``signed`` tells whether the
    dialog signed it.
    """

    def __init__(self, session: Session, case_id: int,
                 assessment: RiskAssessmentRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskMeetingDialog")
        self._session = session
        self._case_id = case_id
        self.assessment_id: int | None = None if assessment is None else assessment.id
        self.signed = False
        self.setMinimumWidth(60 * self.fontMetrics().averageCharWidth() + 200)
        self.meeting_at = date_time_edit()
        self.meeting_at.setObjectName("meetingAt")
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.place.setMaxLength(200)
        self.participants = QLineEdit()
        self.participants.setObjectName("meetingParticipants")
        self.participants.setMaxLength(1000)
        self.risk_factors = QPlainTextEdit()
        self.risk_factors.setObjectName("riskFactors")
        self.risk_factors.setTabChangesFocus(True)
        self.risk_factors.setFixedHeight(5 * self.fontMetrics().lineSpacing())
        self.chosen: dict[Mitigation, QCheckBox] = {}
        self.comments: dict[Mitigation, QLineEdit] = {}
        measures = QGroupBox(self.tr("Measures"))
        grid = QGridLayout(measures)
        for row, measure in enumerate(Mitigation):
            check = QCheckBox(mitigation_label(measure))
            check.setObjectName(f"chosen_{measure.value}")
            comment = QLineEdit()
            comment.setObjectName(f"comment_{measure.value}")
            comment.setMaxLength(1000)
            comment.setPlaceholderText(self.tr("Comment"))
            grid.addWidget(check, row, 0)
            grid.addWidget(comment, row, 1)
            self.chosen[measure], self.comments[measure] = check, comment
        grid.setColumnStretch(1, 1)
        self.decision = QComboBox()
        self.decision.setObjectName("riskDecision")
        self.decision.addItem(decision_label(None), None)
        for decision in RiskDecision:
            self.decision.addItem(decision_label(decision.value), decision.value)
        self.decision_note = QLineEdit()
        self.decision_note.setObjectName("decisionNote")
        self.error = error_line()
        self.save_button = QPushButton(self.tr("Save &draft"))
        self.sign_button = QPushButton(self.tr("&Sign"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self._store(sign=False))
        self.sign_button.clicked.connect(lambda: self._store(sign=True))
        self.cancel_button.clicked.connect(self.reject)
        form = QFormLayout()
        widget: QWidget
        for label, widget in ((self.tr("Meeting &time:"), self.meeting_at),
                              (self.tr("&Place:"), self.place),
                              (self.tr("P&articipants:"), self.participants),
                              (self.tr("&Risk factors:"), self.risk_factors)):
            form.addRow(label, widget)
        decision_form = QFormLayout()
        for label, widget in ((self.tr("D&ecision:"), self.decision),
                              (self.tr("Decision &note:"), self.decision_note)):
            decision_form.addRow(label, widget)
        buttons = button_row(right=(self.cancel_button, self.save_button, self.sign_button))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(measures)
        layout.addLayout(decision_form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # Typed text survives a lock, filed under the draft it belongs to once there is one.
        self.keeper = DialogKeeper(self, session, case_id, lambda: (
            f"dialog:RiskMeetingDialog:{self.assessment_id or 'new'}"))
        if assessment is None:
            self.setWindowTitle(self.tr("New risk assessment before a meeting"))
            tomorrow = datetime.now().astimezone() + timedelta(days=1)
            self.meeting_at.setDateTime(QDateTime(
                QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(9, 0)))
        else:
            self.setWindowTitle(self.tr("Risk assessment before a meeting (draft)"))
            self._fill(assessment)

    def _fill(self, assessment: RiskAssessmentRecord) -> None:
        self.meeting_at.setDateTime(local_date_time(assessment.meeting_at))
        self.place.setText(assessment.place)
        self.participants.setText(assessment.participants)
        self.risk_factors.setPlainText(assessment.risk_factors)
        for measure in Mitigation:
            choice = assessment.mitigations.get(measure.value)
            self.chosen[measure].setChecked(bool(choice and choice.chosen))
            self.comments[measure].setText((choice and choice.comment) or "")
        index = self.decision.findData(assessment.decision)
        self.decision.setCurrentIndex(max(index, 0))
        self.decision_note.setText(assessment.decision_note or "")
        if assessment.signed:
            self.setWindowTitle(self.tr("Risk assessment before a meeting (signed)"))
            self.save_button.setEnabled(False)
            self.sign_button.setEnabled(False)

    def meeting_time(self) -> datetime:
        """The chosen meeting time in the computer's time zone."""
        return local_moment(self.meeting_at)

    def data(self) -> dict[str, Any]:
        """The form as the service's input."""
        return {
            "meeting_at": self.meeting_time().isoformat(timespec="minutes"),
            "place": self.place.text().strip(),
            "participants": self.participants.text().strip(),
            "risk_factors": self.risk_factors.toPlainText().strip(),
            "mitigations": {m.value: {"chosen": self.chosen[m].isChecked(),
                                      "comment": self.comments[m].text().strip() or None}
                            for m in Mitigation},
            "decision": self.decision.currentData(),
            "decision_note": self.decision_note.text().strip() or None,
        }

    def _store(self, sign: bool) -> None:
        self.error.clear()
        try:
            if self.assessment_id is None:
                self.assessment_id = risk_meetings.add_risk_assessment(
                    self._session, self._case_id, self.data())
            else:
                risk_meetings.update_risk_assessment(self._session, self.assessment_id,
                                                     self.data())
        except UtvagError as exc:
            self._refused(self.tr("Not saved: %1"), exc)
            return
        except Exception as exc:
            report_error(self, exc)
            return
        if sign:
            try:
                risk_meetings.sign_risk_assessment(self._session, self.assessment_id)
            except UtvagError as exc:
                self.setWindowTitle(self.tr("Risk assessment before a meeting (draft)"))
                self._refused(self.tr("Saved as a draft, not signed: %1"), exc)
                return
            except Exception as exc:
                report_error(self, exc)
                return
            self.signed = True
        self.accept()

    def _refused(self, lead: str, exc: UtvagError) -> None:
        self.error.setText(lead.replace("%1", known_error_text(exc)))
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)
        widget = self._widget_for(str(getattr(exc, "field", None) or ""))
        if widget is not None:
            widget.setFocus()

    def _widget_for(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "meeting_at": self.meeting_at, "place": self.place,
            "participants": self.participants, "risk_factors": self.risk_factors,
            "decision": self.decision, "decision_note": self.decision_note,
            "mitigations": self.chosen[Mitigation.DIGITAL_OR_PHONE]}
        if field.startswith("mitigations."):
            name = field.removeprefix("mitigations.")
            for measure in Mitigation:
                if measure.value == name:
                    return self.comments[measure]
        return widgets.get(field)
