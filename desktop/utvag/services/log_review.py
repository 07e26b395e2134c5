"""Log review (*loggkontroll*): the month's review queue from the audit chain, and the
reviewer's sign-off (stored, and written to the audit chain without the comment)."""

from __future__ import annotations

from typing import Any

from utvag.domain.log_review import (
    DEFAULT_SAMPLE_SIZE,
    Access,
    CaseFlags,
    QueueEntry,
    queue_digest,
    review_queue,
)
from utvag.errors import ValidationError
from utvag.services.session import Session
from utvag.vault.audit import now_utc
from utvag.vault.keyslots import hkdf

MAX_COMMENT = 4000


def _bounds(month: str) -> tuple[str, str]:
    year, number = int(month[:4]), int(month[5:7])
    following = f"{year + number // 12:04d}-{number % 12 + 1:02d}"
    return f"{month}-01", f"{following}-01"


def _key(session: Session) -> bytes:
    vault = session.vault
    secret = bytes.fromhex(vault.meta("audit_mac_key") or "00")
    return hkdf(secret, b"utvag log review sample v1", vault.vault_id.encode())


def queue(session: Session, month: str, sample_size: int = DEFAULT_SAMPLE_SIZE
          ) -> tuple[list[QueueEntry], dict[int, str]]:
    """The month's queue (every access to protected-identity and high-risk cases, flagged ones
    included, plus a sample)
    and the case numbers of the cases still in the vault."""
    conn = session.vault.conn
    start, end = _bounds(month)
    accesses = [Access(int(r[0]), r[1], r[2], r[3], int(r[4])) for r in conn.execute(
        "SELECT seq, at, actor, action, case_id FROM audit WHERE case_id IS NOT NULL"
        " AND at >= ? AND at < ? ORDER BY seq", (start, end))]
    ids = sorted({a.case_id for a in accesses})
    flags: dict[int, CaseFlags] = {}
    numbers: dict[int, str] = {}
    for offset in range(0, len(ids), 500):
        chunk = ids[offset:offset + 500]
        marks = ", ".join("?" * len(chunk))
        for case_id, number, case_type, protected, flagged in conn.execute(
                "SELECT c.id, c.case_number, c.type, p.protected_identity, EXISTS (SELECT 1"
                " FROM high_risk_flag f WHERE f.case_id = c.id AND f.flagged_at < ?"
                " AND (f.cleared_at IS NULL OR f.cleared_at >= ?)) FROM case_record c"
                f" JOIN person p ON p.id = c.person_id WHERE c.id IN ({marks})",
                [end, start, *chunk]):
            flags[int(case_id)] = CaseFlags(case_type, protected, bool(flagged))
            numbers[int(case_id)] = number
    entries = review_queue(accesses, flags, month=month, key=_key(session),
                           sample_size=sample_size)
    return entries, numbers


def signoffs(session: Session, month: str) -> list[dict[str, Any]]:
    cur = session.vault.conn.execute(
        "SELECT id, month, reviewer, signed_at, outcome, comment, entries, digest"
        " FROM log_review_signoff WHERE month = ? ORDER BY id", (month,))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def queue_json(session: Session, month: str) -> dict[str, Any]:
    entries, numbers = queue(session, month)
    with session.vault.transaction():
        session.vault.audit("logreview.queue", detail={"month": month, "entries": len(entries)})
    return {
        "month": month, "digest": queue_digest(entries),
        "entries": [{"seq": e.access.seq, "at": e.access.at, "actor": e.access.actor,
                     "action": e.access.action, "case_id": e.access.case_id,
                     "case_number": numbers.get(e.access.case_id), "reason": e.reason.value}
                    for e in entries],
        "signoffs": signoffs(session, month),
    }


def sign_off(session: Session, month: str, outcome: str, comment: str) -> int:
    """Record that the month's queue was reviewed; the comment stays out of the audit row."""
    if outcome not in ("no_remarks", "remarks"):
        raise ValidationError("outcome: must be no_remarks or remarks", field="outcome")
    if not comment.strip() or len(comment) > MAX_COMMENT:
        raise ValidationError(f"comment: is required (at most {MAX_COMMENT} characters)",
                              field="comment", rule="required")
    entries, _numbers = queue(session, month)
    vault = session.vault
    with vault.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO log_review_signoff (month, reviewer, signed_at, outcome, comment,"
            " entries, digest) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (month, vault.actor, now_utc(), outcome, comment.strip(), len(entries),
             queue_digest(entries)))
        signoff_id = int(cur.lastrowid)
        vault.audit("logreview.sign", detail={"month": month, "signoff_id": signoff_id,
                                              "entries": len(entries), "outcome": outcome})
    return signoff_id
