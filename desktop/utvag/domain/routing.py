"""Which unit handles a case, and the special-circumstances override decided by SAV."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from utvag.domain._checks import require_text
from utvag.domain.errors import DomainError
from utvag.domain.messages import Message
from utvag.domain.units import Unit


class SavDecision(StrEnum):
    """SAV's decision on whether special circumstances make someone a special defector."""

    APPROVED = "approved"
    REJECTED = "rejected"
    PENDING = "pending"


@dataclass(frozen=True)
class SpecialCircumstances:
    """ "Other special circumstances" put forward for treating a defector as a special defector.

    A written justification is always required; the override only takes effect when SAV has
    approved it, and a decision (approved or rejected) carries its date.
    """

    justification: str = field(repr=False)
    sav_decision: SavDecision
    decided_on: date | None = None

    def __post_init__(self) -> None:
        require_text(self.justification, "special_circumstances.justification")
        if not isinstance(self.sav_decision, SavDecision):
            raise DomainError(
                "special_circumstances.sav_decision must be approved, rejected or pending.",
                field="special_circumstances.sav_decision",
                rule="choice",
            )
        decided = self.sav_decision is not SavDecision.PENDING
        if decided and self.decided_on is None:
            raise DomainError(
                "special_circumstances.decided_on is required once SAV has decided.",
                field="special_circumstances.decided_on",
                rule="required",
            )
        if not decided and self.decided_on is not None:
            raise DomainError(
                "special_circumstances.decided_on does not apply while SAV's decision is pending.",
                field="special_circumstances.decided_on",
                rule="not_applicable",
            )

    @property
    def approved(self) -> bool:
        return self.sav_decision is SavDecision.APPROVED


@dataclass(frozen=True)
class RoutingOutcome:
    """The unit that handles the case, whether the person is a special defector, and why.

    A special defector is always handled by SAV; anyone else by a district board.
    """

    unit: Unit
    special_defector: bool
    reasons: tuple[Message, ...]
    warnings: tuple[Message, ...] = ()

    def __post_init__(self) -> None:
        if self.special_defector != (self.unit is Unit.SAV):
            raise DomainError(
                "A special defector is handled by SAV and nobody else is.",
                field="route_to",
                rule="special_defector_at_sav",
            )
        if not self.reasons:
            raise DomainError(
                "A routing outcome needs its reasons.", field="reasons", rule="required"
            )
