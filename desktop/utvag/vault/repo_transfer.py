"""Plain SQL for transfer packages: the unit key, trusted cards, sent and received packages, the
sequence counters and disclosure records (schema 3)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from utvag.vault.database import Connection
from utvag.vault.rows import records_of_case


@dataclass(frozen=True)
class TrustedCardRow:
    key_id: bytes
    unit: str
    fingerprint: str
    card: str
    how: str
    trusted_at: str
    trusted_by: str


@dataclass(frozen=True)
class SentPackageRow:
    package_id: bytes
    kind: str
    sequence: int
    digest: bytes
    recipient_unit: str
    recipient_key_id: bytes
    case_id: int | None
    size: int
    created_at: str
    expires_at: str
    delivered_at: str | None = None
    receipt_result: str | None = None
    receipt_statement: bytes | None = None
    receipt_signature: bytes | None = None
    receipt_package_id: bytes | None = None
    placed_at: str | None = None
    superseded_by: bytes | None = None
    supersedes: bytes | None = None


@dataclass(frozen=True)
class ReceivedPackageRow:
    package_id: bytes
    kind: str
    sender_key_id: bytes
    sender_unit: str
    sequence: int
    digest: bytes
    received_at: str
    received_by: str
    case_id: int | None = None
    source_case_number: str | None = None
    decision: str | None = field(default=None, repr=False)
    audit_excerpt: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class DisclosureRow:
    id: int
    case_id: int
    channel: str
    categories: tuple[str, ...]
    recipient: str = field(repr=False)
    recipient_key_id: bytes | None
    disclosed_at: str
    disclosed_by: str
    legal_basis: str
    legal_ground: str = field(repr=False)
    reason: str | None = field(repr=False)
    package_id: bytes | None
    legal_ref: str | None = None
    recipient_authority: str | None = None
    consent_assessment_id: int | None = None
    identity_revealed: bool = False
    harm_test: str | None = field(default=None, repr=False)


def _blob(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


# -- the unit key ------------------------------------------------------------------------------


def current_key(conn: Connection) -> tuple[bytes, bytes] | None:
    """(key id, private identity blob) of the current unit key, if one exists."""
    row = conn.execute(
        "SELECT key_id, private_key FROM unit_key WHERE retired_at IS NULL").fetchone()
    return None if row is None else (bytes(row[0]), bytes(row[1]))


def insert_key(conn: Connection, *, key_id: bytes, unit: str, private_key: bytes | bytearray,
               card: str, now: str) -> None:
    conn.execute(
        "INSERT INTO unit_key (key_id, unit, private_key, card, created_at) VALUES (?, ?, ?, ?, ?)",
        (key_id, unit, bytes(private_key), card, now),
    )


# -- trusted cards -----------------------------------------------------------------------------

_TRUSTED_COLS = "key_id, unit, fingerprint, card, how, trusted_at, trusted_by"


def _trusted(row: Any) -> TrustedCardRow:
    return TrustedCardRow(bytes(row[0]), row[1], row[2], row[3], row[4], row[5], row[6])


def trusted_cards(conn: Connection) -> list[TrustedCardRow]:
    rows = conn.execute(
        f"SELECT {_TRUSTED_COLS} FROM trusted_card ORDER BY unit, trusted_at").fetchall()
    return [_trusted(r) for r in rows]


def get_trusted(conn: Connection, key_id: bytes) -> TrustedCardRow | None:
    row = conn.execute(
        f"SELECT {_TRUSTED_COLS} FROM trusted_card WHERE key_id = ?", (key_id,)).fetchone()
    return None if row is None else _trusted(row)


def insert_trusted(conn: Connection, row: TrustedCardRow) -> None:
    conn.execute(
        f"INSERT INTO trusted_card ({_TRUSTED_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (row.key_id, row.unit, row.fingerprint, row.card, row.how, row.trusted_at,
         row.trusted_by),
    )


def set_trust(conn: Connection, key_id: bytes, how: str, now: str, by: str) -> None:
    conn.execute("UPDATE trusted_card SET how = ?, trusted_at = ?, trusted_by = ? WHERE key_id = ?",
                 (how, now, by, key_id))


# -- the outgoing counter and sent packages ----------------------------------------------------


def next_sequence(conn: Connection, floor: int = 0) -> int:
    """Take the next outgoing sequence number (inside the caller's transaction): one more than
    the last, and at least *floor*."""
    row = conn.execute(
        "UPDATE transfer_counter SET last_sequence = max(last_sequence + 1, ?) WHERE id = 1"
        " RETURNING last_sequence", (floor,)).fetchone()
    return int(row[0])


_SENT_COLS = (
    "package_id, kind, sequence, digest, recipient_unit, recipient_key_id, case_id, size,"
    " created_at, expires_at, delivered_at, receipt_result, receipt_statement,"
    " receipt_signature, receipt_package_id, placed_at, superseded_by, supersedes"
)


def _sent(row: Any) -> SentPackageRow:
    return SentPackageRow(bytes(row[0]), row[1], int(row[2]), bytes(row[3]), row[4],
                          bytes(row[5]), row[6], int(row[7]), row[8], row[9], row[10], row[11],
                          _blob(row[12]), _blob(row[13]), _blob(row[14]), row[15],
                          _blob(row[16]), _blob(row[17]))


def insert_sent(conn: Connection, row: SentPackageRow, *, sealed: bytes | None = None,
                acknowledges: bytes | None = None) -> None:
    """Record a package this unit wrote; a receipt keeps its *sealed* bytes and the package id it
    *acknowledges*, so that it can be written out again."""
    conn.execute(
        f"INSERT INTO sent_package ({_SENT_COLS}, sealed, acknowledges) VALUES (?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row.package_id, row.kind, row.sequence, row.digest, row.recipient_unit,
         row.recipient_key_id, row.case_id, row.size, row.created_at, row.expires_at,
         row.delivered_at, row.receipt_result, row.receipt_statement, row.receipt_signature,
         row.receipt_package_id, row.placed_at, row.superseded_by, row.supersedes, sealed,
         acknowledges),
    )


def get_sent(conn: Connection, package_id: bytes) -> SentPackageRow | None:
    row = conn.execute(f"SELECT {_SENT_COLS} FROM sent_package WHERE package_id = ?",
                       (package_id,)).fetchone()
    return None if row is None else _sent(row)


def outstanding(conn: Connection) -> list[SentPackageRow]:
    """Packages still waiting for their receipt (everything but receipts themselves)."""
    rows = conn.execute(
        f"SELECT {_SENT_COLS} FROM sent_package WHERE kind != 'receipt'"
        " AND delivered_at IS NULL ORDER BY sequence").fetchall()
    return [_sent(r) for r in rows]


def sent_for_case(conn: Connection, case_id: int) -> list[SentPackageRow]:
    rows = conn.execute(
        f"SELECT {_SENT_COLS} FROM sent_package WHERE case_id = ? ORDER BY sequence",
        (case_id,)).fetchall()
    return [_sent(r) for r in rows]


def mark_delivered(conn: Connection, package_id: bytes, *, delivered_at: str, result: str,
                   statement: bytes, signature: bytes, receipt_package_id: bytes) -> None:
    conn.execute(
        "UPDATE sent_package SET delivered_at = ?, receipt_result = ?, receipt_statement = ?,"
        " receipt_signature = ?, receipt_package_id = ? WHERE package_id = ?"
        " AND delivered_at IS NULL",
        (delivered_at, result, statement, signature, receipt_package_id, package_id),
    )


# -- received packages and replay state --------------------------------------------------------


def was_received(conn: Connection, package_id: bytes) -> bool:
    row = conn.execute("SELECT 1 FROM received_package WHERE package_id = ?",
                       (package_id,)).fetchone()
    return row is not None


def last_sequences(conn: Connection) -> dict[bytes, int]:
    rows = conn.execute("SELECT sender_key_id, last_sequence FROM transfer_sender").fetchall()
    return {bytes(r[0]): int(r[1]) for r in rows}


_RECEIVED_COLS = (
    "package_id, kind, sender_key_id, sender_unit, sequence, digest, received_at, received_by,"
    " case_id, source_case_number, decision, audit_excerpt"
)


def insert_received(conn: Connection, row: ReceivedPackageRow) -> None:
    conn.execute(
        f"INSERT INTO received_package ({_RECEIVED_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?)",
        (row.package_id, row.kind, row.sender_key_id, row.sender_unit, row.sequence, row.digest,
         row.received_at, row.received_by, row.case_id, row.source_case_number, row.decision,
         row.audit_excerpt),
    )


def _received(row: Any) -> ReceivedPackageRow | None:
    if row is None:
        return None
    return ReceivedPackageRow(bytes(row[0]), row[1], bytes(row[2]), row[3], int(row[4]),
                              bytes(row[5]), row[6], row[7], row[8], row[9], row[10], row[11])


def received_for_case(conn: Connection, case_id: int) -> ReceivedPackageRow | None:
    return _received(conn.execute(
        f"SELECT {_RECEIVED_COLS} FROM received_package WHERE case_id = ?"
        " AND kind = 'case_transfer' ORDER BY received_at DESC LIMIT 1", (case_id,)).fetchone())


def get_received(conn: Connection, package_id: bytes) -> ReceivedPackageRow | None:
    """The package *package_id* as this vault recorded it at import, if it did."""
    return _received(conn.execute(
        f"SELECT {_RECEIVED_COLS} FROM received_package WHERE package_id = ?",
        (package_id,)).fetchone())


def record_sender_sequence(conn: Connection, key_id: bytes, unit: str, sequence: int) -> None:
    conn.execute(
        "INSERT INTO transfer_sender (sender_key_id, sender_unit, last_sequence) VALUES (?, ?, ?)"
        " ON CONFLICT (sender_key_id) DO UPDATE SET sender_unit = excluded.sender_unit,"
        " last_sequence = max(last_sequence, excluded.last_sequence)",
        (key_id, unit, sequence),
    )


# -- disclosures -------------------------------------------------------------------------------

_DISCLOSURE_COLS = (
    "id, case_id, channel, categories, recipient, recipient_key_id, disclosed_at, disclosed_by,"
    " legal_basis, legal_ground, reason, package_id, legal_ref, recipient_authority,"
    " consent_assessment_id, identity_revealed, harm_test"
)


def insert_disclosure(conn: Connection, *, case_id: int, categories: Sequence[str],
                      recipient: str, recipient_key_id: bytes | None, disclosed_at: str,
                      disclosed_by: str, legal_basis: str, legal_ground: str,
                      reason: str | None, package_id: bytes | None,
                      channel: str = "transfer_package", legal_ref: str | None = None,
                      recipient_authority: str | None = None,
                      consent_assessment_id: int | None = None,
                      identity_revealed: bool = False, harm_test: str | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO disclosure (case_id, channel, categories, recipient, recipient_key_id,"
        " disclosed_at, disclosed_by, legal_basis, legal_ground, reason, package_id, legal_ref,"
        " recipient_authority, consent_assessment_id, identity_revealed, harm_test)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, channel, json.dumps(list(categories)), recipient, recipient_key_id,
         disclosed_at, disclosed_by, legal_basis, legal_ground, reason, package_id, legal_ref,
         recipient_authority, consent_assessment_id, int(identity_revealed), harm_test),
    )
    return int(cur.lastrowid)


def _disclosure(r: Any) -> DisclosureRow:
    return DisclosureRow(int(r[0]), int(r[1]), r[2], tuple(json.loads(r[3])), r[4], _blob(r[5]),
                         r[6], r[7], r[8], r[9], r[10], _blob(r[11]), r[12], r[13],
                         None if r[14] is None else int(r[14]), bool(r[15]), r[16])


def disclosures_for_case(conn: Connection, case_id: int) -> list[DisclosureRow]:
    return records_of_case(conn, "disclosure", _DISCLOSURE_COLS, case_id, _disclosure)


def all_disclosures(conn: Connection) -> list[DisclosureRow]:
    """Every disclosure of the unit, oldest first."""
    rows = conn.execute(f"SELECT {_DISCLOSURE_COLS} FROM disclosure ORDER BY id").fetchall()
    return [_disclosure(r) for r in rows]
