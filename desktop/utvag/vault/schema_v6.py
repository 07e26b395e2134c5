"""Schema 6: transfer files that survive a crash, and resending a package.

* A receipt is sealed into the database (``sent_package.sealed``) in the import's own
  transaction and written to a file only after the commit, so a file can never prove delivery of
  a case the vault does not hold; ``transfer receipt-out`` writes it again from there.
  ``acknowledges`` names the imported package a receipt answers.
* ``transfer_file`` is the write-ahead record of a file still to be placed or removed: an export
  records its temporary file before sealing into it (``package_id`` NULL: if the export never
  commits, the next run removes the file), and the export's transaction sets ``package_id``
  (sealed, not yet placed: the next run places it). A receipt gets a row in the import's
  transaction. The row goes when the file is in place; ``sent_package.placed_at`` says when.
* ``superseded_by`` / ``supersedes`` link a resent case package to the one it replaces (sender);
  ``superseded_package`` holds the package ids a received package replaced (receiver), which are
  refused from then on.
"""

SCHEMA_V6 = """
ALTER TABLE sent_package ADD COLUMN sealed BLOB;
ALTER TABLE sent_package ADD COLUMN acknowledges BLOB;
ALTER TABLE sent_package ADD COLUMN placed_at TEXT;
ALTER TABLE sent_package ADD COLUMN superseded_by BLOB;
ALTER TABLE sent_package ADD COLUMN supersedes BLOB;
CREATE INDEX sent_package_acknowledges ON sent_package (acknowledges)
    WHERE acknowledges IS NOT NULL;

CREATE TABLE transfer_file (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('case_transfer', 'receipt')),
    target_path TEXT NOT NULL,
    temp_path TEXT NOT NULL,
    package_id BLOB CHECK (package_id IS NULL OR length(package_id) = 16),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE superseded_package (
    package_id BLOB PRIMARY KEY CHECK (length(package_id) = 16),
    superseded_by BLOB NOT NULL CHECK (length(superseded_by) = 16),
    sender_unit TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT;
"""
