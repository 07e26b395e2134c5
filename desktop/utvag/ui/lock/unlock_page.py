"""The lock screen: passphrase, quick unlock through the keyring, or the recovery key.

A wrong passphrase gives a clear message and a delay that grows with each failure; the field
keeps the keyboard focus during the delay (a disabled field would pass it on to a button, where a
Space would switch modes), only trying is held back. Known errors (vault open elsewhere, not a
vault) are explained; nothing here ever shows a traceback. The screen names the unit whose vault
this is, never a file path.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from utvag.ui.focus_ring import FocusRingButton
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.look import PlainLabel, error_line, styled, wrapped_label
from utvag.ui.unit_labels import unit_label

MAX_DELAY_MS = 30_000


class UnlockPage(FollowsLanguage, QWidget):
    """Emits ``unlock_requested(method, secret)`` with method passphrase, recovery or keyring."""

    unlock_requested = Signal(str, str)

    def __init__(self, unit: str | None, quick_unlock: bool, *, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self._failures = 0
        self._recovery_mode = False
        self._unit = unit
        self._demo = demo
        self.title = PlainLabel()
        styled(self.title, "pageTitle")
        self.subtitle = wrapped_label()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setObjectName("secretField")
        self.secret.returnPressed.connect(self._submit)
        self.secret_label = PlainLabel()
        self.secret_label.setBuddy(self.secret)
        self.error = error_line()
        self.status = PlainLabel()  # "Unlocking…" while the key is derived off the GUI thread
        self.status.setObjectName("statusLabel")
        self._busy = False
        self.unlock_button = FocusRingButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.quick_button = FocusRingButton()
        self.quick_button.setVisible(quick_unlock)
        self.quick_button.clicked.connect(lambda: self.unlock_requested.emit("keyring", ""))
        self.mode_button = FocusRingButton()
        self.mode_button.setFlat(True)
        self.mode_button.clicked.connect(self.toggle_recovery_mode)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._end_delay)

        form = QFormLayout()
        form.addRow(self.secret_label, self.secret)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mode_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quick_button)
        buttons.addWidget(self.unlock_button)
        box = QVBoxLayout()
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.subtitle)
        box.addSpacing(12)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.status)
        box.addLayout(buttons)
        box.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box, 3)
        outer.addStretch(1)
        self.retranslate()
        self.secret.setFocus()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Utväg is locked"))
        if self._demo:
            self.subtitle.setText(self.tr("DEMO (fictional data)"))
        elif self._unit:
            self.subtitle.setText(self.tr("Unit: %1").replace("%1", unit_label(self._unit)))
        else:
            self.subtitle.setText(self.tr("The vault on this computer"))
        if self._recovery_mode:
            self.secret_label.setText(self.tr("&Recovery key:"))
            self.mode_button.setText(self.tr("Use the passphrase instead"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
        else:
            self.secret_label.setText(self.tr("&Passphrase:"))
            self.mode_button.setText(self.tr("Forgot the passphrase? Use the recovery key"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.error.setAccessibleName(self.tr("Error"))
        self.quick_button.setText(self.tr("&Quick unlock"))

    def show_quick_unlock(self, available: bool) -> None:
        """Whether the vault can be unlocked through the system keyring (told after painting)."""
        self.quick_button.setVisible(available)

    def toggle_recovery_mode(self) -> None:
        self._recovery_mode = not self._recovery_mode
        self.secret.clear()
        self.error.clear()
        self.retranslate()
        self.secret.setFocus()

    @property
    def recovery_mode(self) -> bool:
        return self._recovery_mode

    def set_busy(self, busy: bool) -> None:
        """While unlocking: the typed secret stays as it is, and nothing can be sent twice."""
        self._busy = busy
        self.secret.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy and not self._delay.isActive())
        self.quick_button.setEnabled(not busy)
        self.mode_button.setEnabled(not busy)
        self.status.setText(self.tr("Unlocking…") if busy else "")
        if busy:
            self.error.clear()

    @property
    def busy(self) -> bool:
        return self._busy

    def _submit(self) -> None:
        if self._delay.isActive() or self._busy:
            return
        text = self.secret.text()
        if not text:
            self.error.setText(self.tr("Type the passphrase first."))
            return
        self.unlock_requested.emit("recovery" if self._recovery_mode else "passphrase", text)

    def show_failure(self, error: BaseException, wrong_secret: bool) -> None:
        """Show why unlocking failed; after a wrong secret, wait longer each time."""
        from utvag.ui.messages import known_error_text  # not needed to paint the lock screen

        self.secret.clear()
        text = known_error_text(error)
        if wrong_secret:
            self._failures += 1
            delay = min(MAX_DELAY_MS, 500 * 2 ** (self._failures - 1))
            text += " " + self.tr("Try again in %n second(s).", "", max(1, round(delay / 1000)))
            self.unlock_button.setEnabled(False)
            self._delay.start(delay)
        self.error.setText(text)
        self.secret.setFocus()

    def _end_delay(self) -> None:
        self.unlock_button.setEnabled(True)

    @property
    def failures(self) -> int:
        return self._failures

    def current_delay_ms(self) -> int:
        return self._delay.interval() if self._delay.isActive() else 0
