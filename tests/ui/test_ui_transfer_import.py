"""Import transfer and Register receipt through the real window: every refusal (tampered, foreign,
replayed, expired, not a receipt) shows the service's message and changes no record; a person
already known here is linked or kept separate only by the user's choice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QRadioButton
from transfer_ui_support import (
    PERSON,
    Unit,
    choose_file,
    dump_without_audit,
    exchange_cards,
    find,
    open_case,
    special_defector_case,
    wait_idle,
)
from ui_support import unlock_with_keyboard, when_modal

from utvag.services import cases, decisions, transfer
from utvag.services.policy import Policy
from utvag.ui.transfer.import_dialog import ImportPreviewDialog
from utvag.ui.window import MainWindow

POLICY = Policy(keyring_allowed=False)


@pytest.fixture
def packages(tmp_path: Path) -> dict[str, Any]:
    """Hisingen, SAV and Centrum (cards exchanged with Hisingen); packages from Hisingen: to
    SAV, to SAV already expired, to Centrum; SAV vault left closed."""
    from conftest import create_vault

    out = tmp_path / "packages"
    out.mkdir()
    made: dict[str, Any] = {"out": out}
    sav = create_vault(tmp_path / "sav", POLICY, "SAV")
    centrum = create_vault(tmp_path / "centrum", POLICY, "Centrum")

    def fill(session: Any) -> None:
        unit = Unit("Hisingen", tmp_path / "hisingen", session)
        with sav.open() as s, centrum.open() as c:
            exchange_cards(unit, Unit("SAV", sav.directory, s), out)
            exchange_cards(unit, Unit("Centrum", centrum.directory, c), out)
        for name, to, now in (("good", "SAV", None),
                              ("expired", "SAV", datetime(2020, 1, 1, tzinfo=UTC)),
                              ("foreign", "Centrum", None)):
            case_id = special_defector_case(unit)
            transfer.export_case(session, case_id, to, out / f"{name}.utvp", now=now,
                                 reason=None if to == "SAV" else "Centrum tar över.")
        case_id = special_defector_case(unit)
        decisions.record_application(session, case_id, "2026-11-02", "individual",
                                     applied_for="Stöd att lämna nätverket.")
        transfer.export_case(session, case_id, "SAV", out / "applied.utvp")

    made["hisingen"] = create_vault(tmp_path / "hisingen", POLICY, "Hisingen", fill=fill)
    made["sav"] = sav
    return made


def window_on(make_window: Callable[..., MainWindow], qtbot: Any, vault: Any) -> MainWindow:
    window = make_window(vault.directory, POLICY)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    return window


def tamper(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = path.with_name("tampered.utvp")
    bad.write_bytes(bytes(data))
    return bad


@pytest.mark.parametrize(("kind", "says"), [
    ("tampered", "changed after it was signed"),
    ("foreign", "This package is for another unit"),
    ("replayed", "already been imported"),
    ("expired", "expired"),
])
def test_a_refused_package_shows_why_and_changes_nothing(
        kind: str, says: str, packages: dict[str, Any], qtbot: Any,
        make_window: Callable[..., MainWindow], message_boxes: Any,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    out: Path = packages["out"]
    package = {"tampered": tamper(out / "good.utvp"), "foreign": out / "foreign.utvp",
               "replayed": out / "good.utvp", "expired": out / "expired.utvp"}[kind]
    if kind == "replayed":
        with packages["sav"].open() as session:
            transfer.import_package(session, package, receipt_out=out / "first-receipt.utvp")
    window = window_on(make_window, qtbot, packages["sav"])
    assert window.session is not None
    before = dump_without_audit(table_dump, window.session.vault.conn)
    files = {p: p.read_bytes() for p in out.iterdir()}
    choose_file(package)
    window.transfers.import_action.trigger()
    wait_idle(qtbot, window)
    _title, text = message_boxes.expect()[-1]
    assert text.startswith("The package was not imported; nothing was changed.")
    assert says in text
    assert window.findChildren(ImportPreviewDialog) == []  # no preview of a refused package
    assert dump_without_audit(table_dump, window.session.vault.conn) == before
    assert {p: p.read_bytes() for p in out.iterdir()} == files


def test_a_case_package_is_not_a_receipt(
        packages: dict[str, Any], qtbot: Any, make_window: Callable[..., MainWindow],
        message_boxes: Any, table_dump: Callable[[Any], dict[str, Any]]) -> None:
    window = window_on(make_window, qtbot, packages["hisingen"])
    assert window.session is not None
    before = dump_without_audit(table_dump, window.session.vault.conn)
    choose_file(packages["out"] / "foreign.utvp")
    window.transfers.receipt_action.trigger()
    wait_idle(qtbot, window)
    text = message_boxes.expect()[-1][1]
    assert text.startswith("The receipt was not registered; nothing was changed.")
    assert dump_without_audit(table_dump, window.session.vault.conn) == before


def test_a_known_person_is_linked_or_kept_separate_by_choice(
        packages: dict[str, Any], qtbot: Any, make_window: Callable[..., MainWindow],
        message_boxes: Any) -> None:
    with packages["sav"].open() as session:
        known = cases.new_case(session, {"type": "defector", "person": PERSON})
        known_number = cases.get_case(session, known).case_number
    window = window_on(make_window, qtbot, packages["sav"])
    seen: dict[str, Any] = {}

    def choose(dialog: Any) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["known"] = find(dialog, QLabel, "previewKnownPerson").text()
        seen["blocked"] = not ok.isEnabled()
        find(dialog, QRadioButton, "previewSeparatePerson").setChecked(True)
        seen["ready"] = ok.isEnabled()
        ok.click()

    when_modal(choose, kind=ImportPreviewDialog)
    choose_file(packages["out"] / "good.utvp")
    window.transfers.import_action.trigger()
    wait_idle(qtbot, window)
    wait_idle(qtbot, window)
    assert known_number in seen["known"] and seen["blocked"] and seen["ready"]
    assert "imported here as case" in message_boxes.expect()[-1][1]
    assert window.workspace is not None and window.workspace.case_view is not None
    imported = window.workspace.case_view.case
    assert imported.id != known
    assert window.session is not None
    assert cases.get_case(window.session, known).person.id != imported.person.id


def test_resend_and_the_receipt_again_from_the_case_menu(
        packages: dict[str, Any], make_window: Callable[..., MainWindow], qtbot: Any,
        message_boxes: Any, tmp_path: Path,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    """The sender resends the package that SAV refused as expired; SAV writes the receipt of an
    imported case again, byte for byte the one sealed at the import."""
    first_receipt = tmp_path / "receipt.utvp"
    with packages["sav"].open() as session:
        imported = transfer.import_package(session, packages["out"] / "good.utvp",
                                           receipt_out=first_receipt).case_id

    sender = window_on(make_window, qtbot, packages["hisingen"])
    session = sender.session
    assert session is not None
    expired = next(c.id for c in cases.list_cases(session)
                   if any(s.expires < "2021" for s in transfer.transfer_state(session, c.id)))
    open_case(sender, expired)
    again = sender.transfers.again
    sender.transfers.refresh()
    assert again.resend_action.isEnabled() and not again.receipt_out_action.isEnabled()
    assert again.resend_action in sender.case_menu.actions()
    again.resend()  # the confirmation is cancelled: nothing is written
    assert [t for t, _ in message_boxes.seen] == ["Resend the package?"]
    assert transfer.transfer_state(session, expired)[-1].superseded_by is None
    out = tmp_path / "resent.utvp"
    again.resend_to(out)
    wait_idle(qtbot, sender)
    first, resent = transfer.transfer_state(session, expired)
    assert out.is_file() and first.superseded_by == resent.package_id and resent.awaiting_receipt
    assert [t for t, _ in message_boxes.seen][-1] == "Package resent"
    assert "Draft journal notes not sent: 1." in message_boxes.seen[-1][1]  # left here again
    sender.close()

    receiver = window_on(make_window, qtbot, packages["sav"])
    open_case(receiver, imported)
    again = receiver.transfers.again
    receiver.transfers.refresh()
    assert again.receipt_out_action.isEnabled() and not again.resend_action.isEnabled()
    written = tmp_path / "receipt-again.utvp"
    again.write_receipt_to(written)  # off the GUI thread
    wait_idle(qtbot, receiver)
    assert written.read_bytes() == first_receipt.read_bytes()
    assert [t for t, _ in message_boxes.seen][-1] == "Receipt written"
    message_boxes.expect()

    # A name already taken: the service's message, the file and the vault as they were.
    session = receiver.session
    assert session is not None
    written.write_bytes(b"someone else's file")
    before = table_dump(session.vault.conn)
    again.write_receipt_to(written)
    wait_idle(qtbot, receiver)
    ((_title, text),) = message_boxes.expect()[-1:]
    assert text.startswith("The receipt file was not written.") and "already exists" in text
    assert written.read_bytes() == b"someone else's file"
    assert table_dump(session.vault.conn) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "receipt" in p.name) == [
        "receipt-again.utvp", "receipt.utvp"]


def test_locking_while_the_receipt_is_written_is_safe(
        packages: dict[str, Any], make_window: Callable[..., MainWindow], qtbot: Any,
        message_boxes: Any, tmp_path: Path) -> None:
    """The lock waits for the write (it cannot stop half-way), then shows nothing over the
    lock screen: the receipt is whole, with no temporary file beside it."""
    first_receipt = tmp_path / "receipt.utvp"
    with packages["sav"].open() as session:
        imported = transfer.import_package(session, packages["out"] / "good.utvp",
                                           receipt_out=first_receipt).case_id
    window = window_on(make_window, qtbot, packages["sav"])
    open_case(window, imported)
    written = tmp_path / "again" / "receipt.utvp"
    written.parent.mkdir()
    window.transfers.again.write_receipt_to(written)
    assert window.background is not None and not window.background.done.is_set()
    window.lock()
    wait_idle(qtbot, window)
    assert window.is_locked and message_boxes.seen == []
    assert written.read_bytes() == first_receipt.read_bytes()
    assert [p.name for p in written.parent.iterdir()] == ["receipt.utvp"]


def test_the_preview_says_whether_the_application_comes_with_the_case(
        packages: dict[str, Any], qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    """The receiving board opens its investigation on the application already received
    (guideline, "Överflyttning"): before importing, it reads whether it comes, and with what
    was applied for, or that it is to ask the sender."""
    window = window_on(make_window, qtbot, packages["sav"])
    seen: list[str] = []

    def read(dialog: Any) -> None:
        seen.append(find(dialog, QLabel, "previewApplication").text())
        dialog.reject()

    for shown, name in enumerate(("good", "applied"), start=1):
        when_modal(read, kind=ImportPreviewDialog)
        choose_file(packages["out"] / f"{name}.utvp")
        window.transfers.import_action.trigger()
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda count=shown: len(seen) == count)
    assert seen == ["None comes with the case: ask the sending board for the application "
                    "it received.", "Received 2026-11-02, with what was applied for."]
