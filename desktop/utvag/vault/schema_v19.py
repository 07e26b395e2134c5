"""Schema 19: what was applied for, kept with the application.

The guideline has the application itself reach the receiving board (seed 003 l. 271: «ansökan
flyttas över till berörd socialnämnd som inleder utredning utifrån den redan inkomna ansökan»).
``case_application`` (schema 8) kept when the application came in, from whom and the sending
board's case number, but not its content. Two nullable columns add it:

* ``applied_for``: what was applied for, in the caseworker's words (several lines allowed;
  the service refuses control and text-direction characters and more than 4000 characters);
* ``attachment_id``: the case's attachment that holds the written application, if one does.
  Attachments are never deleted one by one (only with their case, by retention), so the
  reference stays good for the life of the record. The service accepts only an attachment of
  the same case.

Both travel with a transfer in ``case.json``'s ``application`` (docs/transfer-format.md): the
attachment as its entry name in the package, which the receiver turns into its own copy's id,
since attachment ids are a vault's own. Applications recorded before keep ``NULL`` in both;
nothing else changes.
"""

from __future__ import annotations

SCHEMA_V19 = """
ALTER TABLE case_application ADD COLUMN applied_for TEXT
    CHECK (applied_for IS NULL OR length(trim(applied_for)) > 0);
ALTER TABLE case_application ADD COLUMN attachment_id INTEGER REFERENCES attachment (id);
"""
