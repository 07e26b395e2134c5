"""What another thread reads while a background operation writes (``Vault.conn``).

A background write (an import, a restore's records, a backup's bookkeeping) runs its transaction
on the vault's main connection. The GUI thread repainting a view meanwhile must never show a case
that is not committed, and may yet be rolled back: its reads go to a read-only connection of its
own while the other thread holds the main one, and see only committed rows."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from utvag.errors import NotFoundError
from utvag.services import cases
from utvag.services import session as session_service
from utvag.services.session import Session

HIDDEN = {"type": "defector", "person": {"name": "Osynlig Skuggfigur", "birth_date": "1979-05-06"}}
LATER = {"type": "defector", "person": {"name": "Eva Fiktiv", "birth_date": "1970-07-08"}}


class Abandoned(Exception):
    """The background operation failed after writing: its transaction is rolled back."""


class BackgroundWrite:
    """A thread that adds a case through the real service inside ``vault.transaction()`` and
    holds the transaction open until ``finish`` tells it to commit or to fail."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.written = threading.Event()
        self._go = threading.Event()
        self._commit = False
        self.case_id: int | None = None
        self.seen_by_itself: tuple[int, bool, int] | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.written.wait(30)
        assert self.error is None, self.error

    def _run(self) -> None:
        session = self.session
        try:
            with session.vault.transaction():
                self.case_id = cases.new_case(session, HIDDEN)
                self.seen_by_itself = (len(cases.list_cases(session)),
                                       cases.listed(session, self.case_id) is True,
                                       session_service.status(session).cases)
                self.written.set()
                assert self._go.wait(30)
                if not self._commit:
                    raise Abandoned
        except Abandoned:
            pass
        except BaseException as exc:
            self.error = exc
        finally:
            self.written.set()

    def finish(self, *, commit: bool) -> None:
        self._commit = commit
        self._go.set()
        self.thread.join(30)
        assert not self.thread.is_alive() and self.error is None, self.error


@pytest.fixture
def session(make_vault: Callable[..., Any]) -> Iterator[Session]:
    opened = make_vault("vault", cases=2).open()
    yield opened
    opened.close()


def shown(session: Session, case_id: int) -> tuple[int, int, bool, int]:
    """What the case list, its search, a lookup by id and the status count show."""
    return (len(cases.list_cases(session)), len(cases.list_cases(session, query="Skuggfigur")),
            cases.listed(session, case_id) is True, session_service.status(session).cases)


def in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_a_case_being_written_by_another_thread_is_not_shown_and_stays_unshown_if_it_fails(
        session: Session) -> None:
    write = BackgroundWrite(session)
    assert write.case_id is not None
    assert write.seen_by_itself == (3, True, 3)  # the writing thread reads its own rows
    assert shown(session, write.case_id) == (2, 0, False, 2)
    # Opening it by id is an audited read: it waits for the write, then finds nothing.
    opening, outcome = in_thread(lambda: cases.get_case(session, write.case_id or 0))
    opening.join(0.5)
    assert opening.is_alive()
    write.finish(commit=False)
    opening.join(30)
    assert isinstance(outcome.get("error"), NotFoundError)
    assert shown(session, write.case_id) == (2, 0, False, 2)


def test_a_committed_background_write_is_shown_once_committed(session: Session) -> None:
    write = BackgroundWrite(session)
    assert write.case_id is not None
    assert shown(session, write.case_id) == (2, 0, False, 2)
    write.finish(commit=True)
    assert shown(session, write.case_id) == (3, 1, True, 3)
    assert cases.get_case(session, write.case_id).person.name == "Osynlig Skuggfigur"


def test_a_connection_kept_from_before_the_write_began_reads_committed_rows_only(
        session: Session) -> None:
    """A service that takes ``vault.conn`` once and runs several statements on it: a write that
    another thread begins between them must not show in the later ones."""
    conn = session.vault.conn
    assert conn.execute("SELECT count(*) FROM case_record").fetchone()[0] == 2
    write = BackgroundWrite(session)
    assert conn.execute("SELECT count(*) FROM case_record").fetchone()[0] == 2
    write.finish(commit=False)
    assert conn.execute("SELECT count(*) FROM case_record").fetchone()[0] == 2


def test_rows_read_on_across_the_start_of_a_write_are_the_committed_ones(
        session: Session) -> None:
    """A result begun on the main connection before another thread's write began, and read on
    after it: its rows were fetched before the write could begin, none of the write's."""
    rows = session.vault.conn.execute("SELECT id FROM case_record ORDER BY id DESC")
    assert rows.fetchone() is not None
    write = BackgroundWrite(session)
    assert len(rows.fetchall()) == 1
    assert len(cases.list_cases(session)) == 2
    write.finish(commit=True)
    assert len(cases.list_cases(session)) == 3


def test_the_writer_reads_its_own_rows_through_a_connection_kept_from_before(
        session: Session) -> None:
    def write() -> tuple[int, int]:
        conn = session.vault.conn
        with session.vault.transaction():
            cases.new_case(session, LATER)
            inside = conn.execute("SELECT count(*) FROM case_record").fetchone()[0]
        return inside, conn.execute("SELECT count(*) FROM case_record").fetchone()[0]

    thread, outcome = in_thread(write)
    thread.join(30)
    assert outcome == {"result": (3, 3)}


def test_without_another_threads_write_reads_stay_on_the_main_connection(
        session: Session) -> None:
    assert len(cases.list_cases(session)) == 2
    cases.new_case(session, LATER)
    assert len(cases.list_cases(session)) == 3
    assert session.vault.readers_open == 0  # no connection was opened for these reads


def test_a_write_from_another_thread_meanwhile_waits_for_the_background_write(
        session: Session) -> None:
    write = BackgroundWrite(session)
    saving, outcome = in_thread(lambda: cases.new_case(session, LATER))
    saving.join(0.5)
    assert saving.is_alive()  # waits for the transaction, never writes through a read connection
    write.finish(commit=False)
    saving.join(30)
    assert "error" not in outcome, outcome.get("error")
    assert [c.name for c in cases.list_cases(session)].count("Eva Fiktiv") == 1
    assert len(cases.list_cases(session)) == 3


def test_locking_closes_the_read_connection_at_once(session: Session) -> None:
    write = BackgroundWrite(session)
    assert len(cases.list_cases(session)) == 2
    assert session.vault.readers_open == 1  # this thread's own read connection
    write.finish(commit=True)
    # A thread that read meanwhile and is still alive (a GUI thread, idle) keeps its own:
    first, idle = threading.Event(), threading.Event()
    held = BackgroundWrite(session)

    def read_then_idle() -> int:
        len(cases.list_cases(session))
        first.set()
        idle.wait(30)
        return len(cases.list_cases(session))

    reading, outcome = in_thread(read_then_idle)
    assert first.wait(30)
    held.finish(commit=True)
    assert session.vault.readers_open == 2
    began = time.monotonic()
    session.close()
    assert time.monotonic() - began < 5  # never waits for a thread that lent nothing
    assert session.vault.readers_open == 0  # both closed: their keys are gone with them
    idle.set()
    reading.join(30)
    assert "result" not in outcome  # its next read fails: the vault is locked


def test_after_a_rekey_the_next_read_meanwhile_reads_the_new_file(
        make_vault: Callable[..., Any], weak_kdf: Any) -> None:
    handle = make_vault("vault", cases=1)
    with handle.open() as opened:
        write = BackgroundWrite(opened)
        assert len(cases.list_cases(opened)) == 1
        write.finish(commit=True)
        assert opened.vault.readers_open == 1
        session_service.rekey(opened, handle.passphrase, kdf=weak_kdf, allow_weak_kdf=True)
        assert opened.vault.readers_open == 0  # none kept the old file or its key
        cases.new_case(opened, LATER)
        again = BackgroundWrite(opened)
        assert [c.name for c in cases.list_cases(opened)].count("Eva Fiktiv") == 1
        assert len(cases.list_cases(opened)) == 3  # Osynlig (committed) and Eva, not the new one
        again.finish(commit=False)
    with handle.open() as reopened:  # the new file under the new key is the vault now
        assert len(cases.list_cases(reopened)) == 3


def test_a_read_during_a_rekeys_swap_waits_and_reads_the_new_file(
        make_vault: Callable[..., Any], weak_kdf: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The rekey replaces the file while holding the main connection: a read of another thread
    then (a repaint) must neither reach the closed main connection nor open the old file."""
    handle = make_vault("vault", cases=1)
    with handle.open() as opened:
        vault = opened.vault
        close_readers = vault.close_readers
        during: list[tuple[threading.Thread, dict[str, Any]]] = []

        def read_meanwhile(**kwargs: Any) -> None:
            close_readers(**kwargs)
            during.append(in_thread(lambda: len(cases.list_cases(opened))))
            during[0][0].join(0.5)
            assert during[0][0].is_alive()  # it waits for the new file

        monkeypatch.setattr(vault, "close_readers", read_meanwhile)
        session_service.rekey(opened, handle.passphrase, kdf=weak_kdf, allow_weak_kdf=True)
        thread, outcome = during[0]
        thread.join(30)
        assert outcome == {"result": 1}
        assert vault.readers_open <= 1  # at most the one opened on the new file


def test_a_read_during_a_backups_copy_neither_waits_for_it_nor_stops_its_cancel(
        session: Session) -> None:
    """A backup copies the vault holding the main connection (no transaction): the GUI thread's
    reads meanwhile answer at once from committed rows, and Cancel still interrupts the copy."""
    endless = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
               "WHERE x < 100000000000) SELECT count(*) FROM n")
    holding = threading.Event()

    def copy() -> Any:
        with session.vault.exclusive() as conn:
            holding.set()
            return conn.execute(endless).fetchone()

    thread, outcome = in_thread(copy)
    assert holding.wait(30)
    began = time.monotonic()
    assert len(cases.list_cases(session)) == 2
    assert time.monotonic() - began < 5
    for _ in range(300):  # what the progress window's Cancel does (once the copy runs)
        session.vault.interrupt()
        thread.join(0.1)
        if not thread.is_alive():
            break
    assert "interrupt" in str(outcome.get("error")).lower()
    assert len(cases.list_cases(session)) == 2
