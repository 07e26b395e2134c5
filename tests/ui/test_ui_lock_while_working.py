"""A lock while a background operation still writes to the vault and does not stop in time.

A file added from a disk that stalls (a network share gone quiet; here a named pipe that the
test feeds) keeps its worker inside the vault's write, waiting for the next bytes, past the
time a lock waits for it (``background.STOP_WAIT_S``, cut to nothing here). The lock screen
comes at once with nothing over it; the vault is not closed under the worker (that crashed the
app, or showed the crash dialog over the lock screen) but refuses everything new, and closes
as soon as the worker lets go: the worker stops at its next step, nothing of the file is kept,
and the next unlock finds the vault whole, its lock free, its audit chain and head in order.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_support import assert_locked, press

from conftest import UiVault
from utvag.errors import VaultBusyError
from utvag.services import cases
from utvag.services import session as session_service
from utvag.ui import background
from utvag.ui.window import MainWindow

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe stands in "
                                "for the stalled disk")
BLOCK = 256 * 1024  # more than a pipe holds: written whole only once the app has read most


def test_a_lock_while_a_file_from_a_stalled_disk_is_added(
        open_window: MainWindow, vault: UiVault, qtbot: Any, message_boxes: Any,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "STOP_WAIT_S", 0.0)  # the wait runs out at once
    workspace = open_window.workspace
    assert workspace is not None
    view = workspace.open_case(workspace.model.case_id(0))
    case_id = view.case.id
    share = tmp_path / "förhör.mp4"
    os.mkfifo(share)
    read_in, go_on = threading.Event(), threading.Event()

    def stalled_disk() -> None:
        with open(share, "wb") as out:
            out.write(os.urandom(BLOCK))
            read_in.set()  # the worker is inside the vault's write now, and waits for more
            go_on.wait(60)
            out.write(os.urandom(BLOCK))

    disk = threading.Thread(target=stalled_disk, daemon=True)
    disk.start()
    op = view.attachments.add_path(share)
    qtbot.waitUntil(read_in.is_set, timeout=20_000)

    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert open_window.is_locked and open_window.unlock_page.isVisible()
    assert message_boxes.seen == [], "a message was shown over the lock screen"
    with pytest.raises(VaultBusyError):  # still open, under the worker that holds it
        vault.open()

    go_on.set()  # the disk answers again: the worker reads on, sees the lock, lets go
    qtbot.waitUntil(lambda: not op.running, timeout=20_000)
    disk.join()
    qtbot.wait(50)  # whatever the worker's end delivers to the window has arrived
    assert message_boxes.seen == []
    assert_locked(open_window, vault)
    with vault.open() as again:
        assert session_service.rollback_error(again) is None
        assert again.vault.verify_audit().ok
        assert cases.attachments(again, case_id) == []
