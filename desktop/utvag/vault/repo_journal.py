"""Plain SQL for journal notes. Signed notes are immutable (enforced by a trigger too)."""

from __future__ import annotations

from utvag.domain.case_records import JournalNote
from utvag.vault import rows
from utvag.vault.database import Connection

_NOTES = rows.RecordTable(
    "journal_note",
    "id, case_id, author, created_at, text, signed_at, signed_by, corrects_note_id",
    lambda row: JournalNote(*row))


def insert_note(conn: Connection, *, case_id: int, author: str, text: str, now: str,
                corrects_note_id: int | None = None, sign: bool = False) -> int:
    """A note written now, signed by its author at once when ``sign``."""
    return insert_note_record(conn, case_id=case_id, author=author, created_at=now, text=text,
                              signed_at=now if sign else None,
                              signed_by=author if sign else None,
                              corrects_note_id=corrects_note_id)


def get_note(conn: Connection, note_id: int) -> JournalNote | None:
    return _NOTES.get(conn, note_id)


def notes_for_case(conn: Connection, case_id: int) -> list[JournalNote]:
    return _NOTES.of_case(conn, case_id)


def sign_note(conn: Connection, note_id: int, by: str, now: str) -> None:
    conn.execute(
        "UPDATE journal_note SET signed_at = ?, signed_by = ? WHERE id = ? AND signed_at IS NULL",
        (now, by, note_id),
    )


def update_draft(conn: Connection, note_id: int, text: str) -> None:
    conn.execute("UPDATE journal_note SET text = ? WHERE id = ?", (text, note_id))


def insert_note_record(conn: Connection, *, case_id: int, author: str, created_at: str,
                       text: str, signed_at: str | None, signed_by: str | None,
                       corrects_note_id: int | None) -> int:
    """A note as it was written elsewhere (an imported case keeps its authors and times)."""
    cur = conn.execute(
        "INSERT INTO journal_note (case_id, author, created_at, text, signed_at, signed_by,"
        " corrects_note_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case_id, author, created_at, text, signed_at, signed_by, corrects_note_id),
    )
    return int(cur.lastrowid)
