"""After the service refuses what a dialog sent, the caseworker's cursor lands on the field the
refusal names, its text selected to type over, and the message is named for a screen reader;
a refusal naming no field of the dialog puts focus on the message itself. Nothing is saved."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from conftest import create_vault
from utvag.services import cases, followup, needs
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_actions import CloseCaseDialog
from utvag.ui.case.needs_tab import NeedFollowUpDialog
from utvag.ui.case.new_case_dialog import NewCaseDialog
from utvag.ui.case.record_dialog import RecordDialog
from utvag.ui.case.relatives_tab import LinkRelativeDialog


def _shown(qtbot: Any, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()


def _refused(dialog: RecordDialog) -> None:
    assert not dialog.submit()
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.error.accessibleName()
    assert dialog.error.accessibleDescription() == dialog.error.text()


def _alva(session: Session) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Fokusson", "birth_date": "1999-05-05"}})


def test_a_refused_identity_number_gets_the_cursor_in_the_new_case_dialog(
        tmp_path: Path, ui_policy: Policy, qtbot: Any) -> None:
    def fill(session: Session) -> None:
        dialog = NewCaseDialog(lambda data: cases.new_case(session, data))
        _shown(qtbot, dialog)
        dialog.name.setText("Eja Exempel")
        dialog.number.setText("19900101-0018")  # the check digit is wrong
        dialog.name.setFocus()
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.click()
        assert dialog.case_id is None and cases.list_cases(session) == []
        assert "identity number" in dialog.error.text()
        assert dialog.focusWidget() is dialog.number
        assert dialog.number.selectedText() == "19900101-0018"
        assert dialog.error.accessibleName()

    create_vault(tmp_path / "vault", ui_policy, fill=fill)


def test_a_refused_relative_number_gets_the_cursor(
        tmp_path: Path, ui_policy: Policy, qtbot: Any) -> None:
    def fill(session: Session) -> None:
        case_id = _alva(session)
        dialog = LinkRelativeDialog(session, case_id)
        _shown(qtbot, dialog)
        dialog.new_person.setChecked(True)
        dialog.name.setText("Bo Släkting")
        dialog.number.setText("19800101-0000")
        dialog.contact.setFocus()
        _refused(dialog)
        assert dialog.focusWidget() is dialog.number
        assert dialog.number.selectedText() == "19800101-0000"
        assert followup.relatives(session, case_id) == []

    create_vault(tmp_path / "vault", ui_policy, fill=fill)


def test_a_refused_follow_up_date_gets_the_cursor(
        tmp_path: Path, ui_policy: Policy, qtbot: Any) -> None:
    def fill(session: Session) -> None:
        case_id = _alva(session)
        housing = followup.add_intervention(session, case_id, {
            "type": "protected_housing", "urgency": "urgent",
            "decided_on": date.today().isoformat()})
        need_id = needs.add_need(session, case_id, {"area": "safety_housing",
                                                    "interventions": [housing]})
        record = next(n for n in needs.needs(session, case_id) if n.id == need_id)
        dialog = NeedFollowUpDialog(session, record)
        _shown(qtbot, dialog)
        tomorrow = date.today() + timedelta(days=1)
        dialog.held.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        dialog.note.setFocus()
        _refused(dialog)
        assert dialog.focusWidget() is dialog.held
        assert dialog.held.lineEdit().selectedText() == tomorrow.isoformat()
        assert needs.needs(session, case_id)[0].latest_outcome is None

    create_vault(tmp_path / "vault", ui_policy, fill=fill)


def test_a_refusal_naming_no_field_of_the_dialog_focuses_the_message(
        tmp_path: Path, ui_policy: Policy, qtbot: Any) -> None:
    def fill(session: Session) -> None:
        case_id = _alva(session)
        case = cases.get_case(session, case_id)
        dialog = CloseCaseDialog(session, case_id, case.case_number)
        _shown(qtbot, dialog)
        tomorrow = date.today() + timedelta(days=1)
        dialog.decided.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        _refused(dialog)
        assert dialog.focusWidget() is dialog.error
        assert cases.get_case(session, case_id).status == case.status

    create_vault(tmp_path / "vault", ui_policy, fill=fill)
