"""Schema 1: people, cases, journal notes, attachments, the audit chain and the search index."""

SCHEMA_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    personal_number TEXT,
    number_kind TEXT NOT NULL DEFAULT 'no_swedish_number'
        CHECK (number_kind IN ('personal_identity_number', 'coordination_number',
                               'no_swedish_number')),
    birth_date TEXT,
    gender TEXT,
    protected_identity TEXT NOT NULL DEFAULT 'none'
        CHECK (protected_identity IN ('none', 'sekretessmarkering', 'skyddad_folkbokforing',
                                      'fingerade_personuppgifter')),
    district TEXT CHECK (district IN ('Centrum', 'Hisingen', 'Nordost', 'Sydvast')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX person_number ON person (personal_number);

CREATE TABLE case_record (
    id INTEGER PRIMARY KEY,
    case_number TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('defector', 'relative', 'high_risk')),
    status TEXT NOT NULL DEFAULT 'investigation'
        CHECK (status IN ('investigation', 'decided', 'interventions', 'closed', 'transferred')),
    person_id INTEGER NOT NULL REFERENCES person (id),
    owning_unit TEXT NOT NULL,
    caseworker TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    closed_at TEXT,
    close_reason TEXT
) STRICT;
CREATE INDEX case_updated ON case_record (updated_at);
CREATE INDEX case_person ON case_record (person_id);

CREATE TABLE journal_note (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    signed_at TEXT,
    signed_by TEXT,
    corrects_note_id INTEGER REFERENCES journal_note (id)
) STRICT;
CREATE INDEX note_case ON journal_note (case_id, id);

CREATE TRIGGER journal_note_signed_is_immutable
BEFORE UPDATE ON journal_note WHEN OLD.signed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'signed journal notes are immutable');
END;

CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record (id),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
) STRICT;
CREATE INDEX attachment_case ON attachment (case_id);

CREATE TABLE attachment_chunk (
    attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
) STRICT;

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id INTEGER,
    detail TEXT NOT NULL DEFAULT '{}',
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
) STRICT;
CREATE INDEX audit_case ON audit (case_id, seq);

CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Search: one document per case, keyed by the case id, holding the case number, the person's
-- name and identity number and the text of every journal note. A search yields case ids straight
-- from the index (no join back to notes or people, no de-duplication), so even a search that
-- matches most cases (a common word, the unit's case-number prefix) stays fast on a large vault.
-- The price is paid on writes: adding or editing a note re-indexes its case's document.
-- The prefix indexes answer prefixes of two to six letters, which people type while searching,
-- without merging the entries of every word that starts with them (Swedish compounds make such
-- prefixes match dozens of words). Searches only ask which cases contain every word, so the index
-- keeps no word positions (detail = none): a quarter of the size, and faster to rewrite.
-- docs/benchmarks.md has the figures.
CREATE VIRTUAL TABLE search_index USING fts5 (
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    detail = none,
    prefix = '2 3 4 5 6'
);

CREATE VIEW case_search_document (case_id, body) AS
SELECT c.id,
       c.case_number || ' ' || p.name || ' ' || coalesce(p.personal_number, '')
       || coalesce((SELECT ' ' || group_concat(n.text, ' ') FROM journal_note n
                    WHERE n.case_id = c.id), '')
FROM case_record c JOIN person p ON p.id = c.person_id;

CREATE TRIGGER case_index_insert AFTER INSERT ON case_record BEGIN
    INSERT INTO search_index (rowid, body)
    SELECT case_id, body FROM case_search_document WHERE case_id = NEW.id;
END;
CREATE TRIGGER case_index_update AFTER UPDATE OF id, case_number, person_id ON case_record BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id;
    INSERT INTO search_index (rowid, body)
    SELECT case_id, body FROM case_search_document WHERE case_id = NEW.id;
END;
CREATE TRIGGER case_index_delete AFTER DELETE ON case_record BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id;
END;
CREATE TRIGGER person_index_update AFTER UPDATE OF name, personal_number ON person BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT id FROM case_record WHERE person_id = NEW.id);
    INSERT INTO search_index (rowid, body)
    SELECT case_id, body FROM case_search_document
    WHERE case_id IN (SELECT id FROM case_record WHERE person_id = NEW.id);
END;
CREATE TRIGGER note_index_insert AFTER INSERT ON journal_note BEGIN
    DELETE FROM search_index WHERE rowid = NEW.case_id;
    INSERT INTO search_index (rowid, body)
    SELECT case_id, body FROM case_search_document WHERE case_id = NEW.case_id;
END;
CREATE TRIGGER note_index_update AFTER UPDATE OF case_id, text ON journal_note BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.case_id, NEW.case_id);
    INSERT INTO search_index (rowid, body)
    SELECT case_id, body FROM case_search_document
    WHERE case_id IN (OLD.case_id, NEW.case_id);
END;
CREATE TRIGGER note_index_delete AFTER DELETE ON journal_note BEGIN
    DELETE FROM search_index WHERE rowid = OLD.case_id;
    INSERT INTO search_index (rowid, body)
    SELECT case_id, body FROM case_search_document WHERE case_id = OLD.case_id;
END;
"""
