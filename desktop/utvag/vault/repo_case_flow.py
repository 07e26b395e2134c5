"""Plain SQL for the case flow (schema 8): status changes, consent withdrawals, applications,
decisions, SAV's special-defector decisions and people kept apart despite the same number."""

from __future__ import annotations

from typing import Any

from utvag.vault import rows
from utvag.vault.database import Connection, dict_rows

# table -> the columns a caller may set (besides case_id, created_at, created_by)
COLUMNS: dict[str, tuple[str, ...]] = {
    "consent_withdrawal": ("withdrawn_on", "withdrawn_by", "attachment_id"),
    "case_application": ("received_on", "applicant_kind", "applicant", "source_case_number",
                         "applied_for", "attachment_id"),
    "case_decision": ("subject", "outcome", "what", "decided_on", "decided_by_role",
                      "appeal_notice"),
    "special_defector_decision": ("decision", "decided_on", "justification", "return_to"),
}


def insert(conn: Connection, table: str, case_id: int, values: dict[str, Any], *, by: str,
           now: str) -> int:
    return rows.insert(conn, table, {"case_id": case_id, **rows.filled(values, COLUMNS[table]),
                                     "created_at": now, "created_by": by})


def for_case(conn: Connection, table: str, case_id: int) -> list[dict[str, Any]]:
    """The case's records of ``table``, oldest first."""
    if table not in COLUMNS:
        raise KeyError(table)
    return rows.of_case(conn, table, case_id)


def latest(conn: Connection, table: str, case_id: int) -> dict[str, Any] | None:
    found = for_case(conn, table, case_id)
    return found[-1] if found else None


def set_status(conn: Connection, case_id: int, status: str, now: str) -> None:
    conn.execute("UPDATE case_record SET status = ?, updated_at = ? WHERE id = ?",
                 (status, now, case_id))


def close(conn: Connection, case_id: int, closed_at: str, reason: str, now: str) -> None:
    conn.execute("UPDATE case_record SET status = 'closed', closed_at = ?, close_reason = ?,"
                 " updated_at = ? WHERE id = ?", (closed_at, reason, now, case_id))


def received_from(conn: Connection, case_id: int) -> tuple[str, str | None, str] | None:
    """``(sender unit, sender's case number, received_at)`` when the case came in a package."""
    row = conn.execute(
        "SELECT sender_unit, source_case_number, received_at FROM received_package"
        " WHERE case_id = ? AND kind = 'case_transfer' ORDER BY received_at DESC LIMIT 1",
        (case_id,)).fetchone()
    return None if row is None else (str(row[0]), row[1], str(row[2]))


def cases_of_people(conn: Connection, person_ids: list[int]) -> list[dict[str, Any]]:
    """Every case of the given people: number, type, status, opened and closed (no content)."""
    if not person_ids:
        return []
    marks = ",".join("?" * len(person_ids))
    cur = conn.execute(
        "SELECT id, case_number, type, status, owning_unit, opened_at, closed_at, close_reason"
        f" FROM case_record WHERE person_id IN ({marks}) ORDER BY opened_at, id", person_ids)
    return dict_rows(cur)


def separate_person(conn: Connection, person_id: int, reason: str, *, by: str,
                    now: str) -> None:
    conn.execute("INSERT INTO person_separation (person_id, reason, created_at, created_by)"
                 " VALUES (?, ?, ?, ?)", (person_id, reason, now, by))


def attachment_on_case(conn: Connection, case_id: int, attachment_id: int) -> bool:
    return conn.execute("SELECT 1 FROM attachment WHERE id = ? AND case_id = ?",
                        (attachment_id, case_id)).fetchone() is not None


def sav_asked_or_decided(conn: Connection, case_ids: list[int]) -> dict[int, str]:
    """Per case, the latest time SAV was asked whether the person is a special defector (a
    consultation with that question, sent) or its decision on it was recorded."""
    found: dict[int, str] = {}
    for query in ("SELECT case_id, max(sent_at) FROM consultation WHERE question ="
                  " 'special_defector' AND case_id IN ({ids}) GROUP BY case_id",
                  "SELECT case_id, max(created_at) FROM special_defector_decision"
                  " WHERE case_id IN ({ids}) GROUP BY case_id"):
        for case_id, at in rows.in_chunks(conn, query, case_ids):
            if at is not None and str(at) > found.get(int(case_id), ""):
                found[int(case_id)] = str(at)
    return found
