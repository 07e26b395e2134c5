"""The app checks the whole vault in the background once the policy's interval has passed: an
intact vault is recorded as checked, a damaged one raises a warning naming the damage and the
last good backup; a check that is not due does not run."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ui_support import unlock_with_keyboard

from conftest import UiVault
from utvag.services import cases, vault_check
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.ui.window import MainWindow


def _unlocked(make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault,
              policy: Policy | None = None) -> MainWindow:
    window = make_window(vault.directory, policy or vault.policy)
    window.check_delay_ms = 0
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.workspace is not None
    return window


def test_an_intact_vault_is_checked_in_the_background(make_window: Any, qtbot: Any,
                                                       vault: UiVault) -> None:
    window = _unlocked(make_window, qtbot, vault)
    qtbot.waitUntil(lambda: window.vault_check is not None and window.vault_check.report
                    is not None, timeout=20_000)
    assert window.vault_check is not None and window.vault_check.report is not None
    assert window.vault_check.report.ok
    assert window.damage_warning is None
    session = window.session
    assert session is not None
    at, ok = vault_check.last_check(session)
    assert ok is True and at is not None


def test_a_check_that_is_not_due_does_not_run(make_window: Any, qtbot: Any,
                                              vault: UiVault) -> None:
    with vault.open() as opened:
        vault_check.run(opened)
    window = _unlocked(make_window, qtbot, vault)
    qtbot.wait(200)
    assert window.vault_check is None
    session = window.session
    assert session is not None
    assert vault_check.check_due(session, 7, datetime.now(UTC) + timedelta(days=8))
    assert not vault_check.check_due(session, 0, datetime.now(UTC) + timedelta(days=800))


def test_damage_raises_a_warning_naming_it_and_the_last_backup(
        make_window: Any, qtbot: Any, vault: UiVault, tmp_path: Path,
        message_boxes: Any) -> None:
    backup = tmp_path / "veckobackup.utvb"
    with vault.open() as session:
        cases.attach(session, 1, io.BytesIO(bytes(8_000_000)), "foto.jpg")
        session_service.backup(session, backup)
    db = vault.directory / "vault.db"
    data = bytearray(db.read_bytes())
    # A page of the attachment, which fills the last three quarters of the file (the schema's
    # own pages come first): nothing reads it on unlock.
    data[len(data) * 3 // 4] ^= 0x10
    db.write_bytes(bytes(data))
    window = _unlocked(make_window, qtbot, vault)
    qtbot.waitUntil(lambda: window.damage_warning is not None, timeout=20_000)
    box = window.damage_warning
    assert box is not None
    assert box.windowTitle() == "The vault is damaged"
    assert "fails its HMAC check" in box.text()
    assert str(backup) in box.text()
    message_boxes.expect()
    box.close()


def test_the_interval_comes_from_the_policy(write_policy: Any) -> None:
    from utvag.services.policy import load_policy

    assert Policy().check_interval_days == 7
    assert load_policy(write_policy(check_interval_days=30)).check_interval_days == 30
    assert load_policy(write_policy(check_interval_days=0)).check_interval_days == 0
