"""What was applied for is kept with the application: in the caseworker's words (several lines,
no control or text-direction character, at most 4000 characters) and/or as the case's attachment
that holds the written application. A refusal names the field and stores nothing."""

from __future__ import annotations

import io
from datetime import date

import pytest

from utvag.errors import NotFoundError, ValidationError
from utvag.services import cases, decisions
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
