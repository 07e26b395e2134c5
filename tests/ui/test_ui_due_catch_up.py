"""After a large import many cases wait for their next due item: the app works them out once,
right after unlocking, behind a progress dialog, instead of freezing the first time someone turns
on the overdue filter."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog
from ui_support import unlock_with_keyboard

from conftest import HERE, PASSPHRASE, ROOT, UiVault
from utvag.services import due
from utvag.services.policy import Policy
from utvag.ui.window import MainWindow
from utvag.ui.window_tasks import DUE_CATCH_UP_FROM

COUNT = DUE_CATCH_UP_FROM + 500


def _bulk(directory: Path) -> UiVault:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "desktop"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    done = subprocess.run([sys.executable, str(HERE / "bulk_vault.py"), str(directory),
                           str(COUNT)], capture_output=True, text=True, env=env, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr
    return UiVault(directory, PASSPHRASE, done.stdout.strip(), Policy(keyring_allowed=False))


def test_a_large_backlog_is_worked_out_once_with_progress_after_unlocking(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    bulk = _bulk(tmp_path / "bulk")
    with bulk.open() as session:
        assert due.stale_count(session) == COUNT
    window = make_window(bulk.directory, bulk.policy)
    qtbot.keyClicks(window.unlock_page.secret, bulk.passphrase)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
    assert window.background is not None
    dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert [d.labelText() for d in dialogs] == ["Working out what is due in every case…"]
    qtbot.waitUntil(window.background.done.is_set, timeout=120_000)
    assert window.background.error is None
    assert window.session is not None and due.stale_count(window.session) == 0
    # The overdue filter now only reads what is stored.
    assert window.workspace is not None
    window.workspace.overdue_filter.setChecked(True)
    assert due.stale_count(window.session) == 0


def test_a_few_waiting_cases_open_no_dialog(
        make_window: Callable[..., MainWindow], qtbot: Any, vault: UiVault) -> None:
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.workspace is not None and window.background is None
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
