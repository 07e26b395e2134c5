"""Records the follow-up of a case is computed from: Police follow-ups, concern reports about a
child, state-funding applications, and the vocabulary of intervention types.

Interventions (:mod:`utvag.domain.interventions`) and relatives (:mod:`utvag.domain.relatives`)
have their own modules; this one holds what the guideline's section "Uppföljning" and seed 004
add.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from utvag.domain._checks import require_aware, require_date, require_order
from utvag.domain.checkpoints import FundingDecision
from utvag.domain.errors import DomainError


class InterventionType(StrEnum):
    """Kinds of intervention, coded so that statistics count kinds and never free text."""

    PROTECTED_HOUSING = "protected_housing"
    RELOCATION = "relocation"
    FINANCIAL_SUPPORT = "financial_support"
    COUNSELLING = "counselling"
    MENTOR = "mentor"
    EMPLOYMENT_EDUCATION = "employment_education"
    TREATMENT = "treatment"
    FAMILY_SUPPORT = "family_support"
    OTHER = "other"


class FollowUpPhase(StrEnum):
    """«under pågående individinsatser samt efter fullföljd och avslutat avhoppärende»"""

    DURING = "during"
    AFTER = "after"


class FollowUpOutcome(StrEnum):
    """What a follow-up with the Police found about criminality and threat."""

    UNCHANGED = "unchanged"
    THREAT_RAISED = "threat_raised"
    THREAT_LOWERED = "threat_lowered"
    NEW_CRIMINALITY = "new_criminality"
    NO_INFORMATION = "no_information"


@dataclass(frozen=True)
class PoliceFollowUp:
    """A follow-up of the person's criminality and threat held with the Police."""

    held_on: date
    phase: FollowUpPhase
    outcome: FollowUpOutcome
    record_id: int | None = None

    def __post_init__(self) -> None:
        require_date(self.held_on, "police_followup.held_on")


@dataclass(frozen=True)
class ConcernReport:
    """What the clocks of a concern report (*orosanmälan*) about a child are computed from: the
    protection assessment is due within 24 hours of receipt and the preliminary assessment within
    14 days (seed 004); feedback, when the reporter asked for it, once the preliminary assessment
    is made. The whole record is in :mod:`utvag.domain.concern_reports`."""

    received_at: datetime
    protection_assessed_at: datetime | None = None
    preliminary_assessed_at: datetime | None = None
    record_id: int | None = None
    feedback_requested: bool = False
    feedback_given_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.received_at is None:
            raise DomainError("concern_report.received_at is required.",
                              field="concern_report.received_at", rule="required")
        for name in ("received_at", "protection_assessed_at", "preliminary_assessed_at",
                     "feedback_given_at"):
            if getattr(self, name) is not None:
                require_aware(getattr(self, name), f"concern_report.{name}")
        for name in ("protection_assessed_at", "preliminary_assessed_at", "feedback_given_at"):
            done = getattr(self, name)
            field = f"concern_report.{name}"  # the whole name: the screen shows its label
            if done is not None and done < self.received_at:
                raise DomainError(f"{field} must not be before the report was received.",
                                  field=field, rule="date_order")


@dataclass(frozen=True)
class FundingApplication:
    """An application for state funding; the Police decide (guideline, "Statliga medel")."""

    applied_on: date
    police_decision: FundingDecision = FundingDecision.PENDING
    decided_on: date | None = None
    record_id: int | None = None

    def __post_init__(self) -> None:
        require_date(self.applied_on, "state_funding.applied_on")
        require_order(self.applied_on, self.decided_on, "state_funding.decided_on",
                      "the application date")
        decided = self.police_decision is not FundingDecision.PENDING
        if decided != (self.decided_on is not None):
            raise DomainError("state_funding.decided_on goes with a granted or refused decision.",
                              field="state_funding.decided_on", rule="required")
