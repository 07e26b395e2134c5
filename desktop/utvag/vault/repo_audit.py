"""Plain SQL for reading the audit chain (writing it is :mod:`utvag.vault.audit`'s)."""

from __future__ import annotations

import json
from typing import Any

from utvag.vault.database import Connection


def entries(conn: Connection, case_id: int | None = None, limit: int = 10_000
            ) -> list[dict[str, Any]]:
    """The latest ``limit`` rows (of one case, or all), oldest first."""
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


def case_rows(conn: Connection, case_id: int) -> list[tuple[int, str, str, str, str]]:
    """Every row of the case, in order: seq, at, actor, action and the detail as stored."""
    return [tuple(r) for r in conn.execute(
        "SELECT seq, at, actor, action, detail FROM audit WHERE case_id = ? ORDER BY seq",
        (case_id,))]
