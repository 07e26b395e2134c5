"""Plain SQL for consultations with SAV (schema 15): the district's record of what it sent and
what SAV answered (``consultation``), and SAV's record of what it received and answered
(``consultation_received``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from utvag.vault import rows
from utvag.vault.database import Connection, dict_rows


@dataclass(frozen=True)
class SentConsultation:
    case_id: int
    package_id: bytes
    sav_unit: str
    question: str = field(repr=False)  # "special_defector" or "advice"
    content: str  # "case_summary" or "deidentified"
    fields: tuple[str, ...]
    sent_at: str
    sent_by: str
    answer_due_days: int


@dataclass(frozen=True)
class Answer:
    """SAV's answer as recorded on either side."""

    package_id: bytes
    kind: str  # "decision" or "advice"
    special_defector: bool | None
    text: str = field(repr=False)
    answered_at: str
    answered_by: str


def _rows(cur: Any) -> list[dict[str, Any]]:
    found = dict_rows(cur)
    for item in found:
        for key in ("package_id", "answer_package_id", "sender_key_id", "digest"):
            if isinstance(item.get(key), bytes | memoryview):
                item[key] = bytes(item[key])
        if "fields" in item and isinstance(item["fields"], str):
            item["fields"] = json.loads(item["fields"])
        if item.get("special_defector") is not None:
            item["special_defector"] = bool(item["special_defector"])
    return found


# -- the district's side ------------------------------------------------------------------------


def insert_sent(conn: Connection, row: SentConsultation) -> int:
    cur = conn.execute(
        "INSERT INTO consultation (case_id, package_id, sav_unit, question, content, fields,"
        " sent_at, sent_by, answer_due_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row.case_id, row.package_id, row.sav_unit, row.question, row.content,
         json.dumps(list(row.fields)), row.sent_at, row.sent_by, row.answer_due_days))
    return int(cur.lastrowid)


_sent_query = ("SELECT s.*, c.case_number FROM consultation s"
                " JOIN case_record c ON c.id = s.case_id")


def for_case(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    """The case's consultations, oldest first."""
    return _rows(conn.execute(f"{_sent_query} WHERE s.case_id = ? ORDER BY s.id", (case_id,)))


def sent_all(conn: Connection) -> list[dict[str, Any]]:
    return _rows(conn.execute(f"{_sent_query} ORDER BY s.id"))


def sent_by_package(conn: Connection, package_id: bytes) -> dict[str, Any] | None:
    found = _rows(conn.execute(f"{_sent_query} WHERE s.package_id = ?", (package_id,)))
    return found[0] if found else None


def record_answer(conn: Connection, consultation_id: int, answer: Answer, *, received_at: str,
                  received_by: str, decision_id: int | None) -> None:
    conn.execute(
        "UPDATE consultation SET answer_package_id = ?, answer_kind = ?, special_defector = ?,"
        " answer_text = ?, answered_at = ?, answered_by = ?, answer_received_at = ?,"
        " answer_received_by = ?, decision_id = ? WHERE id = ? AND answer_package_id IS NULL",
        (answer.package_id, answer.kind, _flag(answer.special_defector), answer.text,
         answer.answered_at, answer.answered_by, received_at, received_by, decision_id,
         consultation_id))


def unanswered(conn: Connection, case_ids: Sequence[int]) -> list[tuple[int, int, str, int]]:
    """(case id, consultation id, sent at, days to answer) of every unanswered consultation."""
    return [(int(r[0]), int(r[1]), str(r[2]), int(r[3])) for r in rows.in_chunks(
        conn, "SELECT case_id, id, sent_at, answer_due_days FROM consultation"
        " WHERE answer_package_id IS NULL AND case_id IN ({ids}) ORDER BY id", case_ids)]


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


# -- SAV's side -----------------------------------------------------------------------------------


def insert_received(conn: Connection, *, package_id: bytes, sender_unit: str,
                    sender_key_id: bytes, digest: bytes, question: str, content: str,
                    document: str, received_at: str, received_by: str) -> None:
    conn.execute(
        "INSERT INTO consultation_received (package_id, sender_unit, sender_key_id, digest,"
        " question, content, document, received_at, received_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (package_id, sender_unit, sender_key_id, digest, question, content, document,
         received_at, received_by))


_received_query = (
    "SELECT package_id, sender_unit, sender_key_id, digest, question, content, received_at,"
    " received_by, answer_package_id, answer_kind, special_defector, answer_text, answered_at,"
    " answered_by FROM consultation_received")


def received_all(conn: Connection) -> list[dict[str, Any]]:
    """Every consultation received, oldest first (without the documents)."""
    return _rows(conn.execute(f"{_received_query} ORDER BY received_at, package_id"))


def received(conn: Connection, package_id: bytes) -> dict[str, Any] | None:
    found = _rows(conn.execute(
        "SELECT * FROM consultation_received WHERE package_id = ?", (package_id,)))
    return found[0] if found else None


def record_received_answer(conn: Connection, package_id: bytes, answer: Answer) -> None:
    conn.execute(
        "UPDATE consultation_received SET answer_package_id = ?, answer_kind = ?,"
        " special_defector = ?, answer_text = ?, answered_at = ?, answered_by = ?"
        " WHERE package_id = ? AND answer_package_id IS NULL",
        (answer.package_id, answer.kind, _flag(answer.special_defector), answer.text,
         answer.answered_at, answer.answered_by, package_id))
