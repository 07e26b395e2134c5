"""Typed records read the same way in every repository: one by id (None when there is none),
and a case's records oldest first, never another case's."""

from __future__ import annotations

from utvag.domain.case_records import JournalNote
from utvag.vault import repo_journal, rows


def test_a_record_by_id_and_a_cases_records_oldest_first(make_vault):
    handle = make_vault("vault", cases=2)
    first, second = handle.case_ids
    with handle.open() as session:
        vault = session.vault
        with vault.transaction() as conn:
            ids = [repo_journal.insert_note(conn, case_id=case_id, author="anna", text=text,
                                            now=f"2026-01-0{day}T10:00:00+00:00")
                   for day, (case_id, text) in enumerate(
                       [(first, "första"), (second, "annan"), (first, "andra")], start=1)]
        note = rows.record(vault.conn, "journal_note", "id, text", ids[2], tuple)
        missing = rows.record(vault.conn, "journal_note", "id, text", max(ids) + 1, tuple)
        of_first = repo_journal.notes_for_case(vault.conn, first)
    assert note == (ids[2], "andra") and missing is None
    assert all(isinstance(n, JournalNote) for n in of_first)
    assert [(n.id, n.text) for n in of_first] == [(ids[0], "första"), (ids[2], "andra")]
