"""Plain SQL for transfer files that outlive a crash, stored receipts and resent packages
(schema 6).

A ``transfer_file`` row is written before a file is made or placed and removed once the file is
in place (or removed again): what a crash leaves behind is always in the table, and the next run
finishes it (``services.transfer_files``).
"""

from __future__ import annotations

from dataclasses import dataclass

from utvag.vault.database import Connection


@dataclass(frozen=True)
class TransferFileRow:
    id: int
    kind: str  # "case_transfer" or "receipt"
    target_path: str
    temp_path: str
    package_id: bytes | None  # None: never committed, the temporary file is to be removed
    created_at: str


@dataclass(frozen=True)
class StoredReceipt:
    package_id: bytes  # the receipt's own package id
    acknowledges: bytes  # the imported package it answers
    recipient_unit: str
    sealed: bytes
    placed_at: str | None


def insert_file(conn: Connection, *, kind: str, target_path: str, temp_path: str,
                package_id: bytes | None, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO transfer_file (kind, target_path, temp_path, package_id, created_at)"
        " VALUES (?, ?, ?, ?, ?)", (kind, target_path, temp_path, package_id, now))
    return int(cur.lastrowid)


def set_file_package(conn: Connection, file_id: int, package_id: bytes) -> None:
    """The export committed: its file is now to be placed, not removed."""
    conn.execute("UPDATE transfer_file SET package_id = ? WHERE id = ?", (package_id, file_id))


def pending_files(conn: Connection) -> list[TransferFileRow]:
    rows = conn.execute(
        "SELECT id, kind, target_path, temp_path, package_id, created_at FROM transfer_file"
        " ORDER BY id").fetchall()
    return [TransferFileRow(int(r[0]), r[1], r[2], r[3], None if r[4] is None else bytes(r[4]),
                            r[5]) for r in rows]


def delete_file(conn: Connection, file_id: int) -> None:
    conn.execute("DELETE FROM transfer_file WHERE id = ?", (file_id,))


def mark_placed(conn: Connection, package_id: bytes, now: str) -> None:
    conn.execute("UPDATE sent_package SET placed_at = ? WHERE package_id = ?", (now, package_id))


def receipt_for(conn: Connection, imported_package_id: bytes) -> StoredReceipt | None:
    """The receipt this vault sealed for an imported package (None before schema 6)."""
    row = conn.execute(
        "SELECT package_id, acknowledges, recipient_unit, sealed, placed_at FROM sent_package"
        " WHERE kind = 'receipt' AND acknowledges = ? AND sealed IS NOT NULL",
        (imported_package_id,)).fetchone()
    if row is None:
        return None
    return StoredReceipt(bytes(row[0]), bytes(row[1]), row[2], bytes(row[3]), row[4])


def sealed_receipt(conn: Connection, receipt_package_id: bytes) -> bytes | None:
    row = conn.execute("SELECT sealed FROM sent_package WHERE package_id = ? AND kind = 'receipt'",
                       (receipt_package_id,)).fetchone()
    return None if row is None or row[0] is None else bytes(row[0])


# -- resending ---------------------------------------------------------------------------------


def mark_superseded(conn: Connection, old: bytes, new: bytes) -> None:
    conn.execute("UPDATE sent_package SET superseded_by = ? WHERE package_id = ?", (new, old))


def record_superseded(conn: Connection, *, package_id: bytes, superseded_by: bytes,
                      sender_unit: str, now: str) -> None:
    """Receiver: *package_id* was replaced by an imported package; refuse it from now on."""
    conn.execute(
        "INSERT INTO superseded_package (package_id, superseded_by, sender_unit, recorded_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (package_id) DO NOTHING",
        (package_id, superseded_by, sender_unit, now))


def superseded_by(conn: Connection, package_id: bytes) -> bytes | None:
    row = conn.execute("SELECT superseded_by FROM superseded_package WHERE package_id = ?",
                       (package_id,)).fetchone()
    return None if row is None else bytes(row[0])
