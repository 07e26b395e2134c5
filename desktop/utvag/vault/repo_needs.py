"""Plain SQL for the person's needs, their links to interventions and their follow-ups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from utvag.vault import rows
from utvag.vault.database import Connection, dict_rows


def _rows(conn: Connection, sql: str, params: Sequence[Any] | dict[str, Any]
          ) -> list[dict[str, Any]]:
    return dict_rows(conn.execute(sql, params if isinstance(params, dict) else list(params)))


def insert_need(conn: Connection, case_id: int, *, area: str, description: str | None,
                identified_on: str, by: str, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO case_need (case_id, area, description, identified_on, created_at,"
        " created_by) VALUES (?, ?, ?, ?, ?, ?)",
        (case_id, area, description, identified_on, now, by))
    return int(cur.lastrowid)


def get_need(conn: Connection, need_id: int) -> dict[str, Any] | None:
    return rows.by_id(conn, "case_need", need_id)


def intervention(conn: Connection, intervention_id: int) -> dict[str, Any] | None:
    return rows.by_id(conn, "intervention", intervention_id)


def interventions_of(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    return rows.of_case(conn, "intervention", case_id)


def is_linked(conn: Connection, need_id: int, intervention_id: int) -> bool:
    return conn.execute(
        "SELECT 1 FROM need_intervention WHERE need_id = ? AND intervention_id = ?",
        (need_id, intervention_id)).fetchone() is not None


def link(conn: Connection, need_id: int, intervention_id: int, case_id: int, *, by: str,
         now: str) -> None:
    conn.execute(
        "INSERT INTO need_intervention (need_id, intervention_id, case_id, created_at,"
        " created_by) VALUES (?, ?, ?, ?, ?)", (need_id, intervention_id, case_id, now, by))


def unlink(conn: Connection, need_id: int, intervention_id: int) -> None:
    conn.execute("DELETE FROM need_intervention WHERE need_id = ? AND intervention_id = ?",
                 (need_id, intervention_id))


def insert_followup(conn: Connection, case_id: int, need_id: int, *,
                    intervention_id: int | None, held_on: str, outcome: str, note: str | None,
                    by: str, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO need_followup (case_id, need_id, intervention_id, held_on, outcome, note,"
        " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, need_id, intervention_id, held_on, outcome, note, now, by))
    return int(cur.lastrowid)


def for_cases(conn: Connection, table: str, case_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Every row of ``case_need``, ``need_intervention`` or ``need_followup`` of the cases."""
    if table not in ("case_need", "need_intervention", "need_followup"):
        raise KeyError(table)
    order = "need_id, intervention_id" if table == "need_intervention" else "id"
    return rows.of_cases(conn, table, case_ids, order=order)


def statistics_rows(conn: Connection, start: str, end: str) -> list[dict[str, Any]]:
    """Each need identified before ``end`` in a case active during [start, end), with the case's
    unit, the need's area and the outcome of its latest follow-up held before ``end`` (None when
    it was not followed up by then). Nothing that names a person or a case."""
    return _rows(conn, """
        SELECT c.owning_unit AS unit, n.area AS area,
               (SELECT f.outcome FROM need_followup f
                 WHERE f.need_id = n.id AND f.held_on < :end_day
                 ORDER BY f.held_on DESC, f.id DESC LIMIT 1) AS outcome
        FROM case_need n JOIN case_record c ON c.id = n.case_id
        WHERE n.identified_on < :end_day AND c.opened_at < :end_day
          AND (c.closed_at IS NULL OR c.closed_at >= :start_day)
        ORDER BY n.id""", {"start_day": start, "end_day": end})
