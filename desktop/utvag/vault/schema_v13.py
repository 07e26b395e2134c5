"""Schema 13: concern reports (*orosanmälan*) as records of their own, with or before a case.

``concern_report`` is rebuilt (SQLite cannot make ``case_id`` optional in place): a report names
its child (a ``person``), the unit and caseworker it belongs to while it has no case, the
reporter's kind, whether feedback was asked for and when it was given, and the outcomes of the
protection and preliminary assessments. Rows of schema 4 keep their ids, times and case; their
child is the person of their case, their unit and caseworker those of the case, and what schema
4 did not record (reporter, outcomes, feedback) stays empty: Utväg does not invent it.
``concern_conversation`` holds the conversations held about a report.

The due triggers of schema 4 are recreated for the new table; a report without a case marks no
case (its clocks are read from the open-report index by ``utvag.services.due``).
"""

_EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))


def _triggers() -> str:
    parts = []
    for event, row in _EVENTS:
        name = f"concern_report_due_{event.lower()}" + ("_old" if event == "UPDATE"
                                                         and row == "OLD" else "")
        parts.append(
            f"CREATE TRIGGER {name} AFTER {event} ON concern_report"
            f" WHEN {row}.case_id IS NOT NULL BEGIN\n"
            f"    INSERT OR IGNORE INTO case_due_stale (case_id) VALUES ({row}.case_id);\n"
            "END;")
    return "\n".join(parts)


SCHEMA_V13 = f"""
CREATE TABLE concern_report_new (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES case_record (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    owning_unit TEXT NOT NULL,
    caseworker TEXT NOT NULL,
    received_at TEXT NOT NULL,
    reporter_type TEXT CHECK (reporter_type IN ('police', 'school', 'health_care',
                                                'private_person', 'other')),
    feedback_requested INTEGER CHECK (feedback_requested IN (0, 1)),
    feedback_given_at TEXT,
    protection_assessed_at TEXT,
    protection_outcome TEXT CHECK (protection_outcome IN ('immediate_protection_needed',
                                                          'no_immediate_protection_needed')),
    preliminary_assessed_at TEXT,
    preliminary_outcome TEXT CHECK (preliminary_outcome IN ('investigation_opened',
                                                            'no_investigation')),
    preliminary_reason TEXT,
    linked_at TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;
INSERT INTO concern_report_new (id, case_id, person_id, owning_unit, caseworker, received_at,
    protection_assessed_at, preliminary_assessed_at, linked_at, created_at, created_by)
  SELECT r.id, r.case_id, c.person_id, c.owning_unit, c.caseworker, r.received_at,
         r.protection_assessed_at, r.preliminary_assessed_at, r.created_at, r.created_at,
         r.created_by
  FROM concern_report r JOIN case_record c ON c.id = r.case_id;
DROP TABLE concern_report;
ALTER TABLE concern_report_new RENAME TO concern_report;
CREATE INDEX concern_report_case ON concern_report (case_id);
CREATE INDEX concern_report_person ON concern_report (person_id);
CREATE INDEX concern_report_open ON concern_report (owning_unit, received_at)
  WHERE case_id IS NULL AND (protection_assessed_at IS NULL OR preliminary_assessed_at IS NULL
                             OR (feedback_requested = 1 AND feedback_given_at IS NULL));
{_triggers()}

CREATE TABLE concern_conversation (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES concern_report (id),
    held_on TEXT NOT NULL,
    with_whom TEXT NOT NULL CHECK (length(with_whom) > 0),
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;
CREATE INDEX concern_conversation_report ON concern_conversation (report_id);
"""
