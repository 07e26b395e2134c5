"""Recording that the consent was withdrawn (when, by whom, optionally the signed letter among
the case's attachments), and the banner that says so on the case from then on. The consent
service records the withdrawal as an event and decides what it refuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from utvag.services import cases, consent_view
from utvag.services.consent_view import ConsentState
from utvag.services.session import Session
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.record_dialog import choice_box, date_edit, iso_day

translate = QCoreApplication.translate


class WithdrawConsentDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("The consent was withdrawn"), parent,
                         name="withdrawConsentDialog")
        self.on = date_edit()
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("The individual"))
        letters: list[tuple[str, object]] = [(self.tr("(no letter)"), 0)]
        letters += [(att.name, att.id) for att in cases.attachments(session, case_id)]
        self.letter = choice_box(letters)
        self.form.addRow(self.tr("&Withdrawn on:"), self.on)
        self.form.addRow(self.tr("&By:"), self.by)
        self.form.addRow(self.tr("Signed &letter:"), self.letter)
        self.set_intro(self.tr("From this day criterion 4 is not met, and transfers and "
                               "disclosures that rest on the consent are refused. The case stays "
                               "open; close it with the reason \"the consent has been withdrawn\" "
                               "when that is decided."))

    def save(self) -> object:
        letter = int(self.letter.currentData() or 0)
        return consent_view.withdraw(self._session, self._case_id, iso_day(self.on),
                                     self.by.text().strip() or None, letter or None)


def consent_state(session: Session, case_id: int) -> ConsentState:
    """Read once when the case opens (a withdrawal reopens the case)."""
    return consent_view.state(session, case_id)


def withdrawal_text(state: ConsentState) -> str:
    """What the case says about a withdrawn consent ("" when it is not withdrawn), in the
    current language."""
    if not state.withdrawn:
        return ""
    events = state.withdrawals
    if not events:
        return translate("caselife", "The consent is withdrawn. Transfers and disclosures that "
                         "rest on it are refused.")
    first = events[0]
    by = first.withdrawn_by or "individual"
    who = translate("caselife", "the individual") if by == "individual" else by
    return translate("caselife", "The consent was withdrawn on %1 by %2. Transfers and "
                     "disclosures that rest on it are refused.").replace(
        "%1", first.withdrawn_on).replace("%2", who)
