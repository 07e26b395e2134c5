"""Schema 5: high-risk cases and staff safety, rotation and conflicts of interest, the disclosure
register's legal references, and the person's address (masked like the name for a protected
identity).

Sources: the boards' handling of high-risk cases (seed 000: grounds, incidents reported to the
Police, rotation, conflicts of interest where the caseworker reported the client or the other way
round), the template for a risk assessment before a risky meeting (seed 002: meeting digitally or
by phone, an extra colleague, a personal-protection guard, the Police, the adapted meeting room,
the security coordinator) and when information may leave the board (seed 001).

Lists (grounds, support offered, attachment ids) and the mitigations are JSON; the service layer
validates their values against the domain's enumerations before anything is stored.
"""

_GROUNDS = ("'serious_threat', 'subtle_threat', 'harassment', 'violence', 'stalking', "
            "'threat_against_staff_family', 'property_damage'")

SCHEMA_V5 = f"""
ALTER TABLE person ADD COLUMN address TEXT;

-- A case is high-risk while it has a flag row that is not cleared (at most one). Clearing keeps
-- the row, so the history of when and why a case was high-risk stays on the case.
CREATE TABLE high_risk_flag (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    grounds TEXT NOT NULL CHECK (json_valid(grounds) AND json_array_length(grounds) > 0),
    network_linked INTEGER NOT NULL CHECK (network_linked IN (0, 1)),
    description TEXT,
    flagged_at TEXT NOT NULL,
    flagged_by TEXT NOT NULL,
    cleared_at TEXT,
    cleared_by TEXT,
    clear_reason TEXT,
    CHECK ((cleared_at IS NULL) = (cleared_by IS NULL))
) STRICT;
CREATE INDEX high_risk_flag_case ON high_risk_flag (case_id, id);
CREATE UNIQUE INDEX high_risk_flag_current ON high_risk_flag (case_id) WHERE cleared_at IS NULL;
CREATE TRIGGER high_risk_flag_cleared_is_immutable
BEFORE UPDATE ON high_risk_flag WHEN OLD.cleared_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a cleared high-risk flag is history and cannot change');
END;

-- Threats, violence and other incidents against staff. The staff member is named by role or
-- initials only: staff safety data is itself sensitive.
CREATE TABLE staff_incident (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    occurred_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ({_GROUNDS})),
    staff TEXT NOT NULL CHECK (length(trim(staff)) > 0),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    witnesses TEXT,
    attachment_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachment_ids)),
    police_reported_on TEXT,
    police_report_number TEXT,
    follow_up TEXT,
    support_offered TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(support_offered)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;
CREATE INDEX staff_incident_case ON staff_incident (case_id, occurred_at);

-- A risk assessment before a risky meeting (riskbedömning inför särskilda riskmoment).
-- mitigations: a JSON object, mitigation key -> {{"chosen": true|false, "comment": "..."}}.
-- A signed assessment cannot change or be deleted; it cannot be signed without a decision.
CREATE TABLE risk_assessment (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    meeting_at TEXT NOT NULL,
    place TEXT NOT NULL CHECK (length(trim(place)) > 0),
    participants TEXT NOT NULL CHECK (length(trim(participants)) > 0),
    risk_factors TEXT NOT NULL CHECK (length(trim(risk_factors)) > 0),
    mitigations TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(mitigations)),
    decision TEXT,
    decision_note TEXT,
    signed_at TEXT,
    signed_by TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (signed_at IS NULL OR (decision IS NOT NULL AND signed_by IS NOT NULL))
) STRICT;
CREATE INDEX risk_assessment_case ON risk_assessment (case_id, id);
CREATE INDEX risk_assessment_meeting ON risk_assessment (meeting_at);
CREATE TRIGGER risk_assessment_signed_is_immutable
BEFORE UPDATE ON risk_assessment WHEN OLD.signed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed risk assessment is immutable');
END;
CREATE TRIGGER risk_assessment_signed_is_undeletable
BEFORE DELETE ON risk_assessment
WHEN OLD.signed_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM destruction_marker WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed risk assessment is immutable');
END;

-- Rotation: every change of caseworker, with its reason. Append-only; case_record.caseworker
-- holds the current one.
CREATE TABLE case_assignment (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    from_caseworker TEXT NOT NULL,
    to_caseworker TEXT NOT NULL CHECK (length(trim(to_caseworker)) > 0),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    assigned_at TEXT NOT NULL,
    assigned_by TEXT NOT NULL
) STRICT;
CREATE INDEX case_assignment_case ON case_assignment (case_id, id);
CREATE TRIGGER case_assignment_is_append_only_update BEFORE UPDATE ON case_assignment
BEGIN
    SELECT RAISE(ABORT, 'the assignment history is append-only');
END;
CREATE TRIGGER case_assignment_is_append_only_delete
BEFORE DELETE ON case_assignment
WHEN NOT EXISTS (SELECT 1 FROM destruction_marker WHERE case_id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'the assignment history is append-only');
END;

-- Conflicts of interest (jäv): whoever opens the case is warned while one is not resolved.
CREATE TABLE conflict_of_interest (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    caseworker TEXT NOT NULL CHECK (length(trim(caseworker)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('caseworker_reported_client',
                                       'client_reported_caseworker', 'other')),
    description TEXT,
    recorded_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT
) STRICT;
CREATE INDEX conflict_of_interest_case ON conflict_of_interest (case_id, id);

-- The disclosure register: the key of the legal reference (resources/legal/grounds.json), the
-- recipient's authority (what a consent is checked against), the assessment whose consent was
-- relied on, and whether a protected identity was revealed in what left. Older rows (written
-- by transfers before schema 5) have no legal_ref and no recipient_authority.
ALTER TABLE disclosure ADD COLUMN legal_ref TEXT;
ALTER TABLE disclosure ADD COLUMN recipient_authority TEXT;
ALTER TABLE disclosure ADD COLUMN consent_assessment_id INTEGER REFERENCES assessment (id);
ALTER TABLE disclosure ADD COLUMN identity_revealed INTEGER NOT NULL DEFAULT 0
    CHECK (identity_revealed IN (0, 1));
"""
