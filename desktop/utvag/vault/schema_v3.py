"""Schema 3: transfer packages. The unit's own key pair, the key cards it trusts, the packages it
sent (and the receipts that came back), the packages it received (replay state), its outgoing
sequence counter, and the record of every disclosure of case data to another unit.

The unit identity is created when it is first needed (showing or exporting the unit's card, or
exporting a case), not by this migration: a vault migrated from schema 2 gets its key pair the same
way as a new one.
"""

SCHEMA_V3 = """
-- The unit's own transfer identity: the private identity blob of docs/transfer-format.md (Ed25519
-- signing key and HPKE key pair), kept only inside the encrypted database. At most one row is
-- current (retired_at IS NULL); retired rows stay so that a later key rotation can still open
-- what was addressed to an earlier key.
CREATE TABLE unit_key (
    key_id BLOB PRIMARY KEY CHECK (length(key_id) = 32),
    unit TEXT NOT NULL,
    private_key BLOB NOT NULL,
    card TEXT NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT
) STRICT;
CREATE UNIQUE INDEX unit_key_current ON unit_key (retired_at IS NULL) WHERE retired_at IS NULL;

-- Public key cards of other units. 'fingerprint': a person confirmed the fingerprint out of band
-- ('utvag keys trust'). 'policy': the card was provisioned by an administrator (trusted_cards_dir)
-- and is recorded here when first used; policy cards are trusted while the policy provides them.
CREATE TABLE trusted_card (
    key_id BLOB PRIMARY KEY CHECK (length(key_id) = 32),
    unit TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    card TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('fingerprint', 'policy')),
    trusted_at TEXT NOT NULL,
    trusted_by TEXT NOT NULL
) STRICT;
CREATE INDEX trusted_card_unit ON trusted_card (unit, trusted_at);

-- The unit's outgoing sequence counter (case packages and receipts share it).
CREATE TABLE transfer_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0)
) STRICT;
INSERT INTO transfer_counter (id, last_sequence) VALUES (1, 0);

-- Packages this unit wrote. A case package is outstanding until its receipt arrives; the
-- receipt's signed statement is kept as standalone proof of delivery.
CREATE TABLE sent_package (
    package_id BLOB PRIMARY KEY CHECK (length(package_id) = 16),
    kind TEXT NOT NULL CHECK (kind IN ('case_transfer', 'receipt')),
    sequence INTEGER NOT NULL UNIQUE,
    digest BLOB NOT NULL CHECK (length(digest) = 32),
    recipient_unit TEXT NOT NULL,
    recipient_key_id BLOB NOT NULL CHECK (length(recipient_key_id) = 32),
    case_id INTEGER REFERENCES case_record (id),
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    delivered_at TEXT,
    receipt_result TEXT CHECK (receipt_result IN ('imported', 'declined')),
    receipt_statement BLOB,
    receipt_signature BLOB,
    receipt_package_id BLOB
) STRICT;
CREATE INDEX sent_package_case ON sent_package (case_id);

-- Packages (and receipts) this unit imported: the seen package ids of the replay rule, and for
-- a case, where it came from and the sender's transfer decision and audit excerpt.
CREATE TABLE received_package (
    package_id BLOB PRIMARY KEY CHECK (length(package_id) = 16),
    kind TEXT NOT NULL CHECK (kind IN ('case_transfer', 'receipt')),
    sender_key_id BLOB NOT NULL,
    sender_unit TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    digest BLOB NOT NULL,
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    case_id INTEGER REFERENCES case_record (id),
    source_case_number TEXT,
    decision TEXT,
    audit_excerpt TEXT
) STRICT;
CREATE INDEX received_package_case ON received_package (case_id);

-- The highest case-package sequence number imported per sender key (the sequence rule).
CREATE TABLE transfer_sender (
    sender_key_id BLOB PRIMARY KEY,
    sender_unit TEXT NOT NULL,
    last_sequence INTEGER NOT NULL
) STRICT;

-- Every disclosure of case data to another unit: what (data categories, a JSON array), to whom,
-- when, by whom, on which legal ground, and through which package. Append-only.
CREATE TABLE disclosure (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    channel TEXT NOT NULL DEFAULT 'transfer_package',
    categories TEXT NOT NULL,
    recipient TEXT NOT NULL,
    recipient_key_id BLOB,
    disclosed_at TEXT NOT NULL,
    disclosed_by TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    legal_ground TEXT NOT NULL,
    reason TEXT,
    package_id BLOB REFERENCES sent_package (package_id)
) STRICT;
CREATE INDEX disclosure_case ON disclosure (case_id, id);

CREATE TRIGGER disclosure_is_append_only_update BEFORE UPDATE ON disclosure
BEGIN
    SELECT RAISE(ABORT, 'disclosure records are append-only');
END;
CREATE TRIGGER disclosure_is_append_only_delete BEFORE DELETE ON disclosure
BEGIN
    SELECT RAISE(ABORT, 'disclosure records are append-only');
END;
"""
