"""Schema 19 adds what was applied for to the application record (a text, and the attachment
holding the written application). Applications recorded before keep every value they had and
get neither; nothing else changes."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from utvag.services import audit_log, decisions
from utvag.vault import migrations
from utvag.vault.database import connect

AT = "2026-11-01T09:00:00.000000+00:00"


def test_schema_19_keeps_the_applications_recorded_before_and_adds_no_content(
        tmp_path: Path) -> None:
    conn = connect(tmp_path / "vault.db", secrets.token_bytes(32), create=True)
    try:
        migrations.migrate(conn, target=18)
        conn.execute("INSERT INTO person (id, name, created_at, updated_at)"
                     " VALUES (1, 'P', 'x', 'x')")
        conn.execute("INSERT INTO case_record (id, case_number, type, status, person_id,"
                     " owning_unit, caseworker, opened_at, updated_at) VALUES (1, 'HI-1',"
                     " 'defector', 'investigation', 1, 'Hisingen', 'u', ?, ?)", (AT, AT))
        conn.execute("INSERT INTO attachment (id, case_id, name, media_type, size, sha256,"
                     " added_at, added_by) VALUES (7, 1, 'ansokan.pdf', 'application/pdf', 0,"
                     " ?, ?, 'u')", ("0" * 64, AT))
        insert = ("INSERT INTO case_application (case_id, received_on, applicant_kind,"
                  " applicant, source_case_number, created_at, created_by)"
                  " VALUES (1, ?, ?, ?, ?, ?, 'u')")
        conn.execute(insert, ("2026-10-01", "individual", None, None, AT))
        conn.execute(insert, ("2026-10-02", "authority", "Kriminalvården", "SAV-2026-1", AT))
        before = conn.execute("SELECT * FROM case_application ORDER BY id").fetchall()

        assert migrations.migrate(conn, target=19) == [19]

        after = conn.execute("SELECT * FROM case_application ORDER BY id").fetchall()
        assert [tuple(r)[:-2] for r in after] == [tuple(r) for r in before]  # all kept
        assert [tuple(r)[-2:] for r in after] == [(None, None), (None, None)]
        conn.execute("UPDATE case_application SET applied_for = 'Skyddat boende',"
                     " attachment_id = 7 WHERE id = 1")
        with pytest.raises(Exception, match="CHECK"):  # content, when given, is not blank
            conn.execute("UPDATE case_application SET applied_for = '  ' WHERE id = 2")
        with pytest.raises(Exception, match="FOREIGN KEY"):  # an attachment of this vault
            conn.execute("UPDATE case_application SET attachment_id = 99 WHERE id = 2")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_a_vault_of_schema_18_keeps_its_application_on_unlock_and_takes_content_after(
        make_vault: Callable[..., Any], raw_connect: Callable[..., Any]) -> None:
    handle = make_vault("vault", unit="Hisingen", cases=1)
    case_id = handle.case_ids[0]
    with handle.open() as session:
        decisions.record_application(session, case_id, "2026-10-01", "guardian", "Mamma")
        key = session.vault.data_key()
    conn = raw_connect(handle.db, key)  # as Utväg of schema 18 left it
    conn.execute("ALTER TABLE case_application DROP COLUMN attachment_id")
    conn.execute("ALTER TABLE case_application DROP COLUMN applied_for")
    conn.execute("PRAGMA user_version = 18")
    conn.close()

    with handle.open() as session:
        assert migrations.current_version(session.vault.conn) == migrations.LATEST == 19
        (kept,) = decisions.records(session, case_id).case_application
        assert (kept.received_on, kept.applicant_kind, kept.applicant) == (
            "2026-10-01", "guardian", "Mamma")
        assert (kept.applied_for, kept.attachment_id, kept.attachment_name) == (
            None, None, None)
        decisions.record_application(session, case_id, "2026-10-01", "guardian", "Mamma",
                                     applied_for="Stöd att lämna nätverket.")
        newest = decisions.records(session, case_id).case_application[-1]
        assert newest.applied_for == "Stöd att lämna nätverket."
        assert audit_log.verify(session).ok
