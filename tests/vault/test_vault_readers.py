"""Reads off the GUI thread run on a read-only connection of their own (``Vault.reading``).

The main connection answers while a worker's long read runs; the read sees one snapshot, cannot
write except through ``transaction`` (which still goes through the main connection), stops
part-way when asked or when the vault locks, and locking closes every reader connection."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from utvag.errors import RefusedError
from utvag.services import cases
from utvag.services import session as session_service
from utvag.services.session import ReadStopped, Session
from utvag.vault import database

# Hours of work for SQLite: it ends only when the read is stopped.
ENDLESS = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
           "WHERE x < 100000000000) SELECT count(*) FROM n")


@pytest.fixture
def session(make_vault: Callable[..., Any]) -> Iterator[Session]:
    opened = make_vault("vault", cases=2).open()
    yield opened
    opened.close()


class Worker:
    """A read in another thread: ``work(conn)`` inside ``reading``; what it raised, if any."""

    def __init__(self, session: Session, work: Callable[[Any], Any],
                 stop: threading.Event | None = None) -> None:
        self.started = threading.Event()
        self.error: BaseException | None = None
        self.result: Any = None
        self.conn: Any = None

        def run() -> None:
            try:
                with session.reading(stop):
                    self.conn = session.vault.conn
                    self.started.set()
                    self.result = work(session.vault.conn)
            except BaseException as exc:
                self.error = exc
            finally:
                self.started.set()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        assert self.started.wait(30)

    def join(self) -> None:
        self.thread.join(30)
        assert not self.thread.is_alive()


def endless(conn: Any) -> Any:
    return conn.execute(ENDLESS).fetchone()


def test_the_main_connection_answers_while_a_long_read_runs_and_a_stop_ends_it(
        session: Session) -> None:
    stop = threading.Event()
    worker = Worker(session, endless, stop)
    assert worker.conn is not session.vault.conn  # the read has a connection of its own
    # The main connection answers at once: the endless read does not hold it.
    assert len(cases.list_cases(session)) == 2
    assert worker.thread.is_alive()
    stop.set()
    worker.join()
    assert isinstance(worker.error, ReadStopped) and worker.result is None


def test_a_write_inside_a_read_fails_and_changes_nothing(session: Session) -> None:
    def write(conn: Any) -> None:
        conn.execute("INSERT INTO meta (key, value) VALUES ('written', 'by a read')")

    worker = Worker(session, write)
    worker.join()
    assert isinstance(worker.error, sqlcipher3.OperationalError)
    assert "readonly" in str(worker.error).lower()
    assert session.vault.meta("written") is None


def test_a_read_sees_one_snapshot_and_its_own_writes_through_the_main_connection(
        session: Session) -> None:
    seen: dict[str, Any] = {}
    written, go_on, first_read = threading.Event(), threading.Event(), threading.Event()

    def read(conn: Any) -> None:
        seen["before"] = len(cases.list_cases(session))
        first_read.set()  # the snapshot is taken by the first read, not at the block's start
        written.wait(30)  # the GUI thread adds a case meanwhile
        seen["after another's write"] = len(cases.list_cases(session))
        cases.new_case(session, {"type": "defector", "person": {
            "name": "Cilla Exempelsson", "birth_date": "1991-02-03"}})  # its own write
        seen["after its own write"] = len(cases.list_cases(session))
        seen["same connection"] = session.vault.conn is conn
        go_on.set()

    worker = Worker(session, read)
    assert first_read.wait(30)
    cases.new_case(session, {"type": "defector", "person": {
        "name": "Dan Påhittad", "birth_date": "1980-05-06"}})
    written.set()
    worker.join()
    assert worker.error is None and go_on.is_set()
    assert seen == {"before": 2, "after another's write": 2, "after its own write": 4,
                    "same connection": True}
    assert len(cases.list_cases(session)) == 4


def test_locking_stops_the_read_and_closes_every_reader(session: Session) -> None:
    idle = Worker(session, lambda conn: conn.execute("SELECT count(*) FROM case_record")
                  .fetchone()[0])
    idle.join()
    assert idle.result == 2 and session.vault.readers_open == 1  # kept for the next read
    workers = [Worker(session, endless) for _ in range(2)]  # the kept one, and a new one
    assert session.vault.readers_open == 2
    session.close()  # interrupts both endless reads, waits for them, closes both readers
    for worker in workers:
        worker.join()
        assert isinstance(worker.error, ReadStopped)
    assert session.vault.readers_open == 0 and not session.is_open
    with pytest.raises(RefusedError, match="locked"), session.reading():
        pass


def test_the_reader_has_the_main_connections_settings(
        make_vault: Callable[..., Any], policy_file: Callable[..., Any]) -> None:
    handle = make_vault("vault")
    policy = policy_file(memory_security="true")
    with session_service.unlock(handle.directory, passphrase=handle.passphrase,
                                policy=policy) as opened:
        pragmas = ("cipher_memory_security", "cipher_page_size", "foreign_keys",
                   "journal_mode", "trusted_schema", "secure_delete", "query_only")

        def settings(conn: Any) -> dict[str, Any]:
            return {p: conn.execute(f"PRAGMA {p}").fetchone()[0] for p in pragmas}

        main = settings(opened.vault.conn)
        worker = Worker(opened, settings)
        worker.join()
        assert worker.result == {**main, "query_only": 1} and main["query_only"] == 0
        assert str(main["cipher_memory_security"]) == "1"


def test_a_vault_in_the_earlier_page_format_is_read_too(
        make_vault: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(database, "PAGE_FORMAT", ())  # as the previous release made vaults
        handle = make_vault("old", cases=3)
    with handle.open() as opened:
        assert opened.vault.legacy_page_format
        worker = Worker(opened, lambda _conn: len(cases.list_cases(opened)))
        worker.join()
        assert worker.error is None and worker.result == 3


def test_after_a_rekey_reads_see_the_new_file(make_vault: Callable[..., Any],
                                              weak_kdf: Any) -> None:
    handle = make_vault("vault", cases=1)
    with handle.open() as opened:
        Worker(opened, lambda _conn: None).join()
        running = Worker(opened, endless)
        assert opened.vault.readers_open == 1
        session_service.rekey(opened, handle.passphrase, kdf=weak_kdf, allow_weak_kdf=True)
        running.join()
        assert isinstance(running.error, ReadStopped)  # stopped before the file was replaced
        assert opened.vault.readers_open == 0  # none kept the old file or its key
        cases.new_case(opened, {"type": "defector", "person": {
            "name": "Eva Fiktiv", "birth_date": "1970-07-08"}})
        worker = Worker(opened, lambda _conn: len(cases.list_cases(opened)))
        worker.join()
        assert worker.error is None and worker.result == 2


def test_no_reader_is_left_after_reads_and_a_lock(make_vault: Callable[..., Any],
                                                  tmp_path: Path) -> None:
    handle = make_vault("vault", cases=1)
    opened = handle.open()
    workers = [Worker(opened, lambda _conn: len(cases.list_cases(opened))) for _ in range(4)]
    for worker in workers:
        worker.join()
        assert worker.result == 1
    assert 1 <= opened.vault.readers_open <= 2  # a few kept warm, never one per read
    opened.close()
    assert opened.vault.readers_open == 0
    assert sorted(p.name for p in handle.directory.iterdir()) == [
        "vault.db", "vault.keys", "vault.lock"]  # the WAL checkpointed away: no reader held it


def test_a_read_begun_during_a_rekey_reads_the_new_file_under_the_new_key(
        make_vault: Callable[..., Any], weak_kdf: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A read that starts while the rekey replaces the file (after the readers were closed)
    waits for the new file: a reader opened then with the old key on the old file would be
    kept for later reads, showing the vault as it was before the rekey, and holding the old
    key."""
    handle = make_vault("vault", cases=1)
    with handle.open() as opened:
        vault = opened.vault
        close_readers = vault.close_readers
        during: list[threading.Thread] = []
        counted: list[int] = []

        def read_meanwhile(**kwargs: Any) -> None:
            close_readers(**kwargs)
            began = threading.Event()

            def run() -> None:
                with opened.reading():
                    began.set()
                    counted.append(len(cases.list_cases(opened)))

            thread = threading.Thread(target=run, daemon=True)
            thread.start()
            during.append(thread)
            began.wait(2)  # a read on the old file begins at once; the new file waits

        monkeypatch.setattr(vault, "close_readers", read_meanwhile)
        session_service.rekey(opened, handle.passphrase, kdf=weak_kdf, allow_weak_kdf=True)
        during[0].join(30)
        assert counted == [1]
        cases.new_case(opened, {"type": "defector", "person": {
            "name": "Eva Fiktiv", "birth_date": "1970-07-08"}})
        after = [Worker(opened, lambda _conn: len(cases.list_cases(opened))) for _ in range(3)]
        for worker in after:
            worker.join()
        assert [w.error for w in after] == [None] * 3
        assert [w.result for w in after] == [2, 2, 2]  # every kept reader sees the saved case


def test_a_read_that_failed_part_way_leaves_no_old_snapshot_for_the_next(
        session: Session) -> None:
    """A read that fails while going through rows hands its error (and with it the half-read
    cursor) on to be shown; the connection it gives back must not keep that read's snapshot,
    or the next read on it shows the vault as it was before a case the user saved since."""

    def fail_part_way(conn: Any) -> None:
        rows = conn.execute("SELECT id FROM case_record")
        for _row in rows:
            raise ValueError("a row the read could not use")

    failed = Worker(session, fail_part_way)
    failed.join()
    assert isinstance(failed.error, ValueError)  # kept, as the view keeps it to show
    cases.new_case(session, {"type": "defector", "person": {
        "name": "Frida Påhittad", "birth_date": "1985-03-04"}})
    after = Worker(session, lambda _conn: len(cases.list_cases(session)))
    after.join()
    assert after.error is None and after.result == 3


def test_a_reader_cannot_re_encrypt_or_unlock_writing_on_the_file(
        make_vault: Callable[..., Any]) -> None:
    """``query_only`` alone lets ``PRAGMA rekey`` through: on a reader it re-encrypted the whole
    file under another key, and the vault no longer opened with its passphrase."""
    handle = make_vault("vault", cases=1)
    with handle.open() as opened:

        def tamper(conn: Any) -> list[str]:
            refused = []
            for sql in ("PRAGMA rekey = \"x'" + "11" * 32 + "'\"", "PRAGMA query_only = OFF",
                        "INSERT INTO meta (key, value) VALUES ('written', 'by a read')"):
                try:
                    conn.execute(sql).fetchall()
                except sqlcipher3.DatabaseError:
                    refused.append(sql.split()[1])
            return refused

        worker = Worker(opened, tamper)
        worker.join()
        assert worker.error is None and "INTO" in worker.result
        assert len(cases.list_cases(opened)) == 1 and opened.vault.meta("written") is None
    with handle.open() as again:  # still under its own key
        assert len(cases.list_cases(again)) == 1


def test_locking_stops_a_read_of_many_short_statements_at_once(session: Session) -> None:
    """A read made of many short statements (one per case) has none running most of the time,
    and a short one never reaches the next look at the stop flags: the lock must still stop it
    at its next statement, not wait out its whole timeout with the key in that connection."""
    import time

    def short_statements(conn: Any) -> None:
        while True:
            conn.execute("SELECT value FROM meta WHERE key = 'unit'").fetchone()
            time.sleep(0.01)  # between statements, as a read working on what it read

    worker = Worker(session, short_statements)
    began = time.monotonic()
    session.close()
    assert time.monotonic() - began < 5
    worker.join()
    assert isinstance(worker.error, ReadStopped)
    assert session.vault.readers_open == 0


def test_an_audited_read_is_bound_though_another_threads_write_fails_meanwhile(
        session: Session) -> None:
    """An access row that must not be erasable (a protected identity revealed) is bound to the
    key file at once. If another thread's write (a catch-up batch) took the main connection
    between that row's commit and the bind, the bind waited for that write, and its failure
    dropped the bind: a killed process and a deleted -wal file then erased the access."""
    vault = session.vault
    case_id = cases.list_cases(session)[0].id
    with vault.transaction():
        vault.audit("identity.reveal", case_id, {"purpose": "view"})
    entered = threading.Event()

    def failing_batch() -> None:
        with pytest.raises(RuntimeError), vault.transaction():
            entered.set()
            threading.Event().wait(0.5)
            raise RuntimeError("the batch failed")

    batch = threading.Thread(target=failing_batch, daemon=True)
    batch.start()
    assert entered.wait(30)
    vault.bind_head()  # as the reveal does right after its commit
    batch.join(30)
    reveal = vault.conn.execute(
        "SELECT max(seq) FROM audit WHERE action = 'identity.reveal'").fetchone()[0]
    assert vault.slots.audit_head is not None and vault.slots.audit_head.seq >= reveal
