"""Schema 7: revoked and untrusted unit keys.

A key is refused when it is listed here: another unit's key revoked by a signed revocation that
was imported, one of this unit's own keys that it revoked (``utvag keys revoke``), or a card a
person removed from the trusted cards (``utvag keys untrust``). Rotated own keys are not listed:
they are only retired (``unit_key.retired_at``) and still open what was addressed to them.
"""

SCHEMA_V7 = """
CREATE TABLE revoked_key (
    key_id BLOB PRIMARY KEY CHECK (length(key_id) = 32),
    unit TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('revoked', 'untrusted')),
    reason TEXT CHECK (reason IS NULL OR reason IN ('compromised', 'superseded')),
    statement TEXT,
    effective_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    CHECK ((kind = 'revoked') = (statement IS NOT NULL AND reason IS NOT NULL))
) STRICT;
"""
