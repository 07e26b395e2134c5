"""The transfer format's single error type.

Every malformed, tampered, untrusted, expired, replayed or misaddressed input is refused with a
:class:`PackageError`. Its message is plain English fit to show a caseworker; it never contains key
material or case data, only unit names, public fingerprints, document names and dates (an
attachment is named only as one: its entry name is its file name).
"""

from __future__ import annotations

from utvag.errors import MessageError


class PackageError(MessageError):
    """A transfer package, key card, receipt or stored identity was refused."""


class PackageExpiredError(PackageError):
    """The package's validity period is over; ``expires`` is when, as people read it."""

    def __init__(self, message: str, expires: str) -> None:
        super().__init__(message)
        self.expires = expires
