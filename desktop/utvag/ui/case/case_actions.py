"""The Case menu of the main window and the dialogs of its whole-case actions: close the case
with a prescribed closing reason and the decision date, hand it to a colleague (rotation) with a
reason, record that the consent was withdrawn; and, on the open case's tabs, add an intervention
and link a relative. Every action has a stable object name (``actionCloseCase`` …) for tests and
accessibility tools. The services decide what is allowed; their refusals are shown as they say
them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QWidget,
)

from utvag.domain.case_records import CaseStatus
from utvag.domain.case_status import ClosureReason
from utvag.domain.identity import is_protected
from utvag.domain.units import Unit
from utvag.errors import UsageError
from utvag.services.session import Session
from utvag.ui import message_box
from utvag.ui.case.case_life_labels import closure_label
from utvag.ui.case.case_record_dialog import CaseRecordDialog
from utvag.ui.case.record_dialog import RecordDialog, choice_box, date_edit, iso_day
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import local_time
from utvag.ui.layouts import field_row
from utvag.ui.look import PlainLabel
from utvag.ui.named_action import menu_action
from utvag.ui.vault_events import ChangeKind, notify

if TYPE_CHECKING:
    from utvag.ui.case.case_view import CaseView
    from utvag.ui.workspace import Workspace

translate = QCoreApplication.translate
CLOSING_REASONS = [r for r in ClosureReason
                   if r not in (ClosureReason.HANDLING_TRANSFERRED, ClosureReason.HANDED_OVER)]


class CloseCaseDialog(CaseRecordDialog):
    def __init__(self, session: Session, case_id: int, case_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, self.tr("Close case %1").replace("%1", case_number),
                         parent, name="closeCaseDialog")
        self.reason = choice_box([(closure_label(r.value), r.value) for r in CLOSING_REASONS])
        self.decided = date_edit()
        self.form.addRow(self.tr("Closing &reason:"), self.reason)
        self.form.addRow(self.tr("&Decision date:"), self.decided)
        self.set_intro(self.tr("A closed case can be read but no longer changed; follow-ups "
                               "with the Police after the case can still be recorded. A case "
                               "that moves to another board is closed by its transfer."))

    def save(self) -> object:
        from utvag.services import followup
        return followup.close_case(self._session, self._case_id,
                                   str(self.reason.currentData()), iso_day(self.decided))


class ReassignDialog(CaseRecordDialog):
    """Rotation: the case to another caseworker, with the reason; the history stays.

    When this vault trusts colleagues' person cards, the case goes to the chosen colleague's own
    vault as a handover package (``handover.hand_over``) and is read-only here afterwards;
    otherwise only the name changes, in this vault."""

    def __init__(self, session: Session, case_id: int, caseworker: str,
                 parent: QWidget | None = None) -> None:
        from utvag.services import handover, high_risk
        super().__init__(session, case_id, self.tr("Hand the case to a colleague"), parent,
                         name="reassignDialog")
        self.colleagues = [str(c.holder) for c in handover.colleagues(session)]
        self.to = QLineEdit()
        self.to.setObjectName("reassignTo")
        self.colleague = QComboBox()
        self.colleague.setObjectName("handoverColleague")
        self.colleague.addItems(self.colleagues)
        self.package = QLineEdit()
        self.package.setObjectName("handoverPackage")
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.clicked.connect(self._choose)
        self.reason = QLineEdit()
        self.reason.setObjectName("reassignReason")
        self.history = QListWidget()
        self.history.setObjectName("reassignHistory")
        for row in high_risk.assignment_history(session, case_id):
            self.history.addItem(self.tr("%1: %2 → %3 (%4)")
                                 .replace("%1", local_time(row.assigned_at))
                                 .replace("%2", row.from_caseworker)
                                 .replace("%3", row.to_caseworker)
                                 .replace("%4", row.reason))
        self.form.addRow(self.tr("Caseworker now:"), PlainLabel(caseworker))
        if self.colleagues:
            self.form.addRow(self.tr("&To colleague:"), self.colleague)
            self.form.addRow(self.tr("&Reason:"), self.reason)
            self.form.addRow(self.tr("Handover &package:"), field_row(self.package, self.choose))
            intro = self.tr(
                "The case goes to the colleague's own vault as a signed handover package, "
                "readable only there; here it stays as a read-only copy. Give the package to "
                "the colleague; their receipt comes back to you.")
            drafts = handover.drafts_staying(session, case_id)
            if drafts:  # unsigned notes stay: said before the package is written
                intro += "\n\n" + self.tr(
                    "Draft journal notes that are not signed stay here and are not sent: %1. "
                    "Sign the ones your colleague needs first.").replace("%1", str(drafts))
            self.set_intro(intro)
        else:
            self.form.addRow(self.tr("&To colleague:"), self.to)
            self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(self.tr("Earlier handovers:"), self.history)

    def _choose(self) -> None:
        from utvag.ui.transfer.common import free_name, save_package
        target = save_package(self, self.tr("Save the handover package"),
                              free_name("overlamning", ".utvp"))
        if target is not None:
            self.package.setText(str(target))

    def save(self) -> object:
        from utvag.services import high_risk
        return high_risk.reassign(self._session, self._case_id, self.to.text(),
                                  self.reason.text())

    def save_off_thread(self) -> Callable[[], object] | None:
        """A handover seals a package: off the GUI thread (``RecordDialog.submit``)."""
        from utvag.services import handover
        if not self.colleagues:
            return None
        if not self.package.text().strip():
            self._choose()
        if not self.package.text().strip():
            raise UsageError("Choose where to save the handover package.")
        session, case_id, colleague = self._session, self._case_id, self.colleague.currentText()
        package, reason = Path(self.package.text().strip()), self.reason.text()
        return lambda: handover.hand_over(session, case_id, colleague, package, reason=reason)


def handed_over(window: QWidget, sent: object) -> None:
    """After a handover package was written: to whom, the file as it was saved, until when it
    can be opened and the receipt to come, as after a transfer or a resend. Only the name
    changed (no colleagues' cards here): the case's own pages say so, nothing more is shown."""
    from utvag.services.handover import HandoverResult
    from utvag.ui.transfer.common import warnings_text, when_text

    if not isinstance(sent, HandoverResult):
        return
    message_box.information(window, translate("ReassignDialog", "Case handed over"), translate(
        "ReassignDialog", "Case %1 is now handed to %2 and read-only here.\n\nThe package is saved "
        "in:\n%3\n\nWhat to do now: give the file to %2. Only %2's own vault can open it, and "
        "only until %4. When %2 has imported it, a receipt file comes back: register it here "
        "with File › Register receipt…, and the handover is marked delivered.")
        .replace("%1", sent.case_number).replace("%2", sent.to_caseworker)
        .replace("%3", sent.path).replace("%4", when_text(sent.expires))
        + warnings_text(sent.warnings))


def _open(view: CaseView, dialog: RecordDialog, done: Callable[[], None]) -> RecordDialog:
    view.dialog = dialog
    dialog.accepted.connect(done)
    dialog.open()
    return dialog


class CaseMenu(FollowsLanguage, QMenu):
    """Acts on the case open in the workspace; disabled when none is open or it is read-only."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.close_action = menu_action(self, window, "actionCloseCase", self.close_case)
        self.add_intervention_action = menu_action(self, window, "actionAddIntervention",
                                                   self.add_intervention)
        self.link_relative_action = menu_action(self, window, "actionLinkRelative",
                                                self.link_relative)
        self.withdraw_consent_action = menu_action(self, window, "actionWithdrawConsent",
                                                   self.withdraw_consent)
        self.reassign_action = menu_action(self, window, "actionReassignCase", self.reassign)
        self.consult_action = menu_action(self, window, "actionConsultSav", self.consult_sav)
        self.application_action = menu_action(self, window, "actionRecordApplication",
                                              self.record_application)
        self.decision_action = menu_action(self, window, "actionRecordDecision",
                                           self.record_decision)
        self.special_action = menu_action(self, window, "actionSpecialDecision",
                                          self.decide_special)
        self.person_name_action = menu_action(self, window, "actionCorrectPersonName",
                                              self.correct_person_name)
        self.aboutToShow.connect(self.enable)
        self.retranslate()
        self.enable()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Cas&e"))
        self.close_action.setText(self.tr("&Close case…"))
        self.add_intervention_action.setText(self.tr("Add &intervention…"))
        self.link_relative_action.setText(self.tr("Link &relative…"))
        self.withdraw_consent_action.setText(self.tr("Consent &withdrawn…"))
        self.reassign_action.setText(self.tr("&Hand to a colleague…"))
        self.consult_action.setText(self.tr("C&onsult SAV…"))
        self.application_action.setText(self.tr("Record the a&pplication…"))
        self.decision_action.setText(self.tr("Record a d&ecision…"))
        self.special_action.setText(self.tr("SAV's special-defector &decision…"))
        self.person_name_action.setText(self.tr("Correct the person's &name…"))

    def workspace(self) -> Workspace | None:
        workspace: Any = getattr(self._window, "workspace", None)
        return workspace if getattr(self._window, "session", None) is not None else None

    def view(self) -> CaseView | None:
        workspace = self.workspace()
        return None if workspace is None else workspace.case_view

    def enable(self) -> None:
        view = self.view()
        writable = view is not None and view.case.status not in (CaseStatus.CLOSED,
                                                                 CaseStatus.TRANSFERRED)
        for action in (self.close_action, self.add_intervention_action,
                       self.link_relative_action, self.withdraw_consent_action,
                       self.reassign_action, self.consult_action, self.application_action,
                       self.decision_action, self.person_name_action):
            action.setEnabled(writable)
        # only SAV decides whether a defector is a special defector (shown by role_menus)
        at_sav = view is not None and view.session.vault.unit == Unit.SAV.value
        self.special_action.setEnabled(writable and at_sav)

    def _reopen(self, case_id: int) -> None:
        """The case changed as a whole (closed, read-only, a new caseworker): the workspace
        shows it again as it now stands."""
        notify(ChangeKind.CASE, case_id)

    def _on_case(self, dialog: Callable[[CaseView], RecordDialog]) -> RecordDialog | None:
        """The ``dialog`` about the open case, if one is open; once it saves, the case is shown
        again as it now stands."""
        view = self.view()
        if view is None:
            return None
        case_id = view.case.id
        return _open(view, dialog(view), lambda: self._reopen(case_id))

    def close_case(self) -> RecordDialog | None:
        return self._on_case(lambda view: CloseCaseDialog(
            view.session, view.case.id, view.case.case_number, view))

    def reassign(self) -> RecordDialog | None:
        """Hand the open case to a colleague; once a handover package is written, say what was
        written and where."""
        view = self.view()
        if view is None:
            return None
        case_id = view.case.id
        dialog = ReassignDialog(view.session, case_id, view.case.caseworker, view)

        def done() -> None:
            sent = dialog.result_value
            self._reopen(case_id)
            handed_over(self._window, sent)
        return _open(view, dialog, done)

    def add_intervention(self) -> RecordDialog | None:
        view = self.view()
        if view is None:
            return None
        view.setCurrentWidget(view.intervention_pages)
        view.intervention_pages.setCurrentWidget(view.interventions)
        return view.interventions.open_add()

    def link_relative(self) -> RecordDialog | None:
        view = self.view()
        if view is None:
            return None
        view.setCurrentWidget(view.relatives)
        return view.relatives.open_link()

    def withdraw_consent(self) -> RecordDialog | None:
        from utvag.ui.case.consent_withdrawal import WithdrawConsentDialog

        return self._on_case(lambda view: WithdrawConsentDialog(view.session, view.case.id, view))

    def consult_sav(self) -> RecordDialog | None:
        """Ask SAV (decision or advice) about the open case, which stays here."""
        view = self.view()
        if view is None:
            return None
        from utvag.ui.transfer.consultation import ConsultSavDialog, consulted

        case = view.case
        dialog = ConsultSavDialog(view.session, case.id, view)
        return _open(view, dialog, lambda: consulted(self._window, dialog,
                                                     lambda: self._reopen(case.id)))

    def record_application(self) -> RecordDialog | None:
        from utvag.ui.case.decision_dialogs import ApplicationDialog

        return self._on_case(lambda view: ApplicationDialog(view.session, view.case.id, view))

    def record_decision(self) -> RecordDialog | None:
        from utvag.ui.case.decision_dialogs import DecisionDialog

        return self._on_case(lambda view: DecisionDialog(view.session, view.case.id, view))

    def decide_special(self) -> RecordDialog | None:
        from utvag.ui.case.decision_dialogs import SpecialDecisionDialog

        return self._on_case(lambda view: SpecialDecisionDialog(view.session, view.case.id,
                                                                view))

    def correct_person_name(self) -> RecordDialog | None:
        """A name that cannot be sent (a line break, a control or direction character)."""
        from utvag.ui.case.name_correction import PersonNameDialog

        return self._on_case(lambda view: PersonNameDialog(
            view.session, view.case.id,
            "" if is_protected(view.case.person.protected_identity) else view.case.person.name,
            view))
