"""The rules of the high-risk flag, incidents against staff, risk assessments before a risky
meeting, conflicts of interest and rotation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from utvag.domain.errors import DomainError
from utvag.domain.high_risk import (
    ConflictKind,
    ConflictOfInterest,
    Ground,
    HighRiskFlag,
    IncidentPlace,
    Mitigation,
    MitigationChoice,
    Reassignment,
    RiskAssessment,
    RiskDecision,
    StaffIncident,
    Support,
    UnitIncident,
)

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def incident(**changes: Any) -> StaffIncident:
    values: dict[str, Any] = {
        "occurred_at": NOW - timedelta(days=2), "kind": Ground.SERIOUS_THREAT,
        "staff": "Handläggare AB", "description": "Hot i telefon.", "now": NOW}
    values.update(changes)
    return StaffIncident(**values)


def assessment(**changes: Any) -> RiskAssessment:
    values: dict[str, Any] = {
        "meeting_at": NOW + timedelta(days=3), "place": "Mötesrum 2",
        "participants": "Klient, handläggare", "risk_factors": "Tidigare hot."}
    values.update(changes)
    return RiskAssessment(**values)


def refused(build: Any) -> DomainError:
    with pytest.raises(DomainError) as caught:
        build()
    return caught.value


def test_a_flag_needs_at_least_one_known_ground() -> None:
    flag = HighRiskFlag((Ground.STALKING, Ground.PROPERTY_DAMAGE), network_linked=True)
    assert flag.network_linked
    assert refused(lambda: HighRiskFlag(())).field == "grounds"
    assert refused(lambda: HighRiskFlag(())).rule == "required"
    assert refused(lambda: HighRiskFlag(("stalking",))).field == "grounds"  # type: ignore[arg-type]
    assert refused(lambda: HighRiskFlag((Ground.VIOLENCE, Ground.VIOLENCE))).rule == "duplicate"


def test_an_incident_cannot_lie_in_the_future() -> None:
    assert incident().kind is Ground.SERIOUS_THREAT
    error = refused(lambda: incident(occurred_at=NOW + timedelta(minutes=1)))
    assert (error.field, error.rule) == ("occurred_at", "future")
    assert "Hot" not in str(error)
    assert refused(lambda: incident(occurred_at=datetime(2025, 1, 1))).field == "occurred_at"


def test_the_police_report_follows_the_incident() -> None:
    reported = incident(police_reported_on=date(2025, 2, 28), police_report_number="5000-K1",
                        support_offered=(Support.OCCUPATIONAL_HEALTH,))
    assert reported.police_report_number == "5000-K1"
    error = refused(lambda: incident(police_reported_on=date(2025, 2, 1)))
    assert (error.field, error.rule) == ("police_reported_on", "date_order")
    assert refused(lambda: incident(police_reported_on=date(2025, 3, 2))).rule == "future"
    assert refused(lambda: incident(police_report_number="5000-K1")).field == \
        "police_reported_on"


@pytest.mark.parametrize(("changes", "field"), [
    ({"staff": ""}, "staff"),
    ({"staff": "x" * 41}, "staff"),
    ({"description": "  "}, "description"),
    ({"kind": "threat"}, "kind"),
    ({"support_offered": (Support.OTHER, Support.OTHER)}, "support_offered"),
    ({"attachment_ids": ("a",)}, "attachment_ids"),
])
def test_incident_fields(changes: dict[str, Any], field: str) -> None:
    assert refused(lambda: incident(**changes)).field == field


def test_staff_by_role_or_initials_fits_forty_characters() -> None:
    assert incident(staff="x" * 40).staff == "x" * 40


def test_a_risk_assessment_is_signed_only_with_a_decision() -> None:
    draft = assessment(mitigations=(MitigationChoice(Mitigation.EXTRA_COLLEAGUE, True, "Två"),))
    assert draft.chosen() == (Mitigation.EXTRA_COLLEAGUE,)
    error = refused(lambda: assessment(signed=True))
    assert (error.field, error.rule) == ("decision", "required")
    assert assessment(decision=RiskDecision.POSTPONE, signed=True).signed


@pytest.mark.parametrize(("changes", "field"), [
    ({"place": ""}, "place"),
    ({"participants": " "}, "participants"),
    ({"risk_factors": ""}, "risk_factors"),
    ({"meeting_at": datetime(2025, 3, 4, 10, 0)}, "meeting_at"),
    ({"decision": RiskDecision.PROCEED_WITH_MITIGATIONS}, "mitigations"),
    ({"mitigations": (MitigationChoice(Mitigation.DIGITAL_OR_PHONE, False),
                      MitigationChoice(Mitigation.DIGITAL_OR_PHONE, True))}, "mitigations"),
])
def test_risk_assessment_fields(changes: dict[str, Any], field: str) -> None:
    assert refused(lambda: assessment(**changes)).field == field


def test_mitigation_comment_names_its_measure() -> None:
    error = refused(lambda: MitigationChoice(Mitigation.ADAPTED_MEETING_ROOM, True, "x" * 1001))
    assert error.field == "mitigations.adapted_meeting_room"


def test_conflicts_and_rotation() -> None:
    conflict = ConflictOfInterest("anna", ConflictKind.CLIENT_REPORTED_CASEWORKER,
                                  date(2025, 1, 1))
    assert conflict.kind is ConflictKind.CLIENT_REPORTED_CASEWORKER
    assert refused(lambda: ConflictOfInterest("", ConflictKind.OTHER,
                                              date(2025, 1, 1))).field == "caseworker"
    assert Reassignment("anna", "bertil", "Rotation efter hot").to_caseworker == "bertil"
    assert refused(lambda: Reassignment("anna", "anna", "Rotation")).field == "to_caseworker"
    assert refused(lambda: Reassignment("anna", "bertil", " ")).field == "reason"


def test_an_incident_at_the_unit_has_a_place_and_no_attachments() -> None:
    at_reception = UnitIncident(incident(), IncidentPlace.RECEPTION, "Okänd man")
    assert at_reception.place is IncidentPlace.RECEPTION and at_reception.person == "Okänd man"
    assert UnitIncident(incident(), IncidentPlace.PHONE_OR_DIGITAL).person is None
    for bad, field in (({"place": "car_park"}, "place"), ({"person": "x" * 201}, "person"),
                       ({"incident": incident(attachment_ids=(3,))}, "attachment_ids")):
        values: dict[str, Any] = {"incident": incident(), "place": IncidentPlace.RECEPTION,
                                  **bad}
        with pytest.raises(DomainError) as caught:
            UnitIncident(**values)
        assert caught.value.field == field
