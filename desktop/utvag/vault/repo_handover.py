"""SQL for handing a case to a colleague: the sender's copy becomes read-only."""

from __future__ import annotations

from utvag.domain.case_records import CaseStatus
from utvag.domain.case_status import ClosureReason
from utvag.vault.database import Connection


def mark_handed_over(conn: Connection, case_id: int, now: str) -> None:
    """The case left this vault for a colleague's: status ``transferred``, reason handed over."""
    conn.execute(
        "UPDATE case_record SET status = ?, closed_at = ?, close_reason = ?, updated_at = ?"
        " WHERE id = ?",
        (CaseStatus.TRANSFERRED.value, now, ClosureReason.HANDED_OVER.value, now, case_id))
