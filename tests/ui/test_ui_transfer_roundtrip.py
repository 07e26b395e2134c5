"""A case moves from Hisingen to SAV entirely through the app: the two units trust each other's
cards by the fingerprint read out "on the phone" (from the other window's Unit keys), Hisingen
writes the package from the Transfer case dialog, SAV imports it after the preview, and the
receipt goes back; Hisingen's case ends read-only and marked delivered."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QTableWidget
from transfer_ui_support import Unit, choose_file, find, special_defector_case, wait_idle
from ui_support import unlock_with_keyboard, when_modal

from utvag.domain.case_records import CaseStatus
from utvag.services import audit_log, cases
from utvag.services.policy import Policy
from utvag.ui.transfer.export_dialog import TransferCaseDialog
from utvag.ui.transfer.import_dialog import ImportPreviewDialog
from utvag.ui.transfer.keys_dialog import TrustCardDialog, UnitKeysDialog
from utvag.ui.window import MainWindow


def read_fingerprint(qtbot: Any, window: MainWindow) -> str:
    """What the other unit reads out: the big fingerprint in its Unit keys window."""
    heard: list[str] = []
    when_modal(lambda d: heard.append(find(d, QLabel, "ownFingerprint").text()),
               kind=UnitKeysDialog)
    window.transfers.keys_action.trigger()
    assert heard
    return " ".join(heard[0].split())


def export_card(qtbot: Any, window: MainWindow, path: Path) -> None:
    def act(dialog: Any) -> None:
        choose_file(path)
        find(dialog, type(dialog.export_button), "exportCard").click()

    when_modal(act, kind=UnitKeysDialog)
    window.transfers.keys_action.trigger()


def trust_card(qtbot: Any, window: MainWindow, path: Path, fingerprint: str) -> list[str]:
    """Trust the card at *path* after typing *fingerprint*; the trusted units shown after."""
    shown: list[str] = []

    def type_heard(dialog: Any) -> None:
        qtbot.keyClicks(find(dialog, QLineEdit, "heardFingerprint"), fingerprint)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def act(dialog: Any) -> None:
        choose_file(path)
        when_modal(type_heard, kind=TrustCardDialog)
        find(dialog, type(dialog.trust_button), "trustCard").click()
        table = find(dialog, QTableWidget, "trustedCards")
        shown.extend(table.item(r, 1).text() for r in range(table.rowCount()))

    when_modal(act, kind=UnitKeysDialog)
    window.transfers.keys_action.trigger()
    return shown


def test_a_case_moves_between_two_vaults_through_the_app(
        qtbot: Any, tmp_path: Path, make_window: Callable[..., MainWindow],
        message_boxes: Any) -> None:
    from conftest import create_vault

    policy = Policy(keyring_allowed=False)
    made: dict[str, int] = {}

    def fill(session: Any) -> None:
        made["case"] = special_defector_case(Unit("Hisingen", tmp_path / "hisingen", session))

    hisingen = create_vault(tmp_path / "hisingen", policy, "Hisingen", fill=fill)
    sav = create_vault(tmp_path / "sav", policy, "SAV")
    case_id = made["case"]
    windows = {}
    for name, unit in (("Hisingen", hisingen), ("SAV", sav)):
        window = make_window(unit.directory, policy)
        unlock_with_keyboard(qtbot, window, unit.passphrase)
        windows[name] = window
    a, b = windows["Hisingen"], windows["SAV"]
    exchange = tmp_path / "exchange"
    exchange.mkdir()

    # Keys: each exports its card, the other trusts it with the fingerprint read on the phone.
    for one, other, name in ((a, b, "hisingen"), (b, a, "sav")):
        card = exchange / f"{name}.json"
        export_card(qtbot, one, card)
        assert stat.S_IMODE(card.stat().st_mode) == 0o600  # owner-only, as every export
        heard = read_fingerprint(qtbot, one)
        assert heard in trust_card(qtbot, other, card, heard)

    # Export in Hisingen's window: the dialog suggests SAV from the signed assessment.
    assert a.workspace is not None
    a.workspace.open_case(case_id)
    assert a.transfers.transfer_case_action.isEnabled()
    package = exchange / "case-to-sav.utvp"
    seen: dict[str, str] = {}

    def confirm_transfer(dialog: Any) -> None:
        assert isinstance(dialog, TransferCaseDialog)
        seen["route"] = find(dialog, QLabel, "transferRoute").text()
        seen["unit"] = dialog.to_unit or ""
        seen["consent"] = find(dialog, QLabel, "transferConsent").text()
        seen["legal"] = find(dialog, QLabel, "transferLegalGround").text()
        drafts = find(dialog, QLabel, "transferDrafts")  # said before the package is written
        seen["drafts"] = drafts.text() if drafts.isVisible() else ""
        assert not find(dialog, type(dialog.reason), "transferReason").isVisible()
        path = find(dialog, QLineEdit, "transferFile")
        path.clear()
        qtbot.keyClicks(path, str(package))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), find(dialog, QLabel, "transferProblem").text()
        ok.click()

    when_modal(confirm_transfer, kind=TransferCaseDialog)
    a.transfers.transfer_case_action.trigger()
    wait_idle(qtbot, a)
    assert "routes the case to SAV" in seen["route"] and seen["unit"] == "SAV"
    assert "covers another social-services board" in seen["consent"]
    assert seen["legal"].startswith("Samtycke")
    assert package.is_file()
    done = message_boxes.expect()[-1][1]
    assert str(package) in done and "register it" in done
    # the case's unsigned note stayed here, and the caseworker was told before and after
    assert "are not sent: 1." in seen["drafts"]
    assert "Draft journal notes not sent: 1." in done
    view = a.workspace.case_view
    assert view is not None and view.case.status is CaseStatus.TRANSFERRED
    assert not a.transfers.transfer_case_action.isEnabled()  # read-only now
    assert view.journal.editor.isReadOnly() or not view.journal.editor.isEnabled()
    status = a.workspace.transfer_status
    assert status.isVisible() and status.awaiting and "awaiting the receipt" in status.text()

    # Import in SAV's window, after the preview.
    preview: dict[str, str] = {}

    def accept_preview(dialog: Any) -> None:
        preview["sender"] = dialog.sender_unit.text()
        preview["fingerprint"] = find(dialog, QLabel, "previewFingerprint").text()
        preview["case"] = find(dialog, QLabel, "previewCaseNumber").text()
        preview["person"] = find(dialog, QLabel, "previewPerson").text()
        preview["expires"] = find(dialog, QLabel, "previewExpires").text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(accept_preview, kind=ImportPreviewDialog)
    choose_file(package)
    b.transfers.import_action.trigger()
    wait_idle(qtbot, b)
    wait_idle(qtbot, b)
    assert preview["sender"] == "Hisingen — the unit's vault"
    assert preview["fingerprint"] == read_fingerprint(qtbot, a)
    assert preview["case"] == view.case.case_number
    assert preview["person"] == "Fiktiv Avhoppare" and preview["expires"]
    receipt = exchange / "case-to-sav-receipt.utvp"
    assert receipt.is_file()
    imported = message_boxes.expect()[-1][1]
    assert str(receipt) in imported
    assert b.workspace is not None and b.workspace.case_view is not None
    new_case = b.workspace.case_view.case
    assert new_case.owning_unit == "SAV" and new_case.status is CaseStatus.INVESTIGATION

    # The receipt goes back to Hisingen.
    choose_file(receipt)
    a.transfers.receipt_action.trigger()
    wait_idle(qtbot, a)
    assert "marked delivered" in message_boxes.expect()[-1][1]
    status = a.workspace.transfer_status
    assert status.delivered and "delivered" in status.text()
    assert a.session is not None and b.session is not None
    assert cases.get_case(a.session, case_id).status is CaseStatus.TRANSFERRED
    actions = [e.action for e in audit_log.entries(a.session, case_id)]
    assert "transfer.export" in actions and "transfer.receipt" in actions
    # ...and in the case's own Log tab, as the caseworker reads it.
    view = a.workspace.case_view
    assert view is not None
    view.setCurrentWidget(view.log)
    model = view.log.model
    shown = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert {"sent the case in a transfer package", "received a transfer receipt"} <= shown
