"""Schema 9: the recency index, so that a search costs one page, not the whole match set.

``search_recent`` indexes the same text as ``search_index``, but its rowid is a recency key:
the case's ``updated_at`` to the second (its digits, ``YYYYMMDDhhmmss``) times 65 536, plus a slot
within that second. Walking it newest-first (``ORDER BY rowid DESC``) meets matching cases in
the order the case list shows them, to the second, so a search stops after one page; the cases
of the second where the page ends are then read whole and sorted exactly (``updated_at DESC,
id DESC``), which keeps the results identical to ordering the whole match set.

``case_recency`` maps each key to its case. A case whose ``updated_at`` is not in the stored form
(``YYYY-MM-DDThh:mm:ss…``), or a second holding more than 65 536 cases, gets no key; the flag
``search_recency_incomplete`` in ``meta`` then sends every search the previous way, through
``search_index``, so no case can go missing from a search.

The index is contentless (it stores no copy of the text); ``contentless_delete`` lets a case's
row be removed, and the retention run's ``optimize`` purges what removed rows leave behind.
"""

from __future__ import annotations

_SLOTS = 65536
_FORM = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'"


def _second(column: str) -> str:
    """SQL for the first key of the second ``column`` falls in (NULL unless in stored form)."""
    digits = " || ".join(f"substr({column}, {start}, {length})" for start, length in (
        (1, 4), (6, 2), (9, 2), (12, 2), (15, 2), (18, 2)))
    return (f"(CASE WHEN {column} GLOB {_FORM} THEN CAST({digits} AS INTEGER) * {_SLOTS} END)")


def _assign(case_id: str, updated_at: str) -> str:
    """Statements that give case ``case_id`` a key, or flag the index incomplete."""
    return f"""
    INSERT INTO case_recency (key, case_id)
    SELECT lo + coalesce((SELECT max(key) + 1 - lo FROM case_recency
                             WHERE key BETWEEN lo AND lo + {_SLOTS - 1}), 0), {case_id}
    FROM (SELECT {_second(updated_at)} AS lo) AS s
    WHERE lo IS NOT NULL AND coalesce((SELECT max(key) + 1 - lo FROM case_recency
                             WHERE key BETWEEN lo AND lo + {_SLOTS - 1}), 0) < {_SLOTS};
    INSERT OR REPLACE INTO meta (key, value)
    SELECT 'search_recency_incomplete', '1'
    WHERE NOT EXISTS (SELECT 1 FROM case_recency WHERE case_id = {case_id});
    INSERT INTO search_recent (rowid, body)
    SELECT r.key, d.body FROM case_recency r JOIN case_search_document d ON d.case_id = r.case_id
    WHERE r.case_id = {case_id};"""


def _unassign(case_id: str) -> str:
    return f"""
    DELETE FROM search_recent WHERE rowid IN (SELECT key FROM case_recency
                                              WHERE case_id = {case_id});
    DELETE FROM case_recency WHERE case_id = {case_id};"""


def _reindex(cases: str) -> str:
    """Rewrite the text of the cases selected by ``cases`` under the keys they have."""
    return f"""
    DELETE FROM search_recent WHERE rowid IN (SELECT key FROM case_recency
                                              WHERE case_id IN ({cases}));
    INSERT INTO search_recent (rowid, body)
    SELECT r.key, d.body FROM case_recency r JOIN case_search_document d ON d.case_id = r.case_id
    WHERE r.case_id IN ({cases});"""


SCHEMA_V9 = f"""
CREATE TABLE case_recency (
    key INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL UNIQUE
) STRICT;

CREATE VIRTUAL TABLE search_recent USING fts5 (
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    detail = none,
    prefix = '2 3 4 5 6'
);

INSERT INTO case_recency (key, case_id)
SELECT lo + slot, id FROM (
    SELECT id, lo, row_number() OVER (PARTITION BY lo ORDER BY id) - 1 AS slot
    FROM (SELECT id, {_second("updated_at")} AS lo FROM case_record)
    WHERE lo IS NOT NULL)
WHERE slot < {_SLOTS};
INSERT OR REPLACE INTO meta (key, value)
SELECT 'search_recency_incomplete', '1'
WHERE EXISTS (SELECT 1 FROM case_record c
              WHERE NOT EXISTS (SELECT 1 FROM case_recency r WHERE r.case_id = c.id));
INSERT INTO search_recent (rowid, body)
SELECT r.key, d.body FROM case_recency r JOIN case_search_document d ON d.case_id = r.case_id;

CREATE TRIGGER recency_case_insert AFTER INSERT ON case_record BEGIN
{_assign("NEW.id", "NEW.updated_at")}
END;
CREATE TRIGGER recency_case_update AFTER UPDATE OF id, case_number, person_id, updated_at
ON case_record BEGIN
{_unassign("OLD.id")}
{_assign("NEW.id", "NEW.updated_at")}
END;
CREATE TRIGGER recency_case_delete AFTER DELETE ON case_record BEGIN
{_unassign("OLD.id")}
END;
CREATE TRIGGER recency_person_update AFTER UPDATE OF name, personal_number ON person BEGIN
{_reindex("SELECT id FROM case_record WHERE person_id = NEW.id")}
END;
CREATE TRIGGER recency_note_insert AFTER INSERT ON journal_note BEGIN
{_reindex("NEW.case_id")}
END;
CREATE TRIGGER recency_note_update AFTER UPDATE OF case_id, text ON journal_note BEGIN
{_reindex("OLD.case_id, NEW.case_id")}
END;
CREATE TRIGGER recency_note_delete AFTER DELETE ON journal_note BEGIN
{_reindex("OLD.case_id")}
END;
"""
