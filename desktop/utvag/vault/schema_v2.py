"""Schema 2: assessments. A draft is saved at every step; a signed one is immutable and can only
be marked as superseded by a newer signed assessment."""

SCHEMA_V2 = """
CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'signed')),
    current_step TEXT,
    answers TEXT NOT NULL,
    outcome TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    signed_at TEXT,
    signed_by TEXT,
    superseded_by INTEGER REFERENCES assessment (id)
) STRICT;
CREATE INDEX assessment_case ON assessment (case_id, id);

CREATE TRIGGER assessment_signed_is_immutable
BEFORE UPDATE ON assessment
WHEN OLD.state = 'signed' AND (
    NEW.case_id IS NOT OLD.case_id OR NEW.form_id IS NOT OLD.form_id
    OR NEW.form_version IS NOT OLD.form_version OR NEW.state IS NOT OLD.state
    OR NEW.answers IS NOT OLD.answers OR NEW.outcome IS NOT OLD.outcome
    OR NEW.signed_at IS NOT OLD.signed_at OR NEW.signed_by IS NOT OLD.signed_by
    OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
    OR (OLD.superseded_by IS NOT NULL AND NEW.superseded_by IS NOT OLD.superseded_by))
BEGIN
    SELECT RAISE(ABORT, 'signed assessments are immutable');
END;

CREATE TRIGGER assessment_signed_is_undeletable
BEFORE DELETE ON assessment WHEN OLD.state = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed assessments are immutable');
END;
"""
