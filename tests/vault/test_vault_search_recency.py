"""The recency index (schema 9): a search walks cases newest-first and stops after one page,
and gives exactly the page that ordering every match would give."""

from __future__ import annotations

import random

import pytest

from utvag.services import cases
from utvag.vault import repo_cases

WORDS = ("Lindqvist", "Lindberg", "Hassan", "Kiruna", "Angered", "Backa")


def _reference(conn, query, *, limit, offset, case_type=None, status=None):
    """Every match, sorted the way the case list sorts, then the page: the oracle."""
    sql = ("SELECT c.id FROM case_record c WHERE c.id IN"
           " (SELECT rowid FROM search_index WHERE search_index MATCH ?)")
    params: list[object] = [repo_cases.fts_query(query)]
    if case_type:
        sql += " AND c.type = ?"
        params.append(case_type)
    if status:
        sql += " AND c.status = ?"
        params.append(status)
    rows = conn.execute(sql + " ORDER BY c.updated_at DESC, c.id DESC", params).fetchall()
    return [r[0] for r in rows][offset:offset + limit]


@pytest.fixture
def crowded(make_vault):
    """Cases whose changes share seconds and even microseconds, touched in random order."""
    handle = make_vault("vault")
    rng = random.Random(20261207)
    session = handle.open()
    ids = []
    for number in range(120):
        ids.append(cases.new_case(session, {
            "type": ("defector", "high_risk", "relative")[number % 3],
            "person": {"name": f"{rng.choice(WORDS)} {rng.choice(WORDS)} {number}",
                       "birth_date": "1990-01-01"}}))
    with session.vault.transaction() as conn:
        for case_id in ids:
            second = rng.choice(("2026-11-30T08:15:00", "2026-11-30T08:15:01",
                                 "2026-12-01T23:59:59"))
            micro = rng.choice((".000000", ".000001", f".{rng.randrange(10**6):06d}"))
            conn.execute("UPDATE case_record SET updated_at = ? WHERE id = ?",
                         (second + micro + "+00:00", case_id))
    for case_id in rng.sample(ids, 15):
        cases.add_note(session, case_id, f"Samtal om {rng.choice(WORDS)}.")
    yield session
    session.close()


@pytest.mark.parametrize(("query", "limit", "offset", "filters"), [
    ("lind", 10, 0, {}),
    ("lind", 10, 10, {}),
    ("lindqvist", 7, 3, {}),
    ("li", 25, 0, {"case_type": "high_risk"}),
    ("ba", 5, 40, {}),
    ("kiruna hassan", 100, 0, {}),
    ("angered", 3, 0, {"status": "investigation"}),
    ("nothing-like-it", 10, 0, {}),
])
def test_a_page_equals_the_page_of_every_match_sorted(crowded, query, limit, offset, filters):
    conn = crowded.vault.conn
    assert crowded.vault.meta("search_recency_incomplete") is None  # the index is walked
    found = [c.id for c in repo_cases.list_cases(conn, query=query, limit=limit,
                                                  offset=offset, **filters)]
    assert found == _reference(conn, query, limit=limit, offset=offset, **filters)


def test_every_page_in_turn_lists_every_match_once(crowded):
    conn = crowded.vault.conn
    pages = [[c.id for c in repo_cases.list_cases(conn, query="l", limit=9, offset=offset)]
             for offset in range(0, 200, 9)]
    walked = [case_id for page in pages for case_id in page]
    assert walked == _reference(conn, "l", limit=1000, offset=0)
    assert len(walked) == len(set(walked)) > 30


def test_a_changed_case_moves_to_the_top_and_a_renamed_person_is_found(crowded):
    conn = crowded.vault.conn
    oldest = _reference(conn, "lind", limit=1000, offset=0)[-1]
    cases.add_note(crowded, oldest, "Ny uppgift om Lindqvist.")
    assert [c.id for c in repo_cases.list_cases(conn, query="lind", limit=1)] == [oldest]
    with crowded.vault.transaction():
        conn.execute("UPDATE person SET name = 'Zarathustra Omnibus' WHERE id ="
                     " (SELECT person_id FROM case_record WHERE id = ?)", (oldest,))
    assert [c.id for c in repo_cases.list_cases(conn, query="zarathustra")] == [oldest]
    assert oldest not in [c.id for c in repo_cases.list_cases(conn, query="lind", limit=500)
                          if c.name.startswith("Lind")]


def test_a_change_time_not_in_the_stored_form_falls_back_and_loses_no_case(crowded):
    conn = crowded.vault.conn
    case_id = cases.new_case(crowded, {"type": "defector", "person": {
        "name": "Udda Tidsstämpel", "birth_date": "1990-01-01"}})
    with crowded.vault.transaction():
        conn.execute("UPDATE case_record SET updated_at = '2026-12-01 10:00:00' WHERE id = ?",
                     (case_id,))
    assert crowded.vault.meta("search_recency_incomplete") == "1"
    assert [c.id for c in repo_cases.list_cases(conn, query="udda")] == [case_id]
    for query in ("lind", "ba"):
        found = [c.id for c in repo_cases.list_cases(conn, query=query, limit=12, offset=4)]
        assert found == _reference(conn, query, limit=12, offset=4)
