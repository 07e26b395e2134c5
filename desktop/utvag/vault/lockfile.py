"""Single-writer lock: one process at a time may hold a vault open.

An OS advisory lock on ``vault.lock``; the OS drops it when the process dies, so a crash never
leaves a stale lock behind. The file itself never holds data.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from utvag.errors import VaultBusyError

BUSY = "The vault is open elsewhere (another Utväg window or command). Close it there first."


class VaultLock:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open(self._path, "ab")  # noqa: SIM115 - held for the vault's lifetime
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise VaultBusyError(BUSY) from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
