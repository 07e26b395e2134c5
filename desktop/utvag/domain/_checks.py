"""Small validation helpers shared by the domain's dataclasses."""

from __future__ import annotations

from datetime import date, datetime

from utvag.domain.errors import DomainError

MAX_TEXT = 4000


def require_text(value: object, field: str, *, max_length: int = MAX_TEXT) -> None:
    """``value`` must be a non-blank string of at most ``max_length`` characters."""
    if not isinstance(value, str) or not value.strip():
        raise DomainError(f"{field} must not be empty.", field=field, rule="required")
    if len(value) > max_length:
        raise DomainError(
            f"{field} is longer than {max_length} characters.", field=field, rule="max_length"
        )


def optional_text(value: object, field: str, *, max_length: int = MAX_TEXT) -> None:
    """``value`` is None or a string of at most ``max_length`` characters."""
    if value is None:
        return
    if not isinstance(value, str):
        raise DomainError(f"{field} must be text.", field=field, rule="type")
    if len(value) > max_length:
        raise DomainError(
            f"{field} is longer than {max_length} characters.", field=field, rule="max_length"
        )


def require_date(value: object, field: str) -> None:
    if not isinstance(value, date):
        raise DomainError(f"{field} must be a date.", field=field, rule="type")


def require_aware(value: object, field: str) -> None:
    """``value`` must be a date and time with a time zone (a recorded instant, not a wall-clock
    reading)."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise DomainError(f"{field} must be a date and time with a time zone.", field=field,
                          rule="type")


def require_order(earlier: date | None, later: date | None, field: str, what: str) -> None:
    """``later`` must not be before ``earlier`` when both are known."""
    if earlier is not None and later is not None and later < earlier:
        raise DomainError(f"{field} must not be before {what}.", field=field, rule="date_order")
