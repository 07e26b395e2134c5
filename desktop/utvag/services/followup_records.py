"""A case's follow-up records as the services hand them out: one frozen dataclass per kind,
its fields the stored columns (days as ISO dates, instants as ISO times, None until known)."""

from __future__ import annotations

from dataclasses import dataclass, field

from utvag.services.results import JsonResult


@dataclass(frozen=True)
class InterventionRecord(JsonResult):
    """A decided intervention: its kind, urgency (``urgent``, ``time_limited``,
    ``long_term``) and days."""

    id: int
    case_id: int
    intervention_type: str
    urgency: str
    decided_on: str
    starts_on: str | None
    ends_on: str | None
    created_at: str
    created_by: str


@dataclass(frozen=True)
class RelativeRecord(JsonResult):
    """A relative's link to a case, as stored."""

    id: int
    case_id: int
    person_id: int
    relation: str
    linked_on: str
    informed_about_support_on: str | None
    responsible_unit: str | None
    contact_path: str | None = field(repr=False)
    created_at: str
    created_by: str


@dataclass(frozen=True)
class PoliceFollowUpRecord(JsonResult):
    """A follow-up with the Police, during the case or after it (``phase``)."""

    id: int
    case_id: int
    held_on: str
    phase: str
    outcome: str
    created_at: str
    created_by: str


@dataclass(frozen=True)
class ConcernReportRecord(JsonResult):
    """A concern report on the case as stored (``feedback_requested`` 0 or 1, None when not
    recorded); :mod:`utvag.services.concern` shows the whole report."""

    id: int
    case_id: int | None
    person_id: int
    owning_unit: str
    caseworker: str
    received_at: str
    reporter_type: str | None
    feedback_requested: int | None
    feedback_given_at: str | None
    protection_assessed_at: str | None
    protection_outcome: str | None
    preliminary_assessed_at: str | None
    preliminary_outcome: str | None
    preliminary_reason: str | None = field(repr=False)
    linked_at: str | None
    created_at: str
    created_by: str


@dataclass(frozen=True)
class StateFundingRecord(JsonResult):
    """State funding applied for, and the Police's decision (``pending`` until decided)."""

    id: int
    case_id: int
    applied_on: str
    police_decision: str
    decided_on: str | None
    created_at: str
    created_by: str


@dataclass(frozen=True)
class ThreatRecord(JsonResult):
    """A threat assessment asked of or given by the Police (``followup_id``: the Police
    follow-up it came with)."""

    id: int
    case_id: int
    source: str
    requested_on: str | None
    requested_from: str | None
    level: str | None
    nature: str | None
    assessed_on: str | None
    reference: str | None = field(repr=False)
    review_on: str | None
    received_on: str | None
    answered_at: str | None
    followup_id: int | None
    created_at: str
    created_by: str


@dataclass(frozen=True)
class CustodyRecord(JsonResult):
    """A stay in prison (``prison``) or closed youth care (``closed_youth_care``) recorded on a
    case; days are ISO dates, None until known."""

    id: int
    case_id: int
    kind: str
    institution: str = field(repr=False)
    starts_on: str | None
    expected_release_on: str
    planning_held_on: str | None
    released_on: str | None
    created_at: str
    created_by: str


@dataclass(frozen=True)
class FollowUpRecords(JsonResult):
    """Every follow-up record of a case, by kind, oldest first; its JSON is each kind's
    records as a list."""

    intervention: tuple[InterventionRecord, ...]
    relative_link: tuple[RelativeRecord, ...]
    police_followup: tuple[PoliceFollowUpRecord, ...]
    concern_report: tuple[ConcernReportRecord, ...]
    state_funding: tuple[StateFundingRecord, ...]
    police_threat: tuple[ThreatRecord, ...]
    custody_period: tuple[CustodyRecord, ...]

