"""Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer).

Accepted input: 10 digits ``YYMMDDNNNC`` or 12 digits ``YYYYMMDDNNNC``, each with or without a
separator before the last four digits. ``-`` is the usual separator; ``+`` marks a person who turns
100 or more in the current year (Skatteverket changes the separator at the start of the year the
person turns 100), which is how the century of a 10-digit number is chosen. The last digit is a
Luhn check digit over the 10-digit form. A coordination number has the day of birth plus 60.

The normalised form is always ``YYYYMMDD-NNNC`` (the coordination number keeps its day + 60).
The ninth digit is not exposed: it says nothing the case needs, and gender is never derived from
it. Error messages never repeat the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from utvag.domain.errors import DomainError

_PATTERN = re.compile(
    r"(?P<century>[0-9]{2})?(?P<yy>[0-9]{2})(?P<mm>[0-9]{2})(?P<dd>[0-9]{2})"
    r"(?P<sep>[-+])?(?P<serial>[0-9]{3})(?P<check>[0-9])"
)
_COORDINATION_OFFSET = 60
_MAX_INPUT = 32


class IdentityKind(StrEnum):
    """What kind of identity a person is registered with."""

    PERSONAL_IDENTITY_NUMBER = "personal_identity_number"
    COORDINATION_NUMBER = "coordination_number"
    NO_SWEDISH_NUMBER = "no_swedish_number"


@dataclass(frozen=True)
class PersonalNumber:
    """A validated personnummer or samordningsnummer.

    ``number`` is the normalised ``YYYYMMDD-NNNC``; it is left out of ``repr`` so that it does not
    end up in logs or tracebacks by accident.
    """

    number: str = field(repr=False)
    kind: IdentityKind
    birth_date: date = field(repr=False)

    def masked(self) -> str:
        """The number with its last four digits hidden, e.g. ``19811218-****``."""
        return self.number[:9] + "****"

    @property
    def ten_digits(self) -> str:
        """The 10-digit form without separator, as used by the Luhn check."""
        return self.number[2:8] + self.number[9:]


@dataclass(frozen=True)
class NoSwedishNumber:
    """A person without a Swedish number, known by date of birth only."""

    birth_date: date = field(repr=False)

    @property
    def kind(self) -> IdentityKind:
        return IdentityKind.NO_SWEDISH_NUMBER


PersonIdentity = PersonalNumber | NoSwedishNumber


def luhn_check_digit(digits: str) -> int:
    """The Luhn check digit for ``digits`` (weights 2, 1, 2, … from the left for nine digits)."""
    if not digits.isascii() or not digits.isdigit():
        raise ValueError("digits must be ASCII decimal digits")
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def _error(message: str, rule: str, field_name: str) -> DomainError:
    return DomainError(f"Personal identity number {message}.", field=field_name, rule=rule)


def _year_for_ten_digits(yy: int, plus: bool, today: date) -> int:
    """Choose the century: ``-`` means under 100 this year, ``+`` means 100 or more."""
    year = today.year - (today.year - yy) % 100
    return year - 100 if plus else year


def parse_personal_number(
    text: str, *, today: date | None = None, field_name: str = "personal_number"
) -> PersonalNumber:
    """Validate ``text`` and return it normalised.

    ``today`` decides the century of a 10-digit number and what counts as the future; it defaults
    to the system date. Raises :class:`DomainError` with ``rule`` one of ``format``, ``checksum``,
    ``date``, ``future_date`` or ``separator``.
    """
    today = today if today is not None else date.today()
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        raise _error("must be 10 or 12 digits", "format", field_name)
    match = _PATTERN.fullmatch(text.strip())
    if match is None:
        raise _error(
            "must be 10 or 12 digits, with an optional '-' or '+' before the last four",
            "format",
            field_name,
        )
    yy, mm, dd = match["yy"], match["mm"], match["dd"]
    serial, check = match["serial"], match["check"]
    if luhn_check_digit(yy + mm + dd + serial) != int(check):
        raise _error("has a wrong check digit (the last digit)", "checksum", field_name)

    day = int(dd)
    kind = IdentityKind.PERSONAL_IDENTITY_NUMBER
    if day > _COORDINATION_OFFSET:
        kind = IdentityKind.COORDINATION_NUMBER
        day -= _COORDINATION_OFFSET

    plus = match["sep"] == "+"
    if match["century"] is not None:
        year = int(match["century"] + yy)
        if plus and today.year - year < 100:
            raise _error(
                "has '+', which is only used from the year a person turns 100",
                "separator",
                field_name,
            )
    else:
        year = _year_for_ten_digits(int(yy), plus, today)

    try:
        birth_date = date(year, int(mm), day)
    except ValueError:
        raise _error("does not contain a real date of birth", "date", field_name) from None
    if birth_date > today:
        raise _error("has a date of birth in the future", "future_date", field_name)

    number = f"{year:04d}{mm}{dd}-{serial}{check}"
    return PersonalNumber(number=number, kind=kind, birth_date=birth_date)


def person_without_number(
    birth_date: date, *, today: date | None = None, field_name: str = "birth_date"
) -> NoSwedishNumber:
    """Identity for a person with no Swedish number: the date of birth must not be in the future."""
    today = today if today is not None else date.today()
    if not isinstance(birth_date, date):
        raise DomainError("Date of birth must be a date.", field=field_name, rule="format")
    if birth_date > today:
        raise DomainError(
            "Date of birth must not be in the future.", field=field_name, rule="future_date"
        )
    return NoSwedishNumber(birth_date=birth_date)


def is_valid_personal_number(text: str, *, today: date | None = None) -> bool:
    """True when :func:`parse_personal_number` accepts ``text``."""
    try:
        parse_personal_number(text, today=today)
    except DomainError:
        return False
    return True
