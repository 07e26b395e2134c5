"""Deadlines from the guideline's section "Uppföljning" and seed 004, as table tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from utvag.domain.case_records import CaseStatus, CaseType
from utvag.domain.checkpoints import FundingDecision
from utvag.domain.deadlines import (
    CaseFollowUp,
    DueKind,
    LinkedRelative,
    RecordedIntervention,
    ThreatReview,
    add_months,
    due_items,
    next_due,
)
from utvag.domain.follow_up_records import (
    ConcernReport,
    FollowUpOutcome,
    FollowUpPhase,
    FundingApplication,
    PoliceFollowUp,
)
from utvag.domain.interventions import Intervention, InterventionUrgency
from utvag.domain.relatives import Relation, Relative
from utvag.domain.threat import ThreatLevel

D = date.fromisoformat


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def case(**changes: object) -> CaseFollowUp:
    base: dict[str, object] = {"case_id": 1, "case_type": CaseType.DEFECTOR,
                               "status": CaseStatus.INTERVENTIONS, "opened_on": D("2025-01-10")}
    base.update(changes)
    return CaseFollowUp(**base)  # type: ignore[arg-type]


def intervention(decided: str, ends: str | None = None, kind: str = "counselling",
                 record_id: int = 1) -> RecordedIntervention:
    urgency = InterventionUrgency.TIME_LIMITED if ends else InterventionUrgency.LONG_TERM
    return RecordedIntervention(Intervention(kind, urgency, D(decided), D(decided),
                                             D(ends) if ends else None), record_id)


def followup(held: str, phase: FollowUpPhase = FollowUpPhase.DURING) -> PoliceFollowUp:
    return PoliceFollowUp(D(held), phase, FollowUpOutcome.UNCHANGED)


def kinds(found: tuple[object, ...]) -> list[tuple[str, str]]:
    return [(i.kind.value, i.due_on.isoformat()) for i in found]  # type: ignore[attr-defined]


CONCERN_TABLE = [
    # (received, protection done, preliminary done, now, expected items with overdue flag)
    ("2025-03-03T08:00", None, None, "2025-03-04T07:59",
     [("concern_protection_assessment", False), ("concern_preliminary_assessment", False)]),
    ("2025-03-03T08:00", None, None, "2025-03-04T08:01",
     [("concern_protection_assessment", True), ("concern_preliminary_assessment", False)]),
    ("2025-03-03T08:00", "2025-03-03T15:00", None, "2025-03-17T23:59",
     [("concern_preliminary_assessment", False)]),
    ("2025-03-03T08:00", "2025-03-03T15:00", None, "2025-03-18T00:00:01",
     [("concern_preliminary_assessment", True)]),
    ("2025-03-03T08:00", "2025-03-03T15:00", "2025-03-10T09:00", "2025-06-01T00:00", []),
]


@pytest.mark.parametrize(("received", "protection", "preliminary", "now", "expected"),
                         CONCERN_TABLE)
def test_concern_report_deadlines(received: str, protection: str | None,
                                  preliminary: str | None, now: str,
                                  expected: list[tuple[str, bool]]) -> None:
    """Seed 004: «Då orosanmälan inkommer till respektive socialkontor ska myndighetsutövande
    socialtjänst göra en skyddsbedömning inom 24 timmar för att bedöma om det finns direkt fara
    för den unge. En förhandsbedömning ska sedan göras inom 14 dagar.»"""
    report = ConcernReport(at(received), at(protection) if protection else None,
                           at(preliminary) if preliminary else None, record_id=7)
    found = due_items(case(case_type=CaseType.RELATIVE, concern_reports=(report,)))
    assert [(i.kind.value, i.is_overdue(at(now))) for i in found] == expected
    for item in found:
        if item.kind is DueKind.CONCERN_PROTECTION_ASSESSMENT:
            assert item.deadline == at(received) + timedelta(hours=24)
        else:
            assert item.due_on == at(received).date() + timedelta(days=14)


POLICE_TABLE = [
    # open case without interventions: nothing to follow up with the Police yet; only asking
    # them for the initial threat assessment is due, a week after opening (see below)
    (case(status=CaseStatus.INVESTIGATION),
     [("threat_assessment_to_request", "2025-01-17")]),
    # «regelbundet under pågående individinsatser»: three months after the first decision
    (case(interventions=(intervention("2025-02-01"),)),
     [("police_followup_during", "2025-05-01")]),
    # … then three months after the latest follow-up
    (case(interventions=(intervention("2025-02-01"),),
          police_followups=(followup("2025-04-20"), followup("2025-03-01"))),
     [("police_followup_during", "2025-07-20")]),
    # «samt efter fullföljd och avslutat avhoppärende»: six and twelve months after closing
    (case(status=CaseStatus.CLOSED, closed_on=D("2025-08-31"), close_reason="completed",
          interventions=(intervention("2025-02-01"),)),
     [("police_followup_after", "2026-02-28")]),
    (case(status=CaseStatus.CLOSED, closed_on=D("2025-08-31"), close_reason="completed",
          police_followups=(followup("2026-03-01", FollowUpPhase.AFTER),)),
     [("police_followup_after", "2026-08-31")]),
    (case(status=CaseStatus.CLOSED, closed_on=D("2025-08-31"), close_reason="completed",
          police_followups=(followup("2026-03-01", FollowUpPhase.AFTER),
                            followup("2026-09-01", FollowUpPhase.AFTER))), []),
    # a transferred case is followed up by the receiving board; a non-defector not at all
    (case(status=CaseStatus.TRANSFERRED, closed_on=D("2025-08-31")), []),
    (case(status=CaseStatus.CLOSED, closed_on=D("2025-08-31"), close_reason="not_defector"), []),
    (case(case_type=CaseType.HIGH_RISK, interventions=(intervention("2025-02-01"),)), []),
]


@pytest.mark.parametrize(("record", "expected"), POLICE_TABLE)
def test_police_follow_ups(record: CaseFollowUp, expected: list[tuple[str, str]]) -> None:
    """Guideline, "Uppföljning": «Uppföljning av individens brottslighet och hotbild ska ske i
    samverkan med Polismyndigheten och ska göras regelbundet under pågående individinsatser samt
    efter fullföljd och avslutat avhoppärende.»"""
    assert kinds(due_items(record)) == expected


def test_threat_review_interventions_funding_and_relatives() -> None:
    """Guideline: «Hotbilsbedömning ska göras initialt … samt under avhopparärendets utredning»;
    «Handläggande socialsekreterare ska i individärendet följa upp om individens behov
    tillgodoses med de beslutade insatserna»; «Ansökan om statliga medel ska ske av
    socialtjänsten och beslut fattas av Polismyndigheten»; «Handläggande socialtjänst i
    avhoppärendet ansvarar för att informera om stöd och hjälp som finns att få och upprätta
    kommunikationsväg till ansvarig verksamhet för de anhöriga»."""
    relative = LinkedRelative(Relative("12", Relation.PARENT), D("2025-02-01"), 3)
    informed = LinkedRelative(Relative("13", Relation.SIBLING, D("2025-02-02"),
                                       contact_path="Via socialtjänsten i Hisingen"),
                              D("2025-02-01"), 4)
    record = case(
        threat=ThreatReview(ThreatLevel.HIGH, D("2025-04-15")),
        interventions=(intervention("2025-02-01", "2025-06-30", record_id=5),),
        state_funding=(FundingApplication(D("2025-02-10"), record_id=6),
                       FundingApplication(D("2025-01-10"), FundingDecision.GRANTED,
                                          D("2025-02-01"), record_id=8)),
        relatives=(relative, informed),
    )
    assert kinds(due_items(record)) == [
        ("relative_contact_path", "2025-02-15"),
        ("relative_not_informed", "2025-02-15"),
        ("state_funding_pending", "2025-03-12"),
        ("threat_review", "2025-04-15"),
        ("police_followup_during", "2025-05-01"),
        ("intervention_ending", "2025-06-30"),
    ]
    first = next_due(record)
    assert first is not None and first.record_id == 3


def test_an_ending_intervention_is_resolved_by_a_later_decision() -> None:
    ending = intervention("2025-02-01", "2025-06-30", record_id=1)
    early = intervention("2025-03-01", record_id=2)
    continued = intervention("2025-06-10", "2025-12-31", record_id=3)
    assert DueKind.INTERVENTION_ENDING in {i.kind for i in due_items(
        case(interventions=(ending, early)))}
    found = [i for i in due_items(case(interventions=(ending, continued)))
             if i.kind is DueKind.INTERVENTION_ENDING]
    assert [i.record_id for i in found] == [3]


def test_closed_cases_keep_only_after_care_and_funding_items() -> None:
    record = case(status=CaseStatus.CLOSED, closed_on=D("2025-05-01"), close_reason="completed",
                  threat=ThreatReview(ThreatLevel.LOW, D("2025-06-01")),
                  interventions=(intervention("2025-02-01", "2025-04-30"),),
                  state_funding=(FundingApplication(D("2025-03-01")),))
    assert [k for k, _ in kinds(due_items(record))] == ["state_funding_pending",
                                                        "police_followup_after"]


def test_items_do_not_depend_on_the_clock_only_their_state_does() -> None:
    record = case(interventions=(intervention("2025-02-01", "2025-06-30"),))
    item = next_due(record)
    assert item is not None
    assert not item.is_due(at("2025-04-10T00:00"))
    assert not item.is_due(at("2025-04-17T23:59"))
    assert item.is_due(at("2025-04-18T00:00"))  # 14 days before the end of 1 May
    assert not item.is_overdue(at("2025-05-01T23:59"))
    assert item.is_overdue(at("2025-05-02T00:00:01"))


@pytest.mark.parametrize(("start", "months", "expected"), [
    ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"),
    ("2025-11-15", 3, "2026-02-15"), ("2025-08-31", 6, "2026-02-28"),
])
def test_add_months(start: str, months: int, expected: str) -> None:
    assert add_months(D(start), months) == D(expected)
