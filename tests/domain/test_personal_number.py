"""Personal identity numbers and coordination numbers: table tests and properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from utvag.domain.errors import DomainError
from utvag.domain.personal_number import (
    IdentityKind,
    NoSwedishNumber,
    PersonalNumber,
    is_valid_personal_number,
    luhn_check_digit,
    parse_personal_number,
    person_without_number,
)

TODAY = date(2025, 6, 15)
PNR = IdentityKind.PERSONAL_IDENTITY_NUMBER
SAMO = IdentityKind.COORDINATION_NUMBER


@pytest.mark.parametrize(
    ("text", "number", "kind", "birth_date"),
    [
        ("811218-9876", "19811218-9876", PNR, date(1981, 12, 18)),
        ("8112189876", "19811218-9876", PNR, date(1981, 12, 18)),
        ("19811218-9876", "19811218-9876", PNR, date(1981, 12, 18)),
        ("198112189876", "19811218-9876", PNR, date(1981, 12, 18)),
        ("  811218-9876 ", "19811218-9876", PNR, date(1981, 12, 18)),
        # the century of a 10-digit number: '-' under 100 this year, '+' from the year of 100
        ("121212-1212", "20121212-1212", PNR, date(2012, 12, 12)),
        ("121212+1212", "19121212-1212", PNR, date(1912, 12, 12)),
        ("19121212+1212", "19121212-1212", PNR, date(1912, 12, 12)),
        ("191212121212", "19121212-1212", PNR, date(1912, 12, 12)),
        ("250101+1239", "19250101-1239", PNR, date(1925, 1, 1)),
        ("19250101+1239", "19250101-1239", PNR, date(1925, 1, 1)),
        ("250101-1239", "20250101-1239", PNR, date(2025, 1, 1)),
        ("991231-1231", "19991231-1231", PNR, date(1999, 12, 31)),
        # leap days depend on the century
        ("000229-1235", "20000229-1235", PNR, date(2000, 2, 29)),
        ("240229-1237", "20240229-1237", PNR, date(2024, 2, 29)),
        # coordination numbers: day of birth + 60, kept in the normalised form
        ("701063-2391", "19701063-2391", SAMO, date(1970, 10, 3)),
        ("197010632391", "19701063-2391", SAMO, date(1970, 10, 3)),
        ("950375-3213", "19950375-3213", SAMO, date(1995, 3, 15)),
    ],
)
def test_valid_numbers_are_normalised(
    text: str, number: str, kind: IdentityKind, birth_date: date
) -> None:
    parsed = parse_personal_number(text, today=TODAY)
    assert parsed == PersonalNumber(number=number, kind=kind, birth_date=birth_date)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("811218-9875", "checksum"),
        ("8112189870", "checksum"),
        ("19811218-9870", "checksum"),
        ("811318-9875", "date"),  # month 13
        ("811232-9878", "date"),  # day 32
        ("701092-2396", "date"),  # coordination day 92 - 60 = 32
        ("000230-1232", "date"),  # 30 February
        ("000229+1235", "date"),  # 1900 was not a leap year
        ("251224-1239", "future_date"),  # later this year
        ("20300101-1232", "future_date"),
        ("20121212+1212", "separator"),  # '+' for someone under 100
        ("19260101+1238", "separator"),  # turns 99 this year
        ("", "format"),
        ("abc", "format"),
        ("81121-89876", "format"),
        ("811218*9876", "format"),
        ("811218 9876", "format"),
        ("811218--9876", "format"),
        ("81121898761", "format"),  # 11 digits
        ("٨١١٢١٨٩٨٧٦", "format"),  # non-ASCII digits
        ("1" * 100, "format"),
    ],
)
def test_invalid_numbers_name_the_rule(text: str, rule: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_personal_number(text, today=TODAY)
    assert caught.value.rule == rule
    assert caught.value.field == "personal_number"
    assert not is_valid_personal_number(text, today=TODAY)


def test_century_is_relative_to_today() -> None:
    # in 2024 a person born 1925 is 99 and still writes '-'
    assert parse_personal_number("250101-1239", today=date(2024, 12, 31)).birth_date == date(
        1925, 1, 1
    )
    assert parse_personal_number("250101-1239", today=date(2025, 1, 1)).birth_date == date(
        2025, 1, 1
    )


def test_error_messages_do_not_echo_the_number() -> None:
    with pytest.raises(DomainError) as caught:
        parse_personal_number("811218-9875", today=TODAY)
    assert "9875" not in str(caught.value)
    assert "811218" not in str(caught.value)
    assert "check digit" in str(caught.value)


def test_number_is_kept_out_of_repr_and_gender_is_not_exposed() -> None:
    parsed = parse_personal_number("811218-9876", today=TODAY)
    assert "9876" not in repr(parsed)
    assert parsed.masked() == "19811218-****"
    assert parsed.ten_digits == "8112189876"
    assert not any("gender" in name or "sex" in name for name in dir(parsed))


def test_field_name_can_be_chosen() -> None:
    with pytest.raises(DomainError) as caught:
        parse_personal_number("x", today=TODAY, field_name="relative.number")
    assert caught.value.field == "relative.number"


def test_no_swedish_number_keeps_the_birth_date() -> None:
    identity = person_without_number(date(2009, 4, 1), today=TODAY)
    assert identity == NoSwedishNumber(date(2009, 4, 1))
    assert identity.kind is IdentityKind.NO_SWEDISH_NUMBER
    with pytest.raises(DomainError) as caught:
        person_without_number(date(2026, 1, 1), today=TODAY)
    assert caught.value.rule == "future_date"


def test_luhn_known_values() -> None:
    assert luhn_check_digit("811218987") == 6
    assert luhn_check_digit("121212121") == 2
    with pytest.raises(ValueError):
        luhn_check_digit("12a")


@given(
    birth=st.dates(min_value=date(1926, 1, 1), max_value=TODAY),
    serial=st.integers(min_value=0, max_value=999),
    coordination=st.booleans(),
    separator=st.sampled_from(["-", ""]),
    twelve=st.booleans(),
)
def test_every_generated_number_round_trips(
    birth: date, serial: int, coordination: bool, separator: str, twelve: bool
) -> None:
    day = birth.day + (60 if coordination else 0)
    nine = f"{birth:%y%m}{day:02d}{serial:03d}"
    check = luhn_check_digit(nine)
    century = f"{birth.year // 100:02d}" if twelve else ""
    text = f"{century}{nine[:6]}{separator}{nine[6:]}{check}"
    parsed = parse_personal_number(text, today=TODAY)
    assert parsed.birth_date == birth
    assert parsed.kind is (SAMO if coordination else PNR)
    assert parsed.number == f"{birth.year:04d}{birth:%m}{day:02d}-{serial:03d}{check}"
    # any other last digit breaks the checksum
    wrong = (check + 1) % 10
    with pytest.raises(DomainError) as caught:
        parse_personal_number(text[:-1] + str(wrong), today=TODAY)
    assert caught.value.rule == "checksum"
