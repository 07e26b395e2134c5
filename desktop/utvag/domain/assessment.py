"""The defector assessment: what the caseworker established, and the outcome the rules give."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from utvag.domain.checkpoints import Checkpoints
from utvag.domain.consent import ConsentRecord
from utvag.domain.criteria import (
    CriteriaResult,
    Criterion,
    CriterionAnswer,
    Motivation,
    WomensRolesConsideration,
)
from utvag.domain.errors import DomainError
from utvag.domain.messages import Message
from utvag.domain.milieu import Milieu
from utvag.domain.protection import ProtectionNeed, Relocation
from utvag.domain.routing import SpecialCircumstances
from utvag.domain.threat import ThreatAssessment
from utvag.domain.units import Unit


@dataclass(frozen=True)
class AssessmentInput:
    """Everything the rules need to assess one person.

    ``threat`` is the governing (newest) Police threat assessment. ``relocation`` is the
    caseworker's assessment of the need to move; with a high threat only ``away`` is consistent.
    """

    belonging: Unit
    milieu: Milieu
    belongs: CriterionAnswer
    wants_to_leave: CriterionAnswer
    motivation: Motivation
    womens_roles: WomensRolesConsideration
    consent: ConsentRecord | None
    threat: ThreatAssessment
    needs_protection: CriterionAnswer
    protection_need: ProtectionNeed
    relocation: Relocation
    special_circumstances: SpecialCircumstances | None = None
    checkpoints: Checkpoints = field(default_factory=Checkpoints)

    def __post_init__(self) -> None:
        if not self.belonging.is_district:
            raise DomainError(
                "The person's belonging must be one of the four districts.",
                field="belonging",
                rule="district",
            )
        for criterion, answer in (
            (Criterion.BELONGS, self.belongs),
            (Criterion.WANTS_TO_LEAVE, self.wants_to_leave),
            (Criterion.NEEDS_PROTECTION, self.needs_protection),
        ):
            if answer.criterion is not criterion:
                raise DomainError(
                    f"The answer given for {criterion.value} belongs to another criterion.",
                    field=f"{criterion.value}.answer",
                    rule="criterion_mismatch",
                )


@dataclass(frozen=True)
class AssessmentOutcome:
    """The documented outcome of an assessment; :meth:`to_dict` gives the stored/CLI shape."""

    is_defector: bool
    criteria: CriteriaResult
    special_defector: bool
    route_to: Unit
    relocation: Relocation
    reasons: tuple[Message, ...]
    warnings: tuple[Message, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "is_defector": self.is_defector,
            "criteria": self.criteria.to_dict(),
            "special_defector": self.special_defector,
            "route_to": self.route_to.value,
            "relocation": self.relocation.value,
            "reasons": [m.to_dict() for m in self.reasons],
            "warnings": [m.to_dict() for m in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: Any) -> AssessmentOutcome:
        """Read back a stored outcome (as written by :meth:`to_dict`)."""
        try:
            criteria = data["criteria"]
            return cls(
                is_defector=_bool(data["is_defector"]),
                criteria=CriteriaResult(**{c.value: _bool(criteria[c.value]) for c in Criterion}),
                special_defector=_bool(data["special_defector"]),
                route_to=Unit(data["route_to"]),
                relocation=Relocation(data["relocation"]),
                reasons=tuple(Message.from_dict(m) for m in data["reasons"]),
                warnings=tuple(Message.from_dict(m) for m in data["warnings"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, DomainError):
                raise
            raise DomainError(
                "The stored outcome is malformed.", field="outcome", rule="format"
            ) from None


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected a boolean")
    return value
