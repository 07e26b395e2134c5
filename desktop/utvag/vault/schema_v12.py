"""Schema 12: the person's needs and their follow-up, and the harm test of a disclosure.

* ``case_need``: a need the investigation found, under one coded area (safety and housing,
  livelihood, employment or school, health and addiction, relations, criminality), with an
  optional description and the day it was identified.
* ``need_intervention``: which decided interventions are meant to meet which need.
* ``need_followup``: a follow-up of a need (met, partly, not met), held through an intervention
  (``intervention_id`` is empty for a follow-up that arrived with a transferred case).
* ``disclosure.harm_test``: the harm test (*menprövning*) recorded with a disclosure on a ground
  that requires one; earlier rows have none.

Changes to the links and follow-ups move the due needs follow-ups, so they mark the case in
``case_due_stale`` like the other follow-up records.
"""

from __future__ import annotations

AREAS = ("safety_housing", "livelihood", "employment_school", "health_addiction", "relations",
         "criminality")
_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL"""


def _stale(table: str) -> str:
    parts = []
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        parts.append(
            f"CREATE TRIGGER {table}_due_{event.lower()} AFTER {event} ON {table} BEGIN\n"
            f"    INSERT OR IGNORE INTO case_due_stale (case_id) VALUES ({row}.case_id);\n"
            "END;")
    return "\n".join(parts)


SCHEMA_V12 = f"""
ALTER TABLE disclosure ADD COLUMN harm_test TEXT;

CREATE TABLE case_need (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    area TEXT NOT NULL CHECK (area IN ({", ".join(f"'{a}'" for a in AREAS)})),
    description TEXT,
    identified_on TEXT NOT NULL,{_RECORD}
) STRICT;
CREATE INDEX case_need_case ON case_need (case_id, id);

CREATE TABLE need_intervention (
    need_id INTEGER NOT NULL REFERENCES case_need (id),
    intervention_id INTEGER NOT NULL REFERENCES intervention (id),
    case_id INTEGER NOT NULL REFERENCES case_record (id),{_RECORD},
    PRIMARY KEY (need_id, intervention_id)
) STRICT;
CREATE INDEX need_intervention_case ON need_intervention (case_id);

CREATE TABLE need_followup (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    need_id INTEGER NOT NULL REFERENCES case_need (id),
    intervention_id INTEGER REFERENCES intervention (id),
    held_on TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('met', 'partly', 'not_met')),
    note TEXT,{_RECORD}
) STRICT;
CREATE INDEX need_followup_case ON need_followup (case_id, id);
{_stale("need_intervention")}
{_stale("need_followup")}
"""
