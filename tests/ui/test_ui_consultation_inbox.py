"""SAV answers a kept consultation later, in the app: the import's answer dialog is cancelled (the
message points to File › Received consultations…), the list shows the consultation awaiting its
answer, Answer… opens the same answer dialog and seals the answer; the answered consultation
shows its answer, cannot be answered from the list again, and the service refuses a second
answer without writing anything."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from transfer_ui_support import (
    Unit,
    choose_file,
    exchange_cards,
    find,
    special_defector_case,
    wait_idle,
)
from ui_support import unlock_with_keyboard, when_modal

from utvag.errors import RefusedError
from utvag.services.consultation import inbox
from utvag.services.consultation import send as consultation_send
from utvag.services.policy import Policy
from utvag.ui.transfer.consultation import AnswerConsultationDialog, ConsultationPreviewDialog
from utvag.ui.transfer.consultation_inbox import ReceivedConsultationsDialog
from utvag.ui.window import MainWindow

POLICY = Policy(keyring_allowed=False)


def _consultation(tmp_path: Path) -> tuple[Any, Any, Path]:
    """SAV's and Hisingen's vaults, and a consultation Hisingen wrote for SAV."""
    from conftest import create_vault

    sav = create_vault(tmp_path / "sav", POLICY, "SAV")
    package = tmp_path / "konsultation.utvp"

    def fill(session: Any) -> None:
        unit = Unit("Hisingen", tmp_path / "hisingen", session)
        with sav.open() as s:
            exchange_cards(unit, Unit("SAV", sav.directory, s), tmp_path)
        case_id = special_defector_case(unit)
        consultation_send.send_consultation(session, case_id, package,
                                            question="special_defector")

    hisingen = create_vault(tmp_path / "hisingen", POLICY, "Hisingen", fill=fill)
    return sav, hisingen, package


def _action(window: MainWindow) -> QAction:
    window.file_menu.aboutToShow.emit()
    action = window.findChild(QAction, "actionReceivedConsultations")
    assert isinstance(action, QAction)
    return action


def test_a_kept_consultation_is_answered_later_from_the_list(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path,
        make_window: Callable[..., MainWindow], message_boxes: Any) -> None:
    sav_vault, hisingen_vault, package = _consultation(tmp_path)
    district = make_window(hisingen_vault.directory, POLICY)
    unlock_with_keyboard(qtbot, district, hisingen_vault.passphrase)
    assert not _action(district).isVisible()  # the districts send; SAV answers
    window = make_window(sav_vault.directory, POLICY)
    unlock_with_keyboard(qtbot, window, sav_vault.passphrase)
    action = _action(window)
    assert action.isVisible() and action.isEnabled()

    def keep(preview: Any) -> None:
        preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def cancel(reply: Any) -> None:
        reply.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    when_modal(keep, kind=ConsultationPreviewDialog)
    when_modal(cancel, kind=AnswerConsultationDialog)
    choose_file(package)
    window.transfers.import_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes.seen) >= 1, timeout=60_000)
    wait_idle(qtbot, window)
    kept = message_boxes.expect()[-1][1]
    assert "File › Received consultations" in kept and "utvag consult" not in kept
    assert "konsultation-receipt.utvp" in kept  # the district awaits the receipt either way
    session = window.session
    assert session is not None
    [entry] = inbox.received_list(session)
    assert entry.awaiting_answer

    answer_file = tmp_path / "svar.utvp"
    seen: dict[str, Any] = {}

    def answer(reply: Any) -> None:
        reply.kind.setCurrentIndex(reply.kind.findData("not_special"))
        reply.text.setPlainText("Kriterierna är inte uppfyllda.")
        find(reply, QLineEdit, "consultAnswerFile").setText(str(answer_file))
        reply.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def in_the_list(listing: Any) -> None:
        assert isinstance(listing, ReceivedConsultationsDialog)
        qtmodeltester.check(listing.model)
        assert listing.model.rowCount() == 1
        assert listing.model.index(0, 1).data() == "Hisingen"
        assert listing.model.index(0, 3).data() == "Awaiting SAV's answer"
        assert listing.answer_button.isEnabled()
        when_modal(answer, kind=AnswerConsultationDialog)
        listing.answer_button.click()
        seen["answer"] = listing.model.index(0, 3).data()
        seen["shown"] = listing.shown.text()
        seen["again"] = listing.answer_button.isEnabled()
        listing.reject()

    when_modal(in_the_list, kind=ReceivedConsultationsDialog)
    action.trigger()
    assert answer_file.is_file()
    assert "svar.utvp" in message_boxes.expect()[-1][1]
    assert seen["answer"] == "Decision: not a special defector"
    assert "Kriterierna är inte uppfyllda." in seen["shown"]
    assert seen["again"] is False
    [entry] = inbox.received_list(session)
    assert entry.answer is not None and entry.answer.special_defector is False

    again = tmp_path / "svar-2.utvp"
    with pytest.raises(RefusedError, match="already answered"):
        inbox.answer_consultation(session, entry.package_id, again, answer="advice",
                                  text="Ett andra svar.")
    assert not again.exists()
    assert inbox.received_list(session) == [entry]
