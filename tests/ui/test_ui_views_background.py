"""The Due, Log review and Retention views read off the GUI thread, Destroy runs there too.

Each view opens at once saying it is reading, with its actions off, and shows what it read when
it comes; a lock while reading waits for the read and shows nothing of the vault afterwards.
Destroy destroys exactly today's preview, says so and reads the view again; a lock while it
runs lets it finish whole and shows nothing; a refusal is said and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from ui_support import wait_read

from conftest import MessageBoxes, UiVault, create_vault
from utvag.services import audit_log, cases, demo, followup
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.due_view import DueView
from utvag.ui.manager.logreview_view import LogReviewView
from utvag.ui.retention_view import RetentionView
from utvag.ui.window import MainWindow

LATER = date.today() + timedelta(days=6 * 366)  # past the five years of today's entries


@pytest.fixture
def closed_one(tmp_path: Path, ui_policy: Policy) -> UiVault:
    """Alva's case closed (due for destruction in five years), Bo's open."""

    def fill(session: Session) -> None:
        for name in ("Alva Exempelsson", "Bo Påhittad"):
            cases.new_case(session, {"type": "defector", "person": {
                "name": name, "birth_date": "1990-01-02"}})
        alva = next(s.id for s in cases.list_cases(session) if s.name == "Alva Exempelsson")
        followup.close_case(session, alva, "completed")

    return create_vault(tmp_path / "vault", ui_policy, fill=fill)


@pytest.fixture
def session(closed_one: UiVault) -> Any:
    opened = closed_one.open()
    yield opened
    opened.close()


def destroyed(session: Session) -> int:
    return [e.action for e in audit_log.entries(session)].count("retention.destroy")


def test_retention_opens_before_the_preview_and_shows_it_when_it_comes(
        qtbot: Any, session: Session) -> None:
    view = RetentionView(session, today=lambda: LATER)
    qtbot.addWidget(view)
    view.show()
    assert view.isVisible() and view.reading
    assert view.summary.text() == "Reading…" and view.model.rowCount() == 0
    assert not view.destroy_button.isEnabled() and not view.hold_button.isEnabled()
    assert view.ask_to_destroy() is None  # nothing to destroy before the preview is shown
    wait_read(qtbot, view)
    assert view.summary.text() == "1 case due for destruction (0 overdue), 1 case kept."
    assert view.model.rowCount() == 2 and view.destroy_button.isEnabled()
    assert view.hold_button.isEnabled()


def test_destroy_runs_off_the_gui_thread_and_destroys_exactly_the_preview(
        qtbot: Any, session: Session) -> None:
    view = RetentionView(session, today=lambda: LATER)
    qtbot.addWidget(view)
    wait_read(qtbot, view)
    alva = next(s.case_number for s in cases.list_cases(session) if s.name == "Alva Exempelsson")
    op = view.destroy_due(1)
    assert view.status.text() == "Destroying…" and not view.destroy_button.isEnabled()
    qtbot.waitUntil(op.done.is_set)
    wait_read(qtbot, view)
    assert view.status.text() == "1 case destroyed; the destruction record lists them."
    assert [s.name for s in cases.list_cases(session)] == ["Bo Påhittad"]
    assert [view.log_model.index(r, 0).data() for r in range(view.log_model.rowCount())] \
        == [alva]
    assert view.model.rowCount() == 1 and not view.destroy_button.isEnabled()
    assert destroyed(session) == 1


def test_a_refused_destruction_is_said_and_changes_nothing(
        qtbot: Any, session: Session, message_boxes: MessageBoxes) -> None:
    view = RetentionView(session, today=lambda: LATER)
    qtbot.addWidget(view)
    wait_read(qtbot, view)
    view.destroy_due(2)  # the preview the user confirmed is not what is due now
    qtbot.waitUntil(lambda: bool(message_boxes.seen))
    wait_read(qtbot, view)
    [(_title, text)] = message_boxes.expect()
    assert "What is due changed since the preview; preview again." in text
    assert view.status.text() == "Nothing was destroyed."
    assert len(cases.list_cases(session)) == 2 and destroyed(session) == 0
    assert view.destroy_button.isEnabled()  # read again: still due


@pytest.fixture
def window_on(make_window: Callable[..., MainWindow], qtbot: Any,
              closed_one: UiVault) -> MainWindow:
    from ui_support import unlock_with_keyboard

    window = make_window(closed_one.directory, closed_one.policy)
    unlock_with_keyboard(qtbot, window, closed_one.passphrase)
    assert window.session is not None
    return window


@pytest.mark.parametrize("kind", [DueView, LogReviewView, RetentionView])
def test_locking_while_a_view_reads_shows_nothing_of_the_vault(
        qtbot: Any, window_on: MainWindow, message_boxes: MessageBoxes, kind: Any) -> None:
    assert window_on.session is not None
    view = kind(window_on.session)
    qtbot.addWidget(view)
    view.show()
    loading = view.loading
    assert loading is not None and view.reading
    window_on.lock()  # waits for the read, then closes the view and the vault
    assert not loading.running and window_on.is_locked
    qtbot.wait(100)  # what the finished read queued is delivered (to nothing)
    assert not view.isVisible() and view.model.rowCount() == 0
    assert message_boxes.seen == []


def test_locking_while_destroying_lets_it_finish_whole_and_shows_nothing(
        qtbot: Any, window_on: MainWindow, closed_one: UiVault,
        message_boxes: MessageBoxes) -> None:
    assert window_on.session is not None
    view = RetentionView(window_on.session, today=lambda: LATER)
    qtbot.addWidget(view)
    view.show()
    wait_read(qtbot, view)
    op = view.destroy_due(1)
    window_on.lock()  # a destruction cannot stop part-way: the lock waits for it
    assert not op.running and window_on.is_locked
    qtbot.wait(100)
    assert view.status.text() == "Destroying…" and message_boxes.seen == []
    with closed_one.open() as opened:
        assert [s.name for s in cases.list_cases(opened)] == ["Bo Påhittad"]
        assert destroyed(opened) == 1


def test_log_review_offers_no_sign_off_until_the_queue_is_shown(
        qtbot: Any, session: Session) -> None:
    view = LogReviewView(session)
    qtbot.addWidget(view)
    assert view.reading and view.status.text() == "Reading…"
    assert not view.sign_button.isEnabled()
    wait_read(qtbot, view)
    assert view.sign_button.isEnabled() and "accesses to review" in view.status.text()
    assert view.model.rowCount() > 0  # the cases read while the vault was filled


def test_due_view_opens_before_the_list_and_shows_it_when_it_comes(
        qtbot: Any, tmp_path: Path, ui_policy: Policy) -> None:
    with create_vault(tmp_path / "demo", ui_policy, fill=demo.fill).open() as opened:
        view = DueView(opened)
        qtbot.addWidget(view)
        assert view.reading and view.summary.text() == "Reading…"
        view.scope.setCurrentIndex(1)  # the whole unit: chosen while reading, read next
        assert view.reading
        wait_read(qtbot, view)
        rows = view.model.rowCount()
        assert rows > 0
        overdue = sum(1 for r in range(rows) if view.model.index(r, 4).data() == "Overdue")
        assert view.summary.text() == f"{rows} items, {overdue} overdue"
        view.close()
