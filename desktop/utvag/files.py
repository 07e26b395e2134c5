"""Writing files the way every part of Utväg must: owner-only from the first byte, and atomically
where a reader could otherwise see half a file.

Every export, "save as", key-slot write and backup goes through here, so a file the user takes out
of the vault is never readable by other local users, even for the moment before a chmod.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: written owner-only beside it, synced, renamed."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to a file that must not exist yet, owner-only from the first byte, synced.

    ``FileExistsError`` when the name is taken; a half-written file is removed again."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only, before another library opens it.

    SQLite creates files with the process umask (often world-readable) and gives the WAL and
    SHM files the database file's mode, so creating the file first keeps all three private; Qt's
    PDF writer keeps the mode of a file that exists.
    """
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def open_private(path: Path) -> BinaryIO:
    """Open ``path`` for writing, created (or truncated) with owner-only permissions."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb")


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
