"""Schema 13 rebuilds ``concern_report``: the reports of schema 4 keep their case, times and
clocks, and gain their child (the case's person), unit and caseworker; nothing is invented."""

from __future__ import annotations

import secrets

from utvag.vault import migrations
from utvag.vault.database import connect


def test_schema_13_keeps_every_concern_report_and_its_clocks(tmp_path):
    conn = connect(tmp_path / "vault.db", secrets.token_bytes(32), create=True)
    try:
        migrations.migrate(conn, target=12)
        conn.execute("INSERT INTO person (id, name, created_at, updated_at)"
                     " VALUES (7, 'Barn', 'x', 'x')")
        conn.execute("INSERT INTO case_record (id, case_number, type, status, person_id,"
                     " owning_unit, caseworker, opened_at, updated_at) VALUES (3, 'NO-1',"
                     " 'relative', 'investigation', 7, 'Nordost', 'anna', 'x', 'x')")
        conn.execute("INSERT INTO concern_report (id, case_id, received_at,"
                     " protection_assessed_at, created_at, created_by) VALUES (5, 3,"
                     " '2025-03-03T08:00:00+00:00', '2025-03-03T15:00:00+00:00',"
                     " '2025-03-03T08:05:00+00:00', 'anna')")
        conn.execute("DELETE FROM case_due_stale")

        assert migrations.migrate(conn, target=13) == [13]

        row = conn.execute(
            "SELECT id, case_id, person_id, owning_unit, caseworker, received_at,"
            " protection_assessed_at, preliminary_assessed_at, reporter_type, protection_outcome,"
            " feedback_requested, created_by FROM concern_report").fetchall()
        assert row == [(5, 3, 7, "Nordost", "anna", "2025-03-03T08:00:00+00:00",
                        "2025-03-03T15:00:00+00:00", None, None, None, None, "anna")]
        # the due triggers work on the rebuilt table: a change marks the case
        conn.execute("UPDATE concern_report SET preliminary_assessed_at ="
                     " '2025-03-10T09:00:00+00:00' WHERE id = 5")
        assert conn.execute("SELECT case_id FROM case_due_stale").fetchall() == [(3,)]
        # a report without a case marks nothing (and is allowed)
        conn.execute("DELETE FROM case_due_stale")
        conn.execute("INSERT INTO concern_report (person_id, owning_unit, caseworker,"
                     " received_at, created_at, created_by) VALUES (7, 'Nordost', 'anna',"
                     " '2025-04-01T08:00:00+00:00', 'x', 'anna')")
        assert conn.execute("SELECT count(*) FROM case_due_stale").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
