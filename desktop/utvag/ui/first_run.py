"""First run: choose the unit, create a passphrase, keep the recovery key, quick unlock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from utvag.domain.units import UNIT_IDS
from utvag.ui.labels import unit_label
from utvag.ui.messages import known_error_text
from utvag.ui.passphrase_strength import MIN_BITS, estimate_bits, is_acceptable

UNITS = UNIT_IDS
MAX_WIDTH = 760  # a calm, centred column rather than fields stretched across the window
Creator = Callable[[str, str], str]


class UnitPage(QWizardPage):
    def __init__(self, fixed_unit: str | None) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Utväg"))
        self.setSubTitle(self.tr("Utväg keeps your cases encrypted on this computer. "
                                 "First choose the unit you work for."))
        self.unit = QComboBox()
        self.unit.setObjectName("unitCombo")
        for unit in UNITS:
            self.unit.addItem(unit_label(unit), unit)
        if fixed_unit is not None:
            self.unit.setCurrentIndex(UNITS.index(fixed_unit))
            self.unit.setEnabled(False)
        form = QFormLayout(self)
        label = QLabel(self.tr("&Unit:"))
        label.setBuddy(self.unit)
        form.addRow(label, self.unit)
        if fixed_unit is not None:
            form.addRow(QLabel(self.tr("Set by your organisation's policy.")))

    def selected_unit(self) -> str:
        return str(self.unit.currentData())


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Create a passphrase"))
        self.setSubTitle(self.tr("Use at least 12 characters; a few unrelated words work well. "
                                 "Nobody can recover the passphrase for you."))
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.feedback = QLabel()
        self.feedback.setObjectName("strengthLabel")
        self.feedback.setWordWrap(True)
        form = QFormLayout(self)
        l1 = QLabel(self.tr("&Passphrase:"))
        l1.setBuddy(self.first)
        l2 = QLabel(self.tr("&Repeat:"))
        l2.setBuddy(self.second)
        form.addRow(l1, self.first)
        form.addRow(l2, self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(self.feedback)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.first.text()
        bits = estimate_bits(text)
        self.meter.setValue(min(100, int(bits / (MIN_BITS * 1.6) * 100)))
        if not text:
            self.feedback.setText("")
        elif not is_acceptable(text):
            self.feedback.setText(self.tr("Too weak: make it longer, or add more words."))
        elif self.second.text() and self.second.text() != text:
            self.feedback.setText(self.tr("The two passphrases differ."))
        else:
            self.feedback.setText(self.tr("Good."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.first.text()
        return is_acceptable(text) and text == self.second.text()

    def validatePage(self) -> bool:
        """Create the vault here, so the recovery key exists before it is shown."""
        if self._wizard.recovery_key:
            return True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._wizard.recovery_key = self._wizard.creator(
                self._wizard.unit_page.selected_unit(), self.first.text())
        except Exception as exc:  # known errors get their message; bugs a generic one
            self.feedback.setText(known_error_text(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.first.clear()
        self.second.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("If you forget the passphrase, only this key opens the vault. "
                                 "It is shown once: print it or write it down, and keep it "
                                 "locked away."))
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(13)
        self.key.setFont(mono)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._print)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmRecovery")
        self.confirm.textChanged.connect(self.completeChanged)
        box = QVBoxLayout(self)
        box.addWidget(self.key)
        box.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        ask = QLabel(self.tr("To confirm you have it, type its last &group:"))
        ask.setBuddy(self.confirm)
        box.addWidget(ask)
        box.addWidget(self.confirm)

    def initializePage(self) -> None:
        groups = self._wizard.recovery_key.split("-")
        self.key.setText("\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)))

    def isComplete(self) -> bool:
        last = self._wizard.recovery_key.rsplit("-", 1)[-1]
        return bool(last) and self.confirm.text().strip().upper() == last

    def _print(self) -> None:
        from utvag.ui.printing import print_recovery_key

        print_recovery_key(self, self._wizard.recovery_key)


class QuickUnlockPage(QWizardPage):
    def __init__(self, allowed: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Quick unlock"))
        self.setSubTitle(self.tr("Optional: open Utväg on this computer without typing the "
                                 "passphrase."))
        self.enable = QCheckBox(self.tr("Unlock with my computer account (system keyring)"))
        self.enable.setObjectName("quickUnlock")
        self.enable.setEnabled(allowed)
        note = QLabel(
            self.tr("The passphrase still works, and losing the keyring costs nothing but a "
                    "passphrase prompt.") if allowed else
            self.tr("Your organisation's policy does not allow quick unlock."))
        note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.enable)
        box.addWidget(note)


class FirstRunWizard(QWizard):
    def __init__(self, creator: Creator, fixed_unit: str | None, keyring_allowed: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # Qt's "&Finish" would share Alt+F with the File menu.
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Fi&nish"))
        self.creator = creator
        self.recovery_key = ""
        self.unit_page = UnitPage(fixed_unit)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.quick_page = QuickUnlockPage(keyring_allowed)
        for page in (self.unit_page, self.passphrase_page, self.recovery_page, self.quick_page):
            self.addPage(page)

    def reject(self) -> None:
        """Escape must not end the first run: that would skip confirming the recovery key."""

    def wants_quick_unlock(self) -> bool:
        return self.quick_page.enable.isChecked()
