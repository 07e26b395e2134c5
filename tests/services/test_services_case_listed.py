"""Whether the case list, as searched and filtered, holds a given case on whichever page: the
same answer the list's own pages give, in one query, on a real vault."""

from __future__ import annotations

from datetime import UTC, datetime

from utvag.services import cases, due, followup
from utvag.services.session import Session

INTERVENTION = {"type": "counselling", "urgency": "time_limited", "decided_on": "2025-02-01",
                "ends_on": "2025-06-30"}  # the Police follow-up falls due on 2025-05-02
JUNE = datetime(2025, 6, 1, tzinfo=UTC)



def new_case(session: Session, name: str, case_type: str = "defector",
             number: str | None = None) -> int:
    person: dict[str, object] = {"name": name, "birth_date": "1990-04-03"}
    if number is not None:
        person = {"name": name, "personal_number": number}
    return cases.new_case(session, {"type": case_type, "person": person})


def on_some_page(session: Session, case_id: int, *, query: str | None = None) -> bool:
    return case_id in [c.id for c in cases.list_cases(session, query=query, limit=10_000)]


def test_the_search_matches_as_the_list_does(session: Session) -> None:
    alva = new_case(session, "Alva Exempelsson")
    bo = new_case(session, "Bo Påhittad")
    cases.add_note(session, bo, "Samtal om flytten till Borås")
    for query in ("Alva", "alv", "Exempelsson Alva", "Påhittad", "flytten", "Borås", "Cleo",
                  "Alva Påhittad", "!!!"):
        for case_id in (alva, bo):
            assert cases.listed(session, case_id, query=query) == on_some_page(
                session, case_id, query=query), (query, case_id)
    assert cases.listed(session, alva, query="Alva")
    assert not cases.listed(session, alva, query="Cleo")
    assert cases.listed(session, bo, query="flytten")  # a note's words find the case
    assert not cases.listed(session, bo, query="!!!")  # nothing to search for: no case listed


def test_a_personal_number_typed_as_ten_digits_matches(session: Session) -> None:
    dana = new_case(session, "Dana Testberg", number="19811228-9874")
    assert on_some_page(session, dana, query="8112289874")
    assert cases.listed(session, dana, query="8112289874")
    assert not cases.listed(session, dana, query="8112289875")


def test_type_and_status_match_as_the_list_does(session: Session) -> None:
    alva = new_case(session, "Alva Exempelsson")
    cleo = new_case(session, "Cleo Testberg", case_type="relative")
    followup.close_case(session, cleo, "handed_over")
    assert cases.listed(session, alva, case_type="defector")
    assert not cases.listed(session, alva, case_type="relative")
    assert cases.listed(session, cleo, status="closed")
    assert not cases.listed(session, cleo, status="investigation")
    assert cases.listed(session, cleo, query="Cleo", case_type="relative", status="closed")
    assert not cases.listed(session, cleo, query="Alva", case_type="relative", status="closed")
    assert cases.listed(session, alva)  # no filter: every case is listed
    assert not cases.listed(session, 999_999)  # no such case


def test_the_overdue_filter_matches_as_its_list_does(session: Session) -> None:
    late = new_case(session, "Elis Låtsasson")
    other = new_case(session, "Fanny Demoqvist")
    followup.add_intervention(session, late, INTERVENTION)
    assert cases.listed(session, late, overdue_at=JUNE) is None  # not known until worked out
    due.refresh(session)
    assert cases.listed(session, late, overdue_at=JUNE) is True
    assert cases.listed(session, other, overdue_at=JUNE) is False
    assert cases.listed(session, late, overdue_at=datetime(2025, 5, 1, tzinfo=UTC)) is False
    assert cases.listed(session, late, query="Låtsas", overdue_at=JUNE) is True
    assert cases.listed(session, late, query="Fanny", overdue_at=JUNE) is False
    assert cases.listed(session, late, case_type="relative", overdue_at=JUNE) is False
    assert cases.listed(session, late, status="investigation", overdue_at=JUNE) is True
    listed = due.overdue_cases(session, JUNE)
    assert listed is not None and [c.id for c in listed] == [late]
