"""After unlocking with the recovery key: set a new passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from utvag.services import session as session_service
from utvag.services.session import Session
from utvag.services.vault_setup import KdfParams
from utvag.ui.dialog_buttons import ok_cancel
from utvag.ui.lock.passphrase_strength import is_acceptable
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.messages import known_error_text


class NewPassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 kdf: KdfParams | None = None, allow_weak_kdf: bool = False) -> None:
        super().__init__(parent)
        self._session = session
        self._kdf = kdf
        self._allow_weak_kdf = allow_weak_kdf
        self.setWindowTitle(self.tr("Set a new passphrase"))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = wrapped_label()
        form = QFormLayout(self)
        form.addRow(PlainLabel(self.tr("You unlocked with the recovery key. Choose a new "
                                   "passphrase now.")))
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("Repeat:"), self.second)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self._accept))

    def _accept(self) -> None:
        new = self.first.text()
        if not is_acceptable(new):
            self.error.setText(self.tr("Too weak: use at least 12 characters, or more words."))
            return
        if new != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        try:
            session_service.set_passphrase_after_recovery(
                self._session, new, kdf=self._kdf, allow_weak_kdf=self._allow_weak_kdf)
        except Exception as exc:
            self.error.setText(known_error_text(exc))
            return
        self.accept()
