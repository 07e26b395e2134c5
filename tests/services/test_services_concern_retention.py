"""Retention (*gallring*) of concern reports, on a real vault with injected days: a report on a
case goes with its case (its conversations too); a report that never became part of a case
follows the same five-year rule from its own last entry, keeps the child's other records while
it is kept, is never destroyed before its preliminary assessment, and leaves no trace of its
content in the vault files."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from test_services_retention import scan

from utvag.domain.retention import REPORT_OPEN, SAME_PERSON_LATER
from utvag.services import audit_log, cases, concern, followup, retention

RECEIVED = "2025-03-03T08:00Z"


def test_a_report_without_a_case_is_destroyed_five_years_after_its_last_entry(
        make_vault: Callable[..., Any]) -> None:
    token = secrets.token_hex(5)
    handle = make_vault(cases=0)
    with handle.open() as session:
        report = concern.new_report(session, {
            "received_at": RECEIVED, "reporter_type": "private_person",
            "child": {"name": f"Kanarie Barn{token}", "birth_date": "2014-02-03"}})
        concern.add_conversation(session, report, {"held_on": "2025-03-04",
                                                   "with_whom": ["guardian"],
                                                   "note": f"Samtal{token}"})
        [fact] = [f for f in retention.facts(session.vault.conn) if f.record == "concern_report"]
        last = fact.last_entry  # today: the report and its conversation were entered today
        eligible = last.replace(year=last.year + 5)
        # not before its preliminary assessment: still being handled
        [kept] = retention.preview(session, eligible)
        assert (kept.destroy, kept.rule) == (False, REPORT_OPEN)
        concern.record_preliminary(session, report, "2025-03-10T09:00Z", "no_investigation",
                                   f"Skäl{token}")
        assert retention.preview(session, eligible - timedelta(days=1)) == []
        [due] = retention.preview(session, eligible)
        assert (due.destroy, due.record, due.case_number) == (
            True, "concern_report", f"concern-report-{report}")
        key = session.vault.data_key()
        assert scan(handle.directory, key, [token])
        [done] = retention.apply(session, eligible, expected=1)
        assert done.case_number == f"concern-report-{report}"
        assert concern.list_reports(session) == []
        assert session.vault.conn.execute("SELECT count(*) FROM person").fetchone() == (0,)
        assert [(r.case_number, r.rule_id) for r in retention.destructions(session)] == [
            (f"concern-report-{report}", "gallring-5-ar")]
        assert audit_log.verify(session).ok
    assert scan(handle.directory, key, [token]) == []


def test_a_later_report_keeps_the_childs_closed_case_and_a_case_takes_its_reports_along(
        make_vault: Callable[..., Any]) -> None:
    handle = make_vault(cases=0)
    child = {"name": "Barn Exempel", "personal_number": "20130211-2345"}
    with handle.open() as session:
        own = cases.new_case(session, {"type": "relative", "person": child})
        linked = concern.new_report(session, {"received_at": RECEIVED, "reporter_type": "school",
                                              "case_id": own})
        concern.add_conversation(session, linked, {"held_on": "2025-03-04",
                                                   "with_whom": ["child"]})
        followup.close_case(session, own, "other")
        conn = session.vault.conn
        # a newer report on the same child, never linked
        later = concern.new_report(session, {"received_at": RECEIVED, "reporter_type": "police",
                                             "child": child})
        concern.record_preliminary(session, later, "2025-03-05T09:00Z", "no_investigation",
                                   "Ingen utredning.")
        conn.execute("UPDATE concern_report SET created_at = '2099-01-01T00:00:00+00:00'"
                     " WHERE id = ?", (later,))
        today = date.today()
        check = date(today.year + 6, 1, 1)
        decisions = {(d.record, d.case_id): d for d in retention.preview(session, check)}
        assert decisions[("case", own)].rule == SAME_PERSON_LATER
        assert not decisions[("case", own)].destroy
        conn.execute("UPDATE concern_report SET created_at = received_at WHERE id = ?",
                     (later,))
        decisions = {(d.record, d.case_id): d for d in retention.preview(session, check)}
        assert decisions[("case", own)].destroy
        assert decisions[("concern_report", later)].destroy
        retention.apply(session, check, expected=2)
        assert conn.execute("SELECT count(*) FROM concern_report").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM concern_conversation").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (0,)
        assert audit_log.verify(session).ok
