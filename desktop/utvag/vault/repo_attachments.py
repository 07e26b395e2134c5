"""Attachments live inside the database as 256 KiB chunks: one key and one transaction cover
them, and no plaintext temp file is ever needed."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import IO

from utvag.domain.case_records import Attachment
from utvag.vault import rows
from utvag.vault.database import Connection

CHUNK = 256 * 1024
_ATTACHMENTS = rows.RecordTable(
    "attachment", "id, case_id, name, media_type, size, sha256, added_at, added_by",
    lambda row: Attachment(*row))


def insert_attachment(conn: Connection, *, case_id: int, name: str, media_type: str,
                      source: IO[bytes], added_by: str, now: str,
                      progress: Callable[[int], None] | None = None) -> Attachment:
    attachment_id = insert_attachment_record(
        conn, case_id=case_id, name=name, media_type=media_type, size=0, sha256="",
        added_at=now, added_by=added_by)
    digest, size, seq = hashlib.sha256(), 0, 0
    while block := source.read(CHUNK):
        insert_chunk(conn, attachment_id, seq, block)
        digest.update(block)
        size += len(block)
        seq += 1
        if progress is not None:
            progress(size)
    conn.execute(
        "UPDATE attachment SET size = ?, sha256 = ? WHERE id = ?",
        (size, digest.hexdigest(), attachment_id),
    )
    found = get_attachment(conn, attachment_id)
    assert found is not None
    return found


def get_attachment(conn: Connection, attachment_id: int) -> Attachment | None:
    return _ATTACHMENTS.get(conn, attachment_id)


def attachments_for_case(conn: Connection, case_id: int) -> list[Attachment]:
    return _ATTACHMENTS.of_case(conn, case_id)


def iter_chunks(conn: Connection, attachment_id: int) -> Iterator[bytes]:
    cursor = conn.execute(
        "SELECT data FROM attachment_chunk WHERE attachment_id = ? ORDER BY seq", (attachment_id,)
    )
    for (data,) in cursor:
        yield bytes(data)


def insert_attachment_record(conn: Connection, *, case_id: int, name: str, media_type: str,
                             size: int, sha256: str, added_at: str, added_by: str) -> int:
    """An attachment whose size and hash are already known (an import); the caller then adds its
    chunks with ``insert_chunk`` in the same transaction."""
    cur = conn.execute(
        "INSERT INTO attachment (case_id, name, media_type, size, sha256, added_at, added_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case_id, name, media_type, size, sha256, added_at, added_by),
    )
    return int(cur.lastrowid)


def insert_chunk(conn: Connection, attachment_id: int, seq: int, data: bytes) -> None:
    conn.execute(
        "INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)",
        (attachment_id, seq, data),
    )
