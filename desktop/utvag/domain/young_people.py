"""Young people: age on a given day, guardians, their positions on the consent, and what the
assessment of a minor asks.

A defector can be any age (guideline, "Definitioner › Avhoppare": «oavsett ålder»; LVU is among
its laws). A person under 18 has guardians (*vårdnadshavare*), who are normally spoken to but can
be part of the threat, so whether a guardian may be contacted is recorded and shown wherever
contact is suggested. Seed 004 ("Myndighetsutövande socialtjänst barn och unga"): «Det är endast
i undantagsfall som samtal *inte* hålls med ungdom och vårdnadshavare», and (Barnkonventionen
art. 3) «det offentliga och privata [ska] alltid handla utifrån vad som bedöms vara barnets
bästa».

Age is computed on each day it matters (the consent date, the assessment date), never stored.
A person born on 29 February turns a year older on 1 March in a year without that day: they
are a minor until the day has fully passed, the reading that keeps the protections for minors
one day longer rather than one day shorter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from utvag.domain._checks import optional_text, require_text
from utvag.domain.errors import DomainError
from utvag.domain.personal_number import parse_personal_number

AGE_OF_MAJORITY = 18


def age_on(birth_date: date, day: date) -> int:
    """Completed years on ``day`` (a 29 February birthday falls on 1 March in other years)."""
    if day < birth_date:
        raise DomainError("The day is before the date of birth.", field="birth_date",
                          rule="date_order")
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def is_minor_on(birth_date: date, day: date) -> bool:
    """Under 18 on ``day``. A day before the birth counts as a minor (not yet born is not an
    adult; the callers' own date checks refuse such days)."""
    return day < birth_date or age_on(birth_date, day) < AGE_OF_MAJORITY


def majority_on(birth_date: date) -> date:
    """The first day the person is 18."""
    year = birth_date.year + AGE_OF_MAJORITY
    try:
        return birth_date.replace(year=year)
    except ValueError:  # 29 February in a year without it
        return date(year, 3, 1)


def birth_date_of(personal_number: str | None, birth_date: str | date | None, *,
                  today: date | None = None) -> date | None:
    """The date of birth from the identity number (a coordination number has the day plus 60)
    or, for a person without one, from the recorded birth date; None when neither is known."""
    if personal_number:
        return parse_personal_number(personal_number, today=today).birth_date
    if isinstance(birth_date, date):
        return birth_date
    if birth_date:
        try:
            return date.fromisoformat(birth_date)
        except ValueError:
            raise DomainError("The date of birth is not a date.", field="birth_date",
                              rule="format") from None
    return None


@dataclass(frozen=True)
class Guardian:
    """A guardian of a young person. ``may_contact`` False means the guardian must not be
    contacted (for instance because they are part of the threat); ``no_contact_reason`` then
    says why, and is required."""

    name: str = field(repr=False)
    contact: str | None = field(default=None, repr=False)
    may_contact: bool = True
    no_contact_reason: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        require_text(self.name, "guardian.name", max_length=200)
        optional_text(self.contact, "guardian.contact", max_length=500)
        optional_text(self.no_contact_reason, "guardian.no_contact_reason", max_length=1000)
        if not self.may_contact and not (self.no_contact_reason or "").strip():
            raise DomainError(
                "guardian.no_contact_reason is required when the guardian may not be contacted.",
                field="guardian.no_contact_reason", rule="required")


class ConsentParty(StrEnum):
    YOUNG_PERSON = "young_person"
    GUARDIAN = "guardian"


class ConsentPosition(StrEnum):
    """Where a party stands on lifting confidentiality."""

    AGREES = "agrees"
    OPPOSES = "opposes"
    NOT_ASKED = "not_asked"  # e.g. a guardian who may not be contacted


@dataclass(frozen=True)
class PartyPosition:
    """The young person's or one guardian's position on the consent, on ``stated_on``."""

    party: ConsentParty
    position: ConsentPosition
    stated_on: date
    guardian_ref: str | None = None
    note: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        optional_text(self.note, "position.note", max_length=1000)
        if (self.party is ConsentParty.GUARDIAN) != (self.guardian_ref is not None):
            raise DomainError("A guardian's position names the guardian; the young person's "
                              "does not.", field="position.guardian", rule="required")
        if self.position is ConsentPosition.NOT_ASKED and not (self.note or "").strip():
            raise DomainError("position.note is required when a party was not asked: say why.",
                              field="position.note", rule="required")


def contact_refusal(guardian: Guardian, position: ConsentPosition) -> DomainError | None:
    """A guardian who may not be contacted cannot have stated a position (they were not asked);
    recording one would mean someone contacted them."""
    if not guardian.may_contact and position is not ConsentPosition.NOT_ASKED:
        return DomainError("This guardian may not be contacted; record their position as "
                           "not asked.", field="position.position", rule="may_not_contact")
    return None


@dataclass(frozen=True)
class MinorAssessment:
    """What the assessment of a minor adds: the child's best interests, the conversations with
    the young person and the guardians (a reason is required when one was not held), and whether
    care under LVU was considered, with a note."""

    best_interests: str = field(repr=False)
    talked_with_young_person: bool
    talked_with_guardians: bool
    lvu_considered: bool
    no_conversation_reason: str | None = field(default=None, repr=False)
    lvu_note: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        require_text(self.best_interests, "minor.best_interests", max_length=4000)
        optional_text(self.no_conversation_reason, "minor.no_conversation_reason",
                      max_length=4000)
        optional_text(self.lvu_note, "minor.lvu_note", max_length=4000)
        held_both = self.talked_with_young_person and self.talked_with_guardians
        if not held_both and not (self.no_conversation_reason or "").strip():
            raise DomainError(
                "minor.no_conversation_reason is required: a conversation with the young person "
                "and the guardians is left out only in exceptional cases, and the reason is "
                "recorded.", field="minor.no_conversation_reason", rule="required")
        if not (self.lvu_note or "").strip():
            raise DomainError("minor.lvu_note is required: say what the consideration of LVU "
                              "found, or why it was not considered.", field="minor.lvu_note",
                              rule="required")
