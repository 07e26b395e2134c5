"""What was applied for is kept with the application: in the caseworker's words (several lines,
no control or text-direction character, at most 4000 characters) and/or as the case's attachment
that holds the written application. A refusal names the field and stores nothing; retention
destroys both with the case."""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from test_services_retention import canary_case, last_entry, scan

from utvag.errors import NotFoundError, ValidationError
from utvag.services import cases, decisions, followup, retention
from utvag.services.session import Session

APPLIED_FOR = "Stöd att lämna nätverket:\n\tskyddat boende och kontaktperson."


def _case(session: Session, name: str = "Testperson") -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": name, "birth_date": "1999-04-03", "district": "Hisingen"}})


def test_the_application_keeps_what_was_applied_for_and_the_written_application(
        session: Session) -> None:
    case_id = _case(session)
    today = date.today().isoformat()
    written = cases.attach(session, case_id, io.BytesIO(b"%PDF-1.4 ansokan"), "ansökan.pdf")
    decisions.record_application(session, case_id, today, "individual")  # none, as before
    decisions.record_application(session, case_id, today, "authority", "Kriminalvården",
                                 applied_for=f"  {APPLIED_FOR}\n", attachment_id=written)

    before, newest = decisions.records(session, case_id).case_application
    assert (before.applied_for, before.attachment_id, before.attachment_name) == (
        None, None, None)
    assert newest.applied_for == APPLIED_FOR  # line breaks and tabs kept, ends trimmed
    assert (newest.attachment_id, newest.attachment_name) == (written, "ansökan.pdf")
    shown = decisions.records(session, case_id).to_json()["case_application"][1]
    assert (shown["applied_for"], shown["attachment_id"], shown["attachment_name"]) == (
        APPLIED_FOR, written, "ansökan.pdf")
    assert APPLIED_FOR not in repr(newest)  # case text stays out of logs and tracebacks

    decisions.record_application(session, case_id, today, "guardian", applied_for=" \n ")
    assert decisions.records(session, case_id).case_application[-1].applied_for is None


@pytest.mark.parametrize(("applied_for", "rule"), [
    ("Skyddat boende\u202e", "characters"),  # a right-to-left override reorders what follows
    ("Skyddat \u2066boende", "characters"),
    ("Skyddat boende\x1b[2J", "characters"),  # an escape sequence clears a terminal
    ("Skyddat\x00boende", "characters"),
    ("x" * (decisions.MAX_TEXT + 1), "length"),
])
def test_text_that_would_disguise_itself_or_is_too_long_is_refused_and_nothing_stored(
        session: Session, applied_for: str, rule: str) -> None:
    case_id = _case(session)
    with pytest.raises(ValidationError) as refused:
        decisions.record_application(session, case_id, date.today().isoformat(), "individual",
                                     applied_for=applied_for)
    assert (refused.value.field, refused.value.rule) == ("applied_for", rule)
    assert decisions.records(session, case_id).case_application == ()


@pytest.mark.parametrize(("applicant", "rule"), [
    ("Polisen\nregion Väst", "characters"),  # shown on one line at the receiving board
    ("Polisen \u202eregion Väst", "characters"),
    ("P" * (decisions.APPLICANT_TEXT + 1), "length"),
])
def test_an_applicant_a_case_package_could_not_carry_is_refused_at_entry(
        session: Session, applicant: str, rule: str) -> None:
    """The receiving board takes the applicant on one line of at most 1000 characters: one
    accepted here would stop the case's transfer later, when the caseworker can least wait."""
    case_id = _case(session)
    with pytest.raises(ValidationError) as refused:
        decisions.record_application(session, case_id, date.today().isoformat(), "authority",
                                     applicant)
    assert (refused.value.field, refused.value.rule) == ("applicant", rule)
    assert decisions.records(session, case_id).case_application == ()


def test_the_written_application_must_be_an_attachment_of_the_same_case(
        session: Session) -> None:
    case_id, other = _case(session), _case(session, "Annan Person")
    elsewhere = cases.attach(session, other, io.BytesIO(b"annan"), "annan.pdf")
    today = date.today().isoformat()
    for attachment_id in (elsewhere, elsewhere + 100):
        with pytest.raises(NotFoundError, match=f"no attachment {attachment_id} on this case"):
            decisions.record_application(session, case_id, today, "individual",
                                         attachment_id=attachment_id)
    assert decisions.records(session, case_id).case_application == ()


def test_retention_destroys_the_application_with_its_written_application(
        make_vault: Callable[..., Any]) -> None:
    """The written application is an attachment of the case that the application names: both
    go when the case is destroyed, and nothing of what was applied for is left in the files."""
    vault = make_vault("retained")
    token = secrets.token_hex(5)
    with vault.open() as session:
        case_id = canary_case(session, token)
        written = cases.attach(session, case_id, io.BytesIO(b"%PDF"), "ansokan.pdf")
        decisions.record_application(session, case_id, "2020-01-01", "individual",
                                     applied_for=f"Ansökan om boende {token}",
                                     attachment_id=written)
        followup.close_case(session, case_id, "completed")
        key = session.vault.data_key()
        late = date(last_entry(session, case_id).year + 7, 1, 1)
        assert [d.case_id for d in retention.apply(session, late)] == [case_id]
        for table in ("case_application", "attachment"):
            assert session.vault.conn.execute(
                f"SELECT count(*) FROM {table} WHERE case_id = ?", (case_id,)).fetchone() == (0,)
    assert scan(vault.directory, key, [f"Ansökan om boende {token}"]) == []
