"""Creating cases from the documented JSON shape: what is accepted, what is refused, and that a
refusal stores nothing (no person, no case, no audit row)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest

from utvag.errors import EXIT_REFUSED, NotFoundError, ValidationError
from utvag.services import audit_log, cases
from utvag.services import session as session_service


def luhn(digits: str) -> str:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


COORDINATION = "19811278-987" + luhn("811278987")  # day of birth + 60



def _counts(session):
    conn = session.vault.conn
    return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("person", "case_record", "audit", "search_index"))


def _person(**fields):
    return {"type": "defector", "person": {"name": "Sara Lind", **fields}}


@pytest.mark.parametrize(("data", "field"), [
    (_person(personal_number="19811218-9875"), "person.personal_number"),   # check digit
    (_person(personal_number="19811318-9876"), "person.personal_number"),   # month 13
    (_person(personal_number="20991218-9876"), "person.personal_number"),   # future
    (_person(personal_number="19811218-98761"), "person.personal_number"),  # too long
    (_person(personal_number="ABCDEF-GHIJ"), "person.personal_number"),
    (_person(personal_number=198112189876), "person.personal_number"),      # not text
    (_person(), "person.birth_date"),                 # neither number nor birth date
    (_person(birth_date="2999-01-01"), "person.birth_date"),
    (_person(birth_date="01/02/1990"), "person.birth_date"),
    (_person(birth_date="1990-01-01", district="Malmö"), "person.district"),
    (_person(birth_date="1990-01-01", protected_identity="hemlig"), "person.protected_identity"),
    (_person(birth_date="1990-01-01", shoe_size=44), "person.shoe_size"),
    (_person(birth_date="1990-01-01", gender="x" * 100), "person.gender"),
    ({"type": "defector", "person": {"name": "  ", "birth_date": "1990-01-01"}}, "person.name"),
    ({"type": "defector", "person": {"birth_date": "1990-01-01"}}, "person.name"),
    ({"type": "refugee", "person": {"name": "A", "birth_date": "1990-01-01"}}, "type"),
    ({"person": {"name": "A", "birth_date": "1990-01-01"}}, "type"),
    ({"type": "defector"}, "person"),
    ({"type": "defector", "person": "Sara"}, "person"),
    ({"type": "defector", "person": {"name": "A", "birth_date": "1990-01-01"}, "x": 1}, "x"),
    (["not", "an", "object"], "input"),
])
def test_invalid_input_names_the_field_and_stores_nothing(session, data, field):
    before = _counts(session)
    with pytest.raises(ValidationError) as refused:
        cases.new_case(session, data)
    assert refused.value.field == field
    assert refused.value.exit_code == EXIT_REFUSED
    assert refused.value.message.startswith(field + ":")
    assert _counts(session) == before


def test_a_refused_identity_number_is_not_repeated_in_the_message(session):
    with pytest.raises(ValidationError) as refused:
        cases.new_case(session, _person(personal_number="19811218-9875"))
    assert "9875" not in str(refused.value) and "811218" not in str(refused.value)


def test_a_valid_case_is_stored_with_normalised_identity(session):
    case_id = cases.new_case(session, {"type": "relative", "person": {
        "name": "  Sara Lind ", "personal_number": "8112189876", "gender": "kvinna",
        "district": "Hisingen", "protected_identity": "sekretessmarkering"}})
    assert cases.show_case(session, case_id).case.person.name == "[protected identity]"
    shown = cases.show_case(session, case_id, reveal_identity=True)
    person = shown.case.person
    assert person.name == "Sara Lind"
    assert person.personal_number == "19811218-9876"
    assert person.number_kind == "personal_identity_number"
    assert person.birth_date == "1981-12-18"
    assert (person.district, person.protected_identity) == ("Hisingen", "sekretessmarkering")
    year = datetime.now(UTC).year
    assert shown.case.case_number == f"CE-{year}-00001"
    case = shown.case
    assert (case.type, case.status, case.owning_unit) == ("relative", "investigation", "Centrum")
    assert shown.case.caseworker == session.actor
    second = cases.new_case(session, _person(birth_date="2001-01-01"))
    assert cases.get_case(session, second).case_number == f"CE-{year}-00002"


def test_a_coordination_number_is_accepted(session):
    case_id = cases.new_case(session, _person(personal_number=COORDINATION))
    person = cases.show_case(session, case_id).case.person
    assert person.number_kind == "coordination_number"
    assert person.birth_date == "1981-12-18"


def test_a_person_without_a_swedish_number(session):
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    case_id = cases.new_case(session, _person(birth_date=yesterday))
    person = cases.show_case(session, case_id).case.person
    assert person.personal_number is None
    assert person.number_kind == "no_swedish_number"
    assert person.birth_date == yesterday


def test_reading_a_case_is_audited_and_an_unknown_case_is_not_found(session):
    case_id = cases.new_case(session, _person(birth_date="1990-01-01"))
    cases.show_case(session, case_id)
    assert [e.action for e in audit_log.entries(session, case_id)] == ["case.create",
                                                                         "case.read"]
    before = _counts(session)
    with pytest.raises(NotFoundError):
        cases.show_case(session, case_id + 100)
    assert _counts(session) == before


def test_attachments_keep_their_bytes_name_and_hash(session):
    import hashlib
    import os

    case_id = cases.new_case(session, _person(birth_date="1990-01-01"))
    body = os.urandom(700_000)  # three chunks
    attachment_id = cases.attach(session, case_id, io.BytesIO(body), "../../etc/Utlåtande.pdf")
    (listed,) = cases.show_case(session, case_id).attachments
    assert listed.name == "Utlåtande.pdf"  # no directory parts are kept
    assert listed.media_type == "application/pdf"
    assert (listed.size, listed.sha256) == (len(body), hashlib.sha256(body).hexdigest())
    assert cases.read_attachment(session, case_id, attachment_id) == body
    empty = cases.attach(session, case_id, io.BytesIO(b""), "tom.txt")
    assert cases.read_attachment(session, case_id, empty) == b""
    with pytest.raises(NotFoundError):
        cases.read_attachment(session, case_id + 1, attachment_id)
    assert session_service.check_integrity(session) == []
