"""Log review (*loggkontroll*): the month's review queue from the audit chain, and the
reviewer's sign-off (stored, and written to the audit chain without the comment)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from utvag.domain.log_review import DEFAULT_SAMPLE_SIZE, QueueEntry, queue_digest, review_queue
from utvag.errors import RefusedError, ValidationError
from utvag.services import vault_roles
from utvag.services.session import Session
from utvag.vault import repo_log_review
from utvag.vault.audit import now_utc
from utvag.vault.keyslots import hkdf
from utvag.vault.repo_log_review import SignOffRow

MAX_COMMENT = 4000
OUTCOMES = ("no_remarks", "remarks")  # a review's sign-off

SignOff = SignOffRow  # a stored sign-off, as the services hand it out


@dataclass(frozen=True)
class ReviewEntry:
    """One access in the month's queue; ``case_number`` is None once the case was destroyed
    (and for a concern report without a case). ``concern_report_id`` names the concern report
    the access was to (None for a listing of the unit's reports, and for other accesses)."""

    seq: int
    at: str
    actor: str
    action: str
    case_id: int | None
    case_number: str | None
    reason: str
    concern_report_id: int | None = None


@dataclass(frozen=True)
class ReviewQueue:
    month: str
    digest: str
    entries: tuple[ReviewEntry, ...]
    signoffs: tuple[SignOff, ...]

    def to_json(self) -> dict[str, Any]:
        return {"month": self.month, "digest": self.digest,
                "entries": [asdict(e) for e in self.entries],
                "signoffs": [asdict(s) for s in self.signoffs]}


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
    included, and to concern reports, plus a sample) and the case numbers of the cases still
    in the vault."""
    conn = session.vault.conn
    start, end = _bounds(month)
    accesses = repo_log_review.accesses(conn, start, end)
    flags, numbers = repo_log_review.case_flags(
        conn, sorted({a.case_id for a in accesses if a.case_id is not None}), start, end)
    protected = repo_log_review.protected_children(
        conn, sorted({a.concern_report_id for a in accesses
                      if a.concern_report_id is not None}))
    entries = review_queue(accesses, flags, month=month, key=_key(session),
                           sample_size=sample_size, protected_children=protected)
    return entries, numbers


def signoffs(session: Session, month: str) -> list[SignOff]:
    return repo_log_review.signoffs(session.vault.conn, month)


def review_queue_of(session: Session, month: str) -> ReviewQueue:
    """The month's queue with its digest and sign-offs; reading it is itself audited."""
    entries, numbers = queue(session, month)
    with session.vault.transaction():
        session.vault.audit("logreview.queue", detail={"month": month, "entries": len(entries)})
    return ReviewQueue(
        month=month, digest=queue_digest(entries),
        entries=tuple(ReviewEntry(e.access.seq, e.access.at, e.access.actor, e.access.action,
                                  e.access.case_id, None if e.access.case_id is None
                                  else numbers.get(e.access.case_id), e.reason.value,
                                  e.access.concern_report_id) for e in entries),
        signoffs=tuple(signoffs(session, month)))


def check_signoff(outcome: str, comment: str) -> None:
    """A reviewer's outcome and comment, refused before anything is stored or sent."""
    if outcome not in OUTCOMES:
        raise ValidationError("outcome: must be no_remarks or remarks", field="outcome")
    if not comment.strip() or len(comment) > MAX_COMMENT:
        raise ValidationError(f"comment: is required (at most {MAX_COMMENT} characters)",
                              field="comment", rule="required")


def sign_off(session: Session, month: str, outcome: str, comment: str) -> int:
    """Record that the month's queue was reviewed; the comment stays out of the audit row."""
    check_signoff(outcome, comment)
    if not vault_roles.may(session, vault_roles.Duty.SIGN_OWN_LOG_REVIEW):
        raise RefusedError("In a caseworker's vault the unit manager signs the log review, so "
                           "that nobody signs off their own accesses: send it to the manager "
                           "('utvag logreview send') and import the signature that comes back.")
    entries, _numbers = queue(session, month)
    vault = session.vault
    with vault.transaction() as conn:
        signoff_id = repo_log_review.add_signoff(
            conn, month, vault.actor, now_utc(), outcome, comment.strip(), len(entries),
            queue_digest(entries))
        vault.audit("logreview.sign", detail={"month": month, "signoff_id": signoff_id,
                                              "entries": len(entries), "outcome": outcome})
    return signoff_id
