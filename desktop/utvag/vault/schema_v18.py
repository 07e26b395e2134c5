"""Schema 18: text typed and not yet saved, kept when the vault locks.

``kept_text`` holds, per case and kind (a recording dialog, the High-risk tab), what was typed
in it when the vault locked or the app was closed, so that it is offered back the next time the
dialog or tab is opened for the case. It is case data: encrypted with the rest of the vault,
never in a transfer package or handover, and destroyed with the case (the foreign key is how
retention finds it). A row is removed when its text is taken back, and every row of a case
goes when the case is closed or transferred away (it is read-only then: nothing can be saved).
"""

from __future__ import annotations

SCHEMA_V18 = """
CREATE TABLE kept_text (
    case_id INTEGER NOT NULL REFERENCES case_record (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 80),
    body TEXT NOT NULL CHECK (json_valid(body)),
    kept_at TEXT NOT NULL,
    kept_by TEXT NOT NULL,
    PRIMARY KEY (case_id, kind)
) STRICT;

CREATE TRIGGER kept_text_leaves_with_case AFTER UPDATE OF status ON case_record
WHEN NEW.status IN ('closed', 'transferred')
BEGIN
    DELETE FROM kept_text WHERE case_id = NEW.id;
END;
"""
