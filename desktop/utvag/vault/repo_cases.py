"""Plain SQL for people and cases, returning domain records."""

from __future__ import annotations

import re
from typing import Any

from utvag.domain.case_records import (
    Case,
    CaseStatus,
    CaseSummary,
    CaseType,
    Person,
    ProtectedIdentity,
)
from utvag.domain.units import Unit
from utvag.vault import rows
from utvag.vault.database import Connection
from utvag.vault.query_terms import equal_terms

_PERSON_COLS = (
    "p.id, p.name, p.personal_number, p.number_kind, p.birth_date, p.gender,"
    " p.protected_identity, p.district, p.address"
)
_CASE_COLS = (
    "c.id, c.case_number, c.type, c.status, c.owning_unit, c.caseworker, c.opened_at,"
    " c.updated_at, c.closed_at, c.close_reason"
)
# The columns of a case-list row, read by ``summary``; the list joins person ``p`` to case ``c``.
SUMMARY_COLS = (
    "c.id, c.case_number, c.type, c.status, p.name, p.protected_identity, c.owning_unit,"
    " c.updated_at"
)
UNIT_CODES: dict[str, str] = {
    Unit.CENTRUM: "CE", Unit.HISINGEN: "HI", Unit.NORDOST: "NO", Unit.SYDVAST: "SV",
    Unit.SAV: "SAV",
}


def insert_person(conn: Connection, *, name: str, personal_number: str | None,
                  number_kind: str, birth_date: str | None, gender: str | None,
                  protected_identity: str, district: str | None, now: str,
                  address: str | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO person (name, personal_number, number_kind, birth_date, gender,"
        " protected_identity, district, address, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (name, personal_number, number_kind, birth_date, gender, protected_identity, district,
         address, now, now),
    )
    return int(cur.lastrowid)


def next_case_number(conn: Connection, unit: str, year: int) -> str:
    key = f"case_counter:{year}"
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    number = 1 if row is None else int(row[0]) + 1
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, str(number)))
    return f"{UNIT_CODES.get(unit, 'UT')}-{year}-{number:05d}"


def insert_case(conn: Connection, *, case_number: str, type: str, person_id: int,
                owning_unit: str, caseworker: str, now: str,
                status: str = CaseStatus.INVESTIGATION) -> int:
    cur = conn.execute(
        "INSERT INTO case_record (case_number, type, status, person_id, owning_unit, caseworker,"
        " opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case_number, type, status, person_id, owning_unit, caseworker, now, now),
    )
    return int(cur.lastrowid)


def touch_case(conn: Connection, case_id: int, now: str) -> None:
    conn.execute("UPDATE case_record SET updated_at = ? WHERE id = ?", (now, case_id))


def _person(row: Any) -> Person:
    return Person(int(row[0]), row[1], row[2], row[3], row[4], row[5],
                  ProtectedIdentity(row[6]), row[7], row[8])


def get_case(conn: Connection, case_id: int) -> Case | None:
    row = conn.execute(
        f"SELECT {_CASE_COLS}, {_PERSON_COLS} FROM case_record c"
        " JOIN person p ON p.id = c.person_id WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        return None
    return Case(int(row[0]), row[1], CaseType(row[2]), CaseStatus(row[3]), _person(row[10:]),
                row[4], row[5], row[6], row[7], row[8], row[9])


def case_exists(conn: Connection, case_id: int) -> bool:
    return conn.execute("SELECT 1 FROM case_record WHERE id = ?", (case_id,)).fetchone() is not None


def count_cases(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM case_record").fetchone()[0])


def fts_query(text: str) -> str | None:
    """Turn what a user typed into an FTS5 query: every word as a quoted prefix, ANDed.

    Words split where the index's tokenizer splits them (also at ``_``), so each quoted term is a
    single token: the index keeps no positions and cannot answer multi-word phrases.
    """
    words = re.findall(r"[^\W_]+", text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words[:16])


def summary(row: Any) -> CaseSummary:
    """A case-list row from the ``SUMMARY_COLS`` of a query."""
    return CaseSummary(int(row[0]), row[1], CaseType(row[2]), CaseStatus(row[3]), row[4],
                       ProtectedIdentity(row[5]), row[6], row[7])


# How many matching cases make a search "broad". A narrow search fetches its matches by id and
# sorts them; a broad one walks the cases newest first and keeps the matches, stopping when the
# page is full, which avoids sorting tens of thousands of matches to show the newest hundred.
BROAD_SEARCH = 2_000


def _is_broad(conn: Connection, match: str, threshold: int) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)",
        (match, threshold),
    ).fetchone()
    return int(row[0]) >= threshold


# The recency index (schema 9): keys are a case's updated_at second times this, plus a slot.
_SECOND = 65536
_RECENT_SOURCE = (
    "search_recent r JOIN case_recency k ON k.key = r.rowid"
    " JOIN case_record c ON c.id = k.case_id JOIN person p ON p.id = c.person_id"
)


def _recency_index_complete(conn: Connection) -> bool:
    row = conn.execute("SELECT 1 FROM meta WHERE key = 'search_recency_incomplete'").fetchone()
    return row is None


def _search_recent(conn: Connection, match: str, filters: list[str], params: list[object],
                   limit: int, offset: int) -> list[CaseSummary]:
    """Walk the recency index newest-first and stop after the page: a broad query reads one
    page of cases, not every match. The second in which the page ends is then read whole and
    sorted exactly, so the page is the one ordering every match would give."""
    where = " AND ".join(["r.search_recent MATCH ?", *filters])
    last = conn.execute(
        f"SELECT r.rowid FROM {_RECENT_SOURCE} WHERE {where} ORDER BY r.rowid DESC"
        " LIMIT 1 OFFSET ?", [match, *params, limit + offset - 1]).fetchone()
    floor = 0 if last is None else int(last[0]) // _SECOND * _SECOND
    found = conn.execute(
        f"SELECT {SUMMARY_COLS} FROM {_RECENT_SOURCE} WHERE {where} AND r.rowid >= ?"
        " ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?",
        [match, *params, floor, limit, offset]).fetchall()
    return [summary(r) for r in found]


# A case a search matches, by the search index (its parameter: ``fts_query`` of the text);
# ``search_recent`` indexes the same text for the recency walk of ``_search_recent``.
_SEARCH_TERM = "c.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"


def _list_filters(case_type: str | None, status: str | None
                  ) -> tuple[list[str], list[object]]:
    """The type and status terms of the case list (search apart: see ``list_cases``)."""
    return equal_terms({"c.type": case_type or None, "c.status": status or None})


def list_cases(conn: Connection, *, query: str | None = None, limit: int = 100,
               offset: int = 0, case_type: str | None = None,
               status: str | None = None) -> list[CaseSummary]:
    """A page of cases, newest change first; ``query`` searches names, numbers and notes."""
    where, params = _list_filters(case_type, status)
    source = "case_record c"
    if query:
        match = fts_query(query)
        if match is None:
            return []
        if int(limit) > 0 and int(offset) >= 0 and _recency_index_complete(conn):
            return _search_recent(conn, match, list(where), list(params), int(limit),
                                  int(offset))
        where.append(_SEARCH_TERM)
        params.append(match)
        if _is_broad(conn, match, max(BROAD_SEARCH, 20 * (int(limit) + int(offset)))):
            source = "case_record c INDEXED BY case_updated"
    sql = (
        f"SELECT {SUMMARY_COLS} FROM {source} JOIN person p ON p.id = c.person_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?"
    )
    found = conn.execute(sql, [*params, int(limit), int(offset)]).fetchall()
    return [summary(r) for r in found]


def listed(conn: Connection, case_id: int, *, query: str | None = None,
           case_type: str | None = None, status: str | None = None) -> bool:
    """Whether ``list_cases`` with these filters holds the case, on whichever page: one query,
    with the list's own terms."""
    where, params = _list_filters(case_type, status)
    if query:
        match = fts_query(query)
        if match is None:
            return False
        where.append(_SEARCH_TERM)
        params.append(match)
    row = conn.execute(
        "SELECT 1 FROM case_record c JOIN person p ON p.id = c.person_id WHERE "
        + " AND ".join(["c.id = ?", *where]), [case_id, *params]).fetchone()
    return row is not None


def persons_with_number(conn: Connection, personal_number: str) -> list[Person]:
    found = conn.execute(
        f"SELECT {_PERSON_COLS} FROM person p WHERE p.personal_number = ?", (personal_number,)
    ).fetchall()
    return [_person(r) for r in found]


def id_for_number(conn: Connection, case_number: str) -> int | None:
    """The id of the case with this case number (``HI-2026-00001``), or None."""
    row = conn.execute("SELECT id FROM case_record WHERE case_number = ?",
                       (case_number,)).fetchone()
    return None if row is None else int(row[0])


def raise_protection(conn: Connection, person_id: int, level: str, now: str) -> None:
    """Set the person's protected identity to ``level`` (callers only ever raise it)."""
    conn.execute("UPDATE person SET protected_identity = ?, updated_at = ? WHERE id = ?",
                 (level, now, person_id))


def set_person_name(conn: Connection, person_id: int, name: str, now: str) -> None:
    """Correct the person's name (the search index follows by its trigger)."""
    conn.execute("UPDATE person SET name = ?, updated_at = ? WHERE id = ?",
                 (name, now, person_id))


def person_exists(conn: Connection, person_id: int) -> bool:
    return conn.execute("SELECT 1 FROM person WHERE id = ?",
                        (person_id,)).fetchone() is not None


def case_numbers(conn: Connection) -> dict[int, str]:
    """Every case's number by its id."""
    return {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, case_number FROM case_record")}


def case_numbers_of_people(conn: Connection, person_ids: list[int]) -> list[str]:
    """The numbers of the cases of these people, in order."""
    if not person_ids:
        return []
    marks = ",".join("?" * len(person_ids))
    return [str(r[0]) for r in conn.execute(
        f"SELECT case_number FROM case_record WHERE person_id IN ({marks})"
        " ORDER BY case_number", person_ids)]


def close_transferred(conn: Connection, case_id: int, reason: str, now: str) -> None:
    """Close the case as transferred (its package was sent)."""
    conn.execute("UPDATE case_record SET status = 'transferred', closed_at = ?,"
                 " close_reason = ?, updated_at = ? WHERE id = ?", (now, reason, now, case_id))


def labels(conn: Connection, case_ids: list[int]) -> dict[int, tuple[str, str, str, str]]:
    """Per case: number, caseworker, owning unit and the person's protected identity."""
    return {int(r[0]): (str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows.in_chunks(
        conn, "SELECT c.id, c.case_number, c.caseworker, c.owning_unit, p.protected_identity"
        " FROM case_record c JOIN person p ON p.id = c.person_id WHERE c.id IN ({ids})",
        case_ids)}


def flow_facts(conn: Connection, case_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Per case: type, status, opened, closed, the closing reason and the owning unit."""
    return {int(row[0]): {"type": row[1], "status": row[2], "opened": row[3], "closed": row[4],
                          "reason": row[5], "unit": row[6]} for row in rows.in_chunks(
        conn, "SELECT id, type, status, opened_at, closed_at, close_reason, owning_unit"
        " FROM case_record WHERE id IN ({ids})", case_ids)}
