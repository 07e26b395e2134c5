"""The Police's threat assessments as the case records them: asked for and awaited, received, or
brought by a follow-up with the Police. Each is its own record beside the signed assessment,
which stays as it was signed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from utvag.domain._checks import require_date, require_order, require_text
from utvag.domain.errors import DomainError
from utvag.domain.threat import ThreatAssessment


class ThreatSource(StrEnum):
    """How the threat assessment reached the case."""

    REQUEST = "request"  # the board asked the Police for it
    POLICE_FOLLOWUP = "police_followup"  # a follow-up with the Police changed the level
    POLICE_INITIATIVE = "police_initiative"  # the Police sent a new assessment unasked


@dataclass(frozen=True)
class PoliceThreatRecord:
    """One threat assessment of the Police on the case.

    A request names when and from whom (police region or contact) it was asked for; until the
    answer is recorded it is awaited. An answer carries the assessment itself and the day it was
    received, never before the request; the Police's assessment is not dated after its receipt.
    """

    source: ThreatSource
    requested_on: date | None = None
    requested_from: str | None = None
    answer: ThreatAssessment | None = None
    received_on: date | None = None
    followup_id: int | None = None
    record_id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.source, ThreatSource):
            raise DomainError("threat.source must be request, police_followup or "
                              "police_initiative.", field="threat.source", rule="choice")
        if self.source is ThreatSource.REQUEST:
            require_date(self.requested_on, "threat.requested_on")
            require_text(self.requested_from, "threat.requested_from", max_length=200)
        elif self.requested_on is not None or self.requested_from is not None:
            raise DomainError("threat.requested_on belongs to a request only.",
                              field="threat.requested_on", rule="not_applicable")
        elif self.answer is None:
            raise DomainError("threat.level: a threat assessment not asked for must carry "
                              "the assessment.",
                              field="threat.level", rule="required")
        if (self.answer is None) != (self.received_on is None):
            raise DomainError("threat.received_on goes with the received assessment.",
                              field="threat.received_on", rule="required")
        if self.received_on is not None:
            require_date(self.received_on, "threat.received_on")
            require_order(self.requested_on, self.received_on, "threat.received_on",
                          "the request")
        if self.answer is not None and self.received_on is not None:
            require_order(self.answer.assessed_on, self.received_on, "threat.received_on",
                          "the Police's assessment date")
        if (self.followup_id is not None) != (self.source is ThreatSource.POLICE_FOLLOWUP):
            raise DomainError("threat.followup_id: only a threat changed at a follow-up "
                              "names the follow-up.",
                              field="threat.followup_id", rule="not_applicable")

    @property
    def awaiting(self) -> bool:
        return self.answer is None
