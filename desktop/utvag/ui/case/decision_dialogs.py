"""The application a case starts from, the board's decisions (on the application, an
intervention or closing), and SAV's decision on whether a defector is a special defector,
recorded from the Case menu. The decisions service checks them and records them as events of the
case (audited); the application travels with a transfer, a refusal carries its appeal notice, and
SAV's decision routes the case (decided at SAV, or awaiting its transfer back to the district)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from utvag.services import cases, decisions
from utvag.services.session import Session
from utvag.ui.case.case_life_labels import (
    applicant_label,
    decision_outcome_label,
    decision_subject_label,
    special_decision_label,
)
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.record_dialog import choice_box, date_edit, iso_day


def _text_box(height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def _wide_enough(combo: QComboBox, text: str) -> None:
    """The typed part of an editable combo box wide enough for ``text``, its arrow beside it
    (the style adds the frame and the arrow to the width of the contents)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    contents = QSize(combo.fontMetrics().horizontalAdvance(text) + 16, combo.sizeHint().height())
    combo.setMinimumWidth(combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, contents, combo).width())


class ApplicationDialog(CaseRecordDialog):
    """When the application came in, from whom (the individual, a guardian, an authority) and
    what was applied for: in words, and/or the case's attachment that holds the written
    application. What was typed is kept if the vault locks meanwhile, as in every recording
    dialog."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("The application the case starts from"), parent,
                         name="applicationDialog")
        self.applicant_kind = choice_box([(applicant_label(kind), kind)
                                          for kind in decisions.APPLICANTS])
        self.applicant = QLineEdit()
        self.applicant.setPlaceholderText(self.tr("Which authority (required for one)"))
        self.received = date_edit()
        self.applied_for = _text_box(110)
        self.applied_for.setPlaceholderText(self.tr("What the application asks for, in short"))
        written: list[tuple[str, object]] = [(self.tr("(none among the attachments)"), 0)]
        written += [(att.name, att.id) for att in cases.attachments(session, case_id)]
        self.written = choice_box(written)
        self.form.addRow(self.tr("&Received on:"), self.received)
        self.form.addRow(self.tr("&From:"), self.applicant_kind)
        self.form.addRow(self.tr("&Applicant:"), self.applicant)
        self.form.addRow(self.tr("A&pplied for:"), self.applied_for)
        self.form.addRow(self.tr("&Written application:"), self.written)
        self.field_widgets.update({"received_on": self.received,
                                   "applicant_kind": self.applicant_kind,
                                   "applicant": self.applicant, "applied_for": self.applied_for,
                                   "attachment_id": self.written})
        self.set_intro(self.tr("The application moves with the case when it is transferred, "
                               "with what was applied for and the written application: the "
                               "receiving board opens its investigation on it."))

    def save(self) -> object:
        attachment = int(self.written.currentData() or 0)
        return decisions.record_application(
            self._session, self._case_id, iso_day(self.received),
            str(self.applicant_kind.currentData()), self.applicant.text().strip() or None,
            applied_for=self.applied_for.toPlainText(), attachment_id=attachment or None)


class SpecialDecisionDialog(CaseRecordDialog):
    """SAV's decision: the defector is a special defector (the case is decided at SAV), or not
    (the case awaits its transfer back to the district the person belongs to)."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("SAV's decision on a special defector"), parent,
                         name="specialDecisionDialog")
        self.decision = choice_box([(special_decision_label(code), code)
                                    for code in decisions.SAV_DECISIONS])
        self.decided = date_edit()
        self.justification = _text_box()
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


class DecisionDialog(CaseRecordDialog):
    """The board's decision: on the application, an intervention or closing; granted or
    refused; what was decided, when (not after today: the service says so) and by which role.
    A refusal carries the appeal notice, the standard one written in for the caseworker to
    adjust; a grant carries none."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Record a decision"), parent,
                         name="decisionDialog")
        self.subject = choice_box([(decision_subject_label(code), code)
                                   for code in decisions.SUBJECTS])
        self.outcome = choice_box([(decision_outcome_label(code), code)
                                   for code in decisions.OUTCOMES])
        self.what = _text_box()
        self.what.setPlaceholderText(self.tr("What was granted or refused"))
        self.decided = date_edit()
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems([self.tr("Unit manager"), self.tr("Section manager"),
                            self.tr("Individual committee")])
        self.role.setCurrentIndex(-1)
        line = self.role.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("The decision-maker's role, as delegated"))
        line.setAccessibleName(line.placeholderText())  # the typed part of the combo box
        # Wide enough to read the hint whole, whichever label column the form ends up with.
        _wide_enough(self.role, line.placeholderText())
        self.appeal = _text_box(110)
        self.appeal.setPlainText(decisions.DEFAULT_APPEAL_NOTICE)
        self.form.addRow(self.tr("&Concerns:"), self.subject)
        self.form.addRow(self.tr("O&utcome:"), self.outcome)
        self.form.addRow(self.tr("&What was decided:"), self.what)
        self.form.addRow(self.tr("Decided &on:"), self.decided)
        self.form.addRow(self.tr("Decided &by (role):"), self.role)
        self.form.addRow(self.tr("&Appeal notice:"), self.appeal)
        self.field_widgets.update({"subject": self.subject, "outcome": self.outcome,
                                   "what": self.what, "decided_on": self.decided,
                                   "decided_by_role": self.role, "appeal_notice": self.appeal})
        self.outcome.currentIndexChanged.connect(lambda _i: self._show_appeal())
        self._show_appeal()
        self.set_intro(self.tr("A refusal tells the person how to appeal: the standard notice "
                               "is written in, and can be adjusted to the decision."))

    def _refused(self) -> bool:
        return bool(self.outcome.currentData() == "refused")

    def _show_appeal(self) -> None:
        refused = self._refused()
        self.appeal.setVisible(refused)
        label = self.form.labelForField(self.appeal)
        if label is not None:
            label.setVisible(refused)
        # The dialog grows to show the notice whole rather than squeeze every box to make room.
        self.adjustSize()

    def save(self) -> object:
        return decisions.record_decision(
            self._session, self._case_id, subject=str(self.subject.currentData()),
            outcome=str(self.outcome.currentData()), what=self.what.toPlainText(),
            decided_on=iso_day(self.decided), decided_by_role=self.role.currentText(),
            appeal_notice=self.appeal.toPlainText() if self._refused() else None)
