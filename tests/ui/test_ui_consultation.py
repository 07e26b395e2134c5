"""Consultation with SAV through two real windows: Hisingen's Case › Consult SAV… says what the
package carries before it is written, SAV's File › Import transfer… recognises the consultation,
shows it, keeps it and writes the signed answer, and Hisingen's import records the answer on the
case, which stays open. A consultation given to the wrong window is refused and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
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

from utvag.domain.case_records import CaseStatus
from utvag.services.consultation import send as consultation_send
from utvag.services.policy import Policy
from utvag.ui.transfer.consultation import (
    AnswerConsultationDialog,
    ConsultationPreviewDialog,
    ConsultSavDialog,
)
from utvag.ui.window import MainWindow
from utvag.vault import repo_case_flow

POLICY = Policy(keyring_allowed=False)
NO_CONSENT = {"consent_authorities": ["police", "prison_probation"]}


def _units(tmp_path: Path) -> tuple[Any, Any, dict[str, int]]:
    from conftest import create_vault

    made: dict[str, int] = {}
    sav = create_vault(tmp_path / "sav", POLICY, "SAV")

    def fill(session: Any) -> None:
        unit = Unit("Hisingen", tmp_path / "hisingen", session)
        with sav.open() as s:
            exchange_cards(unit, Unit("SAV", sav.directory, s), tmp_path)
        made["consent"] = special_defector_case(unit)
        made["no_consent"] = special_defector_case(unit, answers=NO_CONSENT)

    hisingen = create_vault(tmp_path / "hisingen", POLICY, "Hisingen", fill=fill)
    return hisingen, sav, made


def _window(make_window: Callable[..., MainWindow], qtbot: Any, vault: Any) -> MainWindow:
    window = make_window(vault.directory, POLICY)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    return window


def _consult(window: MainWindow, case_id: int) -> ConsultSavDialog:
    open_case(window, case_id)
    window.case_menu.enable()
    act = window.findChild(QAction, "actionConsultSav")
    assert isinstance(act, QAction) and act.isEnabled()
    act.trigger()
    assert window.workspace is not None and window.workspace.case_view is not None
    dialog = window.workspace.case_view.dialog
    assert isinstance(dialog, ConsultSavDialog)
    return dialog


def test_sav_answers_a_consultation_and_the_case_keeps_running(
        qtbot: Any, tmp_path: Path, make_window: Callable[..., MainWindow],
        message_boxes: Any) -> None:
    hisingen_vault, sav_vault, made = _units(tmp_path)
    a = _window(make_window, qtbot, hisingen_vault)
    b = _window(make_window, qtbot, sav_vault)
    out = tmp_path / "k"
    out.mkdir()

    dialog = _consult(a, made["consent"])
    assert "case summary" in find(dialog, QLabel, "consultContent").text()
    assert find(dialog, QLineEdit, "consultQuestionText").isEnabled()
    find(dialog, QLineEdit, "consultQuestionText").setText("Särskild avhoppare?")
    find(dialog, QLineEdit, "consultFile").setText(str(out / "konsultation.utvp"))
    assert dialog.submit(), find(dialog, QLabel, "recordError").text()
    assert (out / "konsultation.utvp").is_file()
    assert "konsultation.utvp" in message_boxes.expect()[-1][1]
    view = a.workspace.case_view  # type: ignore[union-attr]
    assert view is not None and view.case.status not in (CaseStatus.CLOSED,
                                                         CaseStatus.TRANSFERRED)

    seen: dict[str, str] = {}

    def keep(preview: Any) -> None:
        seen["from"] = find(preview, QLabel, "consultFrom").text()
        seen["person"] = find(preview, QLabel, "consultPerson").text()
        preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def answer(reply: Any) -> None:
        reply.kind.setCurrentIndex(reply.kind.findData("special"))
        reply.text.setPlainText("Hög hotbild enligt Polisen.")
        find(reply, QLineEdit, "consultAnswerFile").setText(str(out / "svar.utvp"))
        reply.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(keep, kind=ConsultationPreviewDialog)
    when_modal(answer, kind=AnswerConsultationDialog)
    choose_file(out / "konsultation.utvp")
    b.transfers.import_action.trigger()
    qtbot.waitUntil(lambda: (out / "svar.utvp").is_file(), timeout=60_000)
    wait_idle(qtbot, b)
    assert seen["person"].startswith(PERSON["name"])
    answered = message_boxes.expect()[-1][1]
    assert "svar.utvp" in answered and "konsultation-receipt.utvp" in answered
    assert (out / "konsultation-receipt.utvp").is_file()

    choose_file(out / "svar.utvp")
    a.transfers.import_action.trigger()
    wait_idle(qtbot, a)
    qtbot.waitUntil(lambda: len(message_boxes.seen) >= 3, timeout=60_000)
    recorded = message_boxes.expect()[-1][1]
    assert "is a special defector" in recorded and "svar-receipt.utvp" in recorded
    session = a.session
    assert session is not None
    [row] = consultation_send.for_case(session, made["consent"])
    assert row.answer_kind == "decision" and row.special_defector is True
    [decision] = repo_case_flow.for_case(session.vault.conn, "special_defector_decision",
                                         made["consent"])
    assert decision["decision"] == "confirmed"


def test_without_consent_the_dialog_says_so_and_takes_no_words(
        qtbot: Any, tmp_path: Path, make_window: Callable[..., MainWindow],
        message_boxes: Any, table_dump: Callable[[Any], dict[str, Any]]) -> None:
    hisingen_vault, _sav_vault, made = _units(tmp_path)
    a = _window(make_window, qtbot, hisingen_vault)
    dialog = _consult(a, made["no_consent"])
    assert "De-identified facts only" in find(dialog, QLabel, "consultContent").text()
    assert not find(dialog, QLineEdit, "consultQuestionText").isEnabled()
    find(dialog, QLineEdit, "consultFile").setText(str(tmp_path / "k.utvp"))
    assert dialog.submit()
    message_boxes.expect()
    # the consultation is for SAV: Hisingen's own import refuses it and changes nothing
    session = a.session
    assert session is not None
    before = dump_without_audit(table_dump, session.vault.conn)
    choose_file(tmp_path / "k.utvp")
    a.transfers.import_action.trigger()
    wait_idle(qtbot, a)
    qtbot.waitUntil(lambda: len(message_boxes.seen) >= 2, timeout=60_000)
    assert "Consultations are answered by SAV" in message_boxes.expect()[-1][1]
    assert dump_without_audit(table_dump, session.vault.conn) == before
