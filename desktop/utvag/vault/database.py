"""Opening the SQLCipher database with a raw 256-bit key and the pragmas DESIGN fixes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import sqlcipher3

from utvag.errors import IntegrityError

Connection = Any  # sqlcipher3 ships no type information

NOT_A_DATABASE = (
    "This is not a Utväg vault database, or it is damaged: it cannot be read with the vault's key."
)
DAMAGED = (
    "The vault database is damaged: some of its pages fail their authentication check."
    " Restore the latest backup with 'utvag restore'."
)
_HEX = re.compile(r"[0-9a-f]{64}")

# The page format of every vault this release creates: HMAC-SHA256 page checks and 16 KiB pages.
# SQLCipher 4's defaults (HMAC-SHA512, 4 KiB) cost most of a transfer's time on CPUs without
# SHA-512 instructions; docs/benchmarks.md has the figures. Vaults made before keep the defaults
# (``LEGACY_PAGE_FORMAT``) until a rekey writes them anew in this format.
PAGE_SIZE = 16384
PAGE_FORMAT = ("PRAGMA {schema}cipher_page_size = 16384",
               "PRAGMA {schema}cipher_hmac_algorithm = HMAC_SHA256")
LEGACY_PAGE_FORMAT = ("PRAGMA {schema}cipher_page_size = 4096",
                      "PRAGMA {schema}cipher_hmac_algorithm = HMAC_SHA512")

# Applied to every connection once the key is proven (the benchmark's plain-SQLite baseline
# applies the same list, so both stores run under identical settings). The page cache (64 MiB)
# holds the case and person tables of a large vault, so a search decrypts no page twice.
PRAGMAS = (
    "PRAGMA cache_size = -65536",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA trusted_schema = OFF",
)


def key_pragma(key: bytes) -> str:
    """Build ``PRAGMA key`` text from validated hex only (never from user text)."""
    if len(key) != 32:
        raise ValueError("data key must be 256 bits")
    hexkey = key.hex()
    if not _HEX.fullmatch(hexkey):
        raise ValueError("bad key")
    return f"\"x'{hexkey}'\""


def page_format_pragmas(legacy: bool = False, schema: str = "") -> list[str]:
    """The pragmas that set a page format, for the main database or an attached ``schema``."""
    prefix = f"{schema}." if schema else ""
    return [p.format(schema=prefix) for p in (LEGACY_PAGE_FORMAT if legacy else PAGE_FORMAT)]


def export_copy(conn: Connection, target: Path, key: bytes) -> None:
    """Write the whole open database to the new file ``target`` under ``key``, schema version
    included. The copy is written in the current page format, so a copy of a vault made by an
    earlier release is in today's format."""
    conn.execute(f"ATTACH DATABASE ? AS export KEY {key_pragma(key)}", (str(target),))
    try:
        for pragma in page_format_pragmas(schema="export"):
            conn.execute(pragma).fetchall()
        conn.execute("SELECT sqlcipher_export('export')").fetchall()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"PRAGMA export.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE export")


def is_legacy_format(conn: Connection) -> bool:
    """Whether the open database still has SQLCipher 4's default page format."""
    return int(conn.execute("PRAGMA cipher_page_size").fetchone()[0]) != PAGE_SIZE


def connect(path: Path, key: bytes, *, memory_security: bool = False,
            create: bool = False, read_only: bool = False) -> Connection:
    """Open and key the database; raise ``IntegrityError`` when the key does not fit.

    A new database gets the current page format; an existing one is tried in the current format
    first and then in the legacy one. Nothing is written to the file until the key has been
    proven right, so a wrong key or a foreign file leaves the file byte-for-byte unchanged.
    ``read_only``: the file opened read-only and ``query_only`` on, so that any write through
    the connection fails, a rekey included (the readers of ``readers.py``).
    """
    if not create and not path.is_file():
        raise IntegrityError(NOT_A_DATABASE)
    for legacy in (False,) if create else (False, True):
        try:
            conn = _open(path, key, memory_security=memory_security, create=create,
                         legacy=legacy, read_only=read_only)
        except IntegrityError:
            if legacy or create:
                raise
            continue
        for pragma in PRAGMAS:
            conn.execute(pragma).fetchall()
        if read_only:
            conn.execute("PRAGMA query_only = ON").fetchall()
        return conn
    raise AssertionError("unreachable")  # pragma: no cover


def _open(path: Path, key: bytes, *, memory_security: bool, create: bool,
          legacy: bool, read_only: bool = False) -> Connection:
    # A reader opens the file read-only as well: ``query_only`` does not stop ``PRAGMA rekey``,
    # which would re-encrypt the file under another key behind the main connection's back.
    mode = "ro" if read_only else "rwc" if create else "rw"
    uri = f"file:{path}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs failed page decryptions to stderr by default; the user gets one clear
        # message from us instead.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
        for pragma in page_format_pragmas(legacy):
            conn.execute(pragma).fetchall()
        # Off unless policy turns it on: docs/security.md says what it protects and what not.
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # An empty file reads as an empty database under any key. Every vault has schema
        # version 1 or later from its creation on, so version 0 means a lost or foreign file,
        # never something to initialise silently.
        if not create and int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
            raise sqlcipher3.DatabaseError("no schema")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise IntegrityError(NOT_A_DATABASE) from exc
    return conn


def dict_rows(cur: Any) -> list[dict[str, Any]]:
    """The cursor's remaining rows as dictionaries keyed by column name."""
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def integrity_check(conn: Connection) -> list[str]:
    """Return SQLCipher's HMAC check and SQLite's structural check problems (empty = clean)."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    return problems


_DAMAGE = ("malformed", "not a database", "hmac", "corrupt", "disk i/o error")


def known_storage_error(exc: BaseException) -> IntegrityError | None:
    """A damaged page found during an ordinary read is an integrity failure, not a bug."""
    if isinstance(exc, sqlcipher3.DatabaseError) and any(
            word in str(exc).lower() for word in _DAMAGE):
        return IntegrityError(
            "The vault database is damaged (a page failed its integrity check). Nothing was "
            "changed; restore from a backup or ask your administrator.")
    return None

