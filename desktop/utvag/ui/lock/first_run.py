"""First run: choose the unit, create a passphrase, keep the recovery key, confirm it, quick
unlock. The vault is created when the passphrase page is committed; the pages before it cannot
be reached again afterwards (the wizard says so), since changing them would change nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from utvag.domain.units import VAULT_UNIT_IDS
from utvag.services.vault_setup import VAULT_ROLES
from utvag.ui.background import BackgroundOp, Cancelled, run_in_background
from utvag.ui.errors import report_error
from utvag.ui.labels import unit_label
from utvag.ui.layouts import button_row
from utvag.ui.lock.passphrase_strength import MIN_BITS, estimate_bits, is_acceptable
from utvag.ui.look import PlainLabel, styled, wrapped_label
from utvag.ui.messages import known_error_text
from utvag.ui.printing import RecoverySheet, print_sheet, printers_available, save_sheet_pdf
from utvag.ui.role_labels import role_label

UNITS = VAULT_UNIT_IDS  # the units, and last the city office (it only merges statistics)
MAX_WIDTH = 760  # a calm, centred column rather than fields stretched across the window
# (unit, passphrase, called just before the vault is moved into place) → the creation, to run
# off the GUI thread: → (recovery key, vault id).
Creator = Callable[[str, str, Callable[[], None]], Callable[[], tuple[str, str]]]


class Creation:
    """A vault being created, and a lock meeting it. A lock before the vault is moved into place
    stops the creation there (nothing exists); one after it finds the vault made, and the wizard
    still shows its recovery key: no vault is left whose recovery key nobody saw."""

    def __init__(self) -> None:
        self._gate = threading.Lock()
        self.abandoned = False
        self.committed = False

    def commit(self) -> None:
        """In the worker, just before the vault is moved into place."""
        with self._gate:
            if self.abandoned:
                raise Cancelled
            self.committed = True

    def abandon(self) -> None:
        """On the GUI thread, when a lock comes while creating."""
        with self._gate:
            if not self.committed:
                self.abandoned = True


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
        label = PlainLabel(self.tr("&Unit:"))
        label.setBuddy(self.unit)
        form.addRow(label, self.unit)
        if fixed_unit is not None:
            form.addRow(PlainLabel(self.tr("Set by your organisation's policy.")))
        self.role = QComboBox()
        self.role.setObjectName("roleCombo")
        for value in VAULT_ROLES:
            self.role.addItem(role_label(value), value)
        self.holder = QLineEdit()
        self.holder.setObjectName("holderName")
        self.holder.setEnabled(False)
        self.role.currentIndexChanged.connect(
            lambda _i: self.holder.setEnabled(self.selected_role() in ("caseworker", "manager")))
        self.role_problem = wrapped_label()
        role_label_widget = PlainLabel(self.tr("Whose &vault:"))
        role_label_widget.setBuddy(self.role)
        holder_label = PlainLabel(self.tr("Your na&me:"))
        holder_label.setBuddy(self.holder)
        form.addRow(role_label_widget, self.role)
        form.addRow(holder_label, self.holder)
        form.addRow(self.role_problem)

    def selected_unit(self) -> str:
        return str(self.unit.currentData())

    def selected_role(self) -> str:
        return str(self.role.currentData())

    def holder_name(self) -> str | None:
        return self.holder.text().strip() or None if self.holder.isEnabled() else None

    def validatePage(self) -> bool:
        """A caseworker's or manager's vault names its holder (checked as ``init`` checks it)."""
        from utvag.services.transfer.keys import check_role

        try:
            check_role(self.selected_role(), self.holder_name(), self.selected_unit())
        except Exception as exc:
            self.role_problem.setText(known_error_text(exc))
            return False
        self.role_problem.clear()
        return True


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Create a passphrase"))
        self.setSubTitle(self.tr("Use at least 12 characters; a few unrelated words work well. "
                                 "Nobody can recover the passphrase for you. The vault is "
                                 "created when you continue; the unit and the passphrase "
                                 "cannot be changed in this wizard after that."))
        # Creating the vault cannot be undone here: no Back past this page.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.feedback = wrapped_label("strengthLabel")
        form = QFormLayout(self)
        l1 = PlainLabel(self.tr("&Passphrase:"))
        l1.setBuddy(self.first)
        l2 = PlainLabel(self.tr("&Repeat:"))
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
        """Create the vault here, so the recovery key exists before it is shown. The key
        derivation takes seconds: it runs off the GUI thread while the wizard, taking no input,
        shows that it is working."""
        if self._wizard.recovery_key:
            return True
        wizard, creation = self._wizard, Creation()
        unit, passphrase = wizard.unit_page.selected_unit(), self.first.text()
        create = wizard.creator(unit, passphrase, creation.commit)
        loop = QEventLoop()
        op = run_in_background(
            wizard, self.tr("Creating the vault…"), lambda _progress: create(),
            on_error=lambda _exc: None, on_cancel=creation.abandon, cancellable=False)
        op.ended.connect(loop.quit)
        wizard.creating = creation
        focus = QApplication.focusWidget()
        wizard.setEnabled(False)
        try:
            loop.exec()
        finally:
            wizard.setEnabled(True)
            # The progress window, when the derivation took long enough to show it, was the
            # active window: the wizard takes the keyboard back, or the next page opens with
            # nothing focused and Enter does nothing.
            wizard.activateWindow()
            if focus is not None:
                focus.setFocus()  # where it was: Enter goes on as before
        if op.error is not None or op.result is None:
            wizard.creating = None
            if creation.abandoned:  # a lock: the passphrase is not left on screen either
                self.first.clear()
                self.second.clear()
                self.feedback.setText(
                    self.tr("Locked before the vault was created: nothing was created."))
            else:
                self.feedback.setText(known_error_text(op.error or RuntimeError()))
            return False
        wizard.recovery_key, wizard.vault_id = op.result
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
        self.created = wrapped_label("vaultCreated")
        self.key = PlainLabel()
        styled(self.key, "recoveryKey")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(13)
        self.key.setFont(mono)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._print)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.clicked.connect(self._save_pdf)
        self.print_note = wrapped_label()
        box = QVBoxLayout(self)
        box.addWidget(self.created)
        box.addWidget(self.key)
        box.addLayout(button_row((self.print_button, self.pdf_button)))
        box.addWidget(self.print_note)

    def initializePage(self) -> None:
        self._wizard.creating = None  # the key is on screen from here
        groups = self._wizard.recovery_key.split("-")
        self.key.setText("\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)))
        self.created.setText(self.tr("The vault for %1 has been created. The unit and the "
                                     "passphrase can no longer be changed here (the passphrase "
                                     "can be changed later with utvag passwd).")
                             .replace("%1", unit_label(self._wizard.unit_page.selected_unit())))
        available = printers_available()
        self.print_button.setEnabled(available)
        self.print_note.setText("" if available else self.tr(
            "No printer is set up on this computer. Write the key down by hand, or save a PDF "
            "and print it elsewhere; then delete the PDF."))

    def sheet(self) -> RecoverySheet:
        return RecoverySheet(self._wizard.recovery_key, self._wizard.unit_page.selected_unit(),
                             self._wizard.vault_id, date.today())

    def _print(self) -> BackgroundOp[None] | None:
        """After the print dialog, the sheet is laid out and printed off the GUI thread."""
        return print_sheet(self, self.sheet(), lambda: self.print_note.setText(
            self.tr("Sent to the printer.")))

    def _save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key as PDF (not encrypted)"),
            str(Path.home() / "utvag-recovery-key.pdf"), self.tr("PDF (*.pdf)"))
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> BackgroundOp[None]:
        """The sheet is laid out and written off the GUI thread; the note says how it went."""
        sheet = self.sheet()
        return run_in_background(
            self, self.tr("Saving the PDF…"), lambda _progress: save_sheet_pdf(sheet, path),
            lambda _done: self.print_note.setText(self.tr(
                "Saved; only you can read the file. Print it, then delete it.")),
            on_error=self._not_saved, qt_thread=True)

    def _not_saved(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.print_note.setText(known_error_text(exc))
        else:
            report_error(self, exc)


class ConfirmRecoveryPage(QWizardPage):
    """The key is not on screen here: the user shows they kept it by typing part of it."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Confirm the recovery key"))
        self.setSubTitle(self.tr("Take the printed or written-down key. Go back if you have "
                                 "not kept it yet."))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmRecovery")
        self.confirm.textChanged.connect(self.completeChanged)
        box = QVBoxLayout(self)
        ask = PlainLabel(self.tr("To confirm you have it, type its last &group:"))
        ask.setBuddy(self.confirm)
        box.addWidget(ask)
        box.addWidget(self.confirm)

    def isComplete(self) -> bool:
        last = self._wizard.recovery_key.rsplit("-", 1)[-1]
        return bool(last) and self.confirm.text().strip().upper() == last


class QuickUnlockPage(QWizardPage):
    def __init__(self, allowed: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Quick unlock"))
        self.setSubTitle(self.tr("Optional: open Utväg on this computer without typing the "
                                 "passphrase."))
        self.enable = QCheckBox(self.tr("Unlock with my computer account (system keyring)"))
        self.enable.setObjectName("quickUnlock")
        self.enable.setEnabled(allowed)
        note = PlainLabel(
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
        self.vault_id = ""
        self.creating: Creation | None = None  # a vault being created, its key not yet shown
        self.unit_page = UnitPage(fixed_unit)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.confirm_page = ConfirmRecoveryPage(self)
        self.quick_page = QuickUnlockPage(keyring_allowed)
        for page in (self.unit_page, self.passphrase_page, self.recovery_page,
                     self.confirm_page, self.quick_page):
            self.addPage(page)

    def back(self) -> None:
        """Never back past the created vault (the Back button is gone there already)."""
        if self.currentPage() is self.recovery_page:
            return
        super().back()

    def reject(self) -> None:
        """Escape must not end the first run: that would skip confirming the recovery key."""

    def key_unseen(self) -> bool:
        """A vault was made whose recovery key is not yet on screen (a lock came meanwhile)."""
        return self.creating is not None and self.creating.committed

    def wants_quick_unlock(self) -> bool:
        return self.quick_page.enable.isChecked()
