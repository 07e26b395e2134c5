"""After a large import many cases wait for their next due item: the app works them out once,
right after unlocking, behind a progress dialog, instead of freezing the first time someone turns
on the overdue filter. The filter itself never works them out on the GUI thread: while any case
waits it lists nothing, says so, and waits for the work done in the background."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
from ui_support import unlock_with_keyboard

from conftest import HERE, PASSPHRASE, ROOT, UiVault, create_vault
from utvag.services import cases, due, followup
from utvag.services.policy import Policy
from utvag.services.session import Session
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


PENDING = "Still working out what is due: the overdue cases are listed when that is done."


def _late_and_on_time(tmp_path: Path, policy: Policy) -> tuple[UiVault, int]:
    """Two cases, one with a Police follow-up overdue since 2025; neither's next due item has
    been worked out yet (as after an import)."""
    made: list[int] = []

    def fill(session: Session) -> None:
        for name in ("Alva Exempelsson", "Cleo Testberg"):
            made.append(cases.new_case(session, {"type": "defector", "person": {
                "name": name, "birth_date": "1999-05-05"}}))
        followup.add_intervention(session, made[0], {
            "type": "counselling", "urgency": "time_limited", "decided_on": "2025-02-01",
            "ends_on": "2025-06-30"})

    return create_vault(tmp_path / "vault", policy, fill=fill), made[0]


def test_the_overdue_filter_says_it_waits_and_then_lists_the_overdue_case(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path,
        ui_policy: Policy) -> None:
    made, late = _late_and_on_time(tmp_path, ui_policy)
    window = make_window(made.directory, made.policy)
    unlock_with_keyboard(qtbot, window, made.passphrase)
    workspace, session = window.workspace, window.session
    assert workspace is not None and session is not None and window.background is None
    assert due.waiting(session) > 0

    workspace.overdue_filter.setChecked(True)
    # At once, before any background work is delivered: no list, and why.
    assert workspace.model.rowCount() == 0
    assert workspace.count_label.text() == PENDING
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=20_000)
    assert workspace.model.case_id(0) == late
    assert workspace.count_label.text() != PENDING
    assert due.waiting(session) == 0


def test_the_overdue_filter_waits_for_a_catch_up_under_way_and_a_cancel_turns_it_off(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path,
        ui_policy: Policy) -> None:
    made, _late = _late_and_on_time(tmp_path, ui_policy)
    window = make_window(made.directory, made.policy)
    unlock_with_keyboard(qtbot, window, made.passphrase)
    workspace, session = window.workspace, window.session
    assert workspace is not None and session is not None
    # A refresh of the whole vault under way elsewhere (held until released).
    release, started = threading.Event(), threading.Event()

    def held(_done: int, _total: int) -> None:
        started.set()
        release.wait(20)

    other = threading.Thread(target=lambda: due.refresh(session, progress=held))
    other.start()
    assert started.wait(20) and due.catching_up(session)
    try:
        workspace.overdue_filter.setChecked(True)
        op = workspace.overdue.op
        assert op is not None and not op.done.is_set()
        assert workspace.count_label.text() == PENDING
        op.cancel()  # the progress dialog's Cancel
    finally:
        release.set()
        other.join(20)
    qtbot.waitUntil(op.done.is_set, timeout=20_000)
    qtbot.waitUntil(lambda: not workspace.overdue_filter.isChecked(), timeout=20_000)
    assert workspace.model.rowCount() == 2  # the whole list again, not an empty one
    assert workspace.count_label.text() != PENDING


def test_the_waiting_line_fits_a_narrowed_list_without_widening_the_window(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path,
        ui_policy: Policy) -> None:
    """With a case open and the list narrowed by the splitter, the overdue filter's long
    "still working out" line wraps under the list: the window does not grow and the open case
    keeps its width."""
    made, late = _late_and_on_time(tmp_path, ui_policy)
    window = make_window(made.directory, made.policy)
    unlock_with_keyboard(qtbot, window, made.passphrase)
    workspace = window.workspace
    assert workspace is not None
    workspace.open_case(late)
    workspace.splitter.setSizes([260, 900])
    QApplication.processEvents()
    width, sizes = window.width(), workspace.splitter.sizes()

    workspace.overdue_filter.setChecked(True)
    assert workspace.count_label.text() == PENDING
    qtbot.wait(200)  # the layout settles (its requests go up one parent at a time)
    assert window.width() == width
    assert workspace.splitter.sizes() == sizes
    assert workspace.count_label.minimumSizeHint().width() <= sizes[0]  # wrapped, all shown
    qtbot.waitUntil(lambda: workspace.count_label.text() != PENDING, timeout=20_000)
