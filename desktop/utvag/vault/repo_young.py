"""Plain SQL for young people's guardians and the positions on the consent."""

from __future__ import annotations

from typing import Any

from utvag.vault.database import Connection, dict_rows

_GUARDIAN_COLUMNS = ("name", "contact", "may_contact", "no_contact_reason",
                     "protected_identity")


def insert_guardian(conn: Connection, case_id: int, values: dict[str, Any], *, by: str,
                    now: str) -> int:
    row = [values.get(c) for c in _GUARDIAN_COLUMNS]
    cur = conn.execute(
        f"INSERT INTO guardian (case_id, {', '.join(_GUARDIAN_COLUMNS)}, created_at, created_by,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [case_id, *row, now, by, now])
    return int(cur.lastrowid)


def update_guardian(conn: Connection, guardian_id: int, values: dict[str, Any], *,
                    now: str) -> None:
    if not values or set(values) - set(_GUARDIAN_COLUMNS):
        raise KeyError("columns")
    assignments = ", ".join(f"{name} = ?" for name in values)
    conn.execute(f"UPDATE guardian SET {assignments}, updated_at = ? WHERE id = ?",
                 [*values.values(), now, guardian_id])


def guardian(conn: Connection, guardian_id: int) -> dict[str, Any] | None:
    rows = dict_rows(conn.execute("SELECT * FROM guardian WHERE id = ?", (guardian_id,)))
    return rows[0] if rows else None


def guardians_of(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    return dict_rows(conn.execute("SELECT * FROM guardian WHERE case_id = ? ORDER BY id",
                              (case_id,)))


def insert_position(conn: Connection, case_id: int, values: dict[str, Any], *, by: str,
                    now: str) -> int:
    cur = conn.execute(
        "INSERT INTO consent_position (case_id, party, guardian_id, position, stated_on, note,"
        " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, values["party"], values.get("guardian_id"), values["position"],
         values["stated_on"], values.get("note"), now, by))
    return int(cur.lastrowid)


def positions_of(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    """Every recorded position of the case, oldest first."""
    return dict_rows(conn.execute(
        "SELECT * FROM consent_position WHERE case_id = ? ORDER BY stated_on, id", (case_id,)))


def has_protected_guardian(conn: Connection, case_id: int) -> bool:
    return conn.execute("SELECT 1 FROM guardian WHERE case_id = ? AND protected_identity != 'none'"
                        " LIMIT 1", (case_id,)).fetchone() is not None
