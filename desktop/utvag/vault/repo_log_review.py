"""Plain SQL for log review: the month's accesses (to cases and to concern reports) from the
audit chain, what decides whether each is reviewed, and the reviewers' sign-offs."""

from __future__ import annotations

from dataclasses import dataclass, field

from utvag.domain.log_review import (
    CONCERN_ACTIONS,
    CONCERN_REVEAL_PURPOSE,
    Access,
    CaseFlags,
)
from utvag.vault import rows
from utvag.vault.database import Connection


@dataclass(frozen=True)
class SignOffRow:
    id: int
    month: str
    reviewer: str
    signed_at: str
    outcome: str
    comment: str = field(repr=False)
    entries: int
    digest: str


def accesses(conn: Connection, start: str, end: str) -> list[Access]:
    """Every audited access to a case or to a concern report (with a case or without one)
    between ``start`` (inclusive) and ``end``, in order. A listing that showed no report is
    no access to one."""
    actions = ", ".join("?" * len(CONCERN_ACTIONS))
    concern = (f"((action IN ({actions}) AND NOT (action = 'concern_report.list'"
               " AND json_extract(detail, '$.rows') = 0)) OR (action = 'identity.reveal'"
               " AND json_extract(detail, '$.purpose') = ?))")
    return [Access(int(r[0]), r[1], r[2], r[3], None if r[4] is None else int(r[4]),
                   None if r[5] is None else int(r[5]), bool(r[6])) for r in conn.execute(
        f"SELECT seq, at, actor, action, case_id, CASE WHEN {concern} THEN"
        f" json_extract(detail, '$.record_id') END, {concern} FROM audit"
        f" WHERE (case_id IS NOT NULL OR {concern}) AND at >= ? AND at < ? ORDER BY seq",
        (*CONCERN_ACTIONS, CONCERN_REVEAL_PURPOSE) * 3 + (start, end))]


def protected_children(conn: Connection, report_ids: list[int]) -> set[int]:
    """Of these concern reports still in the vault, those whose child has a protected
    identity."""
    return {int(r[0]) for r in rows.in_chunks(
        conn, "SELECT r.id FROM concern_report r JOIN person p ON p.id = r.person_id"
        " WHERE p.protected_identity != 'none' AND r.id IN ({ids})", report_ids)}


def case_flags(conn: Connection, case_ids: list[int], start: str, end: str
               ) -> tuple[dict[int, CaseFlags], dict[int, str]]:
    """For the cases still in the vault: their type, protected identity and whether they were
    flagged high-risk during the period; and their case numbers."""
    flags: dict[int, CaseFlags] = {}
    numbers: dict[int, str] = {}
    for case_id, number, case_type, protected, flagged in rows.in_chunks(
            conn, "SELECT c.id, c.case_number, c.type, p.protected_identity, EXISTS (SELECT 1"
            " FROM high_risk_flag f WHERE f.case_id = c.id AND f.flagged_at < ?"
            " AND (f.cleared_at IS NULL OR f.cleared_at >= ?)) FROM case_record c"
            " JOIN person p ON p.id = c.person_id WHERE c.id IN ({ids})", case_ids,
            before=(end, start)):
        flags[int(case_id)] = CaseFlags(case_type, protected, bool(flagged))
        numbers[int(case_id)] = number
    return flags, numbers


def signoffs(conn: Connection, month: str) -> list[SignOffRow]:
    return [SignOffRow(int(r[0]), r[1], r[2], r[3], r[4], r[5], int(r[6]), r[7])
            for r in conn.execute(
                "SELECT id, month, reviewer, signed_at, outcome, comment, entries, digest"
                " FROM log_review_signoff WHERE month = ? ORDER BY id", (month,))]


def add_signoff(conn: Connection, month: str, reviewer: str, signed_at: str, outcome: str,
                comment: str, entries: int, digest: str) -> int:
    cur = conn.execute(
        "INSERT INTO log_review_signoff (month, reviewer, signed_at, outcome, comment,"
        " entries, digest) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (month, reviewer, signed_at, outcome, comment, entries, digest))
    return int(cur.lastrowid)
