"""Case › Hand to a colleague in a caseworker's vault that trusts a colleague's person card: a
real handover package leaves, the app says to whom and where the file was saved (as after a
transfer), the case is read-only here, and the colleague's vault imports it with the rotation
and its reason. Nothing of the case reaches a log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from test_ui_case_life import action, log_actions, open_alva, refused, trigger
from ui_support import unlock_with_keyboard

from conftest import MessageBoxes, create_vault
from utvag.domain.case_records import CaseStatus
from utvag.services import cases, high_risk, transfer
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.ui.window import MainWindow

POLICY = Policy(keyring_allowed=False)


def test_hand_to_a_colleague_sends_a_real_handover(tmp_path: Path, qtbot: Any,
                                                   make_window: Callable[..., MainWindow],
                                                   message_boxes: MessageBoxes,
                                                   caplog: Any) -> None:
    caplog.set_level(logging.DEBUG)
    cards: dict[str, tuple[Path, str]] = {}

    def person(holder: str) -> Callable[[Any], None]:
        def fill(session: Any) -> None:
            transfer.create_role_identity(session, "caseworker", holder)
            card = tmp_path / f"{holder}.json"
            transfer.export_public_card(session, card)
            cards[holder] = (card, transfer.show_keys(session).fingerprint)
            if holder == "Anna Berg":
                alva = cases.new_case(session, {"type": "defector", "person": {
                    "name": "Alva Exempelsson", "birth_date": "1999-05-05"}})
                cases.add_note(session, alva, "Ofärdigt UTKAST-KANARIE")  # never sent
                transfer.trust_card(session, *cards["Bo Ek"])
            else:
                pass
        return fill

    bo = create_vault(tmp_path / "bo", POLICY, "Hisingen", fill=person("Bo Ek"))
    anna = create_vault(tmp_path / "anna", POLICY, "Hisingen", fill=person("Anna Berg"))
    window = make_window(anna.directory, POLICY)
    unlock_with_keyboard(qtbot, window, anna.passphrase)
    view = open_alva(window)
    case_id = view.case.id
    dialog = trigger(window, "actionReassignCase")
    assert dialog.colleagues == ["Bo Ek"]  # type: ignore[attr-defined]
    # the unsigned note stays here, and the dialog says so before anything is written
    assert "are not sent: 1." in dialog.intro.text()  # type: ignore[attr-defined]
    package = tmp_path / "overlamning.utvp"
    dialog.package.setText(str(package))  # type: ignore[attr-defined]
    refused(dialog, "reason")
    assert not package.exists()
    dialog.reason.setText("Hot efter beslutet")  # type: ignore[attr-defined]
    assert message_boxes.seen == []
    assert dialog.submit()
    assert package.is_file()
    # what was written and where, as the transfer and the resend say it
    [(title, text)] = message_boxes.expect()
    assert title == "Case handed over"
    assert f"Case {view.case.case_number} is now handed to Bo Ek and read-only here." in text
    assert f"The package is saved in:\n{package}\n" in text
    assert "Only Bo Ek's own vault can open it" in text
    assert "register it here with File › Register receipt…" in text
    assert "Draft journal notes not sent: 1." in text  # the unsigned note stayed here
    logged = caplog.text
    assert not any(data in logged for data in (
        str(package), package.name, view.case.case_number, "Alva", "Hot efter beslutet"))
    workspace = window.workspace
    assert workspace is not None and workspace.case_view is not None
    assert workspace.case_view.case.status is CaseStatus.TRANSFERRED
    window.case_menu.enable()
    assert not action(window, "actionReassignCase").isEnabled()
    assert "handed the case to a colleague" in log_actions(workspace.case_view)

    with session_service.unlock(bo.directory, passphrase=bo.passphrase, policy=POLICY) as s:
        transfer.trust_card(s, *cards["Anna Berg"])
        result = transfer.import_package(s, package)
        history = high_risk.assignment_history(s, result.case_id)
        arrived = [n.text for n in cases.notes(s, result.case_id)]
    assert not any("UTKAST-KANARIE" in text for text in arrived)
    assert [(h.to_caseworker, h.reason) for h in history] == [
        ("Bo Ek", "Hot efter beslutet")]
    assert case_id
