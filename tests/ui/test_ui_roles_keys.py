"""The Unit keys window of a caseworker's vault names the caseworker and lists a colleague's and
the manager's cards by role and name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTableWidget
from transfer_ui_support import find
from ui_support import unlock_with_keyboard, when_modal

from utvag.services import transfer
from utvag.services.policy import Policy
from utvag.ui.i18n import set_language
from utvag.ui.transfer.keys_dialog import UnitKeysDialog
from utvag.ui.window import MainWindow

POLICY = Policy(keyring_allowed=False)


def test_the_keys_window_shows_role_and_holder(tmp_path: Path, qtbot: Any,
                                               make_window: Callable[..., MainWindow]) -> None:
    from conftest import create_vault, role_vault

    cards: dict[str, tuple[Path, str]] = {}
    role_vault(tmp_path / "bo", POLICY, "caseworker", "Bo Ek", cards)
    role_vault(tmp_path / "maria", POLICY, "manager", "Maria Lind", cards)

    def anna_fill(session: Any) -> None:
        transfer.create_role_identity(session, "caseworker", "Anna Berg")
        for card, fingerprint in cards.values():
            transfer.trust_card(session, card, fingerprint)

    anna = create_vault(tmp_path / "anna", POLICY, "Hisingen", fill=anna_fill)
    window = make_window(anna.directory, POLICY)
    unlock_with_keyboard(qtbot, window, anna.passphrase)
    set_language("sv")
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> None:
        seen["own"] = dialog.unit.text()
        table = find(dialog, QTableWidget, "trustedCards")
        seen["rows"] = sorted(table.item(r, 0).text() for r in range(table.rowCount()))
        dialog.reject()

    when_modal(look, kind=UnitKeysDialog)
    window.transfers.keys_action.trigger()
    assert "Handläggare Anna Berg" in seen["own"]
    assert seen["rows"] == ["Hisingen · Enhetschef Maria Lind", "Hisingen · Handläggare Bo Ek"]
