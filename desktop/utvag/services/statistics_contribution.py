"""A unit's yearly statistics as a contribution to the city-wide report (guideline,
"Uppföljning": «Information inhämtas hos utsedda kontaktpersoner i respektive socialförvaltning
samt SAV och avser avidentifierade aggregerade data»).

The contribution carries the year's exact counts (:func:`utvag.services.statistics.count`) —
no person, no case number, no case id, only a count per unit and category — sealed and signed
as a package of kind 9 to the city office's key card. The counts are unsuppressed inside the
encryption so that the city office can add up every unit's numbers and suppress the combined
table once (``statistics_merge``); a suppressed table cannot be added up. The unit's own report
stays suppressed as before.

The document inside, ``statistics.json``, is canonical JSON::

    {"format": "utvag-statistics-contribution", "version": 2, "year": 2026,
     "unit": "Hisingen",
     "tables": {"opened": {"columns": ["Q1", …], "rows": {"Hisingen": [3, 0, 1, 2]}}, …},
     "received_from": {"Hisingen": {"opened": {"columns": ["Q1", …], "rows": {"SAV": […]}},
                                    "outcome": {…}, "milieu": {…}, "age_band": {…},
                                    "gender": {…}}}}

``received_from`` (version 2) holds, per sending unit, the counts of the cases it sent this unit
in the year (dated by the sending since schema 17; the format did not change, so contributions
of vaults before and after it merge together) — aggregated like the tables, never a row per
case — so that the city office counts a case that moved between two contributing vaults once
(``statistics_moves``). A version 1 document (no ``received_from``) is still read: its counts
are added as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from utvag.errors import RefusedError, UsageError
from utvag.services import statistics, vault_roles
from utvag.services.person_packages import seal_to_file
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.services.statistics import COLUMNS, ORDER, Counts, CountTable
from utvag.services.statistics_moves import CASE_TABLES, ReceivedFrom
from utvag.services.transfer.keys import (
    TrustedCard,
    check_new_file,
    is_city_office_card,
    own_identity,
    read_card_file,
    trusted_cards,
)
from utvag.transfer import PackageKind, PublicCard, SealedPackage
from utvag.transfer import encoding as enc
from utvag.transfer.errors import PackageError
from utvag.transfer.names import STATISTICS_DOCUMENT

FORMAT = "utvag-statistics-contribution"
VERSION = 2
READABLE_VERSIONS = (1, 2)
# Version 1 had no received_from and did not count the transfers a unit received.
_NEW_IN_2 = frozenset({"transfers_received"})
# Long enough for the city office to gather every unit's contribution for its yearly report.
LIFETIME = timedelta(days=180)
MAX_COUNT = 10**9
_WHAT = "statistics contribution"


@dataclass(frozen=True)
class ContributionResult(JsonResult):
    year: int
    path: str
    to_unit: str
    to_fingerprint: str
    package_id: str
    sequence: int
    expires: str


# -- the document ------------------------------------------------------------------------------


def to_document(counts: Counts, unit: str) -> bytes:
    """The canonical ``statistics.json`` for *counts*: only table ids, units, categories and
    whole numbers."""
    tables = {t.id: {"columns": list(t.columns),
                     "rows": {u: list(cells) for u, cells in zip(t.rows, t.cells, strict=True)}}
              for t in counts.tables}
    return enc.canonical_json({"format": FORMAT, "version": VERSION, "year": counts.year,
                               "unit": unit, "tables": tables,
                               "received_from": {r.unit: r.to_json()
                                                 for r in counts.received_from}})


def _damaged(detail: str) -> PackageError:
    return PackageError(f"The statistics in the contribution are damaged: {detail}")


def from_document(data: bytes) -> tuple[str, Counts]:
    """The unit and counts of a ``statistics.json``; anything else than exactly what
    :func:`to_document` writes is refused (:class:`PackageError`)."""
    doc = enc.parse_canonical_json(data, _WHAT)
    if doc.get("format") != FORMAT:
        raise _damaged("it is not a statistics contribution")
    version = enc.get_int(doc, "version", _WHAT)
    if version not in READABLE_VERSIONS:
        raise PackageError("The contribution was made by a newer version of Utväg")
    enc.require_keys(doc, {"format", "version", "year", "unit", "tables"}
                     | ({"received_from"} if version >= 2 else set()), _WHAT)
    year = enc.get_int(doc, "year", _WHAT, hi=9999)
    unit = enc.get_str(doc, "unit", _WHAT)
    raw_tables = enc.get_obj(doc, "tables", _WHAT)
    expected = set(ORDER) - (_NEW_IN_2 if version == 1 else set())
    if set(raw_tables) != expected:
        raise PackageError("The contribution holds other tables than this version counts; "
                           "both units need the same version of Utväg")
    tables = []
    for table_id in ORDER:
        if table_id not in expected:  # not counted by that version: nothing to add
            tables.append(CountTable(table_id, (), COLUMNS[table_id], ()))
            continue
        tables.append(_table(raw_tables[table_id], table_id))
    received = _received_from(doc["received_from"]) if version >= 2 else ()
    counts = Counts(year, tuple(tables), received, unit)
    _check_linked(tables)
    every = [t for r in received for t in r.tables]
    taken = counts.without(every)  # every received case must be among the counts
    for before, after in zip(counts.tables, taken.tables, strict=True):
        moved = sum(sum(map(sum, t.cells)) for t in every if t.id == before.id)
        if sum(map(sum, before.cells)) - sum(map(sum, after.cells)) != moved:
            raise _damaged("its received cases are not among its counts")
    return unit, counts


def _table(raw: object, table_id: str) -> CountTable:
    if not isinstance(raw, dict):
        raise _damaged(table_id)
    enc.require_keys(raw, {"columns", "rows"}, _WHAT)
    if raw["columns"] != list(COLUMNS[table_id]):
        raise PackageError("The contribution counts other categories than this version; "
                           "both units need the same version of Utväg")
    rows = raw["rows"]
    if not isinstance(rows, dict) or any(u not in statistics.UNITS for u in rows):
        raise _damaged(f"{table_id} names a unit this version does not know")
    cells = []
    for counts in rows.values():
        if (not isinstance(counts, list) or len(counts) != len(COLUMNS[table_id])
                or any(type(v) is not int or not 0 <= v <= MAX_COUNT for v in counts)):
            raise _damaged(table_id)
        cells.append(tuple(counts))
    units = tuple(u for u in statistics.UNITS if u in rows)
    ordered = tuple(cells[list(rows).index(u)] for u in units)
    return CountTable(table_id, units, COLUMNS[table_id], ordered)


def _check_linked(tables: list[CountTable]) -> None:
    totals = {tuple((u, sum(c)) for u, c in zip(t.rows, t.cells, strict=True))
              for t in tables if t.id in statistics.LINKED}
    if len(totals) > 1:
        raise _damaged("its breakdowns of the same cases do not add up to the same totals")


def _received_from(raw: object) -> tuple[ReceivedFrom, ...]:
    """Per sending unit, the counts of the cases received from it (``statistics_moves``)."""
    if not isinstance(raw, dict) or any(u not in statistics.UNITS for u in raw):
        raise _damaged("received_from names a unit this version does not know")
    found = []
    for sender in statistics.UNITS:
        if sender not in raw:
            continue
        per_table = raw[sender]
        if not isinstance(per_table, dict) or set(per_table) != set(CASE_TABLES):
            raise _damaged("received_from")
        tables = [_table(per_table[t], t) for t in CASE_TABLES]
        _check_linked(tables)
        found.append(ReceivedFrom(sender, tuple(tables)))
    return tuple(found)


# -- the city office's card ----------------------------------------------------------------


def is_city_office(card: PublicCard) -> bool:
    """Whether *card* is the city office's card (the only kind a contribution may go to)."""
    return is_city_office_card(card)


def card_name(card: PublicCard) -> str:
    """Whose card it is: a unit, or a person at a unit when the card names one."""
    return card.label


def city_office_cards(session: Session) -> list[TrustedCard]:
    """The trusted cards a contribution may go to, newest first."""
    found = [t for t in trusted_cards(session) if is_city_office(t.card)]
    return sorted(found, key=lambda t: t.card.created, reverse=True)


def vault_is_city_office(session: Session) -> bool:
    """Whether this is the city office's vault (it merges contributions, it has no cases)."""
    return vault_roles.may(session, vault_roles.Duty.MERGE_STATISTICS)


def recipient_card(session: Session, to: str | Path | TrustedCard) -> TrustedCard:
    """The trusted card a contribution goes to: a key card file (which must be trusted here), a
    trusted card, or the name of a trusted card's unit."""
    cards = trusted_cards(session)
    if isinstance(to, TrustedCard):
        found = next((t for t in cards if t.card.key_id == to.card.key_id), None)
        if found is None:
            raise RefusedError(f"The key card of {to.card.unit} is no longer trusted here.")
    elif (path := Path(to)).is_file():
        card = read_card_file(path)
        found = next((t for t in cards if t.card.key_id == card.key_id), None)
        if found is None:
            raise RefusedError(
                f"The key card {path.name} ({card.unit}, {card.fingerprint}) is not trusted here;"
                " confirm its fingerprint with the city office by phone and trust it first.")
    else:
        named = [t for t in cards if t.card.unit.casefold() == str(to).casefold()]
        if not named:
            raise UsageError(f"{to} is neither a key card file nor a unit whose card is "
                             "trusted here.")
        found = max(named, key=lambda t: t.card.created)
    if not is_city_office(found.card):
        raise RefusedError(f"The card of {found.card.unit} is not a city office's card; "
                           "statistics contributions go only to the city office.")
    return found


# -- the use case ------------------------------------------------------------------------------


def check_arguments(year: int, out: Path) -> Path:
    """What can be checked before the vault is opened."""
    statistics.check_year(year)
    return check_new_file(out)


def contribute(session: Session, year: int, to: str | Path | TrustedCard, out: Path, *,
               now: datetime | None = None) -> ContributionResult:
    """Seal the year's counts to the city office's card and write them to *out* (a new file)."""
    target = check_arguments(year, out)
    if not vault_roles.may(session, vault_roles.Duty.CONTRIBUTE_STATISTICS):
        if vault_is_city_office(session):
            raise RefusedError("The city office merges the units' contributions; it makes none.")
        raise RefusedError("A vault that holds no cases has no statistics to contribute.")
    recipient = recipient_card(session, to)
    identity = own_identity(session, create=True)
    assert identity is not None
    document = to_document(statistics.count(session, year), identity.unit)
    vault = session.vault

    def record(sealed: SealedPackage) -> None:
        vault.audit("statistics.contribution", detail={
            "year": year, "to": recipient.card.unit, "fingerprint": recipient.card.fingerprint,
            "package_id": sealed.package_id.hex(), "sequence": sealed.sequence})

    sealed, _ = seal_to_file(session, recipient, PackageKind.STATISTICS_CONTRIBUTION,
                             STATISTICS_DOCUMENT, document, target, record, now, LIFETIME)
    return ContributionResult(year, str(target), recipient.card.unit,
                              recipient.card.fingerprint, sealed.package_id.hex(),
                              sealed.sequence, sealed.expires.isoformat())


__all__ = ["ContributionResult", "card_name", "city_office_cards", "contribute", "from_document",
           "is_city_office", "recipient_card", "to_document", "vault_is_city_office"]
