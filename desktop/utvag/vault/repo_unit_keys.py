"""Plain SQL for rotating and revoking unit keys: this unit's earlier keys (``unit_key``, schema 3)
and the keys this vault refuses (``revoked_key``, schema 7)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from utvag.vault.database import Connection

REVOKED = "revoked"
UNTRUSTED = "untrusted"


@dataclass(frozen=True)
class RevokedKeyRow:
    key_id: bytes
    unit: str
    fingerprint: str
    kind: str  # REVOKED or UNTRUSTED
    reason: str | None
    statement: str | None
    effective_at: str
    recorded_at: str
    recorded_by: str


# -- this unit's keys --------------------------------------------------------------------------


def own_key(conn: Connection, key_id: bytes) -> tuple[bytes, str | None] | None:
    """(private identity blob, retired_at) of one of this unit's keys, current or retired."""
    row = conn.execute("SELECT private_key, retired_at FROM unit_key WHERE key_id = ?",
                       (key_id,)).fetchone()
    return None if row is None else (bytes(row[0]), row[1])


def own_keys(conn: Connection) -> list[tuple[bytes, bytes]]:
    """(key id, private identity blob) of every key of this unit, the current one first."""
    rows = conn.execute("SELECT key_id, private_key FROM unit_key"
                        " ORDER BY retired_at IS NOT NULL, created_at DESC").fetchall()
    return [(bytes(r[0]), bytes(r[1])) for r in rows]


def retire_key(conn: Connection, key_id: bytes, now: str) -> None:
    conn.execute("UPDATE unit_key SET retired_at = ? WHERE key_id = ? AND retired_at IS NULL",
                 (now, key_id))


# -- refused keys ------------------------------------------------------------------------------

_COLS = ("key_id, unit, fingerprint, kind, reason, statement, effective_at, recorded_at,"
         " recorded_by")


def _row(row: Any) -> RevokedKeyRow:
    return RevokedKeyRow(bytes(row[0]), *row[1:])


def get_revoked(conn: Connection, key_id: bytes) -> RevokedKeyRow | None:
    row = conn.execute(f"SELECT {_COLS} FROM revoked_key WHERE key_id = ?",
                       (key_id,)).fetchone()
    return None if row is None else _row(row)


def revoked_keys(conn: Connection) -> list[RevokedKeyRow]:
    rows = conn.execute(f"SELECT {_COLS} FROM revoked_key ORDER BY unit, recorded_at").fetchall()
    return [_row(r) for r in rows]


def put_revoked(conn: Connection, row: RevokedKeyRow) -> None:
    """Record a refused key; a signed revocation replaces an earlier 'untrusted' entry."""
    conn.execute(
        f"INSERT INTO revoked_key ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (key_id) DO UPDATE SET kind = excluded.kind, reason = excluded.reason,"
        " statement = excluded.statement, effective_at = excluded.effective_at,"
        " recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by"
        " WHERE revoked_key.kind = 'untrusted'",
        (row.key_id, row.unit, row.fingerprint, row.kind, row.reason, row.statement,
         row.effective_at, row.recorded_at, row.recorded_by))


def forget_untrusted(conn: Connection, key_id: bytes) -> None:
    """A person confirmed the card again: it is no longer refused (a revocation stays)."""
    conn.execute("DELETE FROM revoked_key WHERE key_id = ? AND kind = 'untrusted'", (key_id,))
