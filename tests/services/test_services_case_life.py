"""Ending an intervention, linking a relative who is a new person, listing relatives and
naming a case by its case number, on a real vault: what is refused changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from utvag.domain.identity import MASK
from utvag.errors import NotFoundError, RefusedError, UsageError, ValidationError
from utvag.services import audit_log, case_ref, cases, followup
from utvag.services.session import Session


def new_case(session: Session, name: str, protected: str = "none") -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": name, "birth_date": "2001-04-03", "protected_identity": protected}})


def test_end_an_intervention(session: Session,
                             table_dump: Callable[[Any], dict[str, Any]]) -> None:
    case_id = new_case(session, "Testperson")
    record = followup.add_intervention(session, case_id, {
        "type": "mentor", "urgency": "urgent", "decided_on": "2025-02-01",
        "starts_on": "2025-02-03"})
    before = table_dump(session.vault.conn)
    with pytest.raises(ValidationError) as refused:
        followup.end_intervention(session, record, "2025-02-02")
    assert refused.value.field == "intervention.ends_on"
    with pytest.raises(ValidationError):
        followup.end_intervention(session, record, "not a date")
    assert table_dump(session.vault.conn) == before
    followup.end_intervention(session, record, "2025-05-01")
    assert followup.records(session, case_id).intervention[0].ends_on == "2025-05-01"
    assert audit_log.entries(session, case_id)[-1].action == "intervention.update"
    followup.close_case(session, case_id, "completed")
    with pytest.raises(RefusedError):
        followup.end_intervention(session, record, "2025-06-01")


def test_link_a_new_person_and_list_relatives(
        session: Session, table_dump: Callable[[Any], dict[str, Any]]) -> None:
    case_id = new_case(session, "Testperson")
    hidden = new_case(session, "Dold Anhörig", "skyddad_folkbokforing")
    before = table_dump(session.vault.conn)
    for bad in ({"name": ""}, {"name": "X", "personal_number": "19990101-0001"},
                {"name": "X", "birth_date": "2001-01-01", "shoe_size": 42}):
        with pytest.raises(ValidationError):
            followup.link_relative(session, case_id, {"person": bad, "relation": "sibling"})
    with pytest.raises(ValidationError):
        followup.link_relative(session, case_id, {
            "person": {"name": "Ny Syster", "birth_date": "2003-03-03"}, "relation": "aunt"})
    with pytest.raises(ValidationError):
        followup.link_relative(session, case_id, {
            "person": {"name": "Ny Syster", "birth_date": "2003-03-03"}, "case_id": hidden,
            "relation": "sibling"})
    assert table_dump(session.vault.conn) == before
    followup.link_relative(session, case_id, {
        "person": {"name": "Ny Syster", "birth_date": "2003-03-03"}, "relation": "sibling",
        "contact_path": "Via skolan"})
    followup.link_relative(session, case_id, {"case_id": hidden, "relation": "parent"})
    shown = [(r.name, r.relation, r.own_case_number)
             for r in followup.relatives(session, case_id)]
    hidden_number = cases.get_case(session, hidden).case_number
    assert shown == [("Ny Syster", "sibling", None), (MASK, "parent", hidden_number)]


def test_case_numbers_name_cases(session: Session) -> None:
    case_id = new_case(session, "Testperson")
    number = cases.get_case(session, case_id).case_number
    assert case_ref.resolve(session, number) == case_id
    assert case_ref.resolve(session, number.lower()) == case_id
    assert case_ref.resolve(session, str(case_id)) == case_id
    with pytest.raises(NotFoundError):
        case_ref.resolve(session, "CE-1999-00001")
    with pytest.raises(UsageError):
        case_ref.parse("drop table")
