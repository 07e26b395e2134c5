"""A concern report (*orosanmälan*) about a child as a record of its own, with or before a case.

Seed 004 (Socialnämnden Centrum, "Myndighetsutövande socialtjänst barn och unga"): «Då
orosanmälan inkommer till respektive socialkontor ska myndighetsutövande socialtjänst göra en
skyddsbedömning inom 24 timmar för att bedöma om det finns direkt fara för den unge. En
förhandsbedömning ska sedan göras inom 14 dagar. Det är endast i undantagsfall som samtal *inte*
hålls med ungdom och vårdnadshavare vid en skyddsbedömning och förhandsbedömning.» The Police's
answer in the same seed: «I orosanmälan ges möjligheten för uppgiftslämnaren att ange att man
önskar återkoppling.» And «Orosanmälningar kommer också in i redan aktuella ärenden»: a report
may arrive before any case exists, or about a child whose case is already open.

The clocks themselves are in :mod:`utvag.domain.deadlines`; this module holds the vocabulary and
the rules a recorded step must satisfy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from utvag.domain._checks import optional_text, require_aware, require_date, require_text
from utvag.domain.errors import DomainError

MAX_REASON = 2000
MAX_NOTE = 2000


class ReporterType(StrEnum):
    """Who made the report (coded, so that statistics count kinds and never names)."""

    POLICE = "police"
    SCHOOL = "school"
    HEALTH_CARE = "health_care"
    PRIVATE_PERSON = "private_person"
    OTHER = "other"


class ProtectionOutcome(StrEnum):
    """The protection assessment: «om det finns direkt fara för den unge»."""

    IMMEDIATE_PROTECTION_NEEDED = "immediate_protection_needed"
    NO_IMMEDIATE_PROTECTION_NEEDED = "no_immediate_protection_needed"


class PreliminaryOutcome(StrEnum):
    """The preliminary assessment: whether an investigation is opened."""

    INVESTIGATION_OPENED = "investigation_opened"
    NO_INVESTIGATION = "no_investigation"


class Participant(StrEnum):
    """Who a conversation was held with («samtal … med ungdom och vårdnadshavare»)."""

    CHILD = "child"
    GUARDIAN = "guardian"
    REPORTER = "reporter"
    POLICE = "police"
    SCHOOL = "school"
    OTHER = "other"


def _after_receipt(at: datetime, received_at: datetime, field: str) -> None:
    require_aware(at, field)
    if at < received_at:
        raise DomainError(f"{field} must not be before the report was received.", field=field,
                          rule="date_order")


@dataclass(frozen=True)
class ProtectionAssessment:
    """The protection assessment (*skyddsbedömning*): when it was made and what it found."""

    assessed_at: datetime
    outcome: ProtectionOutcome

    def check(self, received_at: datetime) -> None:
        _after_receipt(self.assessed_at, received_at, "concern_report.protection_assessed_at")


@dataclass(frozen=True)
class PreliminaryAssessment:
    """The preliminary assessment (*förhandsbedömning*): whether an investigation was opened,
    and why (the reason is required either way: it is what the feedback and a later report
    about the same child build on)."""

    assessed_at: datetime
    outcome: PreliminaryOutcome
    reason: str = field(repr=False)

    def __post_init__(self) -> None:
        require_text(self.reason, "concern_report.preliminary_reason", max_length=MAX_REASON)

    def check(self, received_at: datetime) -> None:
        _after_receipt(self.assessed_at, received_at, "concern_report.preliminary_assessed_at")


def check_feedback(given_at: datetime, received_at: datetime) -> None:
    """Feedback (*återkoppling*) to the reporter cannot precede the report."""
    _after_receipt(given_at, received_at, "concern_report.feedback_given_at")


@dataclass(frozen=True)
class Conversation:
    """A conversation held about the report: on which day, and with whom."""

    held_on: date
    with_whom: tuple[Participant, ...]
    note: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        require_date(self.held_on, "concern_conversation.held_on")
        if not self.with_whom:
            raise DomainError("concern_conversation.with_whom must name at least one "
                              "participant.", field="concern_conversation.with_whom",
                              rule="required")
        if len(set(self.with_whom)) != len(self.with_whom):
            raise DomainError("concern_conversation.with_whom names a participant twice.",
                              field="concern_conversation.with_whom", rule="duplicate")
        optional_text(self.note, "concern_conversation.note", max_length=MAX_NOTE)

    def check(self, received_on: date, today: date) -> None:
        if self.held_on < received_on:
            raise DomainError("concern_conversation.held_on must not be before the report was "
                              "received.", field="concern_conversation.held_on",
                              rule="date_order")
        if self.held_on > today:
            raise DomainError("concern_conversation.held_on must not be in the future.",
                              field="concern_conversation.held_on", rule="date_in_future")
