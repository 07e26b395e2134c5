"""A consultation's receipt whose file could not be written, written again in the app: SAV keeps a
consultation (File › Import transfer…) and is told its receipt is kept in the vault and where to
write it (File › Received consultations… › Write the receipt again…); the button there writes
it, and Hisingen's vault registers it. Hisingen imports SAV's answer, is told to use Case › Write
the receipt for SAV again…, and that action writes the receipt SAV's vault registers. A locked
vault writes nothing and says why."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox
from test_ui_consultation import _units, _window
from transfer_ui_support import choose_file, open_case, wait_idle
from ui_support import when_modal

from utvag.services import transfer
from utvag.services.consultation import inbox
from utvag.services.consultation import send as consultation_send
from utvag.ui.transfer.consultation import AnswerConsultationDialog, ConsultationPreviewDialog
from utvag.ui.transfer.consultation_inbox import ReceivedConsultationsDialog
from utvag.ui.window import MainWindow

# A package name that leaves no room for its receipt's temporary file beside it: the receipt
# (next to the package) cannot be written, and the import stands.
LONG = "k" * 220


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sav_writes_the_receipt_again_from_received_consultations(
        qtbot: Any, tmp_path: Path, make_window: Callable[..., MainWindow],
        message_boxes: Any) -> None:
    hisingen_vault, sav_vault, made = _units(tmp_path)
    out = tmp_path / "k"
    out.mkdir()
    package = out / f"{LONG}.utvp"
    with hisingen_vault.open() as session:
        sent = consultation_send.send_consultation(session, made["consent"], package,
                                                   question="special_defector")
    window = _window(make_window, qtbot, sav_vault)

    def keep(preview: Any) -> None:
        preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def later(reply: Any) -> None:
        reply.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    when_modal(keep, kind=ConsultationPreviewDialog)
    when_modal(later, kind=AnswerConsultationDialog)
    choose_file(package)
    window.transfers.import_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes.seen) >= 1, timeout=60_000)
    wait_idle(qtbot, window)
    title, kept = message_boxes.expect()[-1]
    assert title == "Consultation kept"
    assert f"The receipt of consultation {sent.package_id} could not be written" in kept
    assert kept.endswith("(File › Received consultations… › Write the receipt again…).")
    assert "utvag consult" not in kept
    assert [p.name for p in out.iterdir()] == [package.name]  # no receipt, no piece of one

    target = tmp_path / "kvitto.utvp"
    seen: dict[str, Any] = {}

    def in_the_list(listing: Any) -> None:
        seen["enabled"] = listing.receipt_button.isEnabled()
        choose_file(target)
        listing.receipt_button.click()
        listing.reject()

    when_modal(in_the_list, kind=ReceivedConsultationsDialog)
    window.transfers.consultations_action.trigger()
    assert seen["enabled"]
    assert target.is_file() and _private(target)
    title, text = message_boxes.expect()[-1]
    assert title == "Receipt written"
    assert str(target) in text and "Send it back to Hisingen" in text
    with hisingen_vault.open() as session:
        delivered = transfer.import_receipt(session, target)
    assert (delivered.package_id, delivered.case_id) == (sent.package_id, made["consent"])

    # Locked meanwhile: the service's words, and no file.
    session = window.session
    assert session is not None
    listing = ReceivedConsultationsDialog(session)
    window.lock()
    wait_idle(qtbot, window)
    again = tmp_path / "locked.utvp"
    listing.write_receipt(again)
    title, text = message_boxes.expect()[-1]
    assert text == "The receipt file was not written.\n\nThe vault is locked."
    assert not again.exists()
    listing.deleteLater()


def test_the_district_writes_the_receipt_for_sav_s_answer_again_from_the_case_menu(
        qtbot: Any, tmp_path: Path, make_window: Callable[..., MainWindow],
        message_boxes: Any) -> None:
    hisingen_vault, sav_vault, made = _units(tmp_path)
    out = tmp_path / "k"
    out.mkdir()
    answer_file = out / f"{LONG}.utvp"
    with hisingen_vault.open() as session:
        sent = consultation_send.send_consultation(session, made["consent"],
                                                   out / "konsultation.utvp", question="advice")
    with sav_vault.open() as session:
        inbox.receive_consultation(session, Path(sent.path))
        answer = inbox.answer_consultation(session, sent.package_id, answer_file,
                                           answer="advice", text="Kontakta Polisen.")
    window = _window(make_window, qtbot, hisingen_vault)
    again = window.transfers.again
    assert again.answer_receipt_action in window.case_menu.actions()
    assert again.answer_receipt_action.isVisible()
    open_case(window, made["consent"])
    window.transfers.refresh()
    assert not again.answer_receipt_action.isEnabled()  # no answer imported yet

    choose_file(answer_file)
    window.transfers.import_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes.seen) >= 1, timeout=60_000)
    wait_idle(qtbot, window)
    title, imported = message_boxes.expect()[-1]
    assert title == "SAV's answer"
    assert f"The receipt of SAV's answer {answer.package_id} could not be written" in imported
    assert imported.endswith("(Case › Write the receipt for SAV again…).")
    assert "utvag consult" not in imported
    assert [p.name for p in out.iterdir() if LONG in p.name] == [
        answer_file.name]  # no receipt, no piece of one

    window.case_menu.aboutToShow.emit()
    assert window.workspace is not None and window.workspace.open_case_id == made["consent"]
    assert again.answer_receipt_action.isEnabled()
    target = tmp_path / "kvitto-svar.utvp"
    choose_file(target)
    again.answer_receipt_action.trigger()
    wait_idle(qtbot, window)
    assert target.is_file() and _private(target)
    title, text = message_boxes.expect()[-1]
    assert title == "Receipt written"
    assert str(target) in text and "Send it back to SAV" in text
    with sav_vault.open() as session:
        registered = transfer.import_receipt(session, target)
    assert (registered.package_id, registered.result) == (answer.package_id, "imported")

    # A name already taken: the service's words, the file as it was.
    first = target.read_bytes()
    again.write_answer_receipt_to(target)
    wait_idle(qtbot, window)
    title, text = message_boxes.expect()[-1]
    assert text.startswith("The receipt file was not written.") and "already exists" in text
    assert target.read_bytes() == first
