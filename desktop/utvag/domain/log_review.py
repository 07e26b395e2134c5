"""The log review (*loggkontroll*): which accesses to cases a reviewer looks at each month.

Every access to a case of a person with a protected identity, every access to a high-risk
case and every access to a concern report about a child (*orosanmälan*) — recorded with a case
or without one — is reviewed; of the other accesses a sample is drawn. The sample is chosen by
a keyed hash of each audit row, so it is the same each time the month is opened but cannot be
predicted by someone who does not hold the vault's key.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_SAMPLE_SIZE = 20


class ReviewReason(StrEnum):
    PROTECTED_IDENTITY = "protected_identity"
    HIGH_RISK = "high_risk"
    SAMPLE = "sample"
    CONCERN_REPORT = "concern_report"


# The audit actions that read, change or list concern reports (``utvag.services.concern``);
# ``identity.reveal`` with the purpose ``concern_report`` is one too.
CONCERN_ACTIONS = ("concern_report.add", "concern_report.update", "concern_report.link",
                   "concern_report.read", "concern_report.list", "concern_conversation.add")
CONCERN_REVEAL_PURPOSE = "concern_report"


@dataclass(frozen=True)
class CaseFlags:
    """What decides whether every access to a case is reviewed: its type, the person's
    protected identity, and whether the case was flagged high-risk during the month (any case
    type can be)."""

    case_type: str
    protected_identity: str
    high_risk_flag: bool = False


def always_reviewed(flags: CaseFlags) -> ReviewReason | None:
    """Why every access to this case is reviewed, or None when a sample suffices."""
    if flags.protected_identity != "none":
        return ReviewReason.PROTECTED_IDENTITY
    if flags.case_type == "high_risk" or flags.high_risk_flag:
        return ReviewReason.HIGH_RISK
    return None


@dataclass(frozen=True)
class Access:
    """One audited access: to a case (``case_id``), to a concern report (``concern`` true, with
    the report's id unless it was a listing), or both."""

    seq: int
    at: str
    actor: str
    action: str
    case_id: int | None
    concern_report_id: int | None = None
    concern: bool = False


@dataclass(frozen=True)
class QueueEntry:
    access: Access
    reason: ReviewReason


def sample_rank(key: bytes, month: str, seq: int) -> bytes:
    return hmac.new(key, f"{month}:{seq}".encode(), hashlib.sha256).digest()


def access_reason(access: Access, flags: Mapping[int, CaseFlags],
                  protected_children: Container[int] = ()) -> ReviewReason | None:
    """Why this access is always reviewed, or None when it may be sampled. A concern report's
    access is always reviewed: as a protected identity's when its case or its child is
    protected, as a high-risk case's when its case is one, else as a concern report's."""
    case = flags.get(access.case_id) if access.case_id is not None else None
    reason = always_reviewed(case) if case is not None else None
    if reason is None and access.concern:
        reason = ReviewReason.PROTECTED_IDENTITY if access.concern_report_id is not None \
            and access.concern_report_id in protected_children else ReviewReason.CONCERN_REPORT
    return reason


def review_queue(accesses: Sequence[Access], flags: Mapping[int, CaseFlags], *, month: str,
                 key: bytes, sample_size: int = DEFAULT_SAMPLE_SIZE,
                 protected_children: Container[int] = ()) -> list[QueueEntry]:
    """Every access that must be reviewed plus ``sample_size`` of the rest, in log order.

    Accesses to a case no longer in the vault (destroyed) carry no flags and are sampled;
    ``protected_children`` are the concern reports whose child has a protected identity.
    """
    queue: list[QueueEntry] = []
    rest: list[Access] = []
    for access in accesses:
        reason = access_reason(access, flags, protected_children)
        if reason is None:
            rest.append(access)
        else:
            queue.append(QueueEntry(access, reason))
    rest.sort(key=lambda a: sample_rank(key, month, a.seq))
    queue += [QueueEntry(a, ReviewReason.SAMPLE) for a in rest[:max(0, sample_size)]]
    return sorted(queue, key=lambda e: e.access.seq)


def queue_digest(entries: Sequence[QueueEntry]) -> str:
    """What a sign-off covers: the audit rows reviewed, as a hash of their sequence numbers."""
    body = ",".join(str(e.access.seq) for e in entries).encode()
    return hashlib.sha256(b"utvag-log-review-v1:" + body).hexdigest()
