"""Schema 10: young people's guardians and the positions on the consent.

* ``guardian`` — a guardian (*vårdnadshavare*) of the young person of a case: name, contact, and
  whether they may be contacted (a guardian can be part of the threat; the reason is then
  required). A guardian is person data: ``protected_identity`` masks them like a person, and a
  protected identity of the young person masks every guardian of the case too (a guardian's
  contact can lead to the child).
* ``consent_position`` — the young person's and each guardian's position on the consent to lift
  confidentiality, on the day it was stated. Append-only: a changed position is a new row.
"""

SCHEMA_V10 = """
CREATE TABLE guardian (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    contact TEXT,
    may_contact INTEGER NOT NULL DEFAULT 1 CHECK (may_contact IN (0, 1)),
    no_contact_reason TEXT,
    protected_identity TEXT NOT NULL DEFAULT 'none'
        CHECK (protected_identity IN ('none', 'sekretessmarkering', 'skyddad_folkbokforing',
                                      'fingerade_personuppgifter')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (may_contact = 1 OR length(trim(coalesce(no_contact_reason, ''))) > 0)
) STRICT;
CREATE INDEX guardian_case ON guardian (case_id);

CREATE TABLE consent_position (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    party TEXT NOT NULL CHECK (party IN ('young_person', 'guardian')),
    guardian_id INTEGER REFERENCES guardian (id),
    position TEXT NOT NULL CHECK (position IN ('agrees', 'opposes', 'not_asked')),
    stated_on TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CHECK ((party = 'guardian') = (guardian_id IS NOT NULL))
) STRICT;
CREATE INDEX consent_position_case ON consent_position (case_id);
CREATE TRIGGER consent_position_is_append_only_update BEFORE UPDATE ON consent_position
BEGIN
    SELECT RAISE(ABORT, 'consent positions are append-only');
END;
"""
