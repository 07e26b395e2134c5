"""What the high-risk and staff-safety services hand out: the stored flag, incident, risk
assessment, assignment and conflict of interest, the warnings shown on opening a case and the
case's risk overview, as frozen dataclasses whose ``to_json`` is the command line's ``--json``.

Times are stored ISO strings (UTC), dates ``YYYY-MM-DD``, enum values their codes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from utvag.services.results import JsonResult


@dataclass(frozen=True)
class FlagRecord(JsonResult):
    id: int
    case_id: int
    grounds: tuple[str, ...]
    network_linked: bool
    description: str | None = field(repr=False)
    flagged_at: str
    flagged_by: str
    cleared_at: str | None
    cleared_by: str | None
    clear_reason: str | None = field(repr=False)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> FlagRecord:
        return cls(**{**row, "grounds": tuple(json.loads(row["grounds"])),
                      "network_linked": bool(row["network_linked"])})


@dataclass(frozen=True)
class IncidentRecord(JsonResult):
    """An incident against staff, in a case or (``case_id`` None) at the unit, with the place
    where it happened and what is known of the person."""

    id: int
    case_id: int | None
    occurred_at: str
    kind: str
    staff: str = field(repr=False)
    description: str = field(repr=False)
    witnesses: str | None = field(repr=False)
    attachment_ids: tuple[int, ...]
    police_reported_on: str | None
    police_report_number: str | None = field(repr=False)
    follow_up: str | None = field(repr=False)
    support_offered: tuple[str, ...]
    created_at: str
    created_by: str
    place: str | None = None
    person: str | None = field(default=None, repr=False)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> IncidentRecord:
        return cls(**{"case_id": None, **row,
                      "attachment_ids": tuple(json.loads(row.get("attachment_ids") or "[]")),
                      "support_offered": tuple(json.loads(row["support_offered"]))})


@dataclass(frozen=True)
class AssignmentRecord(JsonResult):
    id: int
    case_id: int
    from_caseworker: str
    to_caseworker: str
    reason: str = field(repr=False)
    assigned_at: str
    assigned_by: str


@dataclass(frozen=True)
class ConflictRecord(JsonResult):
    id: int
    case_id: int
    caseworker: str
    kind: str
    description: str | None = field(repr=False)
    recorded_on: str
    created_at: str
    created_by: str
    resolved_at: str | None
    resolved_by: str | None
    resolution: str | None = field(repr=False)


@dataclass(frozen=True)
class MitigationState(JsonResult):
    chosen: bool
    comment: str | None = field(repr=False)


@dataclass(frozen=True)
class RiskAssessmentRecord(JsonResult):
    """A risk assessment before a risky meeting; ``mitigations`` maps every measure of the
    template to whether it was chosen. The list of upcoming meetings adds the case's number and
    caseworker."""

    id: int
    case_id: int
    meeting_at: str
    place: str = field(repr=False)
    participants: str = field(repr=False)
    risk_factors: str = field(repr=False)
    mitigations: dict[str, MitigationState]
    decision: str | None
    decision_note: str | None = field(repr=False)
    signed_at: str | None
    signed_by: str | None
    created_at: str
    created_by: str
    updated_at: str
    case_number: str | None = None
    caseworker: str | None = None

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> RiskAssessmentRecord:
        stored = json.loads(row["mitigations"])
        return cls(**{**row, "mitigations": {
            k: MitigationState(bool(v.get("chosen")), v.get("comment"))
            for k, v in stored.items()}})

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        if self.case_number is None:
            del data["case_number"], data["caseworker"]
        return {**data, "signed": self.signed}


@dataclass(frozen=True)
class ConflictWarning(JsonResult):
    record_id: int
    conflict: str
    caseworker: str
    concerns_you: bool
    message: str
    kind: str = "conflict_of_interest"


@dataclass(frozen=True)
class HighRiskWarning(JsonResult):
    record_id: int | None
    grounds: tuple[str, ...]
    network_linked: bool
    message: str
    kind: str = "high_risk"


@dataclass(frozen=True)
class MeetingWarning(JsonResult):
    record_id: int
    meeting_at: str
    decision: str | None
    signed: bool
    message: str
    kind: str = "risk_meeting"


CaseWarning = ConflictWarning | HighRiskWarning | MeetingWarning


@dataclass(frozen=True)
class RiskOverview(JsonResult):
    case_id: int
    high_risk: bool
    warnings: tuple[CaseWarning, ...]
    flags: tuple[FlagRecord, ...]
    risk_assessments: tuple[RiskAssessmentRecord, ...]
    assignments: tuple[AssignmentRecord, ...]
    conflicts: tuple[ConflictRecord, ...]

