"""Plain SQL for the yearly statistics: the rows the counts are made from, and the unit a case
arrived from in a case package (a transfer or a handover), so that a case counted at both ends is
counted once city-wide (the counting and the suppression are the service's and the
domain's)."""

from __future__ import annotations

from typing import Any

from utvag.vault.database import Connection


def case_rows(conn: Connection) -> list[tuple[Any, ...]]:
    """Per case: id, owning unit, status, opened, closed, the person's birth date and gender,
    the answers, outcome, form and form version of the current signed assessment (None
    without one), and the reason the case was closed."""
    return [tuple(r) for r in conn.execute(
        "SELECT c.id, c.owning_unit, c.status, c.opened_at, c.closed_at, p.birth_date,"
        " p.gender, a.answers, a.outcome, a.form_id, a.form_version, c.close_reason"
        " FROM case_record c JOIN person p ON p.id = c.person_id"
        " LEFT JOIN assessment a ON a.case_id = c.id AND a.state = 'signed'"
        " AND a.superseded_by IS NULL")]


def interventions_decided(conn: Connection, start: str, end: str) -> list[tuple[str, str]]:
    """(owning unit, intervention type) of every intervention decided in [start, end)."""
    return [(str(r[0]), str(r[1])) for r in conn.execute(
        "SELECT c.owning_unit, i.intervention_type FROM intervention i"
        " JOIN case_record c ON c.id = i.case_id WHERE i.decided_on >= ? AND i.decided_on < ?",
        (start, end))]

_CASE_KINDS = ("case_transfer", "handover")


def received_from(conn: Connection) -> dict[int, tuple[str, str]]:
    """Per case that arrived in a case package (a transfer or a handover): the sending unit (the
    case's own unit for a handover from a colleague) and when the sender sent it (schema 17;
    when the import time where that was not recorded); none for a case opened here."""
    return {int(case_id): (str(unit), str(sent_at)) for case_id, unit, sent_at in
            conn.execute("SELECT case_id, sender_unit, coalesce(sent_at, received_at)"
                         " FROM received_package WHERE case_id IS NOT NULL AND kind IN (?, ?)",
                         _CASE_KINDS)}


def record_sent_at(conn: Connection, package_id: bytes, sent_at: str) -> None:
    """Keep when the sender sent the received package *package_id* (inside the import)."""
    conn.execute("UPDATE received_package SET sent_at = ? WHERE package_id = ?",
                 (sent_at, package_id))
