"""The Transfer case dialog says, in Swedish, when no application is recorded, or one without
what was applied for: the receiving board opens its investigation on the application already
received, so it should travel with its content."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from conftest import create_vault
from utvag.services import cases, decisions
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.transfer.export_dialog import TransferCaseDialog


def test_a_transfer_without_an_application_says_so_until_it_is_recorded(
        qtbot: Any, tmp_path: Path, ui_policy: Policy, swedish: None) -> None:
    def fill(session: Session) -> None:
        cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "1999-05-05", "district": "Hisingen"}})

    vault = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    with vault.open() as session:
        case = cases.get_case(session, cases.list_cases(session)[0].id)
        dialog = TransferCaseDialog(session, case)
        qtbot.addWidget(dialog)
        dialog.show()
        note = dialog.findChild(QLabel, "transferApplication")
        assert isinstance(note, QLabel) and note.isVisible()
        assert note.text().startswith("Ingen ansökan är registrerad i ärendet")
        dialog.close()

        today = date.today().isoformat()
        decisions.record_application(session, case.id, today, "individual")
        again = TransferCaseDialog(session, case)
        qtbot.addWidget(again)
        again.show()
        note = again.findChild(QLabel, "transferApplication")
        assert isinstance(note, QLabel) and note.isVisible()  # it travels without its content
        assert note.text().startswith("Ansökan är registrerad utan vad som ansöktes om")
        again.close()

        decisions.record_application(session, case.id, today, "individual",
                                     applied_for="Stöd att lämna nätverket.")
        last = TransferCaseDialog(session, case)
        qtbot.addWidget(last)
        last.show()
        note = last.findChild(QLabel, "transferApplication")
        assert isinstance(note, QLabel) and not note.isVisible()
        last.close()
