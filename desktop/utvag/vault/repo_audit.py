"""Plain SQL for reading the audit chain (writing it is :mod:`utvag.vault.audit`'s)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from utvag.vault import rows as chunked
from utvag.vault.database import Connection

_ENTRY_COLUMNS = "seq, at, actor, action, case_id, detail"


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log: its place in the chain, when, who, what (``case.read``…), the
    case it concerns (None for the vault) and the detail recorded with it."""

    seq: int
    at: str
    actor: str
    action: str
    case_id: int | None
    detail: dict[str, Any] = field(repr=False)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def entries(conn: Connection, case_id: int | None = None, limit: int = 10_000
            ) -> list[AuditEntry]:
    """The latest ``limit`` rows (of one case, or all), oldest first."""
    if case_id is None:
        rows = conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM audit ORDER BY seq DESC LIMIT ?", (limit,),
        ).fetchall()
    else:
        rows = conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM audit WHERE case_id = ? ORDER BY seq DESC LIMIT ?",
            (case_id, limit),
        ).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in reversed(rows)]


def case_rows(conn: Connection, case_id: int) -> list[tuple[int, str, str, str, str]]:
    """Every row of the case, in order: seq, at, actor, action and the detail as stored."""
    return [tuple(r) for r in conn.execute(
        "SELECT seq, at, actor, action, detail FROM audit WHERE case_id = ? ORDER BY seq",
        (case_id,))]


def status_changed_at(conn: Connection, case_ids: list[int], status: str) -> dict[int, str]:
    """Per case, when its status last became ``status`` (the ``case.status`` row's time)."""
    found: dict[int, str] = {}
    for case_id, at, detail in chunked.in_chunks(
            conn, "SELECT case_id, at, detail FROM audit WHERE action = 'case.status'"
            " AND case_id IN ({ids}) ORDER BY seq", case_ids):
        try:
            changed_to = json.loads(detail).get("status")
        except (ValueError, AttributeError):
            continue
        if changed_to == status:
            found[int(case_id)] = str(at)
    return found
