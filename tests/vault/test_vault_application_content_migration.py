"""Schema 19 adds what was applied for to the application record (a text, and the attachment
holding the written application). A vault of schema 18 upgraded on unlock keeps every value of
the applications recorded before, which get neither; nothing else changes, and the new columns
take content from then on."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest

from utvag.services import audit_log, cases, decisions
from utvag.vault import migrations


def test_schema_19_keeps_the_applications_recorded_before_and_adds_no_content(
        make_vault: Callable[..., Any], raw_connect: Callable[..., Any]) -> None:
    handle = make_vault("vault", unit="Hisingen", cases=1)
    case_id = handle.case_ids[0]
    with handle.open() as session:
        written = cases.attach(session, case_id, io.BytesIO(b"%PDF-1.4"), "ansokan.pdf")
        decisions.record_application(session, case_id, "2026-10-01", "individual")
        decisions.record_application(session, case_id, "2026-10-02", "authority",
                                     "Kriminalvården")
        key = session.vault.data_key()
    conn = raw_connect(handle.db, key)  # as Utväg of schema 18 left it
    conn.execute("ALTER TABLE case_application DROP COLUMN attachment_id")
    conn.execute("ALTER TABLE case_application DROP COLUMN applied_for")
    conn.execute("PRAGMA user_version = 18")
    before = conn.execute("SELECT * FROM case_application ORDER BY id").fetchall()
    conn.close()

    with handle.open() as session:  # the upgrade runs on unlock
        assert migrations.current_version(session.vault.conn) == migrations.LATEST == 19
        kept = decisions.records(session, case_id).case_application
        assert [(a.received_on, a.applicant_kind, a.applicant) for a in kept] == [
            ("2026-10-01", "individual", None), ("2026-10-02", "authority", "Kriminalvården")]
        assert {(a.applied_for, a.attachment_id, a.attachment_name) for a in kept} == {
            (None, None, None)}
        decisions.record_application(session, case_id, "2026-10-02", "authority",
                                     "Kriminalvården", applied_for="Stöd att lämna nätverket.",
                                     attachment_id=written)
        newest = decisions.records(session, case_id).case_application[-1]
        assert (newest.applied_for, newest.attachment_name) == (
            "Stöd att lämna nätverket.", "ansokan.pdf")
        assert audit_log.verify(session).ok

    conn = raw_connect(handle.db, key)
    after = conn.execute("SELECT * FROM case_application ORDER BY id").fetchall()
    assert [tuple(r)[:-2] for r in after[:2]] == [tuple(r) for r in before]  # all kept
    assert [tuple(r)[-2:] for r in after[:2]] == [(None, None), (None, None)]
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(Exception, match="CHECK"):  # content, when given, is not blank
        conn.execute("UPDATE case_application SET applied_for = '  ' WHERE id = 1")
    with pytest.raises(Exception, match="FOREIGN KEY"):  # an attachment of this vault
        conn.execute("UPDATE case_application SET attachment_id = 99 WHERE id = 1")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
