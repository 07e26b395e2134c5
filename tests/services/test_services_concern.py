"""Concern reports (*orosanmälan*) as records of their own, on a real vault: received before or
with a case, the child's protected identity, the 24-hour and 14-day clocks and the feedback in
the Due view, bad input refused with nothing changed, and linking to the child's case.

Seed 004: «Då orosanmälan inkommer till respektive socialkontor ska myndighetsutövande
socialtjänst göra en skyddsbedömning inom 24 timmar för att bedöma om det finns direkt fara för
den unge. En förhandsbedömning ska sedan göras inom 14 dagar.»"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from utvag.errors import NotFoundError, RefusedError, ValidationError
from utvag.services import audit_log, cases, concern, due, followup
from utvag.services.session import Session

CHILD = {"name": "Elsa Barnsdotter", "personal_number": "20120615-2389",
         "protected_identity": "skyddad_folkbokforing"}
RECEIVED = "2025-03-03T08:00Z"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)



def report(session: Session, **extra: Any) -> int:
    return concern.new_report(session, {"received_at": RECEIVED, "reporter_type": "police",
                                        "feedback_requested": True, "child": CHILD, **extra})


def due_kinds(session: Session, now: str) -> list[tuple[str, bool]]:
    return [(r.item.kind.value, r.overdue)
            for r in due.due_list(session, at(now), scope="mine", tz=UTC)]


def test_a_report_before_any_case_masks_a_protected_child(session: Session) -> None:
    report_id = report(session)
    listed = concern.list_reports(session, now=at("2025-03-03T09:00"))
    assert [(r.id, r.case_number, r.child.name, r.reporter_type,
             r.feedback_requested) for r in listed] == [
        (report_id, None, "[protected identity]", "police", True)]
    assert "2389" not in str(listed)
    shown = concern.show_report(session, report_id, reveal_identity=True)
    assert shown.child.name == "Elsa Barnsdotter"
    actions = [e.action for e in audit_log.entries(session)]
    assert actions[-2:] == ["concern_report.read", "identity.reveal"]
    assert all("Elsa" not in str(e.detail) and "2025-03" not in str(e.detail)
               for e in audit_log.entries(session))


@pytest.mark.parametrize(("now", "expected"), [
    # just inside and just outside the 24 hours of the protection assessment
    ("2025-03-04T07:59", [("concern_protection_assessment", False),
                          ("concern_preliminary_assessment", False)]),
    ("2025-03-04T08:01", [("concern_protection_assessment", True),
                          ("concern_preliminary_assessment", False)]),
    # just inside and just outside the 14 days of the preliminary assessment
    ("2025-03-17T23:59", [("concern_protection_assessment", True),
                          ("concern_preliminary_assessment", False)]),
    ("2025-03-18T00:00:01", [("concern_protection_assessment", True),
                             ("concern_preliminary_assessment", True)]),
])
def test_the_clocks_of_a_report_without_a_case_reach_the_due_view(
        session: Session, now: str, expected: list[tuple[str, bool]]) -> None:
    report(session)
    assert due_kinds(session, now) == expected
    row = due.due_list(session, at(now), scope="unit", tz=UTC)[0]
    assert row.case_number == "" and row.protected and row.item.case_id is None
    assert row.to_json()["concern_report_id"] == row.item.record_id


def test_assessments_feedback_and_conversations_close_the_clocks(session: Session) -> None:
    report_id = report(session)
    concern.record_protection(session, report_id, "2025-03-03T15:00Z",
                              "no_immediate_protection_needed")
    assert due_kinds(session, "2025-03-04T09:00") == [("concern_preliminary_assessment", False)]
    concern.record_preliminary(session, report_id, "2025-03-10T09:00Z", "no_investigation",
                               "Vårdnadshavarna tar emot stöd; ingen oro kvar.")
    # the reporter asked for feedback: due by the end of the 14th day, then overdue
    assert due_kinds(session, "2025-03-17T23:59") == [("concern_feedback", False)]
    assert due_kinds(session, "2025-03-18T00:00:01") == [("concern_feedback", True)]
    talk = concern.add_conversation(session, report_id, {
        "held_on": "2025-03-05", "with_whom": ["child", "guardian"], "note": "Hembesök."})
    concern.record_feedback(session, report_id, "2025-03-11T10:00Z")
    assert due_kinds(session, "2025-06-01T00:00") == []
    shown = concern.show_report(session, report_id)
    assert shown.protection_outcome == "no_immediate_protection_needed"
    assert shown.preliminary_outcome == "no_investigation"
    assert shown.feedback_given_at == "2025-03-11T10:00:00+00:00"
    assert shown.to_json()["conversation_list"] == [{"id": talk, "held_on": "2025-03-05",
                                           "with_whom": ["child", "guardian"],
                                           "note": "Hembesök."}]
    assert shown.open_steps == ()


@pytest.mark.parametrize(("action", "message"), [
    (lambda s, r: concern.record_protection(s, r, "2025-03-03T07:00Z",
                                            "immediate_protection_needed"),
     "before the report was received"),
    (lambda s, r: concern.record_protection(s, r, "2025-03-03T09:00Z", "maybe"),
     "protection_outcome: must be one of"),
    (lambda s, r: concern.record_preliminary(s, r, "2025-03-05T09:00Z", "no_investigation",
                                             "  "), "preliminary_reason must not be empty"),
    (lambda s, r: concern.record_feedback(s, r, "2025-03-01T09:00Z"),
     "before the report was received"),
    (lambda s, r: concern.add_conversation(s, r, {"held_on": "2025-03-02",
                                                  "with_whom": ["child"]}),
     "before the report was received"),
    (lambda s, r: concern.add_conversation(s, r, {"held_on": "2025-03-04", "with_whom": []}),
     "with_whom: must name at least one participant"),
    (lambda s, r: concern.add_conversation(s, r, {"held_on": "2025-03-04",
                                                  "with_whom": ["neighbour"]}),
     "with_whom: must be one of"),
])
def test_bad_steps_are_refused_and_change_nothing(session: Session, action: Any,
                                                  message: str) -> None:
    report_id = report(session)
    before = concern.show_report(session, report_id)
    with pytest.raises(ValidationError, match=message):
        action(session, report_id)
    after = concern.show_report(session, report_id)
    assert after == before


@pytest.mark.parametrize(("data", "message"), [
    ({"received_at": RECEIVED, "reporter_type": "neighbour", "child": CHILD},
     "reporter_type: must be one of"),
    ({"received_at": "", "reporter_type": "police", "child": CHILD}, "received_at: is required"),
    ({"received_at": "2999-01-01T00:00Z", "reporter_type": "police", "child": CHILD},
     "must not be in the future"),
    ({"received_at": RECEIVED, "reporter_type": "school"}, "child: a concern report names"),
    ({"received_at": RECEIVED, "reporter_type": "school", "child": {"name": "X"}},
     "person.birth_date"),
    ({"received_at": RECEIVED, "reporter_type": "school", "person_id": 999},
     "person_id: must name a person"),
])
def test_a_bad_new_report_is_refused_and_nothing_is_stored(session: Session,
                                                           data: dict[str, Any],
                                                           message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        concern.new_report(session, data)
    assert concern.list_reports(session) == []


def test_link_to_the_childs_case_moves_the_clocks_to_the_case(session: Session) -> None:
    report_id = report(session)
    other = cases.new_case(session, {"type": "defector", "person": {
        "name": "Annan Person", "birth_date": "1990-01-01"}})
    with pytest.raises(RefusedError, match="about another person"):
        concern.link_case(session, report_id, other)
    # the child's case, made later with the same identity number: the same person
    child_case = cases.new_case(session, {"type": "relative", "person": CHILD})
    linked = concern.link_case(session, report_id, child_case)
    assert linked.case_id == child_case
    rows = due.due_list(session, at("2025-03-04T09:00"), scope="mine", tz=UTC)
    assert [(r.item.case_id, r.item.kind.value) for r in rows] == [
        (child_case, "concern_protection_assessment"),
        (child_case, "concern_preliminary_assessment")]
    assert due.next_due_for(session, [child_case])[child_case][1] == \
        "concern_protection_assessment"
    assert [r.id for r in concern.list_reports(session, case_id=child_case)] == [report_id]
    assert [r.id for r in followup.records(session, child_case).concern_report] == [
        report_id]
    with pytest.raises(RefusedError, match="already linked"):
        concern.link_case(session, report_id, child_case)
    assert "concern_report.link" in [e.action for e in audit_log.entries(session, child_case)]


def test_a_known_childs_protection_is_raised_never_lowered(session: Session) -> None:
    own = cases.new_case(session, {"type": "relative", "person": {**CHILD,
                                                                  "protected_identity": "none"}})
    first = report(session)  # the same identity number, now with skyddad folkbokföring
    assert concern.show_report(session, first).child.person_id == \
        cases.show_case(session, own).case.person.id
    assert cases.show_case(session, own).identity_masked is True
    concern.new_report(session, {"received_at": RECEIVED, "reporter_type": "school",
                                 "child": {**CHILD, "protected_identity": "none"}})
    assert cases.show_case(session, own).identity_masked is True


def test_a_report_with_the_case_and_a_closed_case(session: Session) -> None:
    child_case = cases.new_case(session, {"type": "relative", "person": CHILD})
    report_id = concern.new_report(session, {"received_at": RECEIVED, "reporter_type": "school",
                                             "case_id": child_case})
    shown = concern.show_report(session, report_id)
    assert shown.case_id == child_case and shown.feedback_requested is False
    assert shown.child.name == "[protected identity]"
    followup.close_case(session, child_case, "other")
    with pytest.raises(RefusedError, match="read-only"):
        concern.new_report(session, {"received_at": RECEIVED, "reporter_type": "school",
                                     "case_id": child_case})
    with pytest.raises(NotFoundError):
        concern.show_report(session, 999)
