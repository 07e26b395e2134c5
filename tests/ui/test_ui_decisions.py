"""The application and SAV's special-defector decision, recorded from the Case menu of the app
(in Swedish) on real vaults: the application then travels with a transfer, and SAV's decision
routes the case; a refusal leaves everything as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from ui_support import unlock_with_keyboard

from conftest import UiVault, create_vault
from utvag.forms import load_answers
from utvag.services import assessment, cases, decisions
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.record_dialog import RecordDialog
from utvag.ui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"


def _fill(session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Exempelsson", "birth_date": "1999-05-05", "district": "Hisingen"}})
    assessment.assess_document(session, case_id, load_answers(DISTRICT), sign=True,
                               today=date(2026, 11, 1))


def _window(make_window: Any, qtbot: Any, tmp_path: Path, policy: Policy,
            unit: str) -> MainWindow:
    vault: UiVault = create_vault(tmp_path / unit, policy, unit=unit, fill=_fill)
    window: MainWindow = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.session is not None and window.workspace is not None
    window.workspace.open_case(cases.list_cases(window.session)[0].id)
    window.case_menu.enable()
    return window


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def _dialog(window: MainWindow, name: str) -> RecordDialog:
    act = _action(window, name)
    assert act.isEnabled() and act.isVisible(), name
    act.trigger()
    assert window.workspace is not None and window.workspace.case_view is not None
    dialog = window.workspace.case_view.dialog
    assert isinstance(dialog, RecordDialog) and dialog.isVisible()
    return dialog


def test_sav_records_the_application_and_its_special_defector_decision(
        make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy,
        swedish: None) -> None:
    window = _window(make_window, qtbot, tmp_path, ui_policy, "SAV")
    session = window.session
    assert session is not None
    case_id = cases.list_cases(session)[0].id
    assert _action(window, "actionRecordApplication").text() == "&Registrera ansökan…"

    dialog = _dialog(window, "actionRecordApplication")
    assert dialog.windowTitle() == "Ansökan som ärendet utgår från"
    dialog.applicant_kind.setCurrentIndex(  # type: ignore[attr-defined]
        dialog.applicant_kind.findData("authority"))  # type: ignore[attr-defined]
    assert not dialog.submit()  # an authority must be named
    assert decisions.records(session, case_id).case_application == ()
    dialog.applicant.setText("Kriminalvården, anstalten Kumla")  # type: ignore[attr-defined]
    assert dialog.submit()
    (application,) = decisions.records(session, case_id).case_application
    assert application.applicant_kind == "authority"

    # The signed assessment routed the case to Hisingen; SAV has the final word.
    assert cases.get_case(session, case_id).status.value == "awaiting_transfer"
    window.case_menu.enable()
    special = _dialog(window, "actionSpecialDecision")
    assert special.windowTitle() == "SAV:s beslut om särskild avhoppare"
    assert not special.submit()  # no justification
    assert decisions.records(session, case_id).special_defector_decision == ()
    special.justification.setPlainText(  # type: ignore[attr-defined]
        "Särskilda omständigheter: hotet riktar sig mot hela familjen.")
    assert special.submit()
    (decided,) = decisions.records(session, case_id).special_defector_decision
    assert decided.decision == "confirmed"
    assert cases.get_case(session, case_id).status.value == "decided"


def test_a_district_records_the_application_but_is_not_offered_sav_s_decision(
        make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy) -> None:
    window = _window(make_window, qtbot, tmp_path, ui_policy, "Hisingen")
    special = _action(window, "actionSpecialDecision")
    assert not special.isEnabled() and not special.isVisible()
    assert _action(window, "actionRecordApplication").isEnabled()
