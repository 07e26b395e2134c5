"""Who holds the vault's main connection, and who closes it when the vault locks.

Every write, and every use of the main connection itself (an export, a compaction, a rekey's
swap), runs holding one re-entrant mutex (``MainHold.held``). Closing the connection while
another thread is using it crashes the process or mixes up its statements (measured: a lock
that came while a destruction of cases with large attachments was deleting them). Locking
therefore never closes the connection under a holder, and never waits for one either: a
destruction that cannot stop part-way, or a write blocked on a stalled disk, may hold it for
minutes. ``close`` closes at once when nobody holds the connection; otherwise it leaves the
closing to the holder, which does it as it lets go of the connection (after its transaction has
committed or rolled back, so the audit head then recorded names only committed rows). Either
way the vault refuses new work from the moment the lock begins (``closing``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class MainHold:
    """The main connection's mutex, and the close a lock asks for while another thread holds
    it. ``close_now`` runs holding the mutex, once, on whichever thread closes."""

    def __init__(self, close_now: Callable[[], None]) -> None:
        self._mutex = threading.RLock()
        self._choice = threading.Lock()  # close now, or leave it to the holder: decided once
        self._depth = 0  # the holder's nested ``held`` blocks
        self._pending = False  # the holder closes as it lets go
        self._close_now = close_now
        self.closing = False  # a lock began: no new work

    @contextmanager
    def held(self) -> Iterator[None]:
        self._mutex.acquire()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            self._let_go()

    def close(self) -> None:
        """Close now if nobody else holds the main connection, else once its holder lets go."""
        self.closing = True
        with self._choice:
            if not self._mutex.acquire(blocking=False):
                self._pending = True
                return
        try:
            self._close_now()
        finally:
            self._mutex.release()

    def _let_go(self) -> None:
        if self._depth:  # still inside an outer block of the same thread
            self._mutex.release()
            return
        with self._choice:
            close, self._pending = self._pending, False
            if not close:
                self._mutex.release()
                return
        try:
            self._close_now()
        finally:
            self._mutex.release()
