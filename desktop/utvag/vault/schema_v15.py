"""Schema 15: consultations with SAV.

* ``sent_package``, ``received_package`` and ``transfer_file`` accept the package kinds
  ``consultation`` (3) and ``consultation_answer`` (4): they are sealed, recorded, placed after the
  commit and refused when replayed exactly as case packages are.
* ``consultation`` (the district's side, a record of the case): a consultation package sent to
  SAV, what it carried (the case summary under the consent, or de-identified facts only), the
  days SAV's answer is awaited (the policy's value when it was sent: the due clock runs from the
  recorded sending time) and, once imported, SAV's answer: a decision on special-defector status
  with its justification (also recorded through ``special_defector_decision``) or advice.
* ``consultation_received`` (SAV's side): the consultations SAV received and answered. No case is
  made at SAV from a consultation; the document is kept as received so that SAV can answer it.
"""

from __future__ import annotations

import re

from utvag.vault.database import Connection

NEW_KINDS = ("consultation", "consultation_answer")
KIND_TABLES = ("sent_package", "received_package", "transfer_file")
_KIND_CHECK = re.compile(r"CHECK \(kind IN \(([^)]*)\)\)")

_DUE_TRIGGERS = "\n".join(
    f"CREATE TRIGGER consultation_due_{event.lower()} AFTER {event} ON consultation BEGIN\n"
    f"    INSERT OR IGNORE INTO case_due_stale (case_id) VALUES ({row}.case_id);\n"
    "END;"
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")))

SCHEMA_V15 = f"""
CREATE TABLE consultation (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    package_id BLOB NOT NULL UNIQUE CHECK (length(package_id) = 16),
    sav_unit TEXT NOT NULL,
    question TEXT NOT NULL CHECK (question IN ('special_defector', 'advice')),
    content TEXT NOT NULL CHECK (content IN ('case_summary', 'deidentified')),
    fields TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    answer_due_days INTEGER NOT NULL CHECK (answer_due_days > 0),
    answer_package_id BLOB UNIQUE CHECK (answer_package_id IS NULL
                                         OR length(answer_package_id) = 16),
    answer_kind TEXT CHECK (answer_kind IN ('decision', 'advice')),
    special_defector INTEGER CHECK (special_defector IN (0, 1)),
    answer_text TEXT,
    answered_at TEXT,
    answered_by TEXT,
    answer_received_at TEXT,
    answer_received_by TEXT,
    decision_id INTEGER REFERENCES special_defector_decision (id),
    CHECK ((answer_kind = 'decision') = (special_defector IS NOT NULL))
) STRICT;
CREATE INDEX consultation_case ON consultation (case_id, id);
{_DUE_TRIGGERS}

CREATE TABLE consultation_received (
    package_id BLOB PRIMARY KEY CHECK (length(package_id) = 16),
    sender_unit TEXT NOT NULL,
    sender_key_id BLOB NOT NULL CHECK (length(sender_key_id) = 32),
    digest BLOB NOT NULL CHECK (length(digest) = 32),
    question TEXT NOT NULL CHECK (question IN ('special_defector', 'advice')),
    content TEXT NOT NULL CHECK (content IN ('case_summary', 'deidentified')),
    document TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    answer_package_id BLOB UNIQUE CHECK (answer_package_id IS NULL
                                         OR length(answer_package_id) = 16),
    answer_kind TEXT CHECK (answer_kind IN ('decision', 'advice')),
    special_defector INTEGER CHECK (special_defector IN (0, 1)),
    answer_text TEXT,
    answered_at TEXT,
    answered_by TEXT,
    CHECK ((answer_kind = 'decision') = (special_defector IS NOT NULL))
) STRICT;
"""


def widen_package_kinds(conn: Connection, kinds: tuple[str, ...] = NEW_KINDS) -> None:
    """Let the ``kind`` columns of the package tables hold *kinds* as well.

    SQLite cannot alter a CHECK constraint; every stored row already satisfies the wider one, so
    this edits the table definitions in place as SQLite documents for loosening a constraint
    (https://www.sqlite.org/lang_altertable.html, the same procedure as schema 8). It adds only
    the kinds missing from each list, so it composes with any other migration that widens the
    same lists.
    """
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    changed: list[tuple[str, str]] = []
    for table in KIND_TABLES:
        row = conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?",
                           (table,)).fetchone()
        sql = str(row[0])
        found = _KIND_CHECK.findall(sql)
        if len(found) != 1:
            raise RuntimeError(f"{table}.kind has an unexpected definition")
        listed = found[0]
        missing = [k for k in kinds if f"'{k}'" not in listed]
        if missing:
            wider = listed + "".join(f", '{k}'" for k in missing)
            changed.append((table, sql.replace(f"CHECK (kind IN ({listed}))",
                                               f"CHECK (kind IN ({wider}))")))
    if not changed:
        return
    conn.execute("PRAGMA writable_schema = ON")
    try:
        for table, sql in changed:
            conn.execute("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?",
                         (sql, table))
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        raise RuntimeError("the schema change left the database inconsistent")
