"""Plain SQL for the text kept when the vault locked: one row per case and kind."""

from __future__ import annotations

from utvag.vault.database import Connection


def put(conn: Connection, case_id: int, kind: str, body: str, *, by: str, now: str) -> None:
    """Keep ``body`` for the case and kind, replacing what was kept there before."""
    conn.execute(
        "INSERT INTO kept_text (case_id, kind, body, kept_at, kept_by) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (case_id, kind) DO UPDATE SET body = excluded.body,"
        " kept_at = excluded.kept_at, kept_by = excluded.kept_by",
        (case_id, kind, body, now, by))


def get(conn: Connection, case_id: int, kind: str) -> str | None:
    row = conn.execute("SELECT body FROM kept_text WHERE case_id = ? AND kind = ?",
                       (case_id, kind)).fetchone()
    return None if row is None else str(row[0])


def remove(conn: Connection, case_id: int, kind: str) -> bool:
    cur = conn.execute("DELETE FROM kept_text WHERE case_id = ? AND kind = ?", (case_id, kind))
    return bool(cur.rowcount > 0)


def kinds_of(conn: Connection, case_id: int) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT kind FROM kept_text WHERE case_id = ? ORDER BY kind", (case_id,))]
