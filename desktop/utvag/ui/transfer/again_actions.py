"""Doing a transfer's file again, for the open case: resend a package that was refused (out of
order, expired) or lost, write an imported case's receipt again, and write the receipt for SAV's
answer to the case's consultation again. All live in the Case menu and call the same services as
``utvag transfer resend``, ``utvag transfer receipt-out`` and ``utvag consult receipt-out``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from utvag.ui.labels import unit_label
from utvag.ui.named_action import named_action
from utvag.ui.transfer.common import free_name, save_package, warnings_text, when_text

if TYPE_CHECKING:
    from utvag.services.consultation.receipts import ConsultationReceipt
    from utvag.services.session import Session
    from utvag.services.transfer import ExportResult, ReceiptFile
    from utvag.ui.transfer.actions import TransferActions


class AgainActions(QObject):
    def __init__(self, actions: TransferActions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.window = actions.window
        self.resend_action = self._action("actionResendPackage", self.resend)
        self.receipt_out_action = self._action("actionWriteReceiptAgain", self.write_receipt)
        self.answer_receipt_action = self._action("actionWriteAnswerReceiptAgain",
                                                  self.write_answer_receipt)
        self.retranslate()

    def _action(self, name: str, slot: Callable[[], Any]) -> QAction:
        return named_action(self.window, name, slot)

    def retranslate(self) -> None:
        self.resend_action.setText(self.tr("&Resend the package…"))
        self.resend_action.setToolTip(self.tr(
            "Seal the case again as a new package when the receiving unit refused the first "
            "one (out of order, expired) or it was lost"))
        self.receipt_out_action.setText(self.tr("Write the &receipt again…"))
        self.answer_receipt_action.setText(self.tr("Write the receipt for &SAV again…"))
        self.answer_receipt_action.setToolTip(self.tr(
            "Write the receipt for SAV's answer to this case's consultation again, as it was "
            "sealed when the answer was imported"))

    # -- state ---------------------------------------------------------------------------
    def _open_case(self) -> tuple[Any, int] | None:
        session, workspace = self.window.session, self.window.workspace
        if session is None or workspace is None or workspace.case_view is None:
            return None
        return session, workspace.case_view.case.id

    def unanswered_package(self) -> str | None:
        """The open case's package that still awaits its receipt, if any."""
        opened = self._open_case()
        if opened is None:
            return None
        from utvag.services import transfer  # not before the lock screen has painted

        waiting = [s for s in transfer.transfer_state(*opened) if s.awaiting_receipt]
        return waiting[-1].package_id if waiting else None

    def imported_from(self) -> str | None:
        opened = self._open_case()
        if opened is None:
            return None
        from utvag.services import transfer

        return transfer.imported_package(*opened)

    def answered_by_sav(self) -> str | None:
        """The package of SAV's answer imported last for the open case's consultation, if any."""
        opened = self._open_case()
        if opened is None:
            return None
        from utvag.services.consultation import receipts

        return receipts.answer_for_case(*opened)

    def refresh(self) -> None:
        self.resend_action.setEnabled(self.unanswered_package() is not None)
        self.receipt_out_action.setEnabled(self.imported_from() is not None)
        self.answer_receipt_action.setEnabled(self.answered_by_sav() is not None)

    # -- Resend --------------------------------------------------------------------------
    def resend(self) -> None:
        package_id, opened = self.unanswered_package(), self._open_case()
        if package_id is None or opened is None:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Resend the package?"), self.tr(
                "The case is sealed again as a new package for the same unit, with the same "
                "content. The first package is recorded as replaced: the receiving unit refuses "
                "it if it turns up later. Resend?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        target = save_package(self.window, self.tr("Save the new package"),
                              free_name("overflyttning", ".utvp"))
        if target is not None:
            self.resend_to(target)

    def resend_to(self, target: Path) -> None:
        """Seal the open case's unanswered package again into *target* (a new file)."""
        from utvag.services import transfer
        package_id, opened = self.unanswered_package(), self._open_case()
        if package_id is None or opened is None:
            return
        session = opened[0]
        self.actions.run(self.tr("Writing the package again…"),
                         lambda progress: transfer.resend_package(
                             session, package_id, target, progress=progress.update),
                         self._resent, self.tr("No package was written; nothing was changed."))

    def _resent(self, result: ExportResult) -> None:
        self.actions.reopen(result.case_id)
        QMessageBox.information(self.window, self.tr("Package resent"), self.tr(
            "Case %1 is sealed again for %2 in:\n%3\n\nHand this file to %2 instead of the "
            "first one; it can be opened until %4.")
            .replace("%1", result.case_number).replace("%2", unit_label(result.to_unit))
            .replace("%3", result.path).replace("%4", when_text(result.expires))
            + warnings_text(result.warnings))

    # -- Receipt again -------------------------------------------------------------------
    def write_receipt(self) -> None:
        package_id, opened = self.imported_from(), self._open_case()
        if package_id is None or opened is None:
            return
        target = save_package(self.window, self.tr("Save the receipt"),
                              free_name("kvitto", ".utvp"))
        if target is not None:
            self.write_receipt_to(target)

    def write_receipt_to(self, target: Path, package_id: str | None = None,
                         written: Callable[[ReceiptFile], None] | None = None) -> None:
        """Write the receipt of the imported package *package_id* (by default the open case's),
        as sealed at the import, into *target*, off the GUI thread; *written* shows the result
        (by default the "Receipt written" message). A refusal is shown and writes nothing."""
        from utvag.services import transfer

        self._write(package_id or self.imported_from(),
                    lambda session, package: transfer.write_receipt(session, package, target),
                    written or self._receipt_written)

    def _write(self, package_id: str | None, write: Callable[[Session, str], Any],
               written: Callable[[Any], None]) -> None:
        """*write* a receipt off the GUI thread; a refusal is shown and writes nothing."""
        session = self.window.session
        if session is None or package_id is None:
            return
        self.actions.run(self.tr("Writing the receipt…"),
                         lambda _progress: write(session, package_id), written,
                         self.tr("The receipt file was not written."))

    def _receipt_written(self, written: ReceiptFile) -> None:
        QMessageBox.information(self.window, self.tr("Receipt written"), self.tr(
            "The receipt is saved in:\n%1\n\nSend it back to the unit the case came from, the "
            "same way the package came.").replace("%1", written.path))

    # -- SAV's answer: its receipt again -------------------------------------------------
    def write_answer_receipt(self) -> None:
        package_id = self.answered_by_sav()
        target = None if package_id is None else save_package(
            self.window, self.tr("Save the receipt for SAV"), f"svar-{package_id[:8]}-receipt.utvp")
        if target is not None:
            self.write_answer_receipt_to(target)

    def write_answer_receipt_to(self, target: Path) -> None:
        """Write the receipt for SAV's answer to the open case's consultation, as sealed when
        the answer was imported, into *target* (a new file), off the GUI thread."""
        from utvag.services.consultation import receipts

        self._write(self.answered_by_sav(),
                    lambda session, package: receipts.write_receipt(session, package, target),
                    self._answer_receipt_written)

    def _answer_receipt_written(self, written: ConsultationReceipt) -> None:
        QMessageBox.information(self.window, self.tr("Receipt written"), self.tr(
            "The receipt for SAV's answer is saved in:\n%1\n\nSend it back to %2 the same way "
            "the answer came.").replace("%1", written.path)
            .replace("%2", unit_label(written.recipient_unit)))
