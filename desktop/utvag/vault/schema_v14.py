"""Schema 14: the Police's threat assessments as records of the case, and custody periods.

* ``police_threat`` holds each threat assessment asked of the Police (``source`` 'request':
  when and from whom, then the answer once received) or brought to the case otherwise (a
  follow-up with the Police that changed the level, or an assessment the Police sent unasked).
  ``answered_at`` is when the answer was recorded: the routing compares it with the signed
  assessment and SAV's decision. The signed assessment is never changed by these rows.
* ``custody_period`` holds a stay in prison (Kriminalvården) or closed youth care (SiS) during
  the case: the institution, the expected release, and when the transition was planned and the
  person released.

Both mark their case for the next-due recomputation, like the follow-up records of schema 4.
"""

from __future__ import annotations

_RECORD_COLUMNS = """
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL"""


def _stale_triggers(table: str) -> str:
    parts = []
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        parts.append(
            f"CREATE TRIGGER {table}_due_{event.lower()} AFTER {event} ON {table} BEGIN\n"
            f"    INSERT OR IGNORE INTO case_due_stale (case_id) VALUES ({row}.case_id);\n"
            "END;")
    return "\n".join(parts)


SCHEMA_V14 = f"""
CREATE TABLE police_threat (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    source TEXT NOT NULL CHECK (source IN ('request', 'police_followup', 'police_initiative')),
    requested_on TEXT,
    requested_from TEXT,
    level TEXT CHECK (level IN ('low', 'high')),
    nature TEXT CHECK (nature IN ('concrete', 'latent')),
    assessed_on TEXT,
    reference TEXT,
    review_on TEXT,
    received_on TEXT,
    answered_at TEXT,
    followup_id INTEGER,{_RECORD_COLUMNS},
    CHECK (source = 'request' OR level IS NOT NULL),
    CHECK ((level IS NULL) = (received_on IS NULL))
) STRICT;
CREATE INDEX police_threat_case ON police_threat (case_id);

CREATE TABLE custody_period (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    kind TEXT NOT NULL CHECK (kind IN ('prison', 'closed_youth_care')),
    institution TEXT NOT NULL CHECK (length(trim(institution)) > 0),
    starts_on TEXT,
    expected_release_on TEXT NOT NULL,
    planning_held_on TEXT,
    released_on TEXT,{_RECORD_COLUMNS}
) STRICT;
CREATE INDEX custody_period_case ON custody_period (case_id);

{_stale_triggers("police_threat")}
{_stale_triggers("custody_period")}
"""
