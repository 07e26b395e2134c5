"""The Police's threat assessments of a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from utvag.domain._checks import require_date, require_order, require_text
from utvag.domain.labelled import LabelledEnum


class ThreatLevel(LabelledEnum):
    """The Police's threat level, with its Swedish and English name for reasons and warnings."""

    LOW = "low", "låg", "low"
    HIGH = "high", "hög", "high"


class ThreatNature(StrEnum):
    CONCRETE = "concrete"
    LATENT = "latent"


@dataclass(frozen=True)
class ThreatAssessment:
    """One threat assessment obtained from the Police, with their reference and a review date.

    A case collects several over time; the newest governs (see ``rules.governing_threat``).
    """

    level: ThreatLevel
    nature: ThreatNature
    assessed_on: date
    reference: str = field(repr=False)
    review_on: date | None = None

    def __post_init__(self) -> None:
        require_date(self.assessed_on, "threat.assessed_on")
        require_text(self.reference, "threat.reference", max_length=200)
        require_order(self.assessed_on, self.review_on, "threat.review_on", "the assessment date")
