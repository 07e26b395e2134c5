"""The transfer actions of the main window, in the File menu: Transfer case (also on the toolbar
and in the case list's context menu), Import transfer, Register receipt, Unit keys and, at SAV,
Received consultations.

Writing a package, reading a package for its preview, importing and registering a receipt run off
the GUI thread (``ui.background``) with progress and Cancel; a cancelled or refused step changes
nothing, and a refusal shows the service's own message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from utvag.domain.case_records import CaseStatus
from utvag.domain.units import Unit
from utvag.ui import message_box
from utvag.ui.background import Progress, run_in_background
from utvag.ui.labels import unit_label
from utvag.ui.named_action import named_action
from utvag.ui.transfer.again_actions import AgainActions
from utvag.ui.transfer.common import (
    PACKAGE_FILTER,
    free_name,
    open_file,
    refuse,
    save_package,
    warnings_text,
    when_text,
)
from utvag.ui.vault_events import ChangeKind, notify

if TYPE_CHECKING:
    from utvag.services.transfer import (
        ExportResult,
        ImportResult,
        PackagePreview,
        ReceiptFile,
        ReceiptResult,
    )
    from utvag.ui.window import MainWindow
    from utvag.ui.workspace import Workspace


class TransferActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.transfer_case_action = self._action("actionTransferCase", self.transfer_case)
        self.import_action = self._action("actionImportPackage", self.import_package)
        self.receipt_action = self._action("actionRegisterReceipt", self.register_receipt)
        self.keys_action = self._action("actionUnitKeys", self.unit_keys)
        self.consultations_action = self._action("actionReceivedConsultations",
                                                 self.received_consultations)
        file_menu = window.file_menu
        first = file_menu.actions()[2] if len(file_menu.actions()) > 2 else None
        for action in (self.transfer_case_action, self.import_action, self.receipt_action,
                       self.keys_action, self.consultations_action):
            file_menu.insertAction(first, action)  # type: ignore[arg-type]
        file_menu.insertSeparator(first)  # type: ignore[arg-type]
        file_menu.aboutToShow.connect(self.refresh)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("transferToolBar")
        self.toolbar.setMovable(False)
        for action in (self.transfer_case_action, self.import_action, self.receipt_action):
            self.toolbar.addAction(action)
        window.addToolBar(self.toolbar)
        self.again = AgainActions(self)
        self.refresh()

    def _action(self, name: str, slot: Callable[[], Any]) -> QAction:
        return named_action(self.window, name, slot)

    def retranslate(self) -> None:
        self.toolbar.setWindowTitle(self.tr("Transfer"))
        self.transfer_case_action.setText(self.tr("&Transfer case…"))
        self.transfer_case_action.setToolTip(self.tr(
            "Send the open case to another unit as an encrypted, signed package"))
        self.import_action.setText(self.tr("&Import transfer…"))
        self.receipt_action.setText(self.tr("Register &receipt…"))
        self.keys_action.setText(self.tr("Unit &keys…"))
        self.consultations_action.setText(self.tr("Received c&onsultations…"))
        self.again.retranslate()

    # -- state ---------------------------------------------------------------------------
    def attach(self, workspace: Workspace) -> None:
        """Follow a new workspace: its open case decides whether Transfer case, and the Case
        menu's actions on the case, are on (their shortcuts too, without the menu shown)."""
        workspace.pane.currentChanged.connect(lambda _i: self._case_shown())
        table = workspace.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: self._show_case_menu(workspace, pos))
        self.refresh()
        self.finish_interrupted()

    def _case_shown(self) -> None:
        self.refresh()
        case_menu: Any = getattr(self.window, "case_menu", None)
        if case_menu is not None:
            case_menu.enable()

    def finish_interrupted(self) -> int:
        """Place or remove the files a transfer interrupted by a crash left behind: a package
        or receipt whose transfer committed gets its name, a file of one that never committed
        goes. The command line does this before every transfer command, the app at every unlock.
        Returns how many files were dealt with."""
        session = self.window.session
        if session is None:
            return 0
        from utvag.services import transfer

        outcomes = transfer.finish_pending(session)
        if outcomes:
            self.window.statusBar().showMessage(self.tr(
                "An interrupted transfer was finished: %n file(s) placed or removed.", "",
                len(outcomes)), 15000)
        return len(outcomes)

    def transferable(self) -> bool:
        workspace = self.window.workspace
        view = workspace.case_view if workspace is not None else None
        return (self.window.session is not None and view is not None
                and view.case.status not in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED))

    def refresh(self) -> None:
        unlocked = self.window.session is not None
        self.transfer_case_action.setEnabled(self.transferable())
        for action in (self.import_action, self.receipt_action, self.keys_action):
            action.setEnabled(unlocked)
        session = self.window.session  # SAV answers consultations; the districts send them
        self.consultations_action.setVisible(session is not None
                                             and session.vault.unit == Unit.SAV.value)
        self.again.refresh()

    def case_menu_for(self, workspace: Workspace, pos: QPoint) -> QMenu | None:
        """The context menu of the case list at *pos*; the case there is opened first."""
        index = workspace.table.indexAt(pos)
        if not index.isValid():
            return None
        case_id = workspace.model.case_id(workspace.proxy.mapToSource(index).row())
        if workspace.open_case_id != case_id:
            workspace.open_case(case_id)
        self.refresh()
        menu = QMenu(workspace.table)
        case_menu: Any = getattr(self.window, "case_menu", None)
        if case_menu is not None:  # the Case menu's actions, Transfer case among them
            case_menu.enable()
            menu.addActions(case_menu.actions())
        else:
            menu.addAction(self.transfer_case_action)
        return menu

    def _show_case_menu(self, workspace: Workspace, pos: QPoint) -> None:
        menu = self.case_menu_for(workspace, pos)
        if menu is not None:
            menu.exec(workspace.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    # -- running off the GUI thread ------------------------------------------------------
    def run(self, label: str, work: Callable[[Progress], Any], done: Callable[[Any], None],
             headline: str, *, read_only: bool = False) -> None:
        """Run *work* off the GUI thread. Its result is shown even if Cancel came too late to
        stop a change (the user must see what happened) — but not a look that changed nothing
        (*read_only*)."""
        window = self.window
        window.idle.stop()
        progress: list[Progress] = []

        def finished(result: Any) -> None:
            window.idle.start()
            if window.session is not None and not (read_only and progress[0].cancelled.is_set()):
                done(result)

        def failed(exc: BaseException) -> None:
            window.idle.start()
            refuse(window, headline, exc)

        window.background = run_in_background(window, label, work, finished, on_error=failed,
                                              on_cancel=window.idle.start)
        progress.append(window.background.progress)

    # -- Transfer case -------------------------------------------------------------------
    def transfer_case(self) -> None:
        from utvag.services import transfer
        from utvag.ui.transfer.export_dialog import TransferCaseDialog

        session, workspace = self.window.session, self.window.workspace
        if session is None or workspace is None or workspace.case_view is None:
            return
        case = workspace.case_view.case
        try:
            dialog = TransferCaseDialog(session, case, self.window)
        except Exception as exc:
            refuse(self.window, self.tr("No package was written and the case is unchanged."), exc)
            return
        try:  # gone once read: a hidden dialog would still retranslate against a locked vault
            if not dialog.exec():
                return
            args = dialog.request()
        finally:
            dialog.deleteLater()
        to_unit, out_path = args.pop("to_unit"), args.pop("out_path")
        self.run(self.tr("Writing the transfer package…"),
                  lambda progress: transfer.export_case(session, case.id, to_unit, out_path,
                                                        progress=progress.update, **args),
                  self._exported, self.tr("No package was written and the case is unchanged."))

    def _exported(self, result: ExportResult) -> None:
        self.reopen(result.case_id)
        unit = unit_label(result.to_unit)
        message_box.information(self.window, self.tr("Case transferred"), self.tr(
            "Case %1 is now transferred to %2 and read-only here.\n\nThe package is saved in:\n"
            "%3\n\nWhat to do now: hand the file to %2 the way your units agreed (for example on "
            "an encrypted USB stick or by the secure e-mail route). Only %2 can open it, and "
            "only until %4. When %2 has imported it they send back a receipt file: register it "
            "here with File › Register receipt…, and the case is marked delivered.")
            .replace("%1", result.case_number).replace("%2", unit).replace("%3", result.path)
            .replace("%4", when_text(result.expires)) + warnings_text(result.warnings))

    def reopen(self, case_id: int | None, kind: ChangeKind = ChangeKind.CASE) -> None:
        """Say the case changed (the open case is shown again as it now stands) and open it."""
        notify(kind, case_id)
        workspace = self.window.workspace
        if workspace is not None and case_id is not None and workspace.open_case_id != case_id:
            workspace.open_case(case_id)
        self.refresh()

    # -- Import package ------------------------------------------------------------------
    def import_package(self, path: Path | None = None) -> None:
        from utvag.services import transfer
        session = self.window.session
        if session is None:
            return
        package = path or open_file(self.window, self.tr("Import a case package"),
                                    PACKAGE_FILTER)
        if package is None:
            return
        from utvag.ui.transfer.consultation import handle_package

        if handle_package(self, package):  # a consultation with SAV, or SAV's answer
            return
        self.run(self.tr("Checking the package…"),
                  lambda _progress: transfer.preview_package(session, package),
                  lambda preview: self._previewed(preview, package),
                  self.tr("The package was not imported; nothing was changed."), read_only=True)

    def _previewed(self, preview: PackagePreview, package: Path) -> None:
        from utvag.services import transfer
        from utvag.ui.transfer.import_dialog import ImportPreviewDialog

        session = self.window.session
        assert session is not None
        dialog = ImportPreviewDialog(preview, package, self.window)
        if not dialog.exec():
            return
        receipt, link = dialog.receipt_path, dialog.link_person
        self.run(self.tr("Importing the case…"),
                  lambda progress: transfer.import_package(
                      session, package, receipt_out=receipt, link_person=link,
                      progress=progress.update),
                  self._imported, self.tr("The package was not imported; nothing was changed."))

    def _imported(self, result: ImportResult) -> None:
        self.reopen(result.case_id, ChangeKind.CASES)
        sender = unit_label(result.sender_unit)
        if result.receipt is None:  # imported, and the receipt kept in the vault; no file yet
            self._receipt_not_written(result)
            return
        message_box.information(self.window, self.tr("Case imported"), self.tr(
            "The case from %1 (case %2 there) is imported here as case %3.\n\nThe receipt is "
            "saved in:\n%4\n\nSend the receipt file back to %1 the same way the package came; "
            "they register it, and their copy of the case is marked delivered.")
            .replace("%1", sender).replace("%2", result.source_case_number)
            .replace("%3", result.case_number).replace("%4", result.receipt)
            + warnings_text(result.warnings))

    def _receipt_not_written(self, result: ImportResult) -> None:
        """The case is imported and its receipt is kept in the vault; write the file again."""
        session = self.window.session
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Case imported"), self.tr(
            "The case is imported here as case %1, but its receipt file could not be written. "
            "The receipt is kept in the vault: write it to another place now.")
            .replace("%1", result.case_number) + warnings_text(result.warnings),
            QMessageBox.StandardButton.Close, self.window)
        message_box.plain(box)
        again = box.addButton(self.tr("&Write the receipt…"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if session is None or box.clickedButton() is not again:
            return
        target = save_package(self.window, self.tr("Save the receipt"),
                              free_name("kvitto", ".utvp"))
        if target is None:
            return
        self.again.write_receipt_to(target, result.package_id,
                                    lambda written: self._receipt_written(written, result))

    def _receipt_written(self, written: ReceiptFile, result: ImportResult) -> None:
        message_box.information(self.window, self.tr("Case imported"), self.tr(
            "The receipt is saved in:\n%1\n\nSend it back to %2 the same way the package came.")
            .replace("%1", written.path).replace("%2", unit_label(result.sender_unit)))

    # -- Register receipt ----------------------------------------------------------------
    def register_receipt(self, path: Path | None = None) -> None:
        from utvag.services import transfer
        session = self.window.session
        if session is None:
            return
        receipt = path or open_file(self.window, self.tr("Register a receipt"), PACKAGE_FILTER)
        if receipt is None:
            return
        self.run(self.tr("Checking the receipt…"),
                  lambda _progress: transfer.import_receipt(session, receipt),
                  self._registered, self.tr("The receipt was not registered; nothing was "
                                            "changed."))

    def _registered(self, result: ReceiptResult) -> None:
        notify(ChangeKind.CASE, result.case_id)  # delivered: shown again if it is open
        self.refresh()
        unit = unit_label(result.recipient_unit)
        if result.result == "imported":
            text = self.tr("Receipt registered: %1 imported the case on %2. The case is marked "
                           "delivered.")
        else:
            text = self.tr("Receipt registered: %1 declined the package on %2.")
        message_box.information(self.window, self.tr("Receipt registered"),
                                text.replace("%1", unit).replace("%2",
                                                                 when_text(result.received)))

    # -- Received consultations (SAV) ---------------------------------------------------
    def received_consultations(self) -> None:
        from utvag.ui.transfer.consultation_inbox import ReceivedConsultationsDialog

        session = self.window.session
        if session is not None:
            ReceivedConsultationsDialog(session, self.window).exec()

    # -- Unit keys -----------------------------------------------------------------------
    def unit_keys(self) -> None:
        from utvag.ui.transfer.keys_dialog import UnitKeysDialog

        session = self.window.session
        if session is None:
            return
        try:
            dialog = UnitKeysDialog(session, self.window)
        except Exception as exc:
            refuse(self.window, self.tr("The unit's keys could not be shown."), exc)
            return
        dialog.exec()
