"""Plain SQL for retention (*gallring*): what each case's last entry is, legal holds, which
tables hold a case's data (asked of the schema) and the deletion of a destroyed case."""

from __future__ import annotations

from typing import Any

from utvag.vault.database import Connection, dict_rows

# Which person a case or report belongs to, for person ``p``: people with the same identity
# number count as one person (cases made before numbers were linked), unless one was kept apart
# as a homonym.
PERSON_KEY = """
  CASE WHEN p.personal_number IS NULL
            OR EXISTS (SELECT 1 FROM person_separation s WHERE s.person_id = p.id) THEN p.id
       ELSE (SELECT min(o.id) FROM person o WHERE o.personal_number = p.personal_number
             AND NOT EXISTS (SELECT 1 FROM person_separation s WHERE s.person_id = o.id))
  END"""

# Every table with a case's entries and the column (or expression) that dates an entry in it;
# the latest of them and of the case's own times is the case's last entry.
_ENTRY_TIMES = (
    ("journal_note", "max(created_at, coalesce(signed_at, ''))"),
    ("attachment", "added_at"),
    ("assessment", "updated_at"),
    ("intervention", "created_at"),
    ("relative_link", "created_at"),
    ("police_followup", "created_at"),
    ("concern_report", "created_at"),
    ("state_funding", "created_at"),
    ("police_threat", "max(created_at, coalesce(answered_at, ''))"),
    ("custody_period", "created_at"),
    ("consent_withdrawal", "created_at"),
    ("case_decision", "created_at"),
    ("guardian", "updated_at"),
    ("consent_position", "created_at"),
    ("case_need", "created_at"),
    ("need_followup", "created_at"),
)
# A report's conversations hold no case id of their own: they reach the case through the report.
_CONVERSATION_TIME = ("(SELECT max(v.created_at) FROM concern_conversation v JOIN concern_report r"
                      " ON r.id = v.report_id WHERE r.case_id = c.id)")

_ENTRY_MAXIMA = ",\n      ".join(
    [f"coalesce((SELECT max({column}) FROM {table} WHERE case_id = c.id), '')"
     for table, column in _ENTRY_TIMES] + [f"coalesce({_CONVERSATION_TIME}, '')"])

LAST_ENTRY = f"""
SELECT c.id, c.case_number, {PERSON_KEY}, c.type, c.status IN ('closed', 'transferred'),
  max(c.opened_at, c.updated_at, coalesce(c.closed_at, ''),
      {_ENTRY_MAXIMA}),
  EXISTS (SELECT 1 FROM retention_hold h WHERE h.case_id = c.id AND h.lifted_at IS NULL),
  p.birth_date
FROM case_record c JOIN person p ON p.id = c.person_id
"""

# Registers that outlive the case: the packages sent and received stay, unlinked from it (and
# a received package's decision and audit excerpt, which are case data, are cleared).
_UNLINKED = {"sent_package": "", "received_package": ", decision = NULL, audit_excerpt = NULL"}


# Records with personal data that no case holds, for their own retention rules: per kind, the
# label a destruction record names it by, and the query of (id, last entry, closed).
UNATTACHED: dict[str, tuple[str, str]] = {
    "consultation_received": ("consultation-received-", (
        "SELECT rowid, max(received_at, coalesce(answered_at, '')), answered_at IS NOT NULL"
        " FROM consultation_received")),
    "unit_incident": ("unit-incident-", (
        "SELECT id, max(created_at, occurred_at), 1 FROM unit_incident")),
    "incident_report_received": ("incident-report-", (
        "SELECT id, received_at, 1 FROM incident_report_received")),
    "log_review_received": ("log-review-", (
        "SELECT id, max(received_at, coalesce(signed_at, '')), signed_at IS NOT NULL"
        " FROM log_review_received")),
    "log_review_signoff": ("log-review-signoff-", (
        "SELECT s.id, max(s.signed_at, coalesce((SELECT max(g.received_at)"
        " FROM log_review_signature_received g WHERE g.signoff_id = s.id), '')), 1"
        " FROM log_review_signoff s")),
}
_UNATTACHED_DELETE = {
    "consultation_received": ("DELETE FROM consultation_received WHERE rowid = ?",),
    "unit_incident": ("DELETE FROM unit_incident WHERE id = ?",),
    "incident_report_received": ("DELETE FROM incident_report_received WHERE id = ?",),
    "log_review_received": ("DELETE FROM log_review_received WHERE id = ?",),
    "log_review_signoff": ("DELETE FROM log_review_signature_received WHERE signoff_id = ?",
                           "DELETE FROM log_review_signoff WHERE id = ?"),
}


def unattached_rows(conn: Connection) -> list[tuple[str, int, str, str, bool]]:
    """(kind, id, label, last entry, closed) of every record with no case (``UNATTACHED``)."""
    return [(kind, int(r[0]), f"{prefix}{r[0]}", str(r[1]), bool(r[2]))
            for kind, (prefix, query) in UNATTACHED.items() for r in conn.execute(query)]


def delete_unattached(conn: Connection, kind: str, record_id: int) -> None:
    """Delete one record with no case (and, for a sign-off, the signature received for it)."""
    statements = _UNATTACHED_DELETE[kind]
    for statement in statements:
        cur = conn.execute(statement, (record_id,))
    if cur.rowcount != 1:
        raise KeyError(record_id)


def last_entries(conn: Connection) -> list[tuple[Any, ...]]:
    """Per case: id, number, person (the same person across linked identity numbers), type,
    closed, last entry, held, birth date."""
    return [tuple(r) for r in conn.execute(LAST_ENTRY)]


def case_tables(conn: Connection) -> list[str]:
    """Every table whose ``case_id`` column refers to a case: the tables that hold case data,
    as the schema says (a new table joins by having the column)."""
    tables = [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]
    return [t for t in tables if any(
        r[2] == "case_record" and r[3] == "case_id"
        for r in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (t,)))]


def insert_hold(conn: Connection, case_id: int, reason: str, *, by: str, now: str) -> int:
    cur = conn.execute("INSERT INTO retention_hold (case_id, reason, placed_at, placed_by)"
                       " VALUES (?, ?, ?, ?)", (case_id, reason, now, by))
    return int(cur.lastrowid)


def active_holds(conn: Connection) -> list[dict[str, Any]]:
    return dict_rows(conn.execute(
        "SELECT h.id, h.case_id, c.case_number, h.reason, h.placed_at, h.placed_by"
        " FROM retention_hold h JOIN case_record c ON c.id = h.case_id"
        " WHERE h.lifted_at IS NULL ORDER BY h.id"))


def active_hold_case(conn: Connection, hold_id: int) -> int | None:
    """The case of the legal hold, while it is in force."""
    row = conn.execute("SELECT case_id FROM retention_hold WHERE id = ? AND lifted_at IS NULL",
                       (hold_id,)).fetchone()
    return None if row is None else int(row[0])


def lift_hold(conn: Connection, hold_id: int, *, by: str, now: str) -> None:
    conn.execute("UPDATE retention_hold SET lifted_at = ?, lifted_by = ? WHERE id = ?",
                 (now, by, hold_id))


def destruction_records(conn: Connection) -> list[dict[str, Any]]:
    return dict_rows(conn.execute(
        "SELECT id, case_number, destroyed_on, rule_id, destroyed_by FROM destruction_record"
        " ORDER BY id"))


def defer_foreign_keys(conn: Connection) -> None:
    conn.execute("PRAGMA defer_foreign_keys = ON")


def mark_for_destruction(conn: Connection, case_id: int) -> None:
    """Open the guards on signed records for this case (until :func:`unmark`)."""
    conn.execute("INSERT INTO destruction_marker (case_id) VALUES (?)", (case_id,))


def unmark(conn: Connection, case_id: int) -> None:
    conn.execute("DELETE FROM destruction_marker WHERE case_id = ?", (case_id,))


def delete_case(conn: Connection, case_id: int, tables: list[str]) -> None:
    """Delete the case's rows in ``tables`` (registers are unlinked instead), the case, and its
    person unless another case or a relative link still names them."""
    person_id = int(conn.execute("SELECT person_id FROM case_record WHERE id = ?",
                                 (case_id,)).fetchone()[0])
    for table in tables:
        if table in _UNLINKED:
            conn.execute(f"UPDATE {table} SET case_id = NULL{_UNLINKED[table]}"
                         " WHERE case_id = ?", (case_id,))
        elif table != "destruction_marker":
            conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM case_record WHERE id = ?", (case_id,))
    delete_person_if_unreferenced(conn, person_id)


def delete_person_if_unreferenced(conn: Connection, person_id: int) -> None:
    """Delete the person record (and its homonym mark) once no case, relative link or concern
    report names the person any more."""
    conn.execute(
        "DELETE FROM person WHERE id = ? AND NOT EXISTS (SELECT 1 FROM case_record"
        " WHERE person_id = ?) AND NOT EXISTS (SELECT 1 FROM relative_link WHERE person_id = ?)"
        " AND NOT EXISTS (SELECT 1 FROM concern_report WHERE person_id = ?)",
        (person_id, person_id, person_id, person_id))
    conn.execute("DELETE FROM person_separation WHERE person_id = ? AND NOT EXISTS"
                 " (SELECT 1 FROM person WHERE id = ?)", (person_id, person_id))


def insert_destruction_record(conn: Connection, case_number: str, destroyed_on: str,
                              rule_id: str, by: str) -> int:
    cur = conn.execute(
        "INSERT INTO destruction_record (case_number, destroyed_on, rule_id, destroyed_by)"
        " VALUES (?, ?, ?, ?)", (case_number, destroyed_on, rule_id, by))
    return int(cur.lastrowid)


def optimize_search(conn: Connection) -> None:
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    conn.execute("INSERT INTO search_recent (search_recent) VALUES ('optimize')")


def compact(conn: Connection) -> None:
    """Rewrite the database and empty the write-ahead log, so freed pages hold nothing."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
