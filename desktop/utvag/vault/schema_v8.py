"""Schema 8: the guideline's case flow as records.

* ``case_record.status`` may be ``awaiting_transfer``: the signed assessment routes the case to
  another board (a district's special defector to SAV, or SAV's "not special" back to the
  district), so it is not decided here and waits for its package to be sent.
* ``consent_withdrawal``: a withdrawal of the consent to lift confidentiality, recorded as an event
  on an open case (when, by whom, the signed form as an attachment). Append-only.
* ``case_application``: the application (*ansökan*) a case starts from; it travels with a
  transfer so the receiving board opens its investigation on it.
* ``case_decision``: decisions (*beslut*) on the application, interventions and closing: what was
  decided, granted or refused, the decision-maker's role, when, and the appeal notice of a refusal.
  Append-only.
* ``special_defector_decision``: SAV's word on whether a defector is a special defector
  (confirmed / not special, dated and justified). Append-only.
* ``person_separation``: a person kept apart from another with the same identity number (a
  homonym), with the reason.

Append-only tables make the same exception as the others for the transaction that destroys a
case under the retention rules (``destruction_marker``).
"""

from __future__ import annotations

from utvag.vault.database import Connection

_STATUS_OLD = "'closed', 'transferred'))"
_STATUS_NEW = "'closed', 'transferred', 'awaiting_transfer'))"


def _append_only(table: str) -> str:
    return f"""
CREATE TRIGGER {table}_is_append_only_update BEFORE UPDATE ON {table}
BEGIN
    SELECT RAISE(ABORT, '{table} records are append-only');
END;
CREATE TRIGGER {table}_is_append_only_delete BEFORE DELETE ON {table}
WHEN NOT EXISTS (SELECT 1 FROM destruction_marker WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, '{table} records are append-only');
END;"""


_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL"""

SCHEMA_V8 = f"""
CREATE TABLE consent_withdrawal (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    withdrawn_on TEXT NOT NULL,
    withdrawn_by TEXT,
    attachment_id INTEGER REFERENCES attachment (id),{_RECORD}
) STRICT;
CREATE INDEX consent_withdrawal_case ON consent_withdrawal (case_id, id);
{_append_only("consent_withdrawal")}

CREATE TABLE case_application (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    received_on TEXT NOT NULL,
    applicant_kind TEXT NOT NULL CHECK (applicant_kind IN ('individual', 'guardian',
                                                           'authority')),
    applicant TEXT,
    source_case_number TEXT,{_RECORD}
) STRICT;
CREATE INDEX case_application_case ON case_application (case_id, id);

CREATE TABLE case_decision (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    subject TEXT NOT NULL CHECK (subject IN ('application', 'intervention', 'closing')),
    outcome TEXT NOT NULL CHECK (outcome IN ('granted', 'refused')),
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    decided_on TEXT NOT NULL,
    decided_by_role TEXT NOT NULL CHECK (length(trim(decided_by_role)) > 0),
    appeal_notice TEXT,{_RECORD},
    CHECK (outcome = 'granted' OR length(trim(coalesce(appeal_notice, ''))) > 0)
) STRICT;
CREATE INDEX case_decision_case ON case_decision (case_id, id);
{_append_only("case_decision")}

CREATE TABLE special_defector_decision (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'not_special')),
    decided_on TEXT NOT NULL,
    justification TEXT NOT NULL CHECK (length(trim(justification)) > 0),
    return_to TEXT CHECK (return_to IN ('Centrum', 'Hisingen', 'Nordost', 'Sydvast')),{_RECORD}
) STRICT;
CREATE INDEX special_defector_decision_case ON special_defector_decision (case_id, id);
{_append_only("special_defector_decision")}

CREATE TABLE person_separation (
    person_id INTEGER PRIMARY KEY REFERENCES person (id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),{_RECORD}
) STRICT;
"""


def widen_case_status(conn: Connection) -> None:
    """Allow ``awaiting_transfer`` in ``case_record.status``.

    SQLite cannot alter a CHECK constraint. Every stored row already satisfies the wider
    constraint, so this uses SQLite's documented procedure for loosening a constraint in place
    (https://www.sqlite.org/lang_altertable.html, "making other kinds of table schema changes"):
    edit the table's definition, bump ``schema_version``, and check the database. It keeps every
    column, index, trigger and view of ``case_record`` as it is, whatever later schemas added.
    """
    row = conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'case_record'"
    ).fetchone()
    sql = str(row[0])
    if "'awaiting_transfer'" in sql:
        return
    if sql.count(_STATUS_OLD) != 1:
        raise RuntimeError("case_record.status has an unexpected definition")
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'case_record'",
            (sql.replace(_STATUS_OLD, _STATUS_NEW),),
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    problems = conn.execute("PRAGMA quick_check").fetchall()
    if problems != [("ok",)]:
        raise RuntimeError("the schema change left the database inconsistent")
