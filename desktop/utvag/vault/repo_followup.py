"""Plain SQL for the follow-up records: interventions, relatives, Police follow-ups, concern
reports, state-funding applications, the Police's threat assessments and custody periods."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from utvag.vault import rows
from utvag.vault.database import Connection, dict_rows

# table -> the columns a caller may set (besides case_id, created_at, created_by)
COLUMNS: dict[str, tuple[str, ...]] = {
    "intervention": ("intervention_type", "urgency", "decided_on", "starts_on", "ends_on"),
    "relative_link": ("person_id", "relation", "linked_on", "informed_about_support_on",
                      "responsible_unit", "contact_path"),
    "police_followup": ("held_on", "phase", "outcome"),
    # read here with the case's other records; written by repo_concern
    "concern_report": ("received_at", "protection_assessed_at", "preliminary_assessed_at"),
    "state_funding": ("applied_on", "police_decision", "decided_on"),
    "police_threat": ("source", "requested_on", "requested_from", "level", "nature",
                      "assessed_on", "reference", "review_on", "received_on", "answered_at",
                      "followup_id"),
    "custody_period": ("kind", "institution", "starts_on", "expected_release_on",
                       "planning_held_on", "released_on"),
}


def insert(conn: Connection, table: str, case_id: int, values: dict[str, Any], *, by: str,
           now: str) -> int:
    return rows.insert(conn, table, {"case_id": case_id, **rows.filled(values, COLUMNS[table]),
                                     "created_at": now, "created_by": by})


def update(conn: Connection, table: str, record_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, table, record_id, values, COLUMNS[table])


def get(conn: Connection, table: str, record_id: int) -> dict[str, Any] | None:
    return rows.by_id(conn, table, record_id)


def for_cases(conn: Connection, table: str, case_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Every record of ``table`` for the given cases (in chunks, one query each)."""
    return rows.of_cases(conn, table, case_ids)


def relatives_of(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    """The case's relative links with the person's name and protection, and the case number of
    the relative's own case (the newest, if there are several)."""
    cur = conn.execute(
        "SELECT r.*, p.name, p.protected_identity,"
        " (SELECT c.case_number FROM case_record c WHERE c.person_id = r.person_id"
        "  AND c.id != r.case_id ORDER BY c.id DESC LIMIT 1) AS own_case_number"
        " FROM relative_link r JOIN person p ON p.id = r.person_id"
        " WHERE r.case_id = ? ORDER BY r.id", (case_id,))
    return dict_rows(cur)
