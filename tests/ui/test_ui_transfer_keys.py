"""Unit keys through the real window: a card is trusted only when the fingerprint typed matches;
a wrong one is refused with the service's message and nothing is trusted; untrusted keys are
listed as refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QTableWidget
from transfer_ui_support import choose_file, find
from ui_support import unlock_with_keyboard, when_modal

from utvag.services import transfer
from utvag.services.policy import Policy
from utvag.ui.transfer.keys_dialog import TrustCardDialog, UnitKeysDialog
from utvag.ui.window import MainWindow

POLICY = Policy(keyring_allowed=False)


def test_a_wrong_fingerprint_trusts_nothing_and_a_right_one_does(
        tmp_path: Path, qtbot: Any, make_window: Callable[..., MainWindow],
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    from conftest import create_vault

    card = tmp_path / "sav-card.json"
    found: dict[str, str] = {}

    def fill_sav(session: Any) -> None:
        transfer.export_public_card(session, card)
        found["fingerprint"] = transfer.show_keys(session).fingerprint

    create_vault(tmp_path / "sav", POLICY, "SAV", fill=fill_sav)
    vault = create_vault(tmp_path / "hisingen", POLICY, "Hisingen")
    window = make_window(vault.directory, POLICY)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.session is not None
    transfer.show_keys(window.session)  # the unit's own key exists before the comparison
    before = table_dump(window.session.vault.conn)
    wrong = "0000 1111 2222 3333 4444 5555 6666 7777"
    seen: dict[str, Any] = {}

    def type_heard(text: str, key: str) -> Callable[[Any], None]:
        def act(dialog: Any) -> None:
            qtbot.keyClicks(find(dialog, QLineEdit, "heardFingerprint"), text)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            problem = find(dialog, QLabel, "trustProblem")
            seen[key] = problem.text() if problem.isVisible() else ""
        return act

    def in_keys(text: str, key: str) -> Callable[[Any], None]:
        def act(dialog: Any) -> None:
            seen["own"] = find(dialog, QLabel, "ownFingerprint").text()
            choose_file(card)
            when_modal(type_heard(text, key), kind=TrustCardDialog)
            dialog.trust_button.click()
            table = find(dialog, QTableWidget, "trustedCards")
            seen[key + "-rows"] = table.rowCount()
        return act

    when_modal(in_keys(wrong, "wrong"), kind=UnitKeysDialog)
    window.transfers.keys_action.trigger()
    assert "does not match" in seen["wrong"] and seen["wrong-rows"] == 0
    # Nothing trusted, nothing recorded but the audit of looking at the keys.
    after = table_dump(window.session.vault.conn)
    assert {k: v for k, v in after.items() if k != "audit"} == {
        k: v for k, v in before.items() if k != "audit"}
    own = seen["own"]
    assert len(own.split()) == 8 and "\n" in own  # grouped in two lines to read out

    when_modal(in_keys(found["fingerprint"].lower(), "right"), kind=UnitKeysDialog)
    window.transfers.keys_action.trigger()
    assert seen["right"] == "" and seen["right-rows"] == 1
    trusted = transfer.trusted_cards(window.session)
    assert [t.card.unit for t in trusted] == ["SAV"]

    # Untrusted: listed among the refused keys.
    transfer.untrust_card(window.session, found["fingerprint"])
    rows: dict[str, Any] = {}

    def count(dialog: Any) -> None:
        rows["trusted"] = find(dialog, QTableWidget, "trustedCards").rowCount()
        refused = find(dialog, QTableWidget, "refusedCards")
        rows["refused"] = refused.rowCount()
        rows["fingerprint"] = refused.item(0, 1).text() == found["fingerprint"]

    when_modal(count, kind=UnitKeysDialog)
    window.transfers.keys_action.trigger()
    assert rows == {"trusted": 0, "refused": 1, "fingerprint": True}
