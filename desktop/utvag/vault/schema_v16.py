"""Schema 16: what a unit manager's vault receives from the caseworkers of the unit, and the
log-review signatures a caseworker's vault receives from the manager.

``incident_report_received``: each signed incident report (package kind 5) as it arrived — the
case number, the incident, the support given, the Police report's status and the case's high-risk
flag, as JSON; no person data. ``log_review_received``: each caseworker's log-review package
(kind 6) — the month, the queue and its digest — and, once the manager signed it, the outcome,
the comment and the signature package's id (kind 7). ``log_review_signature_received``: at the
caseworker, each signature package imported and the sign-off it became. Package ids are unique,
so a package is never imported twice; every table is append-only but for the manager's one
signature on a received review.
"""

from __future__ import annotations

SCHEMA_V16 = """
CREATE TABLE incident_report_received (
    id INTEGER PRIMARY KEY,
    package_id BLOB NOT NULL UNIQUE CHECK (length(package_id) = 16),
    sender_key_id BLOB NOT NULL CHECK (length(sender_key_id) = 32),
    sender_unit TEXT NOT NULL,
    sender_holder TEXT,
    case_number TEXT NOT NULL,
    report TEXT NOT NULL CHECK (json_valid(report)),
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL
) STRICT;
CREATE INDEX incident_report_case ON incident_report_received (case_number, id);
CREATE TRIGGER incident_report_is_append_only BEFORE UPDATE ON incident_report_received
BEGIN
    SELECT RAISE(ABORT, 'received incident reports are append-only');
END;

CREATE TABLE log_review_received (
    id INTEGER PRIMARY KEY,
    package_id BLOB NOT NULL UNIQUE CHECK (length(package_id) = 16),
    sender_key_id BLOB NOT NULL CHECK (length(sender_key_id) = 32),
    sender_unit TEXT NOT NULL,
    sender_holder TEXT,
    month TEXT NOT NULL,
    digest TEXT NOT NULL,
    review TEXT NOT NULL CHECK (json_valid(review)),
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    signed_at TEXT,
    signed_by TEXT,
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('no_remarks', 'remarks')),
    comment TEXT,
    signature_package_id BLOB,
    CHECK ((signed_at IS NULL) = (signature_package_id IS NULL))
) STRICT;
CREATE TRIGGER log_review_signed_once BEFORE UPDATE ON log_review_received
WHEN OLD.signed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a received log review is signed once');
END;

CREATE TABLE log_review_signature_received (
    package_id BLOB PRIMARY KEY CHECK (length(package_id) = 16),
    sender_key_id BLOB NOT NULL CHECK (length(sender_key_id) = 32),
    month TEXT NOT NULL,
    signoff_id INTEGER NOT NULL REFERENCES log_review_signoff (id),
    received_at TEXT NOT NULL
) STRICT;
"""
