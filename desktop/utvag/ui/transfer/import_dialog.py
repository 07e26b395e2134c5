"""The preview of a case package before it is imported (``transfer.preview_package`` has verified
the envelope and read ``case.json``; nothing is written but the audit row of the look): who sent
it and with which key, the case, the person (masked when protected), the attachments, the expiry;
the link-or-separate choice when the person is already known here; and where the receipt goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.case_records import CaseType
from utvag.services import transfer
from utvag.services.transfer import PackagePreview
from utvag.ui.dialog_buttons import ok_cancel, set_ok_enabled, set_ok_text
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import case_type_label, unit_label
from utvag.ui.layouts import field_row
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.role_labels import role_label, signer_label
from utvag.ui.transfer.common import choose_into, size_text, when_text

FINGERPRINT_STYLE = "font-family: monospace; font-size: 13pt; font-weight: bold"


class ImportPreviewDialog(FollowsLanguage, QDialog):
    def __init__(self, preview: PackagePreview, package: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setMinimumWidth(600)
        self.preview = preview
        self.package = package
        self.intro = wrapped_label()
        self.sender_unit = PlainLabel()
        self.sender_unit.setObjectName("previewSender")
        self.fingerprint = PlainLabel(preview.sender_fingerprint)
        self.fingerprint.setObjectName("previewFingerprint")
        self.fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.trusted_how = PlainLabel()
        self.case_number = PlainLabel(preview.source_case_number)
        self.case_number.setObjectName("previewCaseNumber")
        self.case_type = PlainLabel()
        self.person = PlainLabel()
        self.person.setObjectName("previewPerson")
        self.contents = PlainLabel()
        self.application = wrapped_label("previewApplication")
        self.attachments = QListWidget()
        self.attachments.setObjectName("previewAttachments")
        self.attachments.setMaximumHeight(90)
        self.expires = PlainLabel()
        self.expires.setObjectName("previewExpires")
        self.known = wrapped_label("previewKnownPerson")
        self.link = QRadioButton()
        self.link.setObjectName("previewLinkPerson")
        self.separate = QRadioButton()
        self.separate.setObjectName("previewSeparatePerson")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.link)
        self.choice.addButton(self.separate)
        for widget in (self.known, self.link, self.separate):
            widget.setVisible(preview.needs_person_choice)
        self.receipt = QLineEdit(str(transfer.default_receipt_path(package)))
        self.receipt.setObjectName("previewReceiptFile")
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose_receipt)
        for label in (self.sender_unit, self.fingerprint, self.case_number, self.person,
                      self.known):
            # what the sender wrote (a name, a number, a key card's holder) is shown as text:
            # as rich text, a tag in it could draw what the preview seems to say
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = ok_cancel(self)
        self.choice.buttonToggled.connect(lambda _b, _on: self._update())

        form = QFormLayout()
        self._captions = [PlainLabel() for _ in range(10)]
        fields: list[QWidget] = [self.sender_unit, self.fingerprint, self.trusted_how,
                                 self.case_number, self.case_type, self.person, self.contents,
                                 self.application, self.attachments, self.expires]
        for caption, field in zip(self._captions, fields, strict=True):
            form.addRow(caption, field)
        form.addRow(self.known)
        form.addRow(self.link)
        form.addRow(self.separate)
        self.receipt_caption = PlainLabel()
        self.receipt_caption.setBuddy(self.receipt)
        form.addRow(self.receipt_caption, field_row(self.receipt, self.choose))
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self.retranslate()

    def sender_text(self) -> str:
        """The sending unit and whose vault signed the package (its key card says): a
        caseworker's or manager's by name and role, or the unit's own."""
        p = self.preview
        unit = unit_label(p.sender_unit)
        if p.sender_holder is not None:
            return self.tr("%1 — %2").replace("%1", unit).replace(
                "%2", signer_label(f"{p.sender_holder} ({p.sender_role})"))
        if p.sender_role == "unit":
            return self.tr("%1 — the unit's vault").replace("%1", unit)
        return self.tr("%1 — %2").replace("%1", unit).replace("%2", role_label(p.sender_role))

    def retranslate(self) -> None:
        p = self.preview
        self.setWindowTitle(self.tr("Import a case package"))
        self.intro.setText(self.tr(
            "The package is signed by a trusted unit, addressed to this unit, not expired and not "
            "imported before. Check what it holds; nothing is imported until you press Import."))
        for caption, text in zip(self._captions, (
                self.tr("From:"), self.tr("Sender's fingerprint:"), self.tr("Key trusted:"),
                self.tr("Case number there:"), self.tr("Type:"), self.tr("Person:"),
                self.tr("Contents:"), self.tr("Application:"), self.tr("Attachments:"),
                self.tr("Valid until:")),
                strict=True):
            caption.setText(text)
        self.sender_unit.setText(self.sender_text())
        if p.handover:
            self.sender_unit.setText(self.tr("%1 — hands the case over to you (rotation)")
                                     .replace("%1", p.sender_label))
            self.intro.setText(self.tr(
                "A colleague of your unit hands this case over to you, signed with their key "
                "card. Check what it holds; nothing is imported until you press Import."))
        self.trusted_how.setText(self.tr("confirmed by phone (fingerprint)")
                                 if p.trusted_how == "fingerprint"
                                 else self.tr("by the organisation's policy"))
        try:
            self.case_type.setText(case_type_label(CaseType(p.case_type)))
        except ValueError:
            self.case_type.setText(p.case_type)
        self.person.setText(self.tr("Protected identity (shown after import, logged)")
                            if p.protected_identity not in ("", "none") else p.person_name)
        self.contents.setText(self.tr("Journal notes: %1, assessments: %2, attachments: %3 "
                                      "(%4); package %5").replace("%1", str(p.notes))
                              .replace("%2", str(p.assessments))
                              .replace("%3", str(len(p.attachments)))
                              .replace("%4", size_text(sum(s for _, s in p.attachments)))
                              .replace("%5", size_text(p.size)))
        self.application.setText(self.application_text())
        self.attachments.clear()
        for name, size in p.attachments:
            self.attachments.addItem(f"{name} ({size_text(size)})")
        if not p.attachments:
            self.attachments.addItem(self.tr("none"))
        self.expires.setText(when_text(p.expires))
        self.known.setText(self.tr(
            "A person with the same identity number already has case %1 here. Choose:")
            .replace("%1", ", ".join(p.existing_cases)))
        self.link.setText(self.tr("&Link the imported case to that person"))
        self.separate.setText(self.tr("Keep them &separate (a new person)"))
        self.receipt_caption.setText(self.tr("&Receipt file:"))
        self.choose.setText(self.tr("C&hoose…"))
        set_ok_text(self.buttons, self.tr("&Import"))
        self._update()

    def application_text(self) -> str:
        """Whether the application the case started from comes with it, and its content: the
        receiving board opens its investigation on it."""
        p = self.preview
        if p.application_received is None:
            return self.tr("None comes with the case: ask the sending board for the "
                           "application it received.")
        if p.application_content:
            return self.tr("Received %1, with what was applied for.").replace(
                "%1", p.application_received)
        return self.tr("Received %1, without what was applied for: ask the sending board for "
                       "it.").replace("%1", p.application_received)

    def _update(self) -> None:
        set_ok_enabled(self.buttons, not self.preview.needs_person_choice
                       or self.choice.checkedButton() is not None)

    def _choose_receipt(self) -> None:
        choose_into(self, self.receipt, self.tr("Save the receipt"))

    @property
    def link_person(self) -> str | None:
        if not self.preview.needs_person_choice:
            return None
        return transfer.LINK if self.link.isChecked() else transfer.SEPARATE

    @property
    def receipt_path(self) -> Path:
        return Path(self.receipt.text().strip())
