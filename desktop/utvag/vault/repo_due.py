"""The stored next-due item per case (``case_due``) and the cases marked for recomputation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from utvag.domain.case_records import CaseSummary
from utvag.vault.database import Connection
from utvag.vault.query_terms import equal_terms
from utvag.vault.repo_cases import SUMMARY_COLS, summary


def stale_ids(conn: Connection, limit: int = 2_000, among: Sequence[int] | None = None
              ) -> list[int]:
    """Cases marked as changed (of ``among`` only, when given)."""
    if among is None:
        rows = conn.execute("SELECT case_id FROM case_due_stale LIMIT ?", (limit,)).fetchall()
    else:
        wanted = list(among)[:limit]
        if not wanted:
            return []
        rows = conn.execute(
            f"SELECT case_id FROM case_due_stale WHERE case_id IN ({', '.join('?' * len(wanted))})",
            wanted).fetchall()
    return [int(r[0]) for r in rows]


def stale_count(conn: Connection) -> int:
    """How many cases are marked for recomputation."""
    return int(conn.execute("SELECT count(*) FROM case_due_stale").fetchone()[0])


def store(conn: Connection, rows: Sequence[tuple[int, str | None, str | None, str | None]]
          ) -> None:
    """Write (case_id, next_due, next_kind, threat_level) and clear the cases' marks."""
    conn.executemany(
        "INSERT OR REPLACE INTO case_due (case_id, next_due, next_kind, threat_level)"
        " VALUES (?, ?, ?, ?)", rows)
    conn.executemany("DELETE FROM case_due_stale WHERE case_id = ?", [(r[0],) for r in rows])


def for_cases(conn: Connection, case_ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """(next_due, next_kind, threat_level) of the given cases: one query for a page."""
    if not case_ids:
        return {}
    marks = ", ".join("?" * len(case_ids))
    rows = conn.execute(
        f"SELECT case_id, next_due, next_kind, threat_level FROM case_due"
        f" WHERE case_id IN ({marks})", list(case_ids)).fetchall()
    return {int(r[0]): (r[1], r[2], r[3]) for r in rows}


def due_before(conn: Connection, instant: str, *, unit: str | None = None,
               caseworker: str | None = None) -> list[int]:
    """Cases whose next item falls before ``instant`` (an index range scan)."""
    terms, params = equal_terms({"c.owning_unit": unit, "c.caseworker": caseworker})
    sql = ("SELECT d.case_id FROM case_due d JOIN case_record c ON c.id = d.case_id"
           " WHERE " + " AND ".join(["d.next_due IS NOT NULL", "d.next_due < ?", *terms]))
    rows = conn.execute(sql + " ORDER BY d.next_due", [instant, *params]).fetchall()
    return [int(r[0]) for r in rows]


_OVERDUE_SOURCE = ("case_due d JOIN case_record c ON c.id = d.case_id"
                   " JOIN person p ON p.id = c.person_id")


def _overdue_terms(instant: str, case_type: str | None, status: str | None,
                   text: str | None) -> tuple[list[str], list[object]]:
    """What the "Overdue" filter matches: the cases overdue at ``instant``, narrowed by type,
    status and ``text`` (case number, or name for people without a protected identity)."""
    terms, filters = equal_terms({"c.type": case_type or None, "c.status": status or None})
    where = ["d.next_due IS NOT NULL", "d.next_due < ?", *terms]
    params: list[object] = [instant, *filters]
    if text:
        where.append("(c.case_number LIKE ? ESCAPE '\\' OR (p.protected_identity = 'none'"
                     " AND p.name LIKE ? ESCAPE '\\'))")
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
    return where, params


def overdue_summaries(conn: Connection, instant: str, *, case_type: str | None = None,
                      status: str | None = None, text: str | None = None, limit: int = 100,
                      offset: int = 0) -> list[CaseSummary]:
    """A page of the cases overdue at ``instant``, the most overdue first (see
    ``_overdue_terms``)."""
    where, params = _overdue_terms(instant, case_type, status, text)
    rows = conn.execute(
        f"SELECT {SUMMARY_COLS} FROM {_OVERDUE_SOURCE} WHERE " + " AND ".join(where)
        + " ORDER BY d.next_due, d.case_id LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
    return [summary(r) for r in rows]


def overdue_listed(conn: Connection, case_id: int, instant: str, *,
                   case_type: str | None = None, status: str | None = None,
                   text: str | None = None) -> bool:
    """Whether ``overdue_summaries`` with these filters holds the case, on whichever page."""
    where, params = _overdue_terms(instant, case_type, status, text)
    row = conn.execute(f"SELECT 1 FROM {_OVERDUE_SOURCE} WHERE d.case_id = ? AND "
                       + " AND ".join(where), [case_id, *params]).fetchone()
    return row is not None


def settings_used(conn: Connection) -> str | None:
    """The clock settings the stored next-due items were computed with (see ``mark_all``)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'due_settings'").fetchone()
    return None if row is None else str(row[0])


def mark_all(conn: Connection, settings: str) -> None:
    """Mark every case for recomputation under new clock settings, and remember them."""
    conn.execute("INSERT OR IGNORE INTO case_due_stale (case_id) SELECT id FROM case_record")
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('due_settings', ?)",
                 (settings,))
