"""The clocks and rules of a concern report without storage: the feedback clock (Utväg's own,
since seed 004 names none) and the checks a recorded step must pass."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from utvag.domain.concern_reports import (
    Conversation,
    Participant,
    PreliminaryAssessment,
    PreliminaryOutcome,
)
from utvag.domain.deadlines import DueKind, concern_items
from utvag.domain.errors import DomainError
from utvag.domain.follow_up_records import ConcernReport


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


RECEIVED = at("2025-03-03T08:00")


@pytest.mark.parametrize(("preliminary", "now", "overdue"), [
    # preliminary assessment within the 14 days: feedback by the end of the 14th day
    ("2025-03-08T10:00", "2025-03-17T23:59", False),
    ("2025-03-08T10:00", "2025-03-18T00:00:01", True),
    # a late preliminary assessment: feedback by the end of its own day
    ("2025-03-20T10:00", "2025-03-20T23:59", False),
    ("2025-03-20T10:00", "2025-03-21T00:00:01", True),
])
def test_requested_feedback_is_due_once_the_preliminary_assessment_is_made(
        preliminary: str, now: str, overdue: bool) -> None:
    report = ConcernReport(RECEIVED, RECEIVED + timedelta(hours=2), at(preliminary), 4,
                           feedback_requested=True)
    items = concern_items(report, None)
    assert [(i.kind, i.case_id, i.record_id, i.is_overdue(at(now))) for i in items] == [
        (DueKind.CONCERN_FEEDBACK, None, 4, overdue)]


def test_no_feedback_item_before_the_preliminary_assessment_or_when_not_asked_or_given(
        ) -> None:
    waiting = ConcernReport(RECEIVED, feedback_requested=True)
    assert DueKind.CONCERN_FEEDBACK not in {i.kind for i in concern_items(waiting)}
    done = at("2025-03-08T10:00")
    assert concern_items(ConcernReport(RECEIVED, RECEIVED, done)) == []
    assert concern_items(ConcernReport(RECEIVED, RECEIVED, done, None, True, done)) == []
    with pytest.raises(DomainError, match="feedback_given_at must not be before"):
        ConcernReport(RECEIVED, feedback_requested=True,
                      feedback_given_at=RECEIVED - timedelta(minutes=1))


def test_a_step_and_a_conversation_must_be_complete() -> None:
    with pytest.raises(DomainError, match="preliminary_reason must not be empty"):
        PreliminaryAssessment(RECEIVED, PreliminaryOutcome.NO_INVESTIGATION, " ")
    with pytest.raises(DomainError, match="at least one participant"):
        Conversation(date(2025, 3, 4), ())
    with pytest.raises(DomainError, match="names a participant twice"):
        Conversation(date(2025, 3, 4), (Participant.CHILD, Participant.CHILD))
    talk = Conversation(date(2025, 3, 2), (Participant.GUARDIAN,))
    with pytest.raises(DomainError, match="before the report was received"):
        talk.check(date(2025, 3, 3), date(2025, 3, 10))
    with pytest.raises(DomainError, match="in the future"):
        Conversation(date(2025, 3, 12), (Participant.GUARDIAN,)).check(date(2025, 3, 3),
                                                                       date(2025, 3, 10))
