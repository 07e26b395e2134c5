"""Reading and verifying the audit chain."""

from __future__ import annotations

import json
from typing import Any

from utvag.services.session import Session
from utvag.vault.audit import VerifyReport


def verify(session: Session) -> VerifyReport:
    return session.vault.verify_audit()


def entries(
    session: Session, case_id: int | None = None, limit: int = 10_000
) -> list[dict[str, Any]]:
    conn = session.vault.conn
    if case_id is None:
        rows = conn.execute(
            "SELECT seq, at, actor, action, case_id, detail FROM audit ORDER BY seq DESC LIMIT ?",
            (limit,),
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT seq, at, actor, action, case_id, detail FROM audit WHERE case_id = ?"
            " ORDER BY seq DESC LIMIT ?",
            (case_id, limit),
        ).fetchall()
    return [
        {"seq": r[0], "at": r[1], "actor": r[2], "action": r[3], "case_id": r[4],
         "detail": json.loads(r[5])}
        for r in reversed(rows)
    ]
