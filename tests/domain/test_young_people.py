"""Age on the day it matters, guardians, positions on the consent and the minor's assessment."""

from __future__ import annotations

from datetime import date

import pytest

from utvag.domain.errors import DomainError
from utvag.domain.personal_number import luhn_check_digit
from utvag.domain.young_people import (
    ConsentParty,
    ConsentPosition,
    Guardian,
    MinorAssessment,
    PartyPosition,
    age_on,
    birth_date_of,
    contact_refusal,
    is_minor_on,
    majority_on,
)


def number(yyyymmdd: str, serial: str = "238") -> str:
    return f"{yyyymmdd}-{serial}{luhn_check_digit(yyyymmdd[2:] + serial)}"


def test_a_person_is_a_minor_the_day_before_the_18th_birthday_and_an_adult_on_it() -> None:
    born = date(2008, 5, 14)
    assert is_minor_on(born, date(2026, 5, 13))
    assert age_on(born, date(2026, 5, 13)) == 17
    assert not is_minor_on(born, date(2026, 5, 14))
    assert age_on(born, date(2026, 5, 14)) == 18
    assert majority_on(born) == date(2026, 5, 14)


def test_a_29_february_birth_turns_18_on_1_march_in_a_year_without_that_day() -> None:
    born = date(2008, 2, 29)
    assert majority_on(born) == date(2026, 3, 1)
    assert is_minor_on(born, date(2026, 2, 28))
    assert not is_minor_on(born, date(2026, 3, 1))


def test_an_18th_birthday_never_falls_in_a_leap_year_for_a_29_february_birth() -> None:
    # year + 18 is never a leap year when year is one, so every such birth turns 18 on 1 March
    for year in (2000, 2004, 2008, 2012):
        assert majority_on(date(year, 2, 29)) == date(year + 18, 3, 1)
    assert majority_on(date(2008, 2, 28)) == date(2026, 2, 28)


def test_age_is_computed_from_the_identity_number_and_a_coordination_number_minus_60() -> None:
    today = date(2026, 12, 7)
    assert birth_date_of(number("20081207"), None, today=today) == date(2008, 12, 7)
    coordination = number("20081267")  # day 07 + 60
    born = birth_date_of(coordination, None, today=today)
    assert born == date(2008, 12, 7)
    assert born is not None and not is_minor_on(born, today)
    assert is_minor_on(born, date(2026, 12, 6))


def test_without_a_number_the_recorded_birth_date_counts() -> None:
    assert birth_date_of(None, "2010-01-02") == date(2010, 1, 2)
    assert birth_date_of(None, None) is None
    with pytest.raises(DomainError):
        birth_date_of(None, "not a date")


def test_a_guardian_who_may_not_be_contacted_needs_a_reason() -> None:
    with pytest.raises(DomainError) as caught:
        Guardian("Anna Andersson", "070-1234567", may_contact=False)
    assert caught.value.field == "guardian.no_contact_reason"
    guardian = Guardian("Anna Andersson", None, may_contact=False,
                        no_contact_reason="Part of the threat according to the Police")
    assert contact_refusal(guardian, ConsentPosition.AGREES) is not None
    assert contact_refusal(guardian, ConsentPosition.NOT_ASKED) is None
    with pytest.raises(DomainError):
        Guardian("  ")


def test_a_position_not_asked_says_why_and_a_guardian_position_names_the_guardian() -> None:
    with pytest.raises(DomainError):
        PartyPosition(ConsentParty.GUARDIAN, ConsentPosition.AGREES, date(2026, 1, 1))
    with pytest.raises(DomainError):
        PartyPosition(ConsentParty.YOUNG_PERSON, ConsentPosition.NOT_ASKED, date(2026, 1, 1))
    PartyPosition(ConsentParty.GUARDIAN, ConsentPosition.NOT_ASKED, date(2026, 1, 1), "3",
                  "may not be contacted")


def test_a_conversation_not_held_needs_a_reason_and_lvu_needs_a_note() -> None:
    MinorAssessment("Safety first", True, True, False, lvu_note="No grounds under LVU")
    with pytest.raises(DomainError) as caught:
        MinorAssessment("Safety first", True, False, False, lvu_note="none")
    assert caught.value.field == "minor.no_conversation_reason"
    MinorAssessment("Safety first", True, False, True, "The guardian is part of the threat",
                    "Considered; voluntary measures suffice")
    with pytest.raises(DomainError) as caught:
        MinorAssessment("Safety first", True, True, True)
    assert caught.value.field == "minor.lvu_note"
    with pytest.raises(DomainError):
        MinorAssessment(" ", True, True, True, lvu_note="x")
