"""Errors raised by the domain and the forms engine.

The domain layer imports nothing else of the application; the services layer translates these
errors into the application's own error types (and CLI exit codes). Messages name the field and
the rule that was broken and never repeat the offending value, so they are safe to log.
"""

from __future__ import annotations

from collections.abc import Iterable


class DomainError(ValueError):
    """Input that breaks a rule of the domain.

    ``field`` names the field (a domain attribute path or a form field id) and ``rule`` a stable
    machine code for the broken rule, e.g. ``"checksum"`` or ``"required"``.
    """

    def __init__(self, message: str, *, field: str | None = None, rule: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.rule = rule

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(field={self.field!r}, rule={self.rule!r})"


class DomainErrors(DomainError):
    """Several rule violations found at once, e.g. every invalid answer of an answers file.

    ``field`` and ``rule`` are those of the first error, so a caller that only handles
    :class:`DomainError` still gets a precise message.
    """

    def __init__(self, errors: Iterable[DomainError]) -> None:
        self.errors: tuple[DomainError, ...] = tuple(errors)
        if not self.errors:
            raise ValueError("DomainErrors needs at least one error")
        first = self.errors[0]
        if len(self.errors) == 1:
            message = first.message
        else:
            others = len(self.errors) - 1
            message = f"{first.message} (and {others} more problem{'s' if others > 1 else ''})"
        super().__init__(message, field=first.field, rule=first.rule)


def raise_if_any(errors: Iterable[DomainError]) -> None:
    """Raise the errors found, one alone as itself, several as :class:`DomainErrors`."""
    found = tuple(errors)
    if len(found) == 1:
        raise found[0]
    if found:
        raise DomainErrors(found)
