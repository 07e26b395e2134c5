"""Plain SQL for high-risk cases and staff safety: the high-risk flag, incidents against staff,
risk assessments before a risky meeting, the assignment history and conflicts of interest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from utvag.vault import rows
from utvag.vault.database import Connection, dict_rows

# table -> the columns a caller may set on insert
COLUMNS: dict[str, tuple[str, ...]] = {
    "high_risk_flag": ("grounds", "network_linked", "description", "flagged_at", "flagged_by"),
    "staff_incident": ("occurred_at", "kind", "staff", "description", "witnesses",
                       "attachment_ids", "police_reported_on", "police_report_number",
                       "follow_up", "support_offered", "created_at", "created_by"),
    "risk_assessment": ("meeting_at", "place", "participants", "risk_factors", "mitigations",
                        "decision", "decision_note", "created_at", "created_by", "updated_at"),
    "case_assignment": ("from_caseworker", "to_caseworker", "reason", "assigned_at",
                        "assigned_by"),
    "conflict_of_interest": ("caseworker", "kind", "description", "recorded_on", "created_at",
                             "created_by"),
}

# the columns of a draft risk assessment that may change before it is signed
ASSESSMENT_DRAFT = ("meeting_at", "place", "participants", "risk_factors", "mitigations",
                    "decision", "decision_note")


def insert(conn: Connection, table: str, case_id: int, values: dict[str, Any]) -> int:
    return rows.insert(conn, table, {"case_id": case_id, **rows.filled(values, COLUMNS[table])})


def get(conn: Connection, table: str, record_id: int) -> dict[str, Any] | None:
    if table not in COLUMNS:
        raise KeyError(table)
    return rows.by_id(conn, table, record_id)


def for_case(conn: Connection, table: str, case_id: int) -> list[dict[str, Any]]:
    if table not in COLUMNS:
        raise KeyError(table)
    return rows.of_case(conn, table, case_id)


def current_flag(conn: Connection, case_id: int) -> dict[str, Any] | None:
    found = dict_rows(conn.execute(
        "SELECT * FROM high_risk_flag WHERE case_id = ? AND cleared_at IS NULL", (case_id,)))
    return found[0] if found else None


def clear_flag(conn: Connection, flag_id: int, *, by: str, now: str, reason: str) -> None:
    conn.execute("UPDATE high_risk_flag SET cleared_at = ?, cleared_by = ?, clear_reason = ?"
                 " WHERE id = ? AND cleared_at IS NULL", (now, by, reason, flag_id))


def update_assessment(conn: Connection, assessment_id: int, values: dict[str, Any], *,
                      now: str) -> None:
    rows.update(conn, "risk_assessment", assessment_id, values, ASSESSMENT_DRAFT,
                also={"updated_at": now}, condition=" AND signed_at IS NULL")


def sign_assessment(conn: Connection, assessment_id: int, *, by: str, now: str) -> None:
    conn.execute("UPDATE risk_assessment SET signed_at = ?, signed_by = ?, updated_at = ?"
                 " WHERE id = ? AND signed_at IS NULL", (now, by, now, assessment_id))


def upcoming_assessments(conn: Connection, after: str, *, caseworker: str | None = None,
                         case_id: int | None = None) -> list[dict[str, Any]]:
    """Risk assessments of meetings at or after ``after`` in open cases, soonest first; with
    ``caseworker``, only those of its cases or written by it. Cancelled meetings are left out."""
    sql = ("SELECT r.*, c.case_number, c.caseworker FROM risk_assessment r"
           " JOIN case_record c ON c.id = r.case_id"
           " WHERE r.meeting_at >= ? AND c.status NOT IN ('closed', 'transferred')"
           " AND (r.decision IS NULL OR r.decision != 'cancel')")
    params: list[Any] = [after]
    if caseworker is not None:
        sql += " AND (c.caseworker = ? OR r.created_by = ?)"
        params += [caseworker, caseworker]
    if case_id is not None:
        sql += " AND r.case_id = ?"
        params.append(case_id)
    return dict_rows(conn.execute(sql + " ORDER BY r.meeting_at, r.id", params))


def reassign(conn: Connection, case_id: int, *, from_caseworker: str, to_caseworker: str,
             reason: str, by: str, now: str) -> int:
    """Give the case to *to_caseworker*, keeping the change (with its reason) in the case's
    assignment history; the history row's id."""
    record_id = insert(conn, "case_assignment", case_id, {
        "from_caseworker": from_caseworker, "to_caseworker": to_caseworker, "reason": reason,
        "assigned_at": now, "assigned_by": by})
    conn.execute("UPDATE case_record SET caseworker = ?, updated_at = ? WHERE id = ?",
                 (to_caseworker, now, case_id))
    return record_id


def unresolved_conflicts(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    return dict_rows(conn.execute(
        "SELECT * FROM conflict_of_interest WHERE case_id = ? AND resolved_at IS NULL"
        " ORDER BY id", (case_id,)))


def resolve_conflict(conn: Connection, conflict_id: int, *, by: str, now: str,
                     resolution: str) -> None:
    conn.execute("UPDATE conflict_of_interest SET resolved_at = ?, resolved_by = ?,"
                 " resolution = ? WHERE id = ? AND resolved_at IS NULL",
                 (now, by, resolution, conflict_id))


def high_risk_ids(conn: Connection, case_ids: Sequence[int]) -> set[int]:
    """The cases among ``case_ids`` of type high_risk or with an uncleared flag (one query per
    500 ids)."""
    return {int(r[0]) for r in rows.in_chunks(
        conn, "SELECT id FROM case_record WHERE id IN ({ids}) AND (type = 'high_risk'"
        " OR EXISTS (SELECT 1 FROM high_risk_flag f WHERE f.case_id = case_record.id"
        " AND f.cleared_at IS NULL))", case_ids)}
