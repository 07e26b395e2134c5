"""Search over names, identity numbers, case numbers and notes (FTS5, diacritics folded)."""

from __future__ import annotations

import pytest

from utvag.services import cases

NUMBER = "19811218-9876"  # a valid test number (Luhn)


@pytest.fixture(scope="module")
def searchable(tmp_path_factory):
    """One vault for the module; the search tests only read."""
    from utvag.services import session as session_service
    from utvag.services.policy import load_policy
    from utvag.vault.kdf import KdfParams

    directory = tmp_path_factory.mktemp("search") / "vault"
    policy = load_policy(directory.parent / "no-policy.ini")
    session, _ = session_service.create(directory, "Nordost", "correct horse battery staple",
                                        kdf=KdfParams(1, 1024, 1), allow_weak_kdf=True,
                                        policy=policy)
    ids = {}
    for key, person in {
        "asa": {"name": "Åsa Öberg", "personal_number": NUMBER},
        "jose": {"name": "José Ñúñez", "birth_date": "1999-09-09"},
        "leila": {"name": "Leila Karimi", "birth_date": "2004-04-04",
                  "protected_identity": "skyddad_folkbokforing"},
    }.items():
        ids[key] = cases.new_case(session, {"type": "defector", "person": person})
    cases.add_note(session, ids["leila"], "Hotbild från tidigare umgänge; flyttat till Kiruna.")
    numbers = {key: cases.get_case(session, case_id).case_number
               for key, case_id in ids.items()}
    yield session, ids, numbers
    session.close()


def _found(session, query):
    return {c.id for c in cases.list_cases(session, query=query)}


@pytest.mark.parametrize(("query", "who"), [
    ("Åsa", "asa"),
    ("asa", "asa"),          # diacritics folded in the query ...
    ("ASA OBERG", "asa"),    # ... and in case
    ("öberg", "asa"),
    ("Obe", "asa"),          # prefixes
    ("jose nunez", "jose"),
    ("Núñez", "jose"),
    ("karimi", "leila"),
    ("kiruna", "leila"),     # note text
    ("hotbild umgange", "leila"),
])
def test_search_by_name_and_note_text(searchable, query, who):
    session, ids, _ = searchable
    assert _found(session, query) == {ids[who]}


def test_search_by_case_number(searchable):
    session, ids, numbers = searchable
    for key, number in numbers.items():
        assert number.startswith("NO-")
        assert _found(session, number) == {ids[key]}


@pytest.mark.parametrize("form", [
    "19811218-9876",   # as stored
    "198112189876",    # twelve digits without separator
    "811218-9876",     # ten digits, the usual way of writing it
    "8112189876",      # ten digits without separator
    "19811218",        # date part
])
def test_search_by_identity_number_in_every_usual_form(searchable, form):
    session, ids, _ = searchable
    assert _found(session, form) == {ids["asa"]}


@pytest.mark.parametrize("query", ["Stockholm", "19811218-9877", "zz", "Leilani"])
def test_search_finds_nothing_that_is_not_there(searchable, query):
    session, _, _ = searchable
    assert _found(session, query) == set()


@pytest.mark.parametrize("query", ['"', "*", "AND", "NEAR(a b)", "a OR", "-", "')--", "ö*"])
def test_search_syntax_cannot_break_the_query(searchable, query):
    session, _, _ = searchable
    assert isinstance(_found(session, query), set)


def test_an_empty_query_lists_everything(searchable):
    session, ids, _ = searchable
    assert {c.id for c in cases.list_cases(session)} == set(ids.values())
