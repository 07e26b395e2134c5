"""Sealing a package from a dialog (a consultation with SAV, an answer, a handover) runs off the
GUI thread while the dialog waits: the window keeps working, the result comes back as before,
a refusal is shown in the dialog and changes nothing, and a lock ends the wait."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QWidget
from test_ui_consultation import _consult, _units, _window
from transfer_ui_support import dump_without_audit, find

from utvag.errors import RefusedError
from utvag.services.consultation import send as consultation_send
from utvag.ui.background import cancel_all_and_wait, wait_off_thread
from utvag.ui.window import MainWindow


def test_the_work_runs_off_the_gui_thread_while_events_are_handled(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gui = threading.current_thread()
    ticks: list[int] = []
    timer = QTimer(parent)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    release = threading.Event()
    QTimer.singleShot(200, release.set)  # only the event loop can let the work finish

    def work() -> str:
        assert release.wait(10)
        return "sealed" if threading.current_thread() is not gui else "on the GUI thread"

    assert wait_off_thread(parent, "sealing", work) == (True, "sealed")
    assert len(ticks) >= 5 and parent.isEnabled()


def test_an_error_of_the_work_is_raised_on_the_gui_thread(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work() -> None:
        raise RefusedError("The receiving unit's key card is not trusted.")

    with pytest.raises(RefusedError):
        wait_off_thread(parent, "sealing", work)


def test_a_lock_ends_the_wait_without_a_result(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    QTimer.singleShot(100, cancel_all_and_wait)  # what locking does

    def work() -> str:
        started.set()
        time.sleep(0.4)  # still sealing when the lock comes
        return "sealed"

    assert wait_off_thread(parent, "sealing", work) == (False, None)
    assert started.is_set()


def test_a_consultation_that_cannot_be_written_is_refused_in_the_dialog(
        qtbot: Any, tmp_path: Path, make_window: Callable[..., MainWindow],
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    hisingen_vault, _sav_vault, made = _units(tmp_path)
    window = _window(make_window, qtbot, hisingen_vault)
    session = window.session
    assert session is not None
    before = dump_without_audit(table_dump, session.vault.conn)
    dialog = _consult(window, made["consent"])
    target = tmp_path / "saknas" / "konsultation.utvp"
    find(dialog, QLineEdit, "consultFile").setText(str(target))
    assert not dialog.submit()
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text()
    assert not target.parent.exists()
    assert consultation_send.for_case(session, made["consent"]) == []
    assert dump_without_audit(table_dump, session.vault.conn) == before
    dialog.reject()


def test_a_tampered_log_review_is_refused_by_the_manager_and_nothing_is_kept(
        qtbot: Any, tmp_path: Path, message_boxes: Any,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    from datetime import date

    from conftest import role_vault
    from utvag.services import log_review_exchange, transfer
    from utvag.services import session as session_service
    from utvag.services.policy import Policy
    from utvag.ui.manager.manager_view import ManagerView

    policy = Policy(keyring_allowed=False)
    cards: dict[str, tuple[Path, str]] = {}

    anna_vault = role_vault(tmp_path / "anna", policy, "caseworker", "Anna Berg", cards)
    maria_vault = role_vault(tmp_path / "maria", policy, "manager", "Maria Lind", cards)
    package = tmp_path / "review.utvp"
    with session_service.unlock(anna_vault.directory, passphrase=anna_vault.passphrase,
                                policy=policy) as anna:
        transfer.trust_card(anna, *cards["Maria Lind"])
        log_review_exchange.export_log_review(anna, date.today().strftime("%Y-%m"), package)
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    package.write_bytes(bytes(data))
    maria = session_service.unlock(maria_vault.directory, passphrase=maria_vault.passphrase,
                                   policy=policy)
    try:
        transfer.trust_card(maria, *cards["Anna Berg"])
        before = dump_without_audit(table_dump, maria.vault.conn)
        view = ManagerView(maria)
        qtbot.addWidget(view)
        assert not view.import_package(package)
        ((_title, text),) = message_boxes.expect()
        assert text.startswith("The package was not imported; nothing was changed.")
        assert "vault" not in text.split("\n\n", 1)[1]  # about the package, not the vault
        assert view.reviews.rowCount() == 0
        assert dump_without_audit(table_dump, maria.vault.conn) == before
    finally:
        maria.close()
