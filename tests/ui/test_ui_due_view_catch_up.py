"""The Due view on a vault whose due items were never worked out (an upgrade, a large import,
the catch-up after unlocking cancelled): it works them out first with progress and Cancel, as
the catch-up after unlocking does, instead of reading for seconds behind a dialog that cannot
be cancelled; a Cancel leaves the list unread and says how to read it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QProgressDialog, QPushButton
from ui_support import wait_read

from conftest import HERE, PASSPHRASE, ROOT, UiVault
from utvag.services import due
from utvag.services.policy import Policy
from utvag.ui.due_view import DueView
from utvag.ui.window_tasks import DUE_CATCH_UP_FROM

WORKING = "Working out what is due in every case…"
NOT_READ = "Not read: what is due was still being worked out. Press Refresh to read it."


def _bulk(directory: Path) -> UiVault:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "desktop"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    done = subprocess.run([sys.executable, str(HERE / "bulk_vault.py"), str(directory),
                           str(DUE_CATCH_UP_FROM + 100)], capture_output=True, text=True,
                          env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return UiVault(directory, PASSPHRASE, done.stdout.strip(), Policy(keyring_allowed=False))


def _shown_progress(view: DueView) -> list[QProgressDialog]:
    return [d for d in view.findChildren(QProgressDialog) if d.isVisible()]


def test_the_due_view_works_a_backlog_out_with_progress_and_cancel(
        qtbot: Any, tmp_path: Path) -> None:
    bulk = _bulk(tmp_path / "bulk")
    with bulk.open() as session:
        assert due.waiting(session) > DUE_CATCH_UP_FROM
        # A whole refresh under way elsewhere, held: the view's work waits for it.
        release, started = threading.Event(), threading.Event()

        def held(_done: int, _total: int) -> None:
            started.set()
            release.wait(20)

        other = threading.Thread(target=lambda: due.refresh(session, progress=held))
        other.start()
        try:
            assert started.wait(20)
            view = DueView(session)
            qtbot.addWidget(view)
            view.show()
            qtbot.waitUntil(lambda: bool(_shown_progress(view)), timeout=10_000)
            dialog = _shown_progress(view)[0]
            assert dialog.labelText() == WORKING
            assert view.summary.text() == WORKING
            cancel = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
            assert [b.text() for b in cancel] == ["Cancel"]
            cancel[0].click()
        finally:
            release.set()
            other.join(20)
        qtbot.waitUntil(lambda: not view.reading, timeout=20_000)
        assert view.model.rowCount() == 0
        assert view.summary.text() == NOT_READ

        view.refresh_button.click()  # everything is worked out now: a plain read
        wait_read(qtbot, view)
        assert "overdue" in view.summary.text()
        assert not _shown_progress(view)
        view.close()
