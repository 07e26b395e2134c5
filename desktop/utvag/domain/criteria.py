"""The four criteria for being a defector and the questions that support them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from utvag.domain._checks import optional_text, require_date, require_text
from utvag.domain.errors import DomainError
from utvag.domain.evidence import Authority, EvidenceSource
from utvag.domain.labelled import LabelledEnum


class Criterion(LabelledEnum):
    """The four criteria of the guideline, in its order."""

    BELONGS = (
        "belongs",
        "tillhör en kriminell gruppering/nätverk, våldsbejakande extremistisk miljö "
        "eller hederskontext",
        "belongs to a criminal group/network, a violent-extremist milieu or an honour context",
    )
    WANTS_TO_LEAVE = (
        "wants_to_leave",
        "vill lämna den miljö man tillhört",
        "wants to leave that milieu",
    )
    NEEDS_PROTECTION = (
        "needs_protection",
        "har behov av samhällets stöd och/eller skydd",
        "needs society's support and/or protection",
    )
    CONSENT = (
        "consent",
        "lämnar sitt samtycke till att sekretessen mellan myndigheter hävs",
        "consents to lifting confidentiality between authorities",
    )


@dataclass(frozen=True)
class CriterionAnswer:
    """The caseworker's answer to one criterion, with its evidence, sources and date."""

    criterion: Criterion
    answer: bool
    evidence: str = field(repr=False)
    sources: frozenset[EvidenceSource]
    assessed_on: date

    def __post_init__(self) -> None:
        prefix = self.criterion.value
        if not isinstance(self.answer, bool):
            raise DomainError(
                f"{prefix}.answer must be yes or no.", field=f"{prefix}.answer", rule="type"
            )
        require_text(self.evidence, f"{prefix}.evidence")
        if not self.sources:
            raise DomainError(
                f"{prefix}.sources must name at least one source.",
                field=f"{prefix}.sources",
                rule="required",
            )
        require_date(self.assessed_on, f"{prefix}.assessed_on")

    @property
    def authorities(self) -> frozenset[Authority]:
        """The authorities among the sources (the individual is not an authority)."""
        return frozenset(a for s in self.sources if (a := s.authority) is not None)


@dataclass(frozen=True)
class Motivation:
    """Answers about the motivation for a change of lifestyle."""

    has_insight: bool
    long_term_motivation: bool
    notes: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        optional_text(self.notes, "motivation.notes")


@dataclass(frozen=True)
class WomensRolesConsideration:
    """Whether the role of women in the milieu was given particular attention."""

    considered: bool
    notes: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        optional_text(self.notes, "womens_roles.notes")


@dataclass(frozen=True)
class CriteriaResult:
    """Which of the four criteria hold."""

    belongs: bool
    wants_to_leave: bool
    needs_protection: bool
    consent: bool

    def met(self, criterion: Criterion) -> bool:
        return bool(getattr(self, criterion.value))

    def failed(self) -> tuple[Criterion, ...]:
        """The criteria that do not hold, in the guideline's order."""
        return tuple(c for c in Criterion if not self.met(c))

    @property
    def all_met(self) -> bool:
        return not self.failed()

    def to_dict(self) -> dict[str, bool]:
        return {c.value: self.met(c) for c in Criterion}
