"""Reading what a user or a script hands a service: dates, times, ids, enum values, free text
and JSON objects with known fields, each refused with a message naming the field.

Every service parses its input here, so a date is read the same way in a follow-up, a
risk assessment and a disclosure, and no service reaches into another's private helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Literal, TypeVar, overload

from utvag.domain.errors import DomainError, DomainErrors
from utvag.errors import ValidationError

E = TypeVar("E", bound=Enum)
T = TypeVar("T")


def invalid(field: str, message: str, rule: str = "invalid") -> ValidationError:
    return ValidationError(f"{field}: {message}", field=field, rule=rule)



def from_domain(exc: DomainError) -> ValidationError:
    """The domain's refusal for the user; several problems are all listed, not counted."""
    field = getattr(exc, "field", None) or "input"
    text = str(exc)
    if isinstance(exc, DomainErrors):
        text = "; ".join(e.message for e in exc.errors)
    message = text if text.startswith(field) else f"{field}: {text}"
    return ValidationError(message, field=field, rule=getattr(exc, "rule", None))


def domain(build: Callable[[], T]) -> T:
    """``build()``, with the domain's refusal turned into the user's validation error."""
    try:
        return build()
    except DomainError as exc:
        raise from_domain(exc) from None


@overload
def parse_day(value: object, field: str, *, required: Literal[True] = True) -> date: ...
@overload
def parse_day(value: object, field: str, *, required: bool) -> date | None: ...
def parse_day(value: object, field: str, *, required: bool = True) -> date | None:
    return _iso(value, date.fromisoformat, required,
                lambda: invalid(field, "is required (YYYY-MM-DD)", "required"),
                lambda: invalid(field, "must be a date as YYYY-MM-DD"))


@overload
def parse_instant(value: object, field: str, *, required: Literal[True] = True) -> datetime: ...
@overload
def parse_instant(value: object, field: str, *, required: bool) -> datetime | None: ...
def parse_instant(value: object, field: str, *, required: bool = True) -> datetime | None:
    """A date and time (in UTC); without a zone it is read as the computer's local time."""
    parsed = _iso(value, datetime.fromisoformat, required,
                  lambda: invalid(field, "is required (YYYY-MM-DDTHH:MM)", "required"),
                  lambda: invalid(field, "must be a date and time as YYYY-MM-DDTHH:MM"))
    if parsed is None:
        return None
    return (parsed if parsed.tzinfo else parsed.astimezone()).astimezone(UTC)


def _iso(value: object, parse: Callable[[str], T], required: bool,
         missing: Callable[[], ValidationError], malformed: Callable[[], ValidationError]
         ) -> T | None:
    """*value* read by *parse* from its ISO text; blank is refused as *missing* where it is
    required (otherwise None), anything else *parse* cannot read as *malformed*."""
    if value in (None, ""):
        if required:
            raise missing()
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        return parse(value)
    except ValueError:
        raise malformed() from None


def past_day(value: object, field: str, *, default: date | None = None) -> date:
    """A date no later than today; when none is given, *default* (without one it is required)."""
    if value in (None, "") and default is not None:
        return default
    day = parse_day(value, field)
    if day > date.today():
        raise invalid(field, "must not be in the future", "date_in_future")
    return day


def iso(value: date | datetime | None) -> str | None:
    """How dates (``YYYY-MM-DD``) and times (UTC, to the second) are stored."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    return value.isoformat()


def choice(enum: type[E], value: object, field: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise invalid(field, "must be one of "
                      + ", ".join(str(e.value) for e in enum)) from None


def choices(enum: type[E], values: object, field: str) -> tuple[E, ...]:
    """A list of enum values (none when not given)."""
    if values is None:
        return ()
    if not isinstance(values, list | tuple):
        raise invalid(field, "must be a list")
    return tuple(choice(enum, v, field) for v in values)


def record_ids(value: object, field: str) -> tuple[int, ...]:
    """A list of record ids (none when not given)."""
    given = value or []
    if not isinstance(given, list | tuple) or not all(
            isinstance(i, int) and not isinstance(i, bool) for i in given):
        raise invalid(field, "must be a list of record ids")
    return tuple(given)


def known(data: object, allowed: set[str]) -> dict[str, Any]:
    """A JSON object whose fields are all among ``allowed``."""
    if not isinstance(data, dict):
        raise invalid("input", "must be a JSON object")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise invalid(unknown[0], "is not a known field", "unknown_field")
    return data


def text(value: object, field: str) -> str | None:
    """Optional free text, trimmed; blank is None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise invalid(field, "must be text")
    return value.strip() or None


def required_text(value: object, field: str) -> str:
    """Free text that must be given, trimmed."""
    given = text(value, field)
    if given is None:
        raise invalid(field, "is required", "required")
    return given


def raw_text(value: object) -> str:
    """Text handed on to a domain dataclass that checks it (anything else arrives as blank, so
    the domain refuses it as missing)."""
    return value if isinstance(value, str) else ""
