"""Journal notes: drafts can change, signed notes cannot; a correction is a new note that points
at the one it corrects."""

from __future__ import annotations

import pytest
import sqlcipher3

from utvag.errors import NotFoundError, RefusedError, ValidationError
from utvag.services import audit_log, cases


@pytest.fixture
def case(make_vault):
    handle = make_vault("vault", cases=2)
    session = handle.open()
    yield session, handle.case_ids[0], handle.case_ids[1]
    session.close()


def _notes(session, case_id):
    return {n.id: n for n in cases.show_case(session, case_id).notes}


def test_a_draft_can_be_edited_until_it_is_signed(case):
    session, case_id, _ = case
    note_id = cases.add_note(session, case_id, "Första utkast.")
    cases.edit_draft_note(session, case_id, note_id, "Andra utkast.")
    assert _notes(session, case_id)[note_id].text == "Andra utkast."
    cases.sign_note(session, case_id, note_id)
    note = _notes(session, case_id)[note_id]
    assert note.signed_at and note.signed_by == session.actor

    with pytest.raises(RefusedError, match="signed note cannot be changed"):
        cases.edit_draft_note(session, case_id, note_id, "Ändrad i efterhand.")
    with pytest.raises(RefusedError, match="already signed"):
        cases.sign_note(session, case_id, note_id)
    assert _notes(session, case_id)[note_id].text == "Andra utkast."


def test_the_database_itself_refuses_to_change_a_signed_note(case):
    session, case_id, _ = case
    note_id = cases.add_note(session, case_id, "Signerad direkt.", sign=True)
    conn = session.vault.conn
    for statement in ("UPDATE journal_note SET text = 'ändrad' WHERE id = ?",
                      "UPDATE journal_note SET signed_at = NULL WHERE id = ?",
                      "UPDATE journal_note SET author = 'någon annan' WHERE id = ?"):
        with pytest.raises(sqlcipher3.IntegrityError, match="immutable"):
            conn.execute(statement, (note_id,))
    note = _notes(session, case_id)[note_id]
    assert note.text == "Signerad direkt." and note.signed_at


def test_a_correction_is_a_new_note_linked_to_the_original(case):
    session, case_id, _ = case
    original = cases.add_note(session, case_id, "Mötet var den 3 maj.", sign=True)
    correction = cases.add_note(session, case_id, "Rättelse: mötet var den 4 maj.", sign=True,
                                corrects_note_id=original)
    notes = _notes(session, case_id)
    assert correction != original
    assert notes[original].text == "Mötet var den 3 maj."
    assert notes[original].corrects_note_id is None
    assert notes[correction].corrects_note_id == original
    assert list(notes) == sorted(notes)  # the journal keeps its order
    created = [e for e in audit_log.entries(session, case_id) if e.action == "note.create"]
    assert created[-1].detail == {"note_id": correction, "signed": True,
                                     "corrects": original}


def test_a_correction_must_point_at_a_note_of_the_same_case(case):
    session, case_id, other_case = case
    elsewhere = cases.add_note(session, other_case, "Annat ärende.", sign=True)
    before = len(_notes(session, case_id))
    with pytest.raises(NotFoundError):
        cases.add_note(session, case_id, "Rättelse.", corrects_note_id=elsewhere)
    with pytest.raises(NotFoundError):
        cases.add_note(session, case_id, "Rättelse.", corrects_note_id=999_999)
    assert len(_notes(session, case_id)) == before


def test_empty_notes_and_unknown_cases_are_refused(case):
    session, case_id, _ = case
    with pytest.raises(ValidationError, match="text"):
        cases.add_note(session, case_id, "   \n ")
    with pytest.raises(NotFoundError):
        cases.add_note(session, 424242, "Finns inte.")
    assert _notes(session, case_id) == {}


def test_every_change_and_read_is_audited_with_the_case(case):
    session, case_id, _ = case
    note_id = cases.add_note(session, case_id, "Utkast.")
    cases.sign_note(session, case_id, note_id)
    cases.get_case(session, case_id)
    actions = [(e.action, e.case_id) for e in audit_log.entries(session, case_id)]
    assert actions[-3:] == [("note.create", case_id), ("note.sign", case_id),
                            ("case.read", case_id)]
    assert audit_log.verify(session).ok
