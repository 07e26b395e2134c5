"""Plain SQL for incidents against staff recorded against the unit (no case), and the counts
of every incident against staff, in a case or at the unit."""

from __future__ import annotations

from typing import Any

from utvag.vault import rows
from utvag.vault.database import Connection, dict_rows

COLUMNS = ("occurred_at", "place", "kind", "staff", "description", "person", "witnesses",
           "police_reported_on", "police_report_number", "follow_up", "support_offered",
           "created_at", "created_by")


def insert(conn: Connection, values: dict[str, Any]) -> int:
    return rows.insert(conn, "unit_incident", rows.filled(values, COLUMNS))


def get(conn: Connection, incident_id: int) -> dict[str, Any] | None:
    return rows.by_id(conn, "unit_incident", incident_id)


def between(conn: Connection, start: str, end: str) -> list[dict[str, Any]]:
    """The unit's incidents that occurred in [start, end), latest first."""
    return dict_rows(conn.execute(
        "SELECT * FROM unit_incident WHERE occurred_at >= ? AND occurred_at < ?"
        " ORDER BY occurred_at DESC, id DESC", (start, end)))


def counts(conn: Connection, start: str, end: str) -> list[tuple[str, str, bool, int]]:
    """Incidents against staff that occurred in [start, end), in cases (place ``case``) and at
    the unit: (place, kind, reported to the Police, how many)."""
    return [(str(r[0]), str(r[1]), bool(r[2]), int(r[3])) for r in conn.execute(
        "SELECT place, kind, reported, count(*) FROM ("
        " SELECT 'case' AS place, kind, police_reported_on IS NOT NULL AS reported"
        " FROM staff_incident WHERE occurred_at >= ? AND occurred_at < ?"
        " UNION ALL SELECT place, kind, police_reported_on IS NOT NULL"
        " FROM unit_incident WHERE occurred_at >= ? AND occurred_at < ?)"
        " GROUP BY place, kind, reported ORDER BY place, kind, reported",
        (start, end, start, end))]
