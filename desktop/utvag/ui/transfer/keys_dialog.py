"""The unit's keys: its fingerprint, large and in groups, to read out on the phone; exporting its
card; trusting another unit's card only once the fingerprint heard on the phone has been typed and
matches; and the units trusted, refused and revoked (``transfer.show_keys``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from utvag.errors import UtvagError
from utvag.services import transfer
from utvag.services.session import Session
from utvag.ui.dialog_buttons import ok_button, ok_cancel
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import unit_label
from utvag.ui.layouts import button_row
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.named_action import named_button
from utvag.ui.role_labels import card_label
from utvag.ui.service_text import service_text
from utvag.ui.text_table import set_text_rows, text_table
from utvag.ui.transfer.common import (
    CARD_FILTER,
    open_file,
    refuse,
    save_package,
    when_text,
)

BIG_FINGERPRINT = "font-family: monospace; font-size: 22pt; font-weight: bold; padding: 6px"
HEARD_STYLE = "font-family: monospace; font-size: 14pt"


def _grouped(fingerprint: str) -> str:
    """Two lines of four groups, so a group is not lost when read aloud."""
    groups = fingerprint.split()
    half = (len(groups) + 1) // 2
    return "   ".join(groups[:half]) + "\n" + "   ".join(groups[half:])


class TrustCardDialog(QDialog):
    """Type the fingerprint heard on the phone; the card is trusted only when it matches."""

    def __init__(self, session: Session, card: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustCardDialog")
        self._session = session
        self._card = card
        self.trusted: transfer.TrustedCard | None = None
        self.text = wrapped_label()
        self.heard = QLineEdit()
        self.heard.setObjectName("heardFingerprint")
        self.heard.setStyleSheet(HEARD_STYLE)
        self.problem = wrapped_label("trustProblem")
        self.problem.setStyleSheet("color: #7a1c26")
        self.problem.hide()
        self.buttons = ok_cancel(self, self.try_trust)
        self.heard.textChanged.connect(lambda t: self._ok().setEnabled(bool(t.strip())))
        box = QVBoxLayout(self)
        for widget in (self.text, self.heard, self.problem, self.buttons):
            box.addWidget(widget)
        self.setWindowTitle(self.tr("Trust a unit's key card"))
        self.text.setText(self.tr(
            "Card file: %1\n\nCall the unit on a number you already know (not one given with "
            "the card) and ask them to read out their fingerprint from Unit keys. Type what you "
            "hear; the card is trusted only if it matches.").replace("%1", card.name))
        self._ok().setText(self.tr("&Trust"))
        self._ok().setEnabled(False)

    def _ok(self) -> QPushButton:
        button = ok_button(self.buttons)
        assert button is not None
        return button

    def try_trust(self) -> None:
        try:
            self.trusted = transfer.trust_card(self._session, self._card, self.heard.text())
        except UtvagError as exc:
            self.problem.setText(self.tr("Not trusted.") + " " + service_text(str(exc)))
            self.problem.show()
            return
        self.accept()


class UnitKeysDialog(FollowsLanguage, QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitKeysDialog")
        self.setMinimumWidth(900)
        self._session = session
        self.keys: transfer.UnitKeys = transfer.show_keys(session)
        self.unit = PlainLabel()
        self.fingerprint = PlainLabel(_grouped(self.keys.fingerprint))
        self.fingerprint.setObjectName("ownFingerprint")
        self.fingerprint.setStyleSheet(BIG_FINGERPRINT)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.how = wrapped_label()
        self.export_button = named_button("exportCard", self.export_card)
        self.trust_button = named_button("trustCard", self.trust_card)
        self.trusted_caption, self.refused_caption = PlainLabel(), PlainLabel()
        self.trusted = text_table("trustedCards", 4)
        self.refused = text_table("refusedCards", 4)
        self.problems = wrapped_label()
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        for label in (self.unit, self.fingerprint, self.how):
            box.addWidget(label)
        box.addLayout(button_row((self.export_button, self.trust_button)))
        for widget in (self.trusted_caption, self.trusted, self.refused_caption, self.refused,
                       self.problems, self.close_buttons):
            box.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unit keys"))
        self.unit.setText(self.tr("This vault: %1 — its fingerprint:").replace(
            "%1", card_label(self.keys.to_json())))
        self.how.setText(self.tr(
            "Read these characters out, group by group, when another unit calls to trust your "
            "card; never send them with the card. Letters and digits that look alike count as "
            "the same."))
        self.export_button.setText(self.tr("&Export this unit's card…"))
        self.trust_button.setText(self.tr("&Trust another unit's card…"))
        self.trusted_caption.setText(self.tr("Trusted units:"))
        self.refused_caption.setText(self.tr("Refused and revoked keys:"))
        self.trusted.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Fingerprint"), self.tr("Trusted by"), self.tr("Since")])
        self.refused.setHorizontalHeaderLabels(
            [self.tr("Unit"), self.tr("Fingerprint"), self.tr("Why"), self.tr("Since")])
        problems = self.keys.policy_problems
        self.problems.setText("\n".join(str(p) for p in problems))
        self.problems.setVisible(bool(problems))
        self._fill()

    def _fill(self) -> None:
        rows = [(card_label(t.to_json()), t.card.fingerprint,
                 self.tr("fingerprint by phone") if t.how == "fingerprint"
                 else self.tr("policy"), t.trusted_at or "")
                for t in self.keys.trusted]
        self._set_rows(self.trusted, rows)
        refused = [(unit_label(r.unit), r.fingerprint,
                    self.tr("revoked") if r.kind == "revoked" else self.tr("untrusted"),
                    r.since or "") for r in self.keys.refused]
        self._set_rows(self.refused, refused)

    @staticmethod
    def _set_rows(table: QTableWidget, rows: list[tuple[str, str, str, str]]) -> None:
        set_text_rows(table, [(unit, fingerprint, how, when_text(since) if since else "")
                              for unit, fingerprint, how, since in rows])

    def reload(self) -> None:
        self.keys = transfer.show_keys(self._session)
        self._fill()

    def export_card(self, path: Path | None = None) -> Path | None:
        target = path or save_package(self, self.tr("Export this unit's card"),
                                      f"utvag-card-{self.keys.unit}.json", CARD_FILTER)
        if target is None:
            return None
        try:
            transfer.export_public_card(self._session, target)
        except Exception as exc:
            refuse(self, self.tr("The card was not written."), exc)
            return None
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "The card is saved in %1. Send it to the other unit, then call them so they can "
            "check its fingerprint with you before they trust it.").replace("%1", str(target)))
        return target

    def trust_card(self, path: Path | None = None) -> None:
        card = path or open_file(self, self.tr("Another unit's key card"), CARD_FILTER)
        if card is None:
            return
        dialog = TrustCardDialog(self._session, card, self)
        if dialog.exec() and dialog.trusted is not None:
            self.reload()
