"""Schema 17: when the sender sent a received case package, so that a move is counted in the
same year at both ends (``services/statistics_moves.py``, ``docs/statistics.md``).

``received_package.sent_at`` is the moment the sender sealed the package and closed its copy of
the case, as the signed package says: the transfer decision's ``decided_at`` in
``decision.json`` (a resent package repeats the first one's) or the handover's ``handed_at`` in
``handover.json``, else the package's creation time. The import records it from now on.

Packages received before this schema get it from the ``decision.json`` the vault kept of each
transfer (``received_package.decision``), when it names a time no later than the import. The
others (handovers, and a transfer that carried no decision) keep ``NULL``: the statistics then
date their arrival by the import time, as before.
"""

from __future__ import annotations

SCHEMA_V17 = """
ALTER TABLE received_package ADD COLUMN sent_at TEXT;
UPDATE received_package SET sent_at = (
    SELECT decided FROM (SELECT CASE WHEN json_valid(decision)
                                      AND json_type(decision, '$.decided_at') = 'text'
                                 THEN json_extract(decision, '$.decided_at') END AS decided)
    WHERE decided GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T*'
        AND decided <= received_at)
WHERE case_id IS NOT NULL AND decision IS NOT NULL;
"""
