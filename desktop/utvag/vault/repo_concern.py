"""Plain SQL for concern reports (*orosanmälan*) and the conversations held about them."""

from __future__ import annotations

from typing import Any

from utvag.vault import rows
from utvag.vault.database import Connection, dict_rows
from utvag.vault.query_terms import equal_terms
from utvag.vault.repo_retention import PERSON_KEY, delete_person_if_unreferenced

# the columns a caller may set on a report
REPORT_COLUMNS = ("case_id", "person_id", "owning_unit", "caseworker", "received_at",
                  "reporter_type", "feedback_requested", "feedback_given_at",
                  "protection_assessed_at", "protection_outcome", "preliminary_assessed_at",
                  "preliminary_outcome", "preliminary_reason", "linked_at")

_SELECT = " ".join((
    "SELECT r.*, p.name AS child_name, p.personal_number AS child_personal_number,",
    "p.birth_date AS child_birth_date, p.protected_identity AS child_protected_identity,",
    "c.case_number AS case_number,",
    "(SELECT count(*) FROM concern_conversation v WHERE v.report_id = r.id) AS conversations",
    "FROM concern_report r JOIN person p ON p.id = r.person_id",
    "LEFT JOIN case_record c ON c.id = r.case_id"))


def _rows(conn: Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return dict_rows(conn.execute(sql, params))


def insert(conn: Connection, values: dict[str, Any], *, by: str, now: str) -> int:
    rows.only(values, REPORT_COLUMNS)
    return rows.insert(conn, "concern_report", {**values, "created_at": now, "created_by": by})


def update(conn: Connection, report_id: int, values: dict[str, Any]) -> None:
    rows.update(conn, "concern_report", report_id, values, REPORT_COLUMNS)


def get(conn: Connection, report_id: int) -> dict[str, Any] | None:
    found = _rows(conn, _SELECT + " WHERE r.id = ?", [report_id])
    return found[0] if found else None


def listing(conn: Connection, *, unit: str | None = None, case_id: int | None = None,
            person_id: int | None = None, unlinked_only: bool = False, limit: int = 500,
            offset: int = 0) -> list[dict[str, Any]]:
    """Reports, newest receipt first: the unit's (linked ones through their case's unit),
    a case's own, or a child's."""
    where, params = equal_terms({"coalesce(c.owning_unit, r.owning_unit)": unit,
                                 "r.case_id": case_id, "r.person_id": person_id})
    if unlinked_only:
        where.append("r.case_id IS NULL")
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
    return _rows(conn, sql + " ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?",
                 [*params, int(limit), int(offset)])


def open_unlinked(conn: Connection, *, unit: str | None = None,
                  caseworker: str | None = None) -> list[dict[str, Any]]:
    """Reports without a case that still have an open step (read through the partial index
    ``concern_report_open``), with their child's protection level."""
    sql = ("SELECT r.*, p.protected_identity AS child_protected_identity FROM concern_report r"
           " JOIN person p ON p.id = r.person_id WHERE r.case_id IS NULL AND"
           " (r.protection_assessed_at IS NULL OR r.preliminary_assessed_at IS NULL"
           "  OR (r.feedback_requested = 1 AND r.feedback_given_at IS NULL))")
    terms, params = equal_terms({"r.owning_unit": unit, "r.caseworker": caseworker})
    sql += "".join(f" AND {term}" for term in terms)
    return _rows(conn, sql + " ORDER BY r.received_at, r.id", params)


def person(conn: Connection, person_id: int) -> dict[str, Any] | None:
    found = _rows(conn, "SELECT id, name, personal_number, protected_identity FROM person"
                        " WHERE id = ?", [person_id])
    return found[0] if found else None


def is_relative_of(conn: Connection, case_id: int, person_id: int) -> bool:
    return conn.execute("SELECT 1 FROM relative_link WHERE case_id = ? AND person_id = ?",
                        (case_id, person_id)).fetchone() is not None


def add_conversation(conn: Connection, report_id: int, held_on: str, with_whom: str,
                     note: str | None, *, by: str, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO concern_conversation (report_id, held_on, with_whom, note, created_at,"
        " created_by) VALUES (?, ?, ?, ?, ?, ?)", (report_id, held_on, with_whom, note, now, by))
    return int(cur.lastrowid)


def conversations(conn: Connection, report_id: int) -> list[dict[str, Any]]:
    return _rows(conn, "SELECT * FROM concern_conversation WHERE report_id = ?"
                       " ORDER BY held_on, id", [report_id])


def delete_of_case(conn: Connection, case_id: int) -> None:
    """The conversations of a case's reports (the reports go with the case's other tables)."""
    conn.execute("DELETE FROM concern_conversation WHERE report_id IN"
                 " (SELECT id FROM concern_report WHERE case_id = ?)", (case_id,))


def retention_rows(conn: Connection) -> list[tuple[Any, ...]]:
    """(id, label, person key, type, handled, last entry, held, birth date) of every report
    without a case, for the retention rules: the person key is that of the case query in
    ``utvag.services.retention``, ``PERSON_KEY``."""
    return [tuple(row) for row in conn.execute(
        f"SELECT r.id, 'concern-report-' || r.id, {PERSON_KEY},"
        " 'concern_report', r.preliminary_assessed_at IS NOT NULL,"
        " max(r.created_at, r.received_at, coalesce(r.protection_assessed_at, ''),"
        "  coalesce(r.preliminary_assessed_at, ''), coalesce(r.feedback_given_at, ''),"
        "  coalesce((SELECT max(v.created_at) FROM concern_conversation v"
        "            WHERE v.report_id = r.id), '')),"
        " 0, p.birth_date"
        " FROM concern_report r JOIN person p ON p.id = r.person_id"
        " WHERE r.case_id IS NULL").fetchall()]


def destroy_unlinked(conn: Connection, report_id: int) -> None:
    """Delete a report without a case, its conversations, and its child's person record when
    nothing else refers to it."""
    row = conn.execute("SELECT person_id FROM concern_report WHERE id = ? AND case_id IS NULL",
                       (report_id,)).fetchone()
    if row is None:
        raise KeyError(report_id)
    person_id = int(row[0])
    conn.execute("DELETE FROM concern_conversation WHERE report_id = ?", (report_id,))
    conn.execute("DELETE FROM concern_report WHERE id = ?", (report_id,))
    delete_person_if_unreferenced(conn, person_id)
