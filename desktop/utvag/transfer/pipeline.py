"""A helper thread that hashes (and optionally writes) a stream of byte strings.

Sealing hands each sealed chunk to it so that the ciphertext hash and the write to the sink run
alongside the encryption of the next chunk; opening uses it to re-hash the ciphertext while the
importer writes to its database. ``hashlib`` and file writes release the GIL, so this uses a
second core where there is one. The queue is bounded, so memory use stays at a few chunks.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Callable

_DEPTH = 16


class HashingWorker:
    def __init__(self, write: Callable[[bytes], object] | None = None) -> None:
        self._write = write
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=_DEPTH)
        self._hasher = hashlib.sha256()
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="utvag-transfer-io", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # keep draining so the producer never blocks
            try:
                self._hasher.update(item)
                if self._write is not None:
                    self._write(item)
            except BaseException as exc:  # handed to the producer thread
                self._error = exc

    def put(self, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(data)

    def stop(self) -> None:
        """End the thread; safe to call more than once and while another exception is raised."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
            self._thread.join()

    def digest(self) -> bytes:
        """Wait for everything queued, re-raise any write error, and return the SHA-256."""
        self.stop()
        if self._error is not None:
            raise self._error
        return self._hasher.digest()
