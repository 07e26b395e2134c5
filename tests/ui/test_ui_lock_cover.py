"""A lock hides the case at once, before it waits for anything.

Locking waits for the work under way to stop (a file read from a disk that stalls: here a named
pipe the test feeds) and for typed text to be kept, and the GUI thread paints nothing meanwhile.
Whatever was on screen when Ctrl+L, the idle clock or the OS locked would stay there for that
long. So before the wait, no other window of the app is shown (a dialog with typed text about
the case, the Due list, the work's progress), the main window shows no list, no field and no
text but that it is locking, and that is what is painted on the screen — not only what Qt
would paint next. The test looks at the moment the lock asks the stalled work to stop, on the
GUI thread, right before it waits for it; after the lock the hidden dialog's text is kept as
before. Closing a dialog the lock hid still does what closing a shown one did: the assessment
wizard keeps what its page holds.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from ui_support import FakeClock, assert_locked, press, wait_read

from conftest import UiVault
from utvag.services import assessment, kept_text
from utvag.ui.background import run_in_background
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.decision_dialogs import DecisionDialog
from utvag.ui.window import MainWindow

CANARY = "Skyddat boende hos moster i Boras KANARIE-c0v3"  # keyClicks types ASCII


@dataclass
class AtTheWait:
    """What the app showed as the lock began to wait for the stalled work."""

    vault_open: bool
    worker_stalled: bool
    windows: list[str]  # the app's other windows still shown
    widgets: list[str]  # lists, fields and the case's view shown in the main window
    labels: list[str]  # the texts the main window's labels showed
    painted: bool  # the screen shows the main window as it now stands
    changed: bool  # the screen no longer shows what it showed before the lock


def on_screen(window: MainWindow) -> QImage:
    """What the screen shows of the window: the offscreen platform's copy of what was painted
    (a grab would draw the window anew)."""
    return window.screen().grabWindow(window.winId()).toImage()


def shown_in(window: MainWindow) -> tuple[list[str], list[str]]:
    shown = [w for w in window.findChildren(QWidget) if w.isVisible()]
    data = (QAbstractItemView, QLineEdit, QPlainTextEdit, QTextEdit, CaseView)
    return ([type(w).__name__ for w in shown if isinstance(w, data)],
            [w.text() for w in shown if isinstance(w, QLabel) and w.text()])


def lock_by(way: str, window: MainWindow, qtbot: Any, clock: FakeClock,
            vault: UiVault) -> None:
    if way == "ctrl_l":
        press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    elif way == "idle":
        clock.advance(vault.policy.idle_timeout_seconds)
        window.idle.check()
    else:
        assert window.os_events is not None
        window.os_events._screensaver(True)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe stands in for the disk")
@pytest.mark.parametrize("way", ["ctrl_l", "idle", "os_lock"])
def test_nothing_of_the_case_stays_on_screen_while_the_lock_waits(
        open_window: MainWindow, vault: UiVault, qtbot: Any, clock: FakeClock,
        message_boxes: Any, tmp_path: Path, way: str) -> None:
    workspace = open_window.workspace
    assert workspace is not None and open_window.session is not None
    view = workspace.open_case(workspace.model.case_id(0))
    case_id, name = view.case.id, view.case.person.name
    follow_up: Any = open_window.followup_menu
    due = follow_up.show_due()  # the Due list, in a window of its own
    assert due is not None
    wait_read(qtbot, due)
    dialog = DecisionDialog(open_window.session, case_id, open_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.what, CANARY)
    assert name in shown_in(open_window)[1]  # the case is on the screen
    before = on_screen(open_window)

    share = tmp_path / "utredning.pdf"
    os.mkfifo(share)
    read_in, go_on = threading.Event(), threading.Event()

    def stalled_disk() -> None:
        with open(share, "wb") as out:
            out.write(b"%PDF-1.7\n")
            read_in.set()
            go_on.wait(60)  # the disk answers again once the test has looked

    disk = threading.Thread(target=stalled_disk, daemon=True)
    disk.start()
    seen: list[AtTheWait] = []

    def at_the_wait() -> None:  # the lock asks the work to stop, then waits for it
        if not seen:
            widgets, labels = shown_in(open_window)
            seen.append(AtTheWait(
                open_window.session is not None, disk.is_alive() and not go_on.is_set(),
                [type(w).__name__ for w in QApplication.topLevelWidgets()
                 if w.isVisible() and w is not open_window],
                widgets, labels, on_screen(open_window) == open_window.grab().toImage(),
                on_screen(open_window) != before))
        go_on.set()

    op = run_in_background(open_window, "Reading the file…", lambda _p: share.read_bytes(),
                           on_cancel=at_the_wait)
    qtbot.waitUntil(read_in.is_set, timeout=20_000)

    lock_by(way, open_window, qtbot, clock, vault)
    assert len(seen) == 1, "the lock did not ask the work to stop"
    wait = seen[0]
    assert wait.vault_open and wait.worker_stalled  # the lock is about to wait, the vault open
    assert wait.windows == [], "windows still shown while the lock waits"
    assert wait.widgets == [], "a list, a field or the case still shown while the lock waits"
    assert wait.labels == ["Locking…"]
    assert wait.painted and wait.changed, "the screen still shows what was there before"

    qtbot.waitUntil(lambda: not op.running, timeout=20_000)
    disk.join()
    assert message_boxes.seen == []
    assert not dialog.isVisible() and not due.isVisible()
    assert_locked(open_window, vault)
    with vault.open() as session:  # the hidden dialog's text was kept all the same
        assert kept_text.kinds_kept(session, case_id) == [dialog.kept_kind]


def test_the_assessment_wizard_keeps_its_page_through_a_lock(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    """Closing the wizard keeps what its page holds; a lock hides it before it closes it."""
    workspace = open_window.workspace
    assert workspace is not None
    view = workspace.open_case(workspace.model.case_id(0))
    view.setCurrentWidget(view.assessment)
    dialog = view.assessment.open_wizard()
    assert dialog is not None and dialog.page is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.page.rows[0].editor.focus_widget().setFocus()
    press(qtbot, Qt.Key.Key_Space)  # the first answer of the first question
    answered = {k: v for k, v in dialog.page.step_answers().items() if v is not None}
    assert answered and not set(answered) & set(dialog.state.answers)  # not saved yet

    open_window.lock()
    with vault.open() as session:
        draft = next(r for r in assessment.history(session, view.case.id)
                     if r.state == "draft")
        assert answered.items() <= draft.answers.items()
