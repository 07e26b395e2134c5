"""The city office's side of the yearly statistics: open every unit's contribution, add them up,
and only then suppress small counts in the combined table (``docs/statistics.md``).

A merge is all or nothing. Every file is verified and decrypted first, exactly as a transfer
package is (addressed to this vault's key, signed by a trusted card that is neither revoked nor
untrusted, unchanged, not expired, kind 9); then the set must hold each package once and each
contributor once per year, all for the same year. Any refusal names the file and the reason,
and nothing is published: no report, no export — only a ``statistics.merge_refused`` audit row
with the reason code. A successful merge is audited (``statistics.merge``) with the year, the
package ids and the contributors.

A merge keeps no counts in the vault: it is recomputed from the files each time, so running it
again with one more unit's contribution cannot count anything twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from utvag.errors import IntegrityError, RefusedError, UsageError
from utvag.services import statistics
from utvag.services.session import Session
from utvag.services.statistics import Counts, Report
from utvag.services.statistics_contribution import (
    card_name,
    from_document,
    is_city_office,
    vault_is_city_office,
)
from utvag.services.transfer.importer import reason_code
from utvag.services.transfer.key_changes import identity_for_package
from utvag.services.transfer.keys import check_new_file, trusted_cards
from utvag.transfer import MemorySink, PackageKind, open_package
from utvag.transfer.errors import PackageError
from utvag.transfer.names import STATISTICS_DOCUMENT

MAX_FILES = 200
_MAX_DOCUMENT = 16 * 1024 * 1024


@dataclass(frozen=True)
class Contribution:
    """One verified contribution: who sent it, which package, and its exact counts."""

    file: str
    unit: str
    contributor: str  # the sending card's name (a unit, or a person at a unit)
    fingerprint: str
    package_id: str
    created: str
    counts: Counts

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "unit": self.unit, "contributor": self.contributor,
                "fingerprint": self.fingerprint, "package_id": self.package_id,
                "created": self.created}


@dataclass(frozen=True)
class MergeResult:
    year: int
    contributions: tuple[Contribution, ...]
    report: Report

    def to_json(self) -> dict[str, Any]:
        return {**self.report.to_json(),
                "contributions": [c.to_json() for c in self.contributions]}


def check_paths(paths: Sequence[Path]) -> list[Path]:
    """What can be checked before the vault is opened."""
    if not paths:
        raise UsageError("Name at least one contribution file.")
    if len(paths) > MAX_FILES:
        raise UsageError(f"At most {MAX_FILES} contribution files can be merged at once.")
    for path in paths:
        if not Path(path).is_file():
            raise UsageError(f"{path} is not a readable file.")
    return [Path(p) for p in paths]


def _refuse(session: Session, code: str, error: Exception) -> NoReturn:
    vault = session.vault
    with vault.transaction():
        vault.audit("statistics.merge_refused", detail={"reason": code})
    raise error


def _open_one(session: Session, path: Path, now: datetime) -> Contribution:
    cards = trusted_cards(session)
    with open(path, "rb") as handle:
        identity = identity_for_package(
            session, handle, "This vault has no transfer key yet, so no contribution can be "
                             "addressed to it")
        if not is_city_office(identity.card):
            raise PackageError("The contribution is addressed to a key of this vault that is "
                               "not the city office's")
        sink = MemorySink(max_total=_MAX_DOCUMENT)
        opened = open_package(handle, identity=identity, trusted=[t.card for t in cards],
                              sink=sink, expected_kind=PackageKind.STATISTICS_CONTRIBUTION,
                              now=now)
    unit, counts = from_document(sink.entries[STATISTICS_DOCUMENT])
    if unit != opened.sender.unit:
        raise PackageError("The package's contents do not match its envelope; it was altered")
    return Contribution(path.name, unit, card_name(opened.sender),
                        opened.sender.fingerprint, opened.package_id.hex(),
                        opened.header.created.isoformat(), counts)


def open_contributions(session: Session, paths: Sequence[Path], *,
                       now: datetime | None = None) -> list[Contribution]:
    """Verify and decrypt every file; refuse duplicates and mixed years. Nothing is written
    except, on a refusal, its audit row."""
    moment = now or datetime.now(UTC)
    checked = check_paths(paths)
    if not vault_is_city_office(session):
        raise RefusedError("Only the city office's vault merges statistics contributions; "
                           "contributions are sealed to its key and open nowhere else.")
    found: list[Contribution] = []
    for path in checked:
        try:
            item = _open_one(session, path, moment)
        except PackageError as exc:
            _refuse(session, reason_code(exc.message), IntegrityError(
                f"{path.name}: {exc.message}; nothing was merged."))
        except OSError:
            _refuse(session, "unreadable", UsageError(f"Cannot read {path}."))
        for other in found:
            if other.package_id == item.package_id:
                _refuse(session, "duplicate_package", RefusedError(
                    f"{other.file} and {item.file} are the same contribution (package "
                    f"{item.package_id}); give each file once. Nothing was merged."))
            if other.contributor == item.contributor and other.counts.year == item.counts.year:
                _refuse(session, "duplicate_contributor", RefusedError(
                    f"{item.contributor} contributed to {item.counts.year} twice ({other.file}, "
                    f"made {other.created[:10]}, and {item.file}, made {item.created[:10]}); "
                    "merge only the one that counts. Nothing was merged."))
        found.append(item)
    years = sorted({c.counts.year for c in found})
    if len(years) > 1:
        _refuse(session, "mixed_years", RefusedError(
            f"The contributions are for different years ({', '.join(map(str, years))}); merge "
            "one year at a time. Nothing was merged."))
    return found


def merge(session: Session, paths: Sequence[Path], *, now: datetime | None = None
          ) -> MergeResult:
    """Add up the contributions in *paths* and suppress the combined table."""
    found = open_contributions(session, paths, now=now)
    total = statistics.add([c.counts for c in found])
    contributors = tuple(sorted(c.contributor for c in found))
    report = statistics.publish(total, session.policy.statistics_threshold, contributors)
    vault = session.vault
    with vault.transaction():
        vault.audit("statistics.merge", detail={
            "year": total.year, "packages": [c.package_id for c in found],
            "contributors": list(contributors)})
    return MergeResult(total.year, tuple(found), report)


def export_csv(session: Session, result: MergeResult, out: Path) -> None:
    """Write the combined, suppressed table as CSV to a new file (audited as an export)."""
    statistics.export_csv(session, result.report, check_new_file(out))
