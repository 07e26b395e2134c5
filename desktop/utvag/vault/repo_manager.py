"""SQL for the packages between a unit's caseworkers and its manager: received incident reports,
received log reviews and their signatures (schema 15)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from utvag.vault.database import Connection


@dataclass(frozen=True)
class ReceivedReview:
    id: int
    package_id: bytes
    sender_key_id: bytes
    sender_unit: str
    sender_holder: str | None
    month: str
    digest: str
    review: dict[str, Any]
    received_at: str
    signed_at: str | None
    signed_by: str | None
    outcome: str | None
    comment: str | None = field(repr=False)


def seen(conn: Connection, package_id: bytes) -> bool:
    """Whether a package of kind 5, 6 or 7 with this id was imported here."""
    return conn.execute(
        "SELECT 1 FROM incident_report_received WHERE package_id = ?1 UNION ALL "
        "SELECT 1 FROM log_review_received WHERE package_id = ?1 UNION ALL "
        "SELECT 1 FROM log_review_signature_received WHERE package_id = ?1 LIMIT 1",
        (package_id,)).fetchone() is not None


def insert_incident(conn: Connection, *, package_id: bytes, sender_key_id: bytes,
                    sender_unit: str, sender_holder: str | None, case_number: str,
                    report: dict[str, Any], received_at: str, received_by: str) -> int:
    cur = conn.execute(
        "INSERT INTO incident_report_received (package_id, sender_key_id, sender_unit,"
        " sender_holder, case_number, report, received_at, received_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (package_id, sender_key_id, sender_unit, sender_holder, case_number,
         json.dumps(report, ensure_ascii=False, sort_keys=True), received_at, received_by))
    return int(cur.lastrowid)


def incidents(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT id, sender_unit, sender_holder, case_number, report, received_at"
        " FROM incident_report_received ORDER BY id").fetchall()
    return [{"id": int(r[0]), "sender_unit": r[1], "sender_holder": r[2],
             "case_number": r[3], "report": json.loads(r[4]), "received_at": r[5]}
            for r in rows]


def insert_review(conn: Connection, *, package_id: bytes, sender_key_id: bytes,
                  sender_unit: str, sender_holder: str | None, month: str, digest: str,
                  review: dict[str, Any], received_at: str, received_by: str) -> int:
    cur = conn.execute(
        "INSERT INTO log_review_received (package_id, sender_key_id, sender_unit,"
        " sender_holder, month, digest, review, received_at, received_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (package_id, sender_key_id, sender_unit, sender_holder, month, digest,
         json.dumps(review, ensure_ascii=False, sort_keys=True), received_at, received_by))
    return int(cur.lastrowid)


_REVIEW_COLS = ("id, package_id, sender_key_id, sender_unit, sender_holder, month, digest, review,"
                " received_at, signed_at, signed_by, outcome, comment")


def _review(row: Any) -> ReceivedReview:
    return ReceivedReview(int(row[0]), bytes(row[1]), bytes(row[2]), row[3], row[4], row[5],
                          row[6], json.loads(row[7]), row[8], row[9], row[10], row[11], row[12])


def reviews(conn: Connection) -> list[ReceivedReview]:
    return [_review(r) for r in conn.execute(
        f"SELECT {_REVIEW_COLS} FROM log_review_received ORDER BY id").fetchall()]


def get_review(conn: Connection, review_id: int) -> ReceivedReview | None:
    row = conn.execute(f"SELECT {_REVIEW_COLS} FROM log_review_received WHERE id = ?",
                       (review_id,)).fetchone()
    return None if row is None else _review(row)


def sign_review(conn: Connection, review_id: int, *, signed_at: str, signed_by: str,
                outcome: str, comment: str, signature_package_id: bytes) -> None:
    conn.execute(
        "UPDATE log_review_received SET signed_at = ?, signed_by = ?, outcome = ?, comment = ?,"
        " signature_package_id = ? WHERE id = ? AND signed_at IS NULL",
        (signed_at, signed_by, outcome, comment, signature_package_id, review_id))


def insert_signature(conn: Connection, *, package_id: bytes, sender_key_id: bytes, month: str,
                     signoff_id: int, received_at: str) -> None:
    conn.execute(
        "INSERT INTO log_review_signature_received (package_id, sender_key_id, month,"
        " signoff_id, received_at) VALUES (?, ?, ?, ?, ?)",
        (package_id, sender_key_id, month, signoff_id, received_at))
