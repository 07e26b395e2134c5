"""Showing a masked guardian's details (a protected identity, the guardian's own or the
child's): the user gives the reason first, the reveal is logged as the command line's
``utvag guardian show`` logs it (``identity.reveal``, purpose ``guardians``, the reason's code
and the guardian), and the details appear in a dialog of their own — the table keeps the
marker, so nothing revealed stays on the screen once the dialog is closed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from utvag.domain.case_records import ProtectedIdentity
from utvag.domain.identity import RevealReason
from utvag.errors import UtvagError
from utvag.services import young_people
from utvag.services.session import Session
from utvag.services.young_people import GuardianShown
from utvag.ui.case.record_dialog import choice_box
from utvag.ui.dialog_buttons import ok_cancel, set_ok_enabled, set_ok_text
from utvag.ui.errors import report_error
from utvag.ui.labels import protected_identity_label
from utvag.ui.look import PlainLabel

translate = QCoreApplication.translate


def reason_label(reason: RevealReason) -> str:
    return {
        RevealReason.CONTACT: translate("guardians", "To contact the guardian"),
        RevealReason.INVESTIGATION: translate("guardians",
                                              "For the investigation or a decision"),
        RevealReason.DISCLOSURE: translate("guardians",
                                           "Information leaves on a legal ground"),
        RevealReason.CORRECTION: translate("guardians",
                                           "To check or correct what is recorded"),
    }[reason]


class RevealReasonDialog(QDialog):
    """Asks why the guardian's details are shown; OK only once a reason is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guardianRevealReason")
        self.setWindowTitle(self.tr("Show the guardian's details"))
        self.reason = choice_box([(self.tr("Choose a reason…"), None),
                                  *((reason_label(r), r.value) for r in RevealReason)])
        self.reason.setObjectName("guardianRevealReasonChoice")
        self.buttons = ok_cancel(self)
        set_ok_text(self.buttons, self.tr("&Show (logged)"))
        set_ok_enabled(self.buttons, False)
        self.reason.currentIndexChanged.connect(
            lambda _i: set_ok_enabled(self.buttons, self.chosen() is not None))
        note = PlainLabel(self.tr("The guardian's identity is protected. Showing it is logged "
                              "with the reason and reviewed in the log review."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.buttons)

    def chosen(self) -> str | None:
        data = self.reason.currentData()
        return None if data is None else str(data)


class GuardianDetailsDialog(QDialog):
    """The revealed details, read-only; closing it is all there is to do."""

    def __init__(self, shown: GuardianShown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guardianDetails")
        self.setWindowTitle(self.tr("Guardian's details (revealed, logged)"))
        self.name = PlainLabel(shown.name)
        self.contact = PlainLabel(shown.contact or "—")
        for label in (self.name, self.contact):
            label.setObjectName("guardianDetailsValue")
            label.setTextFormat(Qt.TextFormat.PlainText)  # as written, never drawn as markup
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Protected identity:"),
                    PlainLabel(protected_identity_label(
                        ProtectedIdentity(shown.protected_identity))))
        form.addRow(buttons)


def reveal(parent: QWidget, session: Session, guardian_id: int) -> GuardianDetailsDialog | None:
    """Ask for the reason, reveal through the service and show the details; None when the
    user cancels (nothing is revealed or logged) or the service refuses (said in a message)."""
    asking = RevealReasonDialog(parent)
    if asking.exec() != QDialog.DialogCode.Accepted or asking.chosen() is None:
        return None
    try:
        shown = young_people.reveal_guardian(session, guardian_id, asking.chosen())
    except UtvagError as exc:
        report_error(parent, exc)
        return None
    details = GuardianDetailsDialog(shown, parent)
    details.open()
    return details
