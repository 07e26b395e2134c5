"""Interventions (insatser) decided in a defector case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from utvag.domain._checks import require_date, require_order, require_text
from utvag.domain.errors import DomainError


class InterventionUrgency(StrEnum):
    """How an intervention is decided: urgently, time-limited during the investigation, or long
    term after the assessment."""

    URGENT = "urgent"
    TIME_LIMITED = "time_limited"
    LONG_TERM = "long_term"


@dataclass(frozen=True)
class Intervention:
    """A decided intervention. A time-limited intervention must say when it ends."""

    intervention_type: str
    urgency: InterventionUrgency
    decided_on: date
    starts_on: date | None = None
    ends_on: date | None = None

    def __post_init__(self) -> None:
        require_text(self.intervention_type, "intervention.intervention_type", max_length=200)
        require_date(self.decided_on, "intervention.decided_on")
        require_order(self.starts_on, self.ends_on, "intervention.ends_on", "the start date")
        if self.urgency is InterventionUrgency.TIME_LIMITED and self.ends_on is None:
            raise DomainError(
                "A time-limited intervention needs an end date.",
                field="intervention.ends_on",
                rule="required",
            )
