"""Checkpoints of a defector case: serious crime, custody, state funding, Police requirements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from utvag.domain._checks import require_order
from utvag.domain.errors import DomainError
from utvag.domain.evidence import Authority


class ConsultationOutcome(StrEnum):
    """The outcome of consulting the Police about continuing the investigation."""

    CONTINUE = "continue"
    DISCONTINUE = "discontinue"
    PENDING = "pending"


class CustodySetting(StrEnum):
    NONE = "none"
    PRISON = "prison"
    CLOSED_YOUTH_CARE = "closed_youth_care"

    @property
    def coordinating_authority(self) -> Authority | None:
        """Kriminalvården for prison, SiS for closed youth care."""
        return _CUSTODY_AUTHORITY.get(self)


_CUSTODY_AUTHORITY = {
    CustodySetting.PRISON: Authority.PRISON_PROBATION,
    CustodySetting.CLOSED_YOUTH_CARE: Authority.SIS,
}


class FundingDecision(StrEnum):
    """The Police's decision on an application for state funding."""

    PENDING = "pending"
    GRANTED = "granted"
    REFUSED = "refused"


@dataclass(frozen=True)
class SeriousCrimeCheck:
    suspected: bool = False
    consulted_on: date | None = None
    outcome: ConsultationOutcome | None = None

    def __post_init__(self) -> None:
        if not self.suspected and (self.consulted_on or self.outcome):
            raise DomainError(
                "A Police consultation only applies when the person is suspected of serious crime.",
                field="serious_crime.outcome",
                rule="not_applicable",
            )
        if self.outcome in (ConsultationOutcome.CONTINUE, ConsultationOutcome.DISCONTINUE) and (
            self.consulted_on is None
        ):
            raise DomainError(
                "serious_crime.consulted_on is required once the Police have been consulted.",
                field="serious_crime.consulted_on",
                rule="required",
            )

    @property
    def judgement_pending(self) -> bool:
        """Suspected, and not yet judged with the Police whether the investigation continues."""
        return self.suspected and self.outcome not in (ConsultationOutcome.CONTINUE,
                                                       ConsultationOutcome.DISCONTINUE)


@dataclass(frozen=True)
class CustodyCheck:
    setting: CustodySetting = CustodySetting.NONE
    release_on: date | None = None
    transition_plan: bool = False

    def __post_init__(self) -> None:
        if self.setting is CustodySetting.NONE and (self.release_on or self.transition_plan):
            raise DomainError(
                "A release date and transition plan only apply in prison or closed youth care.",
                field="custody.release_on",
                rule="not_applicable",
            )


@dataclass(frozen=True)
class StateFunding:
    applied: bool = False
    applied_on: date | None = None
    police_decision: FundingDecision | None = None
    decided_on: date | None = None

    def __post_init__(self) -> None:
        if not self.applied and (self.applied_on or self.police_decision or self.decided_on):
            raise DomainError(
                "A funding date or decision only applies once state funding is applied for.",
                field="state_funding.applied_on",
                rule="not_applicable",
            )
        if self.applied and self.applied_on is None:
            raise DomainError(
                "state_funding.applied_on is required when state funding is applied for.",
                field="state_funding.applied_on",
                rule="required",
            )
        require_order(
            self.applied_on, self.decided_on, "state_funding.decided_on", "the application date"
        )


@dataclass(frozen=True)
class PoliceRequirements:
    """The Police's own conditions for defector support."""

    signed_police_form: bool = False
    witness_in_ongoing_case: bool = False


@dataclass(frozen=True)
class Checkpoints:
    serious_crime: SeriousCrimeCheck = field(default_factory=SeriousCrimeCheck)
    custody: CustodyCheck = field(default_factory=CustodyCheck)
    state_funding: StateFunding = field(default_factory=StateFunding)
    police_requirements: PoliceRequirements = field(default_factory=PoliceRequirements)
