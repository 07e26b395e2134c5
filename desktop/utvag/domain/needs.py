"""The person's needs (*behov*) found by the investigation, and their follow-up.

The guideline asks that «individens livssituation och behov utredas» to «besluta om adekvat
insats», and that the caseworker «i individärendet följa upp om individens behov tillgodoses med
de beslutade insatserna» (section "Uppföljning"). Utväg records each need under one area, links it
to the interventions meant to meet it, and records at each follow-up whether the need is met,
partly met or not met. The areas are coded, so the yearly statistics count them and never text.

The follow-up date comes from the recorded dates, never typed: an intervention linked to a need
is due for a needs follow-up :data:`NEED_FOLLOWUP_MONTHS` months after it was decided or after its
latest needs follow-up, and on its end date if it ends sooner. «Regelbundet» is not a number in
the guideline; three months matches the cadence of the Police follow-ups in
:mod:`utvag.domain.deadlines`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from utvag.domain._checks import optional_text, require_date
from utvag.domain.errors import DomainError

NEED_FOLLOWUP_MONTHS = 3
MAX_NEED_TEXT = 1000


class NeedArea(StrEnum):
    """The areas a need is recorded under."""

    SAFETY_HOUSING = "safety_housing"
    LIVELIHOOD = "livelihood"
    EMPLOYMENT_SCHOOL = "employment_school"
    HEALTH_ADDICTION = "health_addiction"
    RELATIONS = "relations"
    CRIMINALITY = "criminality"


class NeedOutcome(StrEnum):
    """What a follow-up found: is the need met by the decided interventions?"""

    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"


@dataclass(frozen=True)
class Need:
    """A need found by the investigation. ``description`` is optional and never counted."""

    area: NeedArea
    identified_on: date
    description: str | None = field(default=None, repr=False)
    record_id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.area, NeedArea):
            raise DomainError("need.area must be one of " + ", ".join(a.value for a in NeedArea),
                              field="need.area", rule="invalid")
        require_date(self.identified_on, "need.identified_on")
        optional_text(self.description, "need.description", max_length=MAX_NEED_TEXT)


@dataclass(frozen=True)
class NeedFollowUp:
    """One follow-up of a need: when, the outcome, and through which intervention (``None`` for
    a follow-up that arrived with a transferred case, whose interventions stay behind)."""

    need_id: int
    held_on: date
    outcome: NeedOutcome
    intervention_id: int | None = None
    note: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        require_date(self.held_on, "need_followup.held_on")
        if not isinstance(self.outcome, NeedOutcome):
            raise DomainError("need_followup.outcome must be one of "
                              + ", ".join(o.value for o in NeedOutcome),
                              field="need_followup.outcome", rule="invalid")
        optional_text(self.note, "need_followup.note", max_length=MAX_NEED_TEXT)


def check_followup_dates(need: Need, intervention_decided_on: date | None,
                         followup: NeedFollowUp) -> None:
    """A follow-up is not held before the need was found, nor before the intervention it
    follows up was decided."""
    if followup.held_on < need.identified_on:
        raise DomainError("need_followup.held_on must not be before the need was identified.",
                          field="need_followup.held_on", rule="date_order")
    if intervention_decided_on is not None and followup.held_on < intervention_decided_on:
        raise DomainError("need_followup.held_on must not be before the intervention was "
                          "decided.", field="need_followup.held_on", rule="date_order")


def latest_outcome(followups: list[NeedFollowUp] | tuple[NeedFollowUp, ...],
                   before: date | None = None) -> NeedOutcome | None:
    """The outcome of the latest follow-up (held before ``before``, when given); ``None`` when
    the need has not been followed up. Ties on the day go to the later record."""
    held = [f for f in followups if before is None or f.held_on < before]
    if not held:
        return None
    return max(enumerate(held), key=lambda p: (p[1].held_on, p[0]))[1].outcome
