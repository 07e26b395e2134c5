"""Transfer a case: where the signed assessment routes it, the receiving unit, the reason when
they differ, the consent and the legal ground, the protected-identity acknowledgement and the file.

Every choice is checked at once by the same rules ``utvag transfer export`` applies
(``transfer.check_export``, read-only); the button that writes the package stays off, with the
rule's message in view, until they pass. Nothing is written by this dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.case_records import Case, ProtectedIdentity
from utvag.errors import UtvagError
from utvag.services import disclosures, transfer, young_people
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.dialog_buttons import ok_cancel, set_ok_enabled, set_ok_text
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import unit_label
from utvag.ui.layouts import field_row
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.service_text import service_text
from utvag.ui.transfer.common import choose_into, free_name, package_folder, size_text

WARNING_STYLE = "color: #7a1c26"


class TransferCaseDialog(FollowsLanguage, QDialog):
    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferCaseDialog")
        self.setMinimumWidth(620)
        self._session = session
        self._case = case
        self.preview = transfer.export_preview(session, case.id)
        self.covered = transfer.consent_covers(session, case, self.preview.consent)
        self.person_protected = case.person.protected_identity is not ProtectedIdentity.NONE
        # a guardian is person data: a protected guardian needs the same confirmation
        self.protected = self.person_protected or young_people.has_protected_guardian(
            session, case.id)
        # only grounds that let information go to another board: never a Police-only one
        self._grounds = [g for g in disclosures.transfer_grounds() if not g.requires_consent]
        self._path_chosen = False

        self.summary = wrapped_label()
        self.route = wrapped_label("transferRoute")
        # the application should travel with the case, and with what was applied for
        self.application = wrapped_label("transferApplication")
        self.application.setStyleSheet(WARNING_STYLE)
        self.application.setVisible(not self.preview.application_content)
        # unsigned notes stay here: said before the caseworker confirms, so they can be
        # finished (signed) first
        self.drafts = wrapped_label("transferDrafts")
        self.drafts.setStyleSheet(WARNING_STYLE)
        self.drafts.setVisible(self.preview.drafts > 0)
        self.unit = QComboBox()
        self.unit.setObjectName("transferUnit")
        for unit in self.preview.trusted_units:
            self.unit.addItem("", unit)
        if self.preview.suggested_unit in self.preview.trusted_units:
            self.unit.setCurrentIndex(self.preview.trusted_units.index(
                self.preview.suggested_unit))
        self.reason_label = wrapped_label()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("transferReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.consent = wrapped_label("transferConsent")
        self.ground = QComboBox()
        self.ground.setObjectName("transferGround")
        for ground in self._grounds:
            self.ground.addItem("", ground.key)
            self.ground.setItemData(self.ground.count() - 1, ground.reference, 3)  # tooltip
        self.ground.setCurrentIndex(-1)  # chosen by the caseworker, never preset
        self.ground_text = QLineEdit()
        self.ground_text.setObjectName("transferGroundText")
        self.ground_caption = PlainLabel()
        self.ground_text_caption = PlainLabel()
        self.legal = wrapped_label("transferLegalGround")
        # the whole sentence, wrapped: a check box's text is cut
        self.reveal_note = wrapped_label("transferRevealNote")
        self.reveal_note.setVisible(self.protected)
        self.reveal = QCheckBox()
        self.reveal.setObjectName("transferRevealIdentity")
        self.reveal.setVisible(self.protected)
        self.relatives = QCheckBox()
        self.relatives.setObjectName("transferIncludeRelatives")
        self.path = QLineEdit()
        self.path.setObjectName("transferFile")
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose_file)
        self.problem = wrapped_label("transferProblem")
        self.problem.setStyleSheet(WARNING_STYLE)
        self.buttons = ok_cancel(self)

        form = QFormLayout()
        self._captions = [PlainLabel() for _ in range(4)]
        form.addRow(self._captions[0], self.unit)
        form.addRow(self.reason_label)
        form.addRow(self.reason)
        form.addRow(self._captions[1], self.consent)
        form.addRow(self.ground_caption, self.ground)
        form.addRow(self.ground_text_caption, self.ground_text)
        form.addRow(self._captions[2], self.legal)
        form.addRow(self.reveal_note)
        form.addRow(self.reveal)
        form.addRow(self.relatives)
        form.addRow(self._captions[3], field_row(self.path, self.choose))
        for caption, field in ((self._captions[0], self.unit), (self._captions[3], self.path),
                               (self.ground_caption, self.ground),
                               (self.ground_text_caption, self.ground_text)):
            caption.setBuddy(field)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.route)
        box.addWidget(self.application)
        box.addWidget(self.drafts)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)

        self.unit.currentIndexChanged.connect(lambda _i: self._unit_changed())
        self.reason.textChanged.connect(self.evaluate)
        self.ground.currentIndexChanged.connect(lambda _i: self.evaluate())
        self.ground_text.textChanged.connect(lambda _t: self.evaluate())
        self.reveal.toggled.connect(lambda _on: self.evaluate())
        self.path.textEdited.connect(lambda _t: self._path_edited())
        self.retranslate()
        self._unit_changed()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Transfer case %1").replace("%1", self._case.case_number))
        p = self.preview
        self.summary.setText(self.tr(
            "Case %1 leaves this unit as an encrypted, signed package that only the receiving "
            "unit can open. It holds journal notes: %2, assessments: %3, attachments: %4 (%5). "
            "The case is then closed here and read-only.").replace("%1", p.case_number)
            .replace("%2", str(p.notes)).replace("%3", str(p.assessments))
            .replace("%4", str(len(p.attachments))).replace("%5", size_text(p.attachment_bytes)))
        self.route.setText(self._route_text())
        self.drafts.setText(self.tr(
            "Draft journal notes that are not signed stay here and are not sent: %1. Sign the "
            "ones the receiving unit needs before writing the package.").replace(
            "%1", str(p.drafts)))
        self.application.setText(self.tr(
            "No application is recorded on the case: the receiving board opens its "
            "investigation on the application already received, so record it first (Case › "
            "Record the application…).") if not p.application else self.tr(
            "The application is recorded without what was applied for: the receiving board "
            "learns when and from whom it came, but not its content. Record it again with what "
            "was applied for or the written application (Case › Record the application…); the "
            "one recorded last travels."))
        for caption, text in zip(self._captions, (
                self.tr("Receiving &unit:"), self.tr("Consent:"), self.tr("Legal ground:"),
                self.tr("Package &file:")), strict=True):
            caption.setText(text)
        for index in range(self.unit.count()):
            self.unit.setItemText(index, unit_label(str(self.unit.itemData(index))))
        swedish = i18n.current_language() == "sv"
        for index, ground in enumerate(self._grounds):
            self.ground.setItemText(index, ground.label_sv if swedish else ground.label_en)
        self.ground.setPlaceholderText(self.tr("Choose the legal ground…"))
        self.ground_caption.setText(self.tr("&Ground instead:"))
        self.ground_text_caption.setText(self.tr("Ground in &words:"))
        self.consent.setText(self._consent_text())
        self.reveal_note.setText(self.tr(
            "The person has a protected identity. I confirm that the receiving unit needs the "
            "name, identity number and address; the package will carry them (logged).")
            if self.person_protected else self.tr(
            "A guardian has a protected identity. I confirm that the receiving unit needs their "
            "name and contact; the package will carry them (logged)."))
        self.reveal.setText(self.tr("I &confirm"))
        self.reveal.setAccessibleDescription(self.reveal_note.text())
        self.relatives.setText(self.tr("Include the relatives' data linked to the case"))
        self.choose.setText(self.tr("C&hoose…"))
        set_ok_text(self.buttons, self.tr("&Write package"))
        self.evaluate()

    def _route_text(self) -> str:
        p = self.preview
        if p.special_defector is None:
            text = self.tr("No signed assessment routes this case: a transfer needs a written "
                           "reason.")
        elif p.suggested_unit is None:
            text = self.tr("The signed assessment keeps the case at this unit: a transfer needs "
                           "a written reason.")
        else:
            text = self.tr("The signed assessment routes the case to %1.").replace(
                "%1", unit_label(p.suggested_unit))
            if p.suggested_unit not in p.trusted_units:
                text += " " + self.tr("This vault trusts no key card of %1 yet: exchange cards "
                                      "and confirm the fingerprint by phone under File › Unit "
                                      "keys… first.").replace("%1", unit_label(p.suggested_unit))
        if not p.trusted_units:
            text += " " + self.tr("No other unit's key card is trusted yet, so no package can be "
                                  "written (File › Unit keys…).")
        return text

    def _consent_text(self) -> str:
        consent = self.preview.consent
        if consent is None or not consent["given"]:
            return self.tr("No consent is recorded on a signed assessment. The disclosure "
                           "needs another legal ground from the register.")
        given = str(consent.get("given_on") or "")
        if consent["withdrawn"] or (consent["covers_recipient"] and not self.covered):
            return self.tr("The consent given %1 has been withdrawn. The disclosure needs "
                           "another legal ground from the register.").replace("%1", given)
        if not self.covered:
            return self.tr("The consent given %1 does not cover another social-services board. "
                           "The disclosure needs another legal ground from the register."
                           ).replace("%1", given)
        return self.tr("The consent given %1 covers another social-services board; the "
                       "disclosure rests on it.").replace("%1", given)

    # -- choices -------------------------------------------------------------------------
    @property
    def to_unit(self) -> str | None:
        data = self.unit.currentData()
        return str(data) if data else None

    def _unit_changed(self) -> None:
        unit = self.to_unit
        differs = unit is not None and unit != self.preview.suggested_unit
        self.reason_label.setVisible(differs)
        self.reason.setVisible(differs)
        if differs:
            self.reason_label.setText(self.tr(
                "The assessment does not route the case to %1. Write why it goes there anyway "
                "(kept with the transfer):").replace("%1", unit_label(unit or "")))
        if not self._path_chosen and unit is not None:  # a neutral name (``free_name``)
            folder = package_folder()
            self.path.setText(str(folder / free_name(f"overflyttning-{unit}", ".utvp", folder)))
        self.evaluate()

    def _path_edited(self) -> None:
        self._path_chosen = True
        self.evaluate()

    def _choose_file(self) -> None:
        if choose_into(self, self.path, self.tr("Save the transfer package")):
            self._path_chosen = True
            self.evaluate()

    def request(self) -> dict[str, Any]:
        """The arguments of ``transfer.export_case`` for the choices made."""
        reason = self.reason.toPlainText().strip() if self.reason.isVisible() else ""
        legal_ref = legal_ground = None
        if not self.covered:
            legal_ref = str(self.ground.currentData() or "") or None
            ground = next((g for g in self._grounds if g.key == legal_ref), None)
            if ground is not None and ground.requires_text:
                legal_ground = self.ground_text.text().strip() or None
        return {"to_unit": self.to_unit or "", "out_path": Path(self.path.text().strip()),
                "reason": reason or None, "legal_ref": legal_ref, "legal_ground": legal_ground,
                "reveal_identity": self.reveal.isChecked(),
                "include_relatives": self.relatives.isChecked()}

    def evaluate(self) -> None:
        """Run the service's checks on the choices; the first refusal is shown, and the
        package can be written only when there is none."""
        self.ground_caption.setVisible(not self.covered)
        self.ground.setVisible(not self.covered)
        chosen = next((g for g in self._grounds if g.key == self.ground.currentData()), None)
        words = not self.covered and chosen is not None and chosen.requires_text
        self.ground_text_caption.setVisible(words)
        self.ground_text.setVisible(words)
        problem, legal = "", ""
        args = self.request()
        if self.to_unit is None:
            problem = self.tr("Choose the receiving unit.")
        elif not self.reason.isHidden() and not self.reason.toPlainText().strip():
            problem = self.tr("A transfer to %1 needs a written reason: write why the case goes "
                              "there.").replace("%1", unit_label(self.to_unit))
        elif words and not self.ground_text.text().strip():  # by its label, not its key
            problem = self.tr("Ground in words: write the ground the transfer rests on.")
        else:
            try:
                decision, card = transfer.check_export(
                    self._session, self._case, args["to_unit"], reason=args["reason"],
                    legal_ground=args["legal_ground"], legal_ref=args["legal_ref"],
                    reveal_identity=args["reveal_identity"],
                    include_relatives=args["include_relatives"])
                legal = decision.legal_ground
                if not self.path.text().strip():
                    problem = self.tr("Choose where to save the package.")
                else:
                    transfer.check_new_file(args["out_path"])
                self.unit.setToolTip(card.card.fingerprint)
            except UtvagError as exc:
                problem = service_text(str(exc))
        self.legal.setText(legal or "—")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        set_ok_enabled(self.buttons, not problem)
        if self.isVisible():  # once the layout has taken in the rows shown and hidden
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        """Rows come and go: fit them, no wrapped text cut and no gaps between them."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > 0 and needed != self.height():
            self.resize(self.width(), needed)
