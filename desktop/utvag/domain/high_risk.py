"""High-risk cases and staff safety: the high-risk flag and its grounds, incidents against
staff, the risk assessment before a risky meeting (*riskbedömning inför särskilda riskmoment*)
and conflicts of interest (*jäv*).

Sources: the boards' handling of high-risk cases (seed 000: serious and subtle threats,
harassment, violence, stalking, threats against staff's families, property damage; rotation;
conflicts where the caseworker reported the client to the Police or the other way round; the
City's routine for reporting threats and violence at work to the Police) and the template for a
risk assessment before a risky meeting (seed 002: meeting digitally or by phone, an extra
colleague, a personal-protection guard, the Police, the adapted meeting room, the security
coordinator).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from utvag.domain._checks import optional_text, require_text
from utvag.domain.errors import DomainError

MAX_STAFF = 40  # a role or initials: staff safety data is itself sensitive


class Ground(StrEnum):
    """Why a case is high-risk; also the kind of an incident against staff."""

    SERIOUS_THREAT = "serious_threat"
    SUBTLE_THREAT = "subtle_threat"
    HARASSMENT = "harassment"
    VIOLENCE = "violence"
    STALKING = "stalking"
    THREAT_AGAINST_STAFF_FAMILY = "threat_against_staff_family"
    PROPERTY_DAMAGE = "property_damage"


class IncidentPlace(StrEnum):
    """Where an incident recorded against the unit happened (seed 002: incidents happen in the
    receptions too)."""

    RECEPTION = "reception"
    MEETING_ROOM = "meeting_room"
    OFFICE = "office"
    PHONE_OR_DIGITAL = "phone_or_digital"
    OUTSIDE_WORK = "outside_work"
    OTHER = "other"


class Support(StrEnum):
    """Support offered to the staff member after an incident."""

    OCCUPATIONAL_HEALTH = "occupational_health"
    PROCESS_SUPERVISION = "process_supervision"
    OTHER = "other"


class Mitigation(StrEnum):
    """The measures the template for a risk assessment before a risky meeting proposes."""

    DIGITAL_OR_PHONE = "digital_or_phone"
    EXTRA_COLLEAGUE = "extra_colleague"
    PERSONAL_PROTECTION_GUARD = "personal_protection_guard"
    POLICE_PRESENT_OR_INFORMED = "police_present_or_informed"
    ADAPTED_MEETING_ROOM = "adapted_meeting_room"
    SECURITY_COORDINATOR_ADVICE = "security_coordinator_advice"


class RiskDecision(StrEnum):
    PROCEED = "proceed"
    PROCEED_WITH_MITIGATIONS = "proceed_with_mitigations"
    POSTPONE = "postpone"
    CANCEL = "cancel"


class ConflictKind(StrEnum):
    CASEWORKER_REPORTED_CLIENT = "caseworker_reported_client"
    CLIENT_REPORTED_CASEWORKER = "client_reported_caseworker"
    OTHER = "other"


def _aware(value: object, name: str) -> datetime:
    if not isinstance(value, datetime):
        raise DomainError(f"{name} must be a date and time.", field=name, rule="type")
    if value.tzinfo is None:
        raise DomainError(f"{name} must carry a time zone.", field=name, rule="type")
    return value


def _members(values: object, enum: type[StrEnum], name: str) -> None:
    if not isinstance(values, tuple) or any(not isinstance(v, enum) for v in values):
        raise DomainError(f"{name} must be a list of known values.", field=name, rule="type")
    if len(set(values)) != len(values):
        raise DomainError(f"{name} names a value twice.", field=name, rule="duplicate")


@dataclass(frozen=True)
class HighRiskFlag:
    """A case is high-risk on these grounds; linked to a criminal network or not."""

    grounds: tuple[Ground, ...]
    network_linked: bool = False
    description: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.grounds, tuple) and not self.grounds:
            raise DomainError("grounds must name at least one ground.", field="grounds",
                              rule="required")
        _members(self.grounds, Ground, "grounds")
        if not isinstance(self.network_linked, bool):
            raise DomainError("network_linked must be true or false.", field="network_linked",
                              rule="type")
        optional_text(self.description, "description")


@dataclass(frozen=True)
class StaffIncident:
    """A threat, violence or other incident against a staff member named by role or initials.

    ``now`` is the moment the incident is recorded (the current time when not given): an
    incident cannot have happened after it.
    """

    occurred_at: datetime
    kind: Ground
    staff: str = field(repr=False)
    description: str = field(repr=False)
    witnesses: str | None = field(default=None, repr=False)
    police_reported_on: date | None = None
    police_report_number: str | None = field(default=None, repr=False)
    follow_up: str | None = field(default=None, repr=False)
    support_offered: tuple[Support, ...] = ()
    attachment_ids: tuple[int, ...] = ()
    now: datetime | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        occurred = _aware(self.occurred_at, "occurred_at")
        now = self.now or datetime.now(UTC)
        if occurred > now:
            raise DomainError("occurred_at must not be in the future.", field="occurred_at",
                              rule="future")
        if not isinstance(self.kind, Ground):
            raise DomainError("kind must be a known ground.", field="kind", rule="type")
        require_text(self.staff, "staff", max_length=MAX_STAFF)
        require_text(self.description, "description")
        optional_text(self.witnesses, "witnesses")
        optional_text(self.follow_up, "follow_up")
        optional_text(self.police_report_number, "police_report_number", max_length=60)
        reported = self.police_reported_on
        if reported is not None:
            if not isinstance(reported, date) or isinstance(reported, datetime):
                raise DomainError("police_reported_on must be a date.",
                                  field="police_reported_on", rule="type")
            if reported < occurred.date():
                raise DomainError("police_reported_on must not be before the incident.",
                                  field="police_reported_on", rule="date_order")
            if reported > now.date():
                raise DomainError("police_reported_on must not be in the future.",
                                  field="police_reported_on", rule="future")
        elif self.police_report_number:
            raise DomainError("police_reported_on is required with a report number.",
                              field="police_reported_on", rule="required")
        _members(self.support_offered, Support, "support_offered")
        if not isinstance(self.attachment_ids, tuple) or any(
                not isinstance(i, int) or isinstance(i, bool) for i in self.attachment_ids):
            raise DomainError("attachment_ids must be a list of attachment ids.",
                              field="attachment_ids", rule="type")


@dataclass(frozen=True)
class UnitIncident:
    """An incident against staff recorded against the unit, not a case: in the reception, or
    by a person not known in a case (seed 002: «incidenter även sker i receptioner»).

    ``person`` is what is known of whoever acted ("unknown man, about 30"), never required;
    attachments belong to a case, so a unit incident has none.
    """

    incident: StaffIncident
    place: IncidentPlace
    person: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.incident, StaffIncident):
            raise DomainError("incident must be an incident.", field="incident", rule="type")
        if not isinstance(self.place, IncidentPlace):
            raise DomainError("place must be a known place.", field="place", rule="type")
        optional_text(self.person, "person", max_length=200)
        if self.incident.attachment_ids:
            raise DomainError("attachment_ids belong to a case: record the incident in the "
                              "case.", field="attachment_ids", rule="no_case")


@dataclass(frozen=True)
class MitigationChoice:
    """One of the template's measures, chosen or not, with a comment."""

    mitigation: Mitigation
    chosen: bool
    comment: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        name = f"mitigations.{getattr(self.mitigation, 'value', 'unknown')}"
        if not isinstance(self.mitigation, Mitigation):
            raise DomainError("mitigations must name known measures.", field="mitigations",
                              rule="type")
        if not isinstance(self.chosen, bool):
            raise DomainError(f"{name} must say whether it is chosen.", field=name, rule="type")
        optional_text(self.comment, name, max_length=1000)


@dataclass(frozen=True)
class RiskAssessment:
    """A risk assessment before a risky meeting; ``signed`` requires a decision."""

    meeting_at: datetime
    place: str = field(repr=False)
    participants: str = field(repr=False)
    risk_factors: str = field(repr=False)
    mitigations: tuple[MitigationChoice, ...] = ()
    decision: RiskDecision | None = None
    decision_note: str | None = field(default=None, repr=False)
    signed: bool = False

    def __post_init__(self) -> None:
        _aware(self.meeting_at, "meeting_at")
        require_text(self.place, "place", max_length=200)
        require_text(self.participants, "participants", max_length=1000)
        require_text(self.risk_factors, "risk_factors")
        if not isinstance(self.mitigations, tuple) or any(
                not isinstance(m, MitigationChoice) for m in self.mitigations):
            raise DomainError("mitigations must be a list of measures.", field="mitigations",
                              rule="type")
        if len({m.mitigation for m in self.mitigations}) != len(self.mitigations):
            raise DomainError("mitigations names a measure twice.", field="mitigations",
                              rule="duplicate")
        if self.decision is not None and not isinstance(self.decision, RiskDecision):
            raise DomainError("decision must be a known decision.", field="decision",
                              rule="type")
        optional_text(self.decision_note, "decision_note")
        if (self.decision is RiskDecision.PROCEED_WITH_MITIGATIONS
                and not any(m.chosen for m in self.mitigations)):
            raise DomainError("mitigations: proceeding with mitigations needs at least one "
                              "chosen measure.", field="mitigations", rule="required")
        if self.signed and self.decision is None:
            raise DomainError("decision is required before the assessment is signed.",
                              field="decision", rule="required")

    def chosen(self) -> tuple[Mitigation, ...]:
        return tuple(m.mitigation for m in self.mitigations if m.chosen)


@dataclass(frozen=True)
class ConflictOfInterest:
    """A conflict of interest between a caseworker and the case's client."""

    caseworker: str
    kind: ConflictKind
    recorded_on: date
    description: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        require_text(self.caseworker, "caseworker", max_length=200)
        if not isinstance(self.kind, ConflictKind):
            raise DomainError("kind must be a known kind of conflict.", field="kind",
                              rule="type")
        if not isinstance(self.recorded_on, date):
            raise DomainError("recorded_on must be a date.", field="recorded_on", rule="type")
        optional_text(self.description, "description")


@dataclass(frozen=True)
class Reassignment:
    """A change of caseworker (rotation), with its reason."""

    from_caseworker: str
    to_caseworker: str
    reason: str = field(repr=False)

    def __post_init__(self) -> None:
        require_text(self.to_caseworker, "to_caseworker", max_length=200)
        require_text(self.reason, "reason")
        if self.to_caseworker.strip() == self.from_caseworker.strip():
            raise DomainError("to_caseworker is already the case's caseworker.",
                              field="to_caseworker", rule="unchanged")
