"""The Transfer case dialog tells, before anything is written, that a name stored before the
one-line rule cannot be sent, and which one; once corrected the package can be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel
from transfer_ui_support import Unit, exchange_cards, find, special_defector_case
from ui_support import unlock_with_keyboard, when_modal

from utvag.services import cases
from utvag.services.policy import Policy
from utvag.ui.transfer.export_dialog import TransferCaseDialog
from utvag.ui.window import MainWindow


def test_the_dialog_names_the_field_to_correct_and_writes_nothing(
        tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: Any,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    from conftest import create_vault

    policy = Policy(keyring_allowed=False)
    sav = create_vault(tmp_path / "sav", policy, "SAV")
    made: dict[str, int] = {}

    def fill(session: Any) -> None:
        unit = Unit("Hisingen", tmp_path / "hisingen", session)
        made["case"] = special_defector_case(unit)
        with session.vault.transaction() as conn:  # as a version before the rule stored it
            conn.execute("UPDATE person SET name = ? WHERE id = (SELECT person_id FROM "
                         "case_record WHERE id = ?)", ("Anna\u202egrebdnaL", made["case"]))
        with sav.open() as sav_session:
            exchange_cards(unit, Unit("SAV", sav.directory, sav_session), tmp_path)

    vault = create_vault(tmp_path / "hisingen", policy, "Hisingen", fill=fill)
    window = make_window(vault.directory, policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.session is not None and window.workspace is not None
    before = table_dump(window.session.vault.conn)["person"]
    seen: dict[str, Any] = {}

    def act(dialog: TransferCaseDialog) -> None:
        dialog.evaluate()
        problem = find(dialog, QLabel, "transferProblem")
        seen["problem"] = (problem.text(), problem.isVisible())
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.reject()

    def run(act: Callable[[TransferCaseDialog], None]) -> None:
        assert window.workspace is not None
        window.workspace.open_case(made["case"])
        when_modal(lambda d: act(d) if isinstance(d, TransferCaseDialog) else None,
                   kind=TransferCaseDialog)
        window.transfers.transfer_case_action.trigger()

    run(act)
    assert seen["problem"] == (
        "The person's name holds a character that cannot be sent (a line break or a control or "
        "direction character): correct it in the case first.", True)
    assert not seen["ok"]
    assert table_dump(window.session.vault.conn)["person"] == before
    assert list(tmp_path.rglob("*.utvp")) == []

    cases.correct_person_name(window.session, made["case"], "Anna Landberg")
    run(lambda dialog: seen.update(after=find(dialog, QLabel, "transferProblem").text())
        or dialog.reject())
    assert "cannot be sent" not in seen["after"]
