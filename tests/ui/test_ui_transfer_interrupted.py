"""A transfer interrupted by a crash is finished when the app unlocks, as the command line does
before every transfer command: here an export that died before its COMMIT left its hidden
temporary package behind, and unlocking removes it and says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui_support import unlock_with_keyboard

from conftest import UiVault
from utvag.ui.window import MainWindow
from utvag.vault import repo_transfer_files
from utvag.vault.audit import now_utc


def test_unlocking_removes_what_an_uncommitted_export_left(make_window: Any, qtbot: Any,
                                                            vault: UiVault,
                                                            tmp_path: Path) -> None:
    target = tmp_path / "out" / "case.utvp"
    target.parent.mkdir()
    temp = target.with_name(".case.utvp.partial")
    temp.write_bytes(b"sealed bytes of a package whose export never committed")
    with vault.open() as session, session.vault.transaction() as conn:
        repo_transfer_files.insert_file(conn, kind="case_transfer", target_path=str(target),
                                        temp_path=str(temp), package_id=None, now=now_utc())

    window: MainWindow = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    qtbot.waitUntil(lambda: window.workspace is not None)

    assert not temp.exists() and not target.exists()
    assert window.statusBar().currentMessage() == (
        "An interrupted transfer was finished: 1 file placed or removed.")
    assert window.session is not None
    assert repo_transfer_files.pending_files(window.session.vault.conn) == []
    assert window.transfers.finish_interrupted() == 0  # nothing is left for the next unlock
