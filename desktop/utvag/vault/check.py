"""A full check of an unlocked vault: every page's HMAC, the database structure, foreign keys,
the audit chain and every attachment's chunks against their recorded SHA-256.

Each step runs on its own, so damage that stops one step (an unreadable page) is reported and
the others still run. Findings name where the damage is (a page number, a table, an audit row,
an attachment id), never case content. The outcome is kept in ``meta`` (``last_check_at``,
``last_check_ok``) so the app can tell when the next periodic check is due.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlcipher3

from utvag.vault.audit import now_utc
from utvag.vault.database import Connection

if TYPE_CHECKING:
    from utvag.vault.vault import Vault

STEPS = ("pages", "structure", "foreign_keys", "audit", "attachments")
Progress = Callable[[str, int, int], None]  # step, done, total

LAST_CHECK_AT = "last_check_at"
LAST_CHECK_OK = "last_check_ok"
LAST_BACKUP_AT = "last_backup_at"
LAST_BACKUP_FILE = "last_backup_file"
UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Finding:
    """One problem: the step that found it and where (no case content)."""

    step: str
    where: str

    def to_json(self) -> dict[str, str]:
        return {"step": self.step, "where": self.where}


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    last_backup_at: str | None = None
    last_backup_file: str | None = None

    @property
    def ok(self) -> bool:
        return not self.findings

    def damaged_steps(self) -> list[str]:
        return [step for step in STEPS if any(f.step == step for f in self.findings)]

    def summary(self) -> str:
        """One line naming what is damaged (or that nothing is)."""
        if self.ok:
            return "The vault check found no damage."
        parts = []
        for step in self.damaged_steps():
            found = [f.where for f in self.findings if f.step == step]
            more = f" and {len(found) - 3} more" if len(found) > 3 else ""
            parts.append(f"{_STEP_NAMES[step]}: {'; '.join(found[:3])}{more}")
        return "The vault is damaged. " + " | ".join(parts) + ". " + self.backup_hint()

    def backup_hint(self) -> str:
        if self.last_backup_at == UNREADABLE:
            return ("The record of the last backup is on a damaged page; restore the newest "
                    "backup you have with 'utvag restore', or ask your administrator.")
        if self.last_backup_at:
            name = f" ({self.last_backup_file})" if self.last_backup_file else ""
            return (f"The last good backup was made {self.last_backup_at}{name}; restore it "
                    "with 'utvag restore'.")
        return "No backup of this vault is recorded; ask your administrator."

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "damaged": self.damaged_steps(),
                "findings": [f.to_json() for f in self.findings], "checked": self.counts,
                "last_backup": None if self.last_backup_at is None else {
                    "at": self.last_backup_at, "file": self.last_backup_file}}


_STEP_NAMES = {
    "pages": "database pages (HMAC)",
    "structure": "database structure",
    "foreign_keys": "references between records",
    "audit": "audit log",
    "attachments": "attachments",
}


def _unreadable(step: str, exc: Exception) -> Finding:
    return Finding(step, f"could not be read ({_kind(exc)})")


def _kind(exc: Exception) -> str:
    text = str(exc).lower()
    if "malformed" in text:
        return "malformed database"
    if "not a database" in text or "hmac" in text:
        return "page authentication failed"
    return type(exc).__name__


_PAGE = re.compile(r"page (\d+)")


def check_pages(conn: Connection) -> list[Finding]:
    """SQLCipher's HMAC check of every page in the file (free pages included)."""
    found = []
    for (line,) in conn.execute("PRAGMA cipher_integrity_check"):
        page = _PAGE.search(str(line))
        found.append(Finding("pages", f"page {page.group(1)} fails its HMAC check" if page
                             else " ".join(str(line).split())))
    return found


def check_structure(conn: Connection) -> list[Finding]:
    found = []
    for (text,) in conn.execute("PRAGMA integrity_check"):
        for line in str(text).splitlines():
            line = " ".join(line.split())
            if line and line != "ok" and not line.startswith("***"):
                found.append(Finding("structure", line))
    return found


def check_foreign_keys(conn: Connection) -> list[Finding]:
    return [Finding("foreign_keys", f"{table} row {rowid} refers to a missing {parent} record")
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")]


def check_attachments(conn: Connection, progress: Progress | None = None) -> tuple[
        list[Finding], int]:
    """Hash every attachment's chunks and compare with the recorded size and SHA-256."""
    rows = conn.execute("SELECT id, size, sha256 FROM attachment ORDER BY id").fetchall()
    found = []
    for done, (attachment_id, size, recorded) in enumerate(rows, start=1):
        digest, length = hashlib.sha256(), 0
        try:
            cursor = conn.execute("SELECT data FROM attachment_chunk WHERE attachment_id = ?"
                                  " ORDER BY seq", (attachment_id,))
            for (data,) in cursor:
                digest.update(data)
                length += len(data)
        except sqlcipher3.DatabaseError as exc:
            found.append(Finding("attachments", f"attachment {attachment_id} "
                                 f"could not be read ({_kind(exc)})"))
            continue
        if length != int(size) or digest.hexdigest() != str(recorded):
            found.append(Finding("attachments", f"attachment {attachment_id} does not match "
                                 "its recorded SHA-256"))
        if progress is not None:
            progress("attachments", done, len(rows))
    return found, len(rows)


def run_steps(conn: Connection, audit_step: Callable[[], Finding | None],
              progress: Progress | None = None) -> CheckReport:
    """Run every step; a step that cannot read its data is itself a finding."""
    report = CheckReport()
    simple: dict[str, Callable[[Connection], list[Finding]]] = {
        "pages": check_pages, "structure": check_structure, "foreign_keys": check_foreign_keys}
    for index, step in enumerate(STEPS):
        if progress is not None:
            progress(step, index, len(STEPS))
        try:
            if step in simple:
                report.findings += simple[step](conn)
            elif step == "audit":
                finding = audit_step()
                if finding is not None:
                    report.findings.append(finding)
            else:
                found, count = check_attachments(conn, progress)
                report.findings += found
                report.counts["attachments"] = count
        except sqlcipher3.DatabaseError as exc:
            report.findings.append(_unreadable(step, exc))
    report.counts["pages"] = _count(conn, "PRAGMA page_count")
    report.counts["audit_rows"] = _count(conn, "SELECT count(*) FROM audit")
    if progress is not None:
        progress("done", len(STEPS), len(STEPS))
    return report


def _count(conn: Connection, sql: str) -> int:
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlcipher3.DatabaseError:
        return 0


def last_check(conn: Connection) -> tuple[str | None, bool | None]:
    """When the last check ran and whether it was clean (``None`` when never)."""
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                             (LAST_CHECK_AT, LAST_CHECK_OK)).fetchall())
    at = rows.get(LAST_CHECK_AT)
    ok = rows.get(LAST_CHECK_OK)
    return (None if at is None else str(at)), (None if ok is None else ok == "1")


def last_backup(conn: Connection) -> tuple[str | None, str | None]:
    try:
        rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                                 (LAST_BACKUP_AT, LAST_BACKUP_FILE)).fetchall())
    except sqlcipher3.DatabaseError:
        return UNREADABLE, None
    at, name = rows.get(LAST_BACKUP_AT), rows.get(LAST_BACKUP_FILE)
    return (None if at is None else str(at)), (None if name is None else str(name))


def set_meta(conn: Connection, values: dict[str, str]) -> None:
    """Upsert ``meta`` rows; the caller holds the transaction."""
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)"
                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     list(values.items()))


def check_record(ok: bool) -> dict[str, str]:
    return {LAST_CHECK_AT: now_utc(), LAST_CHECK_OK: "1" if ok else "0"}


def record_outcome(vault: Vault, report: CheckReport) -> bool:
    """Keep the outcome in ``meta`` with an audit row; return False when the damaged database
    refuses the write (SQLCipher turns read-only after a failed page check): the report stands."""
    try:
        with vault.transaction() as conn:
            set_meta(conn, check_record(report.ok))
            vault.audit("vault.check", detail={"ok": report.ok,
                                               "damaged": report.damaged_steps()})
    except sqlcipher3.DatabaseError:
        return False
    return True


def damaged_pages_message(conn: Connection) -> str | None:
    """After a read failed: the pages that fail their HMAC check, as one line (None if none)."""
    try:
        pages = [f.where.split()[1] for f in check_pages(conn) if f.where.startswith("page ")]
    except sqlcipher3.DatabaseError:
        return None
    if not pages:
        return None
    more = f" and {len(pages) - 5} more" if len(pages) > 5 else ""
    which = (f"page {pages[0]} fails its" if len(pages) == 1
             else f"pages {', '.join(pages[:5])}{more} fail their")
    return (f"The vault database is damaged: {which} HMAC check. Nothing was changed; "
            "restore the latest backup with 'utvag restore' or ask your administrator.")


def check_on_own_connection(vault: Vault, progress: Progress | None = None,
                            opened: Callable[[Connection], None] | None = None) -> CheckReport:
    """Run every step on a second connection to the same file, so that a check in the
    background never holds the connection the app reads from. ``opened`` receives the
    connection (to interrupt it when the vault locks)."""
    from utvag.vault import audit
    from utvag.vault.database import connect

    conn = connect(vault.paths.db, vault.data_key())
    try:
        if opened is not None:
            opened(conn)
        recorded, authentic = vault.slots.audit_head, vault.head_authentic

        def audit_step() -> Finding | None:
            report = audit.verify(conn, recorded, authentic)
            return None if report.ok else Finding("audit", report.problem or "does not verify")

        report = run_steps(conn, audit_step, progress)
        report.last_backup_at, report.last_backup_file = last_backup(conn)
        return report
    finally:
        conn.close()
