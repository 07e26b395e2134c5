"""Plain SQL for young people's guardians and the positions on the consent."""

from __future__ import annotations

from typing import Any

from utvag.vault import rows
from utvag.vault.database import Connection

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
    rows.update(conn, "guardian", guardian_id, values, _GUARDIAN_COLUMNS,
                also={"updated_at": now})


def guardian(conn: Connection, guardian_id: int) -> dict[str, Any] | None:
    return rows.by_id(conn, "guardian", guardian_id)


def guardians_of(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    return rows.of_case(conn, "guardian", case_id)


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
    return rows.of_case(conn, "consent_position", case_id, order="stated_on, id")


def has_protected_guardian(conn: Connection, case_id: int) -> bool:
    return conn.execute("SELECT 1 FROM guardian WHERE case_id = ? AND protected_identity != 'none'"
                        " LIMIT 1", (case_id,)).fetchone() is not None
