"""Reading the members of ``case.json`` strictly: each refusal names the field, never its
content (``transfer.payload``, ``transfer.needs``, ``transfer.young``)."""

from __future__ import annotations

from typing import Any

from utvag.domain.display_text import is_one_line
from utvag.transfer import PackageError

MAX_TEXT = 1000  # a free-text member, unless the member says otherwise


class FieldError(PackageError):
    """A refusal that says which member and, in a list, which record (1-based for guardians,
    the record's id for notes and assessments): the sender reads it to tell the caseworker what
    to correct before anything is sealed (``transfer.sendable``). The message stays the one a
    receiver shows."""

    def __init__(self, message: str, field: str, record: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.record = record


def bad(field: str, record: int | None = None) -> FieldError:
    return FieldError(f"The case data in the package is not valid ({field})", field, record)


def text(value: Any, field: str, *, limit: int = MAX_TEXT, optional: bool = False,
         free: bool = False, record: int | None = None) -> Any:
    """Text that is not blank and at most *limit* characters long; None only where
    *optional*. One line without control or bidirectional formatting characters (the receiver
    shows it as the sender's name, number or user), unless *free*: a note's text is kept as
    written, and the command line neutralises what a terminal would act on."""
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise bad(field, record)
    if not free and not is_one_line(value):
        raise bad(field, record)
    return value


def exact_object(value: Any, keys: set[str], field: str) -> dict[str, Any]:
    """*value* as an object with exactly the members *keys*."""
    if not isinstance(value, dict) or set(value) != keys:
        raise bad(field)
    return value
