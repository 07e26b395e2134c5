"""Pure checks for freshness: expiry, replayed package ids and per-sender sequence numbers.

They take the stored state as arguments; the vault keeps that state (seen ids, the last sequence
number per sender) and must record a package's id and sequence in the same transaction in which it
imports the package.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from utvag.transfer.encoding import human_time
from utvag.transfer.errors import PackageError, PackageExpiredError
from utvag.transfer.limits import MAX_CLOCK_SKEW, MAX_LIFETIME


@dataclass(frozen=True)
class ReplayState:
    """What the receiving vault already knows.

    ``seen_package_ids`` holds the 16-byte ids of every package (and receipt) imported so far;
    ``last_sequences`` maps a sender's key id to the highest sequence number imported from it.
    Any ``Container``/``Mapping`` will do, so the vault may answer from its database lazily.
    """

    seen_package_ids: Container[bytes] = frozenset()
    last_sequences: Mapping[bytes, int] = field(default_factory=dict)


def check_not_replayed(package_id: bytes, seen_package_ids: Container[bytes]) -> None:
    if package_id in seen_package_ids:
        raise PackageError("This package has already been imported")


def check_sequence(sequence: int, last_seen: int | None, sender_unit: str) -> None:
    """A sender's sequence numbers must strictly increase at each receiver."""
    if last_seen is not None and sequence <= last_seen:
        raise PackageError(
            f"This package from {sender_unit} is older than one already imported "
            f"(number {sequence}, last imported {last_seen}); ask {sender_unit} to resend it"
        )


def check_validity(created: datetime, expires: datetime, now: datetime) -> None:
    """Refuse expired packages, packages from the future and over-long validity periods."""
    if not created < expires or expires - created > MAX_LIFETIME:
        raise PackageError("The package's validity period is not allowed")
    if now >= expires:
        raise PackageExpiredError(f"The package expired on {human_time(expires)}",
                                  human_time(expires))
    if created > now + MAX_CLOCK_SKEW:
        raise PackageError(
            f"The package claims to have been made on {human_time(created)}, which is in the "
            "future; check the clock of this computer and of the sender's"
        )
