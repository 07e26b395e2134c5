"""Retention (*gallring*) of records with personal data that no case holds, on a real vault with
injected days: SAV's received consultations and its answers, incidents recorded at the unit, and
what a unit manager's (and a caseworker's) vault receives of incident reports and log reviews.

Each falls due under its own rule in ``resources/retention/rules.json`` five years after its last
entry (never a day early), is destroyed with the same confirmation, metadata record and audit
row as a case, and its destruction leaves every other row as it was."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from test_services_retention import scan

from utvag.domain.retention import CONSULTATION_UNANSWERED, LOG_REVIEW_UNSIGNED
from utvag.errors import RefusedError
from utvag.services import audit_log, retention, unit_incidents
from utvag.services.session import Session
from utvag.vault import repo_consultations, repo_log_review, repo_manager
from utvag.vault.repo_consultations import Answer

# An open case, never due: it must stay as it is.
pytestmark = pytest.mark.session_vault(cases=1)

AT = "2019-03-10T10:00Z"  # every record's last entry
DUE = date(2024, 3, 10)  # five years later: the first day it may be destroyed
TOKEN = secrets.token_hex(5)
KEY_ID = bytes(32)

RULES = {"consultation_received": "gallring-sav-konsultation-5-ar",
         "unit_incident": "gallring-enhetsincident-5-ar",
         "incident_report_received": "gallring-incidentrapport-5-ar",
         "log_review_received": "gallring-loggranskning-5-ar",
         "log_review_signoff": "gallring-loggranskning-signatur-5-ar"}


def record_all(session: Session, *, answered: bool = True, signed: bool = True) -> None:
    """One record of each kind, every one last entered at ``AT`` (the unit incident through the
    service, then dated back; the received ones as the import records them)."""
    incident = unit_incidents.add_unit_incident(session, {
        "occurred_at": "2019-03-09T22:00Z", "place": "reception", "kind": "violence",
        "staff": "Receptionist EF", "description": f"Slag i disken {TOKEN}"})
    with session.vault.transaction() as conn:
        conn.execute("UPDATE unit_incident SET created_at = ? WHERE id = ?", (AT, incident))
        repo_consultations.insert_received(
            conn, package_id=b"c" * 16, sender_unit="Nordost", sender_key_id=KEY_ID,
            digest=bytes(32), question="advice", content="case_summary",
            document=f"Sammanfattning {TOKEN}", received_at="2019-02-01T09:00Z",
            received_by="sav")
        if answered:
            repo_consultations.record_received_answer(conn, b"c" * 16, Answer(
                package_id=b"a" * 16, kind="advice", special_defector=None,
                text=f"Råd {TOKEN}", answered_at=AT, answered_by="sav"))
        repo_manager.insert_incident(
            conn, package_id=b"i" * 16, sender_key_id=KEY_ID, sender_unit="Nordost",
            sender_holder="Handläggare AB", case_number="CE-2019-00001",
            report={"description": f"Hot {TOKEN}"}, received_at=AT, received_by="chef")
        review = repo_manager.insert_review(
            conn, package_id=b"r" * 16, sender_key_id=KEY_ID, sender_unit="Nordost",
            sender_holder="Handläggare AB", month="2019-01", digest="d" * 64,
            review={"note": f"Granskning {TOKEN}"}, received_at="2019-02-01T09:00Z",
            received_by="chef")
        if signed:
            repo_manager.sign_review(conn, review, signed_at=AT, signed_by="chef",
                                     outcome="remarks", comment=f"Anmärkning {TOKEN}",
                                     signature_package_id=b"s" * 16)
        signoff = repo_log_review.add_signoff(conn, "2019-01", "Chef CD", AT, "remarks",
                                              f"Kommentar {TOKEN}", 3, "e" * 64)
        repo_manager.insert_signature(conn, package_id=b"g" * 16, sender_key_id=KEY_ID,
                                      month="2019-01", signoff_id=signoff,
                                      received_at="2019-03-01T09:00Z")


def test_each_record_falls_due_five_years_after_its_last_entry_never_a_day_early(
        session: Session) -> None:
    record_all(session)
    assert retention.preview(session, DUE - timedelta(days=1)) == []
    found = retention.preview(session, DUE)
    assert {d.record: (d.destroy, d.rule) for d in found} == {
        kind: (True, rule) for kind, rule in RULES.items()}
    assert all(d.last_entry == date(2019, 3, 10) and d.complete_by == date(2025, 12, 31)
               for d in found)
    labels = {d.case_number.rsplit("-", 1)[0] for d in found}
    assert labels == {"consultation-received", "unit-incident", "incident-report",
                      "log-review", "log-review-signoff"}
    # every rule has its own text, in Swedish and English
    texts = retention.rule_texts()
    assert all(texts[rule]["sv"] and texts[rule]["en"] for rule in RULES.values())


def test_an_unanswered_consultation_and_an_unsigned_review_are_kept(session: Session) -> None:
    record_all(session, answered=False, signed=False)
    found = {d.record: d for d in retention.preview(session, date(2030, 1, 1))}
    assert (found["consultation_received"].destroy, found["consultation_received"].rule) == (
        False, CONSULTATION_UNANSWERED)
    assert (found["log_review_received"].destroy, found["log_review_received"].rule) == (
        False, LOG_REVIEW_UNSIGNED)
    assert found["unit_incident"].destroy  # the others do not wait for them


def test_destruction_removes_them_and_leaves_every_other_row_as_it_was(
        make_vault: Callable[..., Any], table_dump: Callable[[Any], dict[str, Any]]) -> None:
    handle = make_vault(cases=1)
    with handle.open() as session:
        record_all(session)
        # a later incident at the unit, just outside its period on the day: it stays
        later = unit_incidents.add_unit_incident(session, {
            "occurred_at": "2019-03-10T12:00Z", "place": "office", "kind": "subtle_threat",
            "staff": "Handläggare GH", "description": "Hot i telefon"})
        with session.vault.transaction() as conn:
            conn.execute("UPDATE unit_incident SET created_at = '2019-03-11T08:00Z'"
                         " WHERE id = ?", (later,))
        conn = session.vault.conn
        before = table_dump(conn)
        audit_rows = len(before["audit"])
        # bad input: a count other than the confirmed preview's destroys nothing
        with pytest.raises(RefusedError):
            retention.apply(session, DUE, expected=4)
        assert table_dump(conn) == before
        key = session.vault.data_key()
        assert scan(handle.directory, key, [TOKEN])
        done = retention.apply(session, DUE, expected=5)
        assert {d.record for d in done} == set(RULES)
        after = table_dump(conn)
        for table in RULES.keys() | {"log_review_signature_received"}:
            assert after[table] == [r for r in before[table] if table == "unit_incident"
                                    and r[0] == later], table
        changed = {t for t in before if before[t] != after.get(t)}
        # besides them, only the record of what was destroyed, the audit chain and the merged
        # full-text index (its content is the same: the open case is still found)
        assert changed - RULES.keys() - {"log_review_signature_received"} <= {
            "destruction_record", "audit", "search_index_data", "search_index_idx",
            "search_recent_data", "search_recent_idx"}
        assert [(r.case_number.rsplit("-", 1)[0], r.rule_id)
                for r in retention.destructions(session)] == sorted(
            [(d.case_number.rsplit("-", 1)[0], d.rule) for d in done])
        actions = [e.action for e in audit_log.entries(session)]
        assert actions[audit_rows:].count("retention.destroy") == 5
        assert audit_log.verify(session).ok
        assert retention.preview(session, DUE) == []
    assert scan(handle.directory, key, [TOKEN]) == []
