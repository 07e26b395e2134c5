"""Attachment chunks streamed between the vault and a package on a helper thread.

SQLCipher decrypts and encrypts pages inside ``sqlite3_step``, which runs without Python's global
lock, so reading (export) or writing (import) attachment chunks on a second thread overlaps the
database's page crypto with the package's hashing and encryption on the first. Each side holds a
bounded number of chunks, so memory use does not grow with the attachment size. The connection is
never used by both threads at once: the caller uses it again only after ``close`` (reader) or
``drain``/``close`` (writer) have returned.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from typing import Any

from utvag.vault import repo_attachments
from utvag.vault.database import Connection

READ_AHEAD = 4
WRITE_BEHIND = 8
_END = object()


class ChunkReader:
    """A readable over one attachment's stored chunks (export), read ahead on a helper thread."""

    def __init__(self, conn: Connection, attachment_id: int, depth: int = READ_AHEAD) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._view = memoryview(b"")
        self._done = False
        self._thread = threading.Thread(target=self._run, args=(conn, attachment_id),
                                        name="utvag-chunk-reader", daemon=True)
        self._thread.start()

    def _offer(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, conn: Connection, attachment_id: int) -> None:
        chunks = repo_attachments.iter_chunks(conn, attachment_id)
        try:
            for chunk in chunks:
                if not self._offer(chunk):
                    return
            self._offer(_END)
        except BaseException as exc:  # handed to the reading thread
            self._offer(exc)
        finally:
            close = getattr(chunks, "close", None)  # a generator: release its cursor now
            if callable(close):
                close()

    def read(self, size: int = -1, /) -> bytes:
        while not self._view:
            if self._done:
                return b""
            item = self._queue.get()
            if item is _END:
                self._done = True
                return b""
            if isinstance(item, BaseException):
                self._done = True
                raise item
            self._view = memoryview(item)
        take = len(self._view) if size < 0 else size
        piece, self._view = self._view[:take], self._view[take:]
        return bytes(piece)

    def close(self) -> None:
        """Stop reading and wait for the helper thread; the connection is free again after."""
        self._stop.set()
        while self._thread.is_alive():
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.05)
        self._thread.join()


class ChunkWriter:
    """Inserts attachment chunks (import) on a helper thread, in the order they were given."""

    def __init__(self, conn: Connection, depth: int = WRITE_BEHIND) -> None:
        self._conn = conn
        self._queue: queue.Queue[tuple[int, int, bytes] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="utvag-chunk-writer",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                if self._error is None:
                    repo_attachments.insert_chunk(self._conn, *item)
            except BaseException as exc:  # handed to the producing thread
                self._error = exc
            finally:
                self._queue.task_done()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, attachment_id: int, seq: int, data: bytes) -> None:
        self._raise()
        self._queue.put((attachment_id, seq, data))

    def drain(self) -> None:
        """Wait until every chunk given so far is inserted (before using the connection)."""
        self._queue.join()
        self._raise()

    def close(self) -> None:
        """Stop the helper thread after what is queued; safe to call more than once."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
            self._thread.join()
