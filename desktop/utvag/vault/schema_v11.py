"""Schema 11: incidents against staff recorded against the unit, not a case.

Source: seed 002 (the board's answer on digital contacts): «incidenter även sker i receptioner
till förvaltningens kontor, dit personer går när de upplevt att de inte fått tag på sin
socialsekreterare» — an incident in the reception, or by a person who is not known in a case,
has no case to be recorded in.

``unit_incident`` holds what ``staff_incident`` holds, without the case and its attachments,
with the place where it happened and what is known of the person. It is not case data (no
``case_id``), so destroying a case never touches it.
"""

from __future__ import annotations

from utvag.vault.schema_v5 import _GROUNDS

_PLACES = ("'reception', 'meeting_room', 'office', 'phone_or_digital', 'outside_work', "
           "'other'")

SCHEMA_V11 = f"""
CREATE TABLE unit_incident (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    place TEXT NOT NULL CHECK (place IN ({_PLACES})),
    kind TEXT NOT NULL CHECK (kind IN ({_GROUNDS})),
    staff TEXT NOT NULL CHECK (length(trim(staff)) > 0),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    person TEXT,
    witnesses TEXT,
    police_reported_on TEXT,
    police_report_number TEXT,
    follow_up TEXT,
    support_offered TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(support_offered)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;
CREATE INDEX unit_incident_occurred ON unit_incident (occurred_at);
"""
