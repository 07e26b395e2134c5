"""Plain SQL for the yearly statistics: the rows the counts are made from (the counting and
the suppression are the service's and the domain's)."""

from __future__ import annotations

from typing import Any

from utvag.vault.database import Connection


def case_rows(conn: Connection) -> list[tuple[Any, ...]]:
    """Per case: id, owning unit, status, opened, closed, the person's birth date and gender,
    and the answers, outcome, form and form version of the current signed assessment (None
    without one)."""
    return [tuple(r) for r in conn.execute(
        "SELECT c.id, c.owning_unit, c.status, c.opened_at, c.closed_at, p.birth_date,"
        " p.gender, a.answers, a.outcome, a.form_id, a.form_version"
        " FROM case_record c JOIN person p ON p.id = c.person_id"
        " LEFT JOIN assessment a ON a.case_id = c.id AND a.state = 'signed'"
        " AND a.superseded_by IS NULL")]


def interventions_decided(conn: Connection, start: str, end: str) -> list[tuple[str, str]]:
    """(owning unit, intervention type) of every intervention decided in [start, end)."""
    return [(str(r[0]), str(r[1])) for r in conn.execute(
        "SELECT c.owning_unit, i.intervention_type FROM intervention i"
        " JOIN case_record c ON c.id = i.case_id WHERE i.decided_on >= ? AND i.decided_on < ?",
        (start, end))]
