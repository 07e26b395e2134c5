"""Known errors: each carries a message fit for a user and the CLI exit code.

Anything that is not a ``UtvagError`` is a bug. Messages never contain case data.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_INTEGRITY = 4
EXIT_NOT_FOUND = 5
EXIT_REFUSED = 6


class MessageError(Exception):
    """An error whose text is exactly its message: the app's known errors and the transfer
    format's refusals."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UtvagError(MessageError):
    """A known, expected failure with a message for the user."""

    exit_code = EXIT_UNEXPECTED


class UsageError(UtvagError):
    exit_code = EXIT_USAGE


class AuthenticationError(UtvagError):
    """Wrong passphrase, recovery key or keyring secret."""

    exit_code = EXIT_AUTH


class IntegrityError(UtvagError):
    """Damaged, foreign or tampered data: vault files, audit chain, packages."""

    exit_code = EXIT_INTEGRITY


class ExpiredPackageError(IntegrityError):
    """A package arrived after its validity period; the sender resends the case as a new one."""

    rule = "package_expired"


class NotFoundError(UtvagError):
    exit_code = EXIT_NOT_FOUND


class VaultNotFoundError(NotFoundError):
    """There is no vault in the directory given."""


class RefusedError(UtvagError):
    """Refused by a rule of the guideline, a policy or the state of the vault."""

    exit_code = EXIT_REFUSED


class ValidationError(RefusedError):
    """Input that breaks a rule; ``field`` names the field, ``rule`` the rule."""

    def __init__(self, message: str, *, field: str | None = None, rule: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.rule = rule


class VaultBusyError(RefusedError):
    """The vault is open in another process."""


class RolledBackError(IntegrityError):
    """The vault is behind the audit head kept outside its folder: an earlier copy was put
    back."""
