"""Schema 17 adds when the sender sent each received case package. Packages received before it
get the time from the transfer decision the vault kept of them when that time is plausible;
the others keep none (the statistics then date them by the import, as before); nothing else
changes."""

from __future__ import annotations

import json
import secrets

from utvag.vault import migrations
from utvag.vault.database import connect

RECEIVED = "2027-01-02T09:00:00.000000+00:00"
DECIDED = "2026-12-30T15:00:00.000000+00:00"


def _decision(decided_at: object) -> str:
    return json.dumps({"format": "utvag-transfer-decision", "version": 1,
                       "decided_at": decided_at, "to_unit": "SAV"})


def test_schema_17_takes_the_sending_time_from_the_kept_decision_and_invents_none(tmp_path):
    conn = connect(tmp_path / "vault.db", secrets.token_bytes(32), create=True)
    try:
        migrations.migrate(conn, target=16)
        conn.execute("INSERT INTO person (id, name, created_at, updated_at)"
                     " VALUES (1, 'P', 'x', 'x')")
        rows = {  # package id byte -> (case, decision as kept)
            1: (1, _decision(DECIDED)),  # a transfer: its decision says when it was sent
            2: (2, None),  # a handover (no decision.json) or a package that carried none
            3: (3, _decision("2027-01-05T09:00:00.000000+00:00")),  # after the import
            4: (4, _decision("den 30 december")),  # not a time
            5: (5, _decision(20261230)),  # not text
            6: (None, _decision(DECIDED)),  # its case was destroyed by retention
            7: (7, "{not json"),
        }
        for n, (case_id, decision) in rows.items():
            if case_id is not None:
                conn.execute(
                    "INSERT INTO case_record (id, case_number, type, status, person_id,"
                    " owning_unit, caseworker, opened_at, updated_at) VALUES (?, ?, 'defector',"
                    " 'investigation', 1, 'SAV', 'u', ?, ?)",
                    (case_id, f"SAV-{case_id}", RECEIVED, RECEIVED))
            conn.execute(
                "INSERT INTO received_package (package_id, kind, sender_key_id, sender_unit,"
                " sequence, digest, received_at, received_by, case_id, decision) VALUES"
                " (?, 'case_transfer', ?, 'Hisingen', ?, ?, ?, 'u', ?, ?)",
                (bytes([n]) * 16, b"k" * 32, n, b"d" * 32, RECEIVED, case_id, decision))
        before = conn.execute("SELECT * FROM received_package ORDER BY package_id").fetchall()

        assert migrations.migrate(conn, target=17) == [17]

        sent = dict(conn.execute("SELECT package_id, sent_at FROM received_package"))
        assert sent == {bytes([1]) * 16: DECIDED, **{bytes([n]) * 16: None for n in range(2, 8)}}
        after = conn.execute("SELECT * FROM received_package ORDER BY package_id").fetchall()
        assert [tuple(r)[:-1] for r in after] == [tuple(r) for r in before]  # nothing else
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
