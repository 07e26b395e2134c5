"""Schema 4: follow-up records, the stored next-due item per case, log-review sign-offs, legal
holds and the metadata left by destruction under the retention rules.

* ``intervention``, ``relative_link``, ``police_followup``, ``concern_report`` and
  ``state_funding`` hold what the deadlines are computed from.
* ``case_due`` stores each case's next due item so that the case list reads it with the page it
  shows; every change that can move it marks the case in ``case_due_stale`` (triggers below) and
  ``utvag.services.due`` recomputes the marked cases before anything reads the table.
* ``destruction_marker`` holds a case id only inside the transaction that destroys the case:
  the guards that keep signed notes, signed assessments and the disclosure log undeletable make
  an exception for a marked case, and nothing else.
"""

_RECORD_COLUMNS = """
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL"""

_STALE_TABLES = ("intervention", "relative_link", "police_followup", "concern_report",
                 "state_funding", "assessment")


def _stale_triggers() -> str:
    parts = []
    for table in _STALE_TABLES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            parts.append(
                f"CREATE TRIGGER {table}_due_{event.lower()} AFTER {event} ON {table} BEGIN\n"
                f"    INSERT OR IGNORE INTO case_due_stale (case_id) VALUES ({row}.case_id);\n"
                "END;")
    return "\n".join(parts)


SCHEMA_V4 = f"""
CREATE TABLE intervention (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    intervention_type TEXT NOT NULL,
    urgency TEXT NOT NULL CHECK (urgency IN ('urgent', 'time_limited', 'long_term')),
    decided_on TEXT NOT NULL,
    starts_on TEXT,
    ends_on TEXT,{_RECORD_COLUMNS}
) STRICT;
CREATE INDEX intervention_case ON intervention (case_id);

CREATE TABLE relative_link (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    relation TEXT NOT NULL,
    linked_on TEXT NOT NULL,
    informed_about_support_on TEXT,
    responsible_unit TEXT CHECK (responsible_unit IN ('Centrum', 'Hisingen', 'Nordost',
                                                      'Sydvast')),
    contact_path TEXT,{_RECORD_COLUMNS}
) STRICT;
CREATE INDEX relative_link_case ON relative_link (case_id);
CREATE INDEX relative_link_person ON relative_link (person_id);

CREATE TABLE police_followup (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    held_on TEXT NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('during', 'after')),
    outcome TEXT NOT NULL,{_RECORD_COLUMNS}
) STRICT;
CREATE INDEX police_followup_case ON police_followup (case_id);

CREATE TABLE concern_report (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    received_at TEXT NOT NULL,
    protection_assessed_at TEXT,
    preliminary_assessed_at TEXT,{_RECORD_COLUMNS}
) STRICT;
CREATE INDEX concern_report_case ON concern_report (case_id);

CREATE TABLE state_funding (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    applied_on TEXT NOT NULL,
    police_decision TEXT NOT NULL DEFAULT 'pending'
        CHECK (police_decision IN ('pending', 'granted', 'refused')),
    decided_on TEXT,{_RECORD_COLUMNS}
) STRICT;
CREATE INDEX state_funding_case ON state_funding (case_id);

CREATE TABLE case_due (
    case_id INTEGER PRIMARY KEY,
    next_due TEXT,
    next_kind TEXT,
    threat_level TEXT
) STRICT;
CREATE INDEX case_due_next ON case_due (next_due) WHERE next_due IS NOT NULL;

CREATE TABLE case_due_stale (
    case_id INTEGER PRIMARY KEY
) STRICT;
INSERT INTO case_due_stale (case_id) SELECT id FROM case_record;

CREATE TRIGGER case_due_on_insert AFTER INSERT ON case_record BEGIN
    INSERT OR IGNORE INTO case_due_stale (case_id) VALUES (NEW.id);
END;
CREATE TRIGGER case_due_on_update
AFTER UPDATE OF type, status, opened_at, closed_at, close_reason ON case_record BEGIN
    INSERT OR IGNORE INTO case_due_stale (case_id) VALUES (NEW.id);
END;
CREATE TRIGGER case_due_on_delete AFTER DELETE ON case_record BEGIN
    DELETE FROM case_due WHERE case_id = OLD.id;
    DELETE FROM case_due_stale WHERE case_id = OLD.id;
END;
{_stale_triggers()}

CREATE TABLE log_review_signoff (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('no_remarks', 'remarks')),
    comment TEXT NOT NULL,
    entries INTEGER NOT NULL CHECK (entries >= 0),
    digest TEXT NOT NULL
) STRICT;
CREATE INDEX log_review_month ON log_review_signoff (month);

CREATE TABLE retention_hold (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    placed_at TEXT NOT NULL,
    placed_by TEXT NOT NULL,
    lifted_at TEXT,
    lifted_by TEXT
) STRICT;
CREATE INDEX retention_hold_case ON retention_hold (case_id);

CREATE TABLE destruction_record (
    id INTEGER PRIMARY KEY,
    case_number TEXT NOT NULL,
    destroyed_on TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    destroyed_by TEXT NOT NULL
) STRICT;

CREATE TABLE destruction_marker (
    case_id INTEGER PRIMARY KEY
) STRICT;

DROP TRIGGER assessment_signed_is_undeletable;
CREATE TRIGGER assessment_signed_is_undeletable
BEFORE DELETE ON assessment
WHEN OLD.state = 'signed'
    AND NOT EXISTS (SELECT 1 FROM destruction_marker WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'signed assessments are immutable');
END;

DROP TRIGGER disclosure_is_append_only_delete;
CREATE TRIGGER disclosure_is_append_only_delete
BEFORE DELETE ON disclosure
WHEN NOT EXISTS (SELECT 1 FROM destruction_marker WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'disclosure records are append-only');
END;

CREATE TRIGGER journal_note_signed_is_undeletable
BEFORE DELETE ON journal_note
WHEN OLD.signed_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM destruction_marker WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'signed journal notes are immutable');
END;
"""
