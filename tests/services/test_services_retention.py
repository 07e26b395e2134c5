"""Destruction under the retention rules, with an injected day, on a real vault.

After destruction the vault files (database, WAL, SHM) are scanned for the destroyed case's
canary strings, both as stored and with every database and WAL page decrypted with the vault's
key, so content left in a free page, an index segment or the log would be found.
"""

from __future__ import annotations

import io
import json
import secrets
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from utvag.domain.retention import LEGAL_HOLD, SAME_PERSON_LATER
from utvag.errors import RefusedError
from utvag.services import assessment, audit_log, cases, followup, needs, retention
from utvag.services.session import Session

PAGE, RESERVE = 16384, 48  # the vault's page format: IV (16) + HMAC-SHA256 (32) per page


def decrypted_pages(data: bytes, key: bytes, *, wal: bool) -> Iterator[bytes]:
    def page(raw: bytes, number: int) -> bytes:
        start = 16 if number == 1 else 0
        iv = raw[PAGE - RESERVE:PAGE - RESERVE + 16]
        body = raw[start:PAGE - RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return decryptor.update(body) + decryptor.finalize()

    if wal:
        offset = 32
        while offset + 24 + PAGE <= len(data):
            number = int.from_bytes(data[offset:offset + 4], "big")
            yield page(data[offset + 24:offset + 24 + PAGE], number)
            offset += 24 + PAGE
    else:
        for index in range(len(data) // PAGE):
            yield page(data[index * PAGE:(index + 1) * PAGE], index + 1)


def scan(directory: Path, key: bytes, needles: list[str]) -> list[str]:
    hits = []
    for path in sorted(directory.iterdir()):
        data = path.read_bytes()
        views = [data]
        if path.name == "vault.db":
            views += list(decrypted_pages(data, key, wal=False))
        if path.name.endswith("-wal"):
            views += list(decrypted_pages(data, key, wal=True))
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le"):
                if any(needle.encode(encoding) in view for view in views):
                    hits.append(f"{needle!r} in {path.name}")
    return hits


@pytest.fixture
def vault(make_vault: Callable[..., Any]) -> Any:
    return make_vault(cases=0)


def canary_case(session: Session, token: str, *, born: str = "1990-01-02",
                person_of: int | None = None, signed: bool = True) -> int:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": f"Kanarie Gallring{token}", "birth_date": born}})
    if person_of is not None:  # a second case on the same person
        person = session.vault.conn.execute("SELECT person_id FROM case_record WHERE id = ?",
                                             (person_of,)).fetchone()[0]
        with session.vault.transaction() as conn:
            conn.execute("UPDATE case_record SET person_id = ? WHERE id = ?", (person, case_id))
    cases.add_note(session, case_id, f"Signerad anteckning om gömställe{token}", sign=signed)
    cases.attach(session, case_id, io.BytesIO(f"Bilaga{token}".encode()), f"fil{token}.txt")
    housing = followup.add_intervention(session, case_id, {
        "type": "protected_housing", "urgency": "urgent", "decided_on": "2020-01-01"})
    need = needs.add_need(session, case_id, {"area": "safety_housing", "identified_on":
                                             "2020-01-01", "description": f"Behov{token}",
                                             "interventions": [housing]})
    needs.record_followup(session, need, {"intervention_id": housing, "held_on": "2020-02-01",
                                          "outcome": "partly", "note": f"Uppföljning{token}"})
    return case_id


def sign_assessment(session: Session, case_id: int) -> None:
    example = Path(__file__).resolve().parents[2] / "docs" / "examples"
    data = json.loads((example / "answers-district-defector.json").read_text(encoding="utf-8"))
    from utvag.forms import AnswersDocument

    document = AnswersDocument(data["form"], data["version"], data["answers"])
    assessment.assess_document(session, case_id, document, sign=True)


def last_entry(session: Session, case_id: int) -> date:
    found = [f for f in retention.facts(session.vault.conn) if f.case_id == case_id]
    return found[0].last_entry


def test_nothing_early_nothing_late_and_nothing_left(vault: Any) -> None:
    token = secrets.token_hex(5)
    with vault.open() as session:
        case_id = canary_case(session, token)
        sign_assessment(session, case_id)
        followup.close_case(session, case_id, "completed")
        last = last_entry(session, case_id)
        eligible = last.replace(year=last.year + 5)
        key = session.vault.data_key()
        assert scan(vault.directory, key, [token])  # the scanner sees content when present

        assert retention.preview(session, eligible - timedelta(days=1)) == []
        assert retention.apply(session, eligible - timedelta(days=1)) == []
        late = date(eligible.year + 2, 1, 1)  # a day after the end of the following year
        [due] = retention.preview(session, late)
        assert due.destroy and due.overdue(late) and due.rule == "gallring-5-ar"
        with pytest.raises(RefusedError):
            retention.apply(session, late, expected=2)
        [done] = retention.apply(session, late, expected=1)

        assert done.case_number == due.case_number
        assert cases.list_cases(session) == []
        assert [(r.case_number, r.rule_id) for r in retention.destructions(session)] == [
            (due.case_number, "gallring-5-ar")]
        assert audit_log.verify(session).ok
        assert audit_log.entries(session, case_id)[-1].action == "retention.destroy"
    assert scan(vault.directory, key, [token, f"Kanarie Gallring{token}"]) == []
    with vault.open() as session:  # the needs, their links and follow-ups went with the case
        for table in ("case_need", "need_intervention", "need_followup"):
            assert session.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)


def test_holds_and_later_entries_keep_the_case_and_name_the_rule(vault: Any) -> None:
    with vault.open() as session:
        held = canary_case(session, "held")
        followup.close_case(session, held, "completed")
        hold = retention.place_hold(session, held, "Begärd av åklagare")
        first = canary_case(session, "first", signed=False)
        followup.close_case(session, first, "completed")
        later = canary_case(session, "later", person_of=first)
        followup.close_case(session, later, "completed")
        with session.vault.transaction() as conn:  # the first case's entries are a year older
            conn.execute("UPDATE case_record SET updated_at = '2020-01-01T00:00:00+00:00',"
                         " opened_at = '2020-01-01T00:00:00+00:00',"
                         " closed_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", (first,))
            conn.execute("UPDATE journal_note SET created_at = '2020-01-01T00:00:00+00:00'"
                         " WHERE case_id = ?", (first,))
            for table, column in (("attachment", "added_at"), ("intervention", "created_at"),
                                  ("case_need", "created_at"), ("need_followup", "created_at")):
                conn.execute(f"UPDATE {table} SET {column} = '2020-01-01T00:00:00+00:00'"
                             " WHERE case_id = ?", (first,))
        today = last_entry(session, later).replace(year=last_entry(session, later).year + 5)
        day_before = today - timedelta(days=1)
        decisions = {d.case_id: d for d in retention.preview(session, day_before)}
        assert set(decisions) == {first}
        assert decisions[first].rule == SAME_PERSON_LATER and not decisions[first].destroy
        assert retention.apply(session, day_before) == []

        decisions = {d.case_id: d for d in retention.preview(session, today)}
        assert decisions[held].rule == LEGAL_HOLD and not decisions[held].destroy
        assert {d.case_id for d in retention.apply(session, today)} == {first, later}
        retention.lift_hold(session, hold)
        assert {d.case_id for d in retention.apply(session, today)} == {held}
        assert cases.list_cases(session) == []
        assert audit_log.verify(session).ok


def test_signed_records_stay_undeletable_outside_destruction(vault: Any) -> None:
    import sqlcipher3

    with vault.open() as session:
        case_id = canary_case(session, "guard")
        with pytest.raises(sqlcipher3.IntegrityError), session.vault.transaction() as conn:
            conn.execute("DELETE FROM journal_note WHERE case_id = ?", (case_id,))
        assert len(cases.notes(session, case_id)) == 1


# Tables with a case_id that are not the case's own data: the audit chain (kept: it names the
# destruction), the due and recency indexes (emptied by triggers when the case goes) and the
# marker that opens the guards during destruction.
NOT_CASE_DATA = {"audit", "case_due", "case_due_stale", "case_recency", "destruction_marker"}


def tables_with_case_id(conn: Any) -> set[str]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {n for n in names
            if "case_id" in {c[1] for c in conn.execute(f"PRAGMA table_info({n})")}}


def test_every_table_with_a_case_id_is_destroyed_with_the_case(vault: Any) -> None:
    """Retention asks the schema which tables hold case data: every table whose case_id refers
    to a case, a table added later included; a case_id column without that reference must be
    named here, so a new table cannot escape destruction unnoticed."""
    from utvag.services import high_risk
    from utvag.vault import repo_retention

    with vault.open() as session:
        conn = session.vault.conn
        found = set(repo_retention.case_tables(conn))
        assert found == tables_with_case_id(conn) - NOT_CASE_DATA
        assert {"journal_note", "staff_incident", "disclosure", "sent_package"} <= found
        with session.vault.transaction() as tx:  # a table a later version might add
            tx.execute("CREATE TABLE later_case_data (id INTEGER PRIMARY KEY, case_id INTEGER"
                       " NOT NULL REFERENCES case_record (id), secret TEXT) STRICT")
        assert "later_case_data" in repo_retention.case_tables(conn)

        case_id = canary_case(session, "schema")
        high_risk.add_incident(session, case_id, {
            "occurred_at": "2020-01-01T10:00", "kind": "violence", "staff": "HL",
            "description": "Kanarie i incidenten"})
        with session.vault.transaction() as tx:
            tx.execute("INSERT INTO later_case_data (case_id, secret) VALUES (?, 'Kanarie')",
                       (case_id,))
        followup.close_case(session, case_id, "completed")
        late = date(last_entry(session, case_id).year + 7, 1, 1)
        assert [d.case_id for d in retention.apply(session, late)] == [case_id]
        for table in tables_with_case_id(conn) - {"audit"}:
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?",
                                (case_id,)).fetchone()[0] == 0, table
        assert conn.execute("SELECT count(*) FROM later_case_data").fetchone()[0] == 0
