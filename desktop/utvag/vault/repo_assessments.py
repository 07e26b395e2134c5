"""Plain SQL for assessments (drafts and signed, immutable ones)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from utvag.vault import rows
from utvag.vault.database import Connection

_COLS = (
    "id, case_id, form_id, form_version, state, current_step, answers, outcome, created_at,"
    " created_by, updated_at, signed_at, signed_by, superseded_by"
)


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    case_id: int
    form_id: str
    form_version: int
    state: str
    current_step: str | None
    answers: dict[str, Any] = field(repr=False)
    outcome: dict[str, Any] | None = field(repr=False)
    created_at: str
    created_by: str
    updated_at: str
    signed_at: str | None
    signed_by: str | None
    superseded_by: int | None


def _row(r: Any) -> AssessmentRow:
    return AssessmentRow(int(r[0]), int(r[1]), r[2], int(r[3]), r[4], r[5], json.loads(r[6]),
                         None if r[7] is None else json.loads(r[7]), r[8], r[9], r[10], r[11],
                         r[12], r[13])


_ASSESSMENTS = rows.RecordTable("assessment", _COLS, _row)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def insert(conn: Connection, *, case_id: int, form_id: str, form_version: int,
           answers: dict[str, Any], current_step: str | None, by: str, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO assessment (case_id, form_id, form_version, state, current_step, answers,"
        " created_at, created_by, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?)",
        (case_id, form_id, form_version, current_step, _dump(answers), now, by, now),
    )
    return int(cur.lastrowid)


def update_draft(conn: Connection, assessment_id: int, *, answers: dict[str, Any],
                 current_step: str | None, now: str) -> None:
    conn.execute(
        "UPDATE assessment SET answers = ?, current_step = ?, updated_at = ?"
        " WHERE id = ? AND state = 'draft'",
        (_dump(answers), current_step, now, assessment_id),
    )


def sign(conn: Connection, assessment_id: int, *, outcome: dict[str, Any], by: str,
         now: str) -> None:
    conn.execute(
        "UPDATE assessment SET state = 'signed', outcome = ?, current_step = NULL,"
        " signed_at = ?, signed_by = ?, updated_at = ? WHERE id = ? AND state = 'draft'",
        (_dump(outcome), now, by, now, assessment_id),
    )


def supersede(conn: Connection, case_id: int, new_id: int) -> list[int]:
    found = conn.execute(
        "SELECT id FROM assessment WHERE case_id = ? AND state = 'signed'"
        " AND superseded_by IS NULL AND id <> ?", (case_id, new_id)).fetchall()
    for (old_id,) in found:
        conn.execute("UPDATE assessment SET superseded_by = ? WHERE id = ?", (new_id, old_id))
    return [int(r[0]) for r in found]


def get(conn: Connection, assessment_id: int) -> AssessmentRow | None:
    return _ASSESSMENTS.get(conn, assessment_id)


def for_case(conn: Connection, case_id: int) -> list[AssessmentRow]:
    return _ASSESSMENTS.of_case(conn, case_id)


def open_draft(conn: Connection, case_id: int) -> AssessmentRow | None:
    r = conn.execute(
        f"SELECT {_COLS} FROM assessment WHERE case_id = ? AND state = 'draft'"
        " ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
    return None if r is None else _row(r)


def current_signed(conn: Connection, case_id: int) -> AssessmentRow | None:
    r = conn.execute(
        f"SELECT {_COLS} FROM assessment WHERE case_id = ? AND state = 'signed'"
        " AND superseded_by IS NULL ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
    return None if r is None else _row(r)


def insert_signed_record(conn: Connection, *, case_id: int, form_id: str, form_version: int,
                         answers: dict[str, Any], outcome: dict[str, Any], created_at: str,
                         created_by: str, signed_at: str, signed_by: str) -> int:
    """A signed assessment as it was made elsewhere (an imported case keeps its history);
    ``supersede`` links it to the one that replaced it afterwards."""
    cur = conn.execute(
        "INSERT INTO assessment (case_id, form_id, form_version, state, current_step, answers,"
        " outcome, created_at, created_by, updated_at, signed_at, signed_by)"
        " VALUES (?, ?, ?, 'signed', NULL, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, form_id, form_version, _dump(answers), _dump(outcome), created_at, created_by,
         signed_at, signed_at, signed_by),
    )
    return int(cur.lastrowid)


def set_superseded(conn: Connection, assessment_id: int, by_id: int) -> None:
    conn.execute("UPDATE assessment SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL",
                 (by_id, assessment_id))


def set_answers(conn: Connection, assessment_id: int, answers: dict[str, Any]) -> None:
    """The answers as signed (the visible ones only), just before :func:`sign`."""
    conn.execute("UPDATE assessment SET answers = ? WHERE id = ?",
                 (_dump(answers), assessment_id))


def delete_draft(conn: Connection, assessment_id: int) -> None:
    conn.execute("DELETE FROM assessment WHERE id = ? AND state = 'draft'", (assessment_id,))


def signed_answers(conn: Connection, case_ids: Sequence[int]
                   ) -> list[tuple[int, str, int, str, str | None, str | None]]:
    """The form, its version, the stored answers and outcome and the signing time of the
    current signed assessment of each case, by case id."""
    return [(int(r[0]), str(r[1]), int(r[2]), str(r[3]), r[4], r[5]) for r in rows.in_chunks(
        conn, "SELECT case_id, form_id, form_version, answers, outcome, signed_at FROM assessment"
        " WHERE state = 'signed' AND superseded_by IS NULL AND case_id IN ({ids}) ORDER BY id",
        case_ids)]


def signed_history(conn: Connection, case_ids: Sequence[int]
                   ) -> list[tuple[int, str, int, str, str | None, str | None]]:
    """Every signed assessment of the cases, superseded ones too, oldest first: (case id, form,
    version, stored answers, stored outcome, signed at)."""
    return [(int(r[0]), str(r[1]), int(r[2]), str(r[3]), r[4], r[5]) for r in rows.in_chunks(
        conn, "SELECT case_id, form_id, form_version, answers, outcome, signed_at FROM assessment"
        " WHERE state = 'signed' AND case_id IN ({ids}) ORDER BY id", case_ids)]
