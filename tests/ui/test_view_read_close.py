"""Closing a view, or locking, stops its read part-way instead of waiting for it.

A view's read runs on a read-only connection of its own, so it can be interrupted: the view
closes at once, nothing the read returns or raises is shown (no error dialog), the vault stays
open and the next read works. A read that would never end on its own shows that nothing waits
for it to finish."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from bulk_vault import FAST_KDF
from ui_support import unlock_with_keyboard, wait_read

from conftest import MessageBoxes, UiVault, create_vault
from utvag.services import cases
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.services.session import ReadStopped, Session
from utvag.ui.due_view import DueView
from utvag.ui.manager.logreview_view import LogReviewView
from utvag.ui.retention_view import RetentionView
from utvag.ui.statistics.statistics_view import StatisticsView
from utvag.ui.view_read import ReadingView, ViewRead
from utvag.ui.window import MainWindow

# Hours of work for SQLite on the real vault: it ends only when the read is stopped.
ENDLESS = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
           "WHERE x < 100000000000) SELECT count(*) FROM n")


class EndlessView(ReadingView):
    """A view whose read runs until it is stopped; it records what it was given."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.started = threading.Event()
        self.shown: list[Any] = []
        self.failed: list[BaseException] = []

        def prepare() -> Callable[[], Any]:
            def work() -> Any:
                self.started.set()
                return session.vault.conn.execute(ENDLESS).fetchone()
            return work

        self.read = ViewRead(self, session, "Reading…", prepare, self.shown.append,
                             self.failed.append)
        self.read.start()


@pytest.fixture
def two_cases(tmp_path: Path, ui_policy: Policy) -> UiVault:
    def fill(session: Session) -> None:
        for name in ("Alva Exempelsson", "Bo Påhittad"):
            cases.new_case(session, {"type": "defector", "person": {
                "name": name, "birth_date": "1990-01-02"}})

    return create_vault(tmp_path / "vault", ui_policy, fill=fill)


@pytest.fixture
def session(two_cases: UiVault) -> Iterator[Session]:
    opened = two_cases.open()
    yield opened
    opened.close()


def test_closing_a_view_interrupts_its_read_and_shows_nothing(
        qtbot: Any, session: Session, message_boxes: MessageBoxes) -> None:
    view = EndlessView(session)
    qtbot.addWidget(view)
    view.show()
    op = view.loading
    assert op is not None
    qtbot.waitUntil(view.started.is_set)
    assert view.reading
    view.close()  # returns although the read would run for hours
    assert not view.isVisible() and op.progress.cancelled.is_set()
    qtbot.waitUntil(op.done.is_set)
    assert isinstance(op.error, ReadStopped)  # interrupted part-way, not finished
    qtbot.wait(50)
    assert view.shown == [] and view.failed == [] and message_boxes.seen == []
    # the vault is untouched by it: still open, the main connection and a new read work
    assert session.is_open and len(cases.list_cases(session)) == 2
    again = RetentionView(session)
    qtbot.addWidget(again)
    wait_read(qtbot, again)
    assert again.summary.text().startswith("Nothing is due for destruction on")


@pytest.mark.parametrize("kind", [DueView, LogReviewView, RetentionView, StatisticsView])
def test_closing_a_view_while_it_reads_shows_nothing_and_leaves_the_vault_open(
        qtbot: Any, session: Session, message_boxes: MessageBoxes, kind: Any) -> None:
    view = kind(session)
    qtbot.addWidget(view)
    view.show()
    op = view.loading
    assert op is not None and view.reading
    view.close()  # stops the read (at once, or it was already done: dropped either way)
    assert op.progress.cancelled.is_set()
    qtbot.waitUntil(op.done.is_set)
    qtbot.wait(50)
    assert view.model.rowCount() == 0 and message_boxes.seen == []
    assert session.is_open and len(cases.list_cases(session)) == 2


def test_a_read_the_vault_stopped_itself_is_read_again_not_reported(
        qtbot: Any, session: Session, two_cases: UiVault, message_boxes: MessageBoxes) -> None:
    view = EndlessView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.started.is_set)
    first = view.loading
    assert first is not None
    # a rekey replaces the database file: it stops the reads on the old one first
    session_service.rekey(session, two_cases.passphrase, kdf=FAST_KDF, allow_weak_kdf=True)
    qtbot.waitUntil(first.done.is_set)
    assert isinstance(first.error, ReadStopped)
    qtbot.waitUntil(lambda: view.loading is not first)  # read again, on the new file
    assert view.reading and view.failed == [] and message_boxes.seen == []
    view.close()


@pytest.fixture
def window_on(make_window: Callable[..., MainWindow], qtbot: Any,
              two_cases: UiVault) -> MainWindow:
    window = make_window(two_cases.directory, two_cases.policy)
    unlock_with_keyboard(qtbot, window, two_cases.passphrase)
    assert window.session is not None
    return window


def test_locking_interrupts_a_read_that_would_not_end(
        qtbot: Any, window_on: MainWindow, message_boxes: MessageBoxes) -> None:
    assert window_on.session is not None
    vault = window_on.session.vault
    view = EndlessView(window_on.session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.started.is_set)
    op = view.loading
    assert op is not None
    window_on.lock()  # stops the read, then closes the view, its connection and the vault
    assert window_on.is_locked and not op.running
    assert vault.readers_open == 0
    qtbot.wait(100)  # what the stopped read queued is delivered (to nothing)
    assert view.shown == [] and view.failed == [] and message_boxes.seen == []
