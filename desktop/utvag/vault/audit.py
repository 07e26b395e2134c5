"""The audit chain: an append-only log whose every row's hash covers the previous row.

Rows are written in the same transaction as the change they describe. The newest row's sequence
number and hash (the head) are stored in the key-slot file under an HMAC keyed from the data key
whenever the vault locks or closes, so dropping the newest rows shows as a chain shorter than its
recorded head. Details never carry case content: only ids, kinds and counts.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from utvag.vault.database import Connection
from utvag.vault.keyslots import AuditHead, hkdf

GENESIS = b"\0" * 32


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def row_hash(prev: bytes, seq: int, at: str, actor: str, action: str,
             case_id: int | None, detail: str) -> bytes:
    body = json.dumps([seq, at, actor, action, case_id, detail], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(b"utvag-audit-v1" + prev + body).digest()


def append(conn: Connection, actor: str, action: str, case_id: int | None = None,
           detail: dict[str, Any] | None = None) -> tuple[int, bytes]:
    """Append one row; the caller holds the transaction. Returns (seq, hash)."""
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if last is None else (int(last[0]) + 1, bytes(last[1]))
    at = now_utc()
    text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = row_hash(prev, seq, at, actor, action, case_id, text)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, case_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, case_id, text, prev, digest),
    )
    return seq, digest


def head(conn: Connection) -> tuple[int, bytes]:
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS) if last is None else (int(last[0]), bytes(last[1]))


def chain_contains(conn: Connection, recorded: AuditHead | None) -> bool:
    """Cheap check at unlock: the recorded head's row is still there, unchanged."""
    if recorded is None or recorded.seq == 0:
        return True
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (recorded.seq,)).fetchone()
    return row is not None and bytes(row[0]) == recorded.hash


def rolled_back(conn: Connection, kept: AuditHead | None, secret: bytes,
                vault_id: str) -> tuple[int, int] | None:
    """Compare the log with a head kept outside the vault folder: (kept seq, own last seq)
    when the log lacks the kept row or has another one there, else None. A kept head that
    is not this vault's (its MAC does not verify) is not evidence either way."""
    if kept is None or kept.seq == 0 or not head_is_authentic(secret, vault_id, kept):
        return None
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (kept.seq,)).fetchone()
    if row is not None and bytes(row[0]) == kept.hash:
        return None
    return kept.seq, head(conn)[0]


def _mac_key(secret: bytes, vault_id: str) -> bytes:
    return hkdf(secret, b"utvag audit head v1", vault_id.encode())


def sign_head(secret: bytes, vault_id: str, seq: int, digest: bytes) -> AuditHead:
    """MAC the head with a key from the vault's audit secret (kept in ``meta``, survives rekey)."""
    mac = hmac.new(_mac_key(secret, vault_id), seq.to_bytes(8, "big") + digest,
                   hashlib.sha256).digest()
    return AuditHead(seq=seq, hash=digest, mac=mac)


def head_is_authentic(secret: bytes, vault_id: str, recorded: AuditHead) -> bool:
    expected = sign_head(secret, vault_id, recorded.seq, recorded.hash)
    return hmac.compare_digest(expected.mac, recorded.mac)


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    rows: int
    head_seq: int
    first_bad_seq: int | None = None
    problem: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "rows": self.rows,
            "head_seq": self.head_seq,
            "first_bad_seq": self.first_bad_seq,
            "problem": self.problem,
        }


def verify(conn: Connection, recorded: AuditHead | None, head_authentic: bool) -> VerifyReport:
    """Walk the whole chain; name the first bad row, or report truncation against the head."""
    prev, expected_seq, rows = GENESIS, 1, 0
    cursor = conn.execute(
        "SELECT seq, at, actor, action, case_id, detail, prev_hash, hash FROM audit ORDER BY seq"
    )
    recorded_hash_seen = recorded is None or recorded.seq == 0
    for seq, at, actor, action, case_id, detail, prev_hash, digest in cursor:
        rows += 1
        if seq != expected_seq:
            return VerifyReport(False, rows, seq, expected_seq,
                                f"row {expected_seq} is missing or the rows were reordered")
        if bytes(prev_hash) != prev or row_hash(prev, seq, at, actor, action, case_id,
                                                detail) != bytes(digest):
            return VerifyReport(False, rows, seq, seq, f"row {seq} was altered")
        if recorded is not None and seq == recorded.seq:
            if bytes(digest) != recorded.hash:
                return VerifyReport(False, rows, seq, seq,
                                    f"row {seq} differs from the recorded head")
            recorded_hash_seen = True
        prev, expected_seq = bytes(digest), expected_seq + 1
    last = expected_seq - 1
    if recorded is None and rows:
        # Every vault records its head when it is created; a log without one had it removed.
        return VerifyReport(False, rows, last, None,
                            "the key file holds no recorded head for the log")
    if not head_authentic:
        return VerifyReport(False, rows, last, None,
                            "the recorded head of the log is not authentic")
    if not recorded_hash_seen:
        assert recorded is not None
        return VerifyReport(False, rows, last, last + 1,
                            f"the log is truncated: it ends at row {last} but row "
                            f"{recorded.seq} was recorded")
    return VerifyReport(True, rows, last)
