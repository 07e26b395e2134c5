"""Record a disclosure: what left the board (data categories), to whom and which authority, when,
and on which legal ground from the table in ``resources/legal/grounds.json``. A consent that does
not cover the recipient or was withdrawn, an unknown ground or a future time is refused by the
service; the reason is shown here, the dialog stays open and nothing is recorded. A protected
identity is warned about and must be acknowledged first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from utvag.domain.legal_grounds import RECIPIENT_AUTHORITIES, Channel, DataCategory
from utvag.errors import UtvagError
from utvag.services import disclosures
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.case.kept_dialog import DialogKeeper
from utvag.ui.case.record_dialog import date_time_edit, local_moment
from utvag.ui.code_labels import CodeLabels
from utvag.ui.dialog_buttons import ok_cancel
from utvag.ui.look import PlainLabel, error_line, wrapped_label
from utvag.ui.messages import known_error_text
from utvag.ui.typed_text_dialog import TypedTextDialog

translate = QCoreApplication.translate


channel_label = CodeLabels(lambda: {
    Channel.TRANSFER_PACKAGE.value: translate("disclosures", "Transfer package"),
    Channel.POLICE_REQUEST_ANSWER.value: translate("disclosures", "Answer to a Police request"),
    Channel.CONCERN_REPORT.value: translate("disclosures", "Concern report"),
    Channel.PRINTOUT.value: translate("disclosures", "Printout handed over"),
    Channel.OTHER.value: translate("disclosures", "Other"),
})


category_label = CodeLabels(lambda: {
    DataCategory.PERSON.value: translate("disclosures", "Person"),
    DataCategory.CASE.value: translate("disclosures", "Case"),
    DataCategory.JOURNAL_NOTES.value: translate("disclosures", "Journal notes"),
    DataCategory.ASSESSMENTS.value: translate("disclosures", "Assessments"),
    DataCategory.ATTACHMENTS.value: translate("disclosures", "Attachments"),
    DataCategory.AUDIT_EXCERPT.value: translate("disclosures", "Audit excerpt"),
    DataCategory.TRANSFER_DECISION.value: translate("disclosures", "Transfer decision"),
})


authority_label = CodeLabels(lambda: {
    "police": translate("disclosures", "Police"),
    "security_service": translate("disclosures", "Security Service"),
    "prison_probation": translate("disclosures", "Prison and Probation Service"),
    "sis": translate("disclosures", "SiS (youth care)"),
    "health_care": translate("disclosures", "Health care"),
    "other_social_services": translate("disclosures", "Other social services"),
    "other": translate("disclosures", "Someone else"),
})


def ground_label(ground: dict[str, Any]) -> str:
    return str(ground["label_sv"] if i18n.current_language() == "sv" else ground["label_en"])


class DisclosureForm(TypedTextDialog):
    """``entry`` is the recorded disclosure after OK."""

    def __init__(self, session: Session, case_id: int, protected: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self.entry: disclosures.DisclosureEntry | None = None
        self.setWindowTitle(self.tr("Record a disclosure"))
        self.channel = QComboBox()
        for channel in Channel:
            if channel is not Channel.TRANSFER_PACKAGE:  # the transfer export records those
                self.channel.addItem(channel_label(channel.value), channel.value)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("Who received it, e.g. the Police, region West"))
        self.authority = QComboBox()
        for value in RECIPIENT_AUTHORITIES:
            self.authority.addItem(authority_label(value), value)
        self.categories = {c.value: QCheckBox(category_label(c.value)) for c in DataCategory
                           if c is not DataCategory.TRANSFER_DECISION}
        grid = QGridLayout()
        for i, box in enumerate(self.categories.values()):
            grid.addWidget(box, i // 3, i % 3)
        self._grounds = disclosures.ground_table()
        self.ground = QComboBox()
        for ground in self._grounds:
            self.ground.addItem(ground_label(ground), ground["key"])
        self.ground.setCurrentIndex(-1)  # chosen by the caseworker, never preset
        self.ground.setPlaceholderText(self.tr("Choose the legal ground…"))
        self.reference = wrapped_label()
        self.ground.currentIndexChanged.connect(self._show_reference)
        self.ground_text = QLineEdit()
        self.ground_text.setPlaceholderText(self.tr("The ground in words, e.g. the request's "
                                                    "reference number"))
        self.harm_test = QPlainTextEdit()
        self.harm_test.setObjectName("harmTest")
        self.harm_test.setAccessibleName(self.tr("Harm test"))
        self.harm_test.setPlaceholderText(self.tr(
            "The harm test: why disclosing outweighs the harm to the person or someone close"))
        self.harm_test.setFixedHeight(80)
        self.harm_test.setTabChangesFocus(True)  # Tab goes on to "When", as in every field
        self.harm_required = wrapped_label()
        self.when = date_time_edit()
        self.protected_warning = PlainLabel(self.tr(
            "The person has a protected identity. Weigh the disclosure against the protection: "
            "does the recipient need the identity at all?"))
        self.protected_warning.setWordWrap(True)
        self.protected_warning.setStyleSheet("background: #fbe9eb; color: #7a1c26; padding: 6px")
        self.acknowledge = QCheckBox(self.tr("I have weighed the disclosure against the "
                                             "protection"))
        self.revealed = QCheckBox(self.tr("The person's identity data was part of what left"))
        for widget in (self.protected_warning, self.acknowledge, self.revealed):
            widget.setVisible(protected)
        self.error = error_line()
        self.error.setStyleSheet("color: #b02a37")
        form = QFormLayout(self)  # each field's label carries its Alt key
        form.addRow(self.protected_warning)
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("&Recipient:"), self.recipient)
        form.addRow(self.tr("Recipient's &authority:"), self.authority)
        form.addRow(self.tr("What left:"), grid)
        form.addRow(self.tr("&Legal ground:"), self.ground)
        form.addRow("", self.reference)
        form.addRow(self.tr("In &words:"), self.ground_text)
        form.addRow(self.tr("&Harm test:"), self.harm_test)
        form.addRow("", self.harm_required)
        form.addRow(self.tr("Wh&en:"), self.when)
        form.addRow(self.acknowledge)
        form.addRow(self.revealed)
        form.addRow(self.error)
        self.buttons = ok_cancel(self, self._accept)
        form.addRow(self.buttons)
        self._show_reference()
        self.keeper = DialogKeeper(self, session, case_id)  # typed text survives a lock
        self.resize(640, self.sizeHint().height())

    def _show_reference(self) -> None:
        if self.ground.currentIndex() < 0:
            self.reference.setText("")
            self.harm_required.setText("")
            return
        ground = self._grounds[self.ground.currentIndex()]
        if self.error.text() == self._no_ground_text():
            self.error.clear()  # chosen now: the refusal no longer holds
        self.reference.setText(f"{ground['reference']}\n{ground['note']}")
        self.harm_required.setText(
            self.tr("This ground requires the harm test (menprövning) to be written down.")
            if ground.get("requires_harm_test") else
            self.tr("A harm test is not required for this ground; it is kept if written."))
        self._fit()

    def _fit(self) -> None:
        """Grow to the height the wrapped texts need, so no field is drawn over another."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def data(self) -> dict[str, Any]:
        at = local_moment(self.when)
        return {"channel": self.channel.currentData(), "recipient": self.recipient.text(),
                "recipient_authority": self.authority.currentData(),
                "categories": [k for k, box in self.categories.items() if box.isChecked()],
                "legal_ref": self.ground.currentData(),
                "legal_text": self.ground_text.text().strip() or None,
                "harm_test": self.harm_test.toPlainText().strip() or None,
                "disclosed_at": at.isoformat(timespec="minutes"),
                "acknowledge_protected": self.acknowledge.isChecked(),
                "identity_revealed": self.revealed.isChecked()}

    def _no_ground_text(self) -> str:
        return self.tr("Not recorded: %1").replace(
            "%1", self.tr("Legal ground: choose the ground the disclosure rests on."))

    def _accept(self) -> None:
        try:
            self.entry = disclosures.record_disclosure(self._session, self._case_id, **self.data())
        except UtvagError as exc:
            text = self.tr("Not recorded: %1").replace("%1", known_error_text(exc))
            if getattr(exc, "field", None) == "legal_ref" and self.ground.currentIndex() < 0:
                text = self._no_ground_text()  # none is preset: in words, not the table's keys
                self.ground.setFocus()
            self.error.setText(text)
            self._fit()
            return
        self.accept()
