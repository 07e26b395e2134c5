"""Package and receipt files that survive a crash at any moment.

The database decides; files follow. Every file a transfer makes has a ``transfer_file`` row
written *before* the file exists:

* an export records its temporary file, then seals into it and commits the sent package, the
  disclosure, the closed case and the row's package id together ("sealed, not yet placed"); only
  then is the file placed (hard-linked to the chosen name, which never replaces an existing file)
  and marked placed. A crash before the commit leaves a temporary file whose row has no package:
  the next run removes it. A crash after the commit leaves a row with a package: the next run
  places it.
* an import seals the receipt into the database in its own transaction, with a row; the receipt
  file is written only after the commit. A valid receipt on disk therefore always means the case
  is in the vault; a receipt that was never written is written by the next run, or again at any
  time by ``write_receipt`` (``utvag transfer receipt-out``).

``finish_pending`` is that "next run": every transfer command calls it first, and the app calls it
after unlocking. Nothing here prints; results are typed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from utvag import files
from utvag.errors import NotFoundError, RefusedError, UsageError
from utvag.services.results import JsonResult, ServiceWarning
from utvag.services.session import Session
from utvag.services.transfer.keys import check_new_file
from utvag.vault import repo_transfer_files
from utvag.vault.audit import now_utc
from utvag.vault.repo_transfer_files import StoredReceipt, TransferFileRow

PLACED = "placed"  # a committed package or receipt is now in place
REMOVED = "removed"  # an export that never committed: its temporary file was removed
LOST = "lost"  # a committed package whose file is gone: resend it
FAILED = "failed"  # the file could not be written (the row stays for the next run)

# Warnings of a receipt that is sealed and kept in the vault but whose file could not be written
# (catalogued by tools/i18n.py as constants). They name the action, never a command: the app
# adds where it is done (Case › Write the receipt again…), the command line its command.
RECEIPT_NOT_WRITTEN = ("The receipt of package %1 could not be written; it is kept in the "
                       "vault: write it again to a file.")
RECEIPT_NOT_WRITTEN_TO = ("The receipt of package %1 could not be written to %2; it is kept in "
                          "the vault: write it again to a file.")


def receipt_not_written(package_id: bytes, path: Path | None = None) -> ServiceWarning:
    """The warning for a receipt kept in the vault whose file could not be written to *path*
    (code ``receipt_not_written``; its ``package_id`` is the imported package's)."""
    template = RECEIPT_NOT_WRITTEN if path is None else RECEIPT_NOT_WRITTEN_TO
    text = template.replace("%1", package_id.hex()).replace("%2", str(path))
    return ServiceWarning("receipt_not_written", text, package_id.hex())


@dataclass(frozen=True)
class FileOutcome(JsonResult):
    """What ``finish_pending`` did with one file an earlier run left unfinished."""

    kind: str  # "case_transfer" or "receipt"
    action: str  # PLACED, REMOVED, LOST or FAILED
    path: str
    package_id: str | None


@dataclass(frozen=True)
class ReceiptFile(JsonResult):
    package_id: str  # the imported package the receipt answers
    receipt_package_id: str
    recipient_unit: str
    path: str


def readable(path: Path) -> Path:
    """*path* as a file to read (a package, a receipt, a report), or a usage error."""
    source = Path(path)
    if not source.is_file():
        raise UsageError(f"{source} is not a readable file.")
    return source


def temp_name(target: Path) -> Path:
    """A fresh hidden name next to *target* for the file before it is placed."""
    return target.with_name(f".{target.name}.{secrets.token_hex(8)}.partial")


def create_temp(temp: Path) -> int:
    """Open a new owner-only file at *temp* for writing (never an existing one)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.open(temp, flags, 0o600)


def sync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def stage(session: Session, kind: str, target: Path) -> tuple[int, Path]:
    """Record (and commit) a temporary file about to be written for *target*."""
    temp = temp_name(target)
    vault = session.vault
    with vault.transaction() as conn:
        file_id = repo_transfer_files.insert_file(conn, kind=kind, target_path=str(target),
                                                  temp_path=str(temp), package_id=None,
                                                  now=now_utc())
    return file_id, temp


def discard(session: Session, file_id: int, temp: Path) -> None:
    """An export that did not commit: remove its temporary file, then its row."""
    temp.unlink(missing_ok=True)
    with session.vault.transaction() as conn:
        repo_transfer_files.delete_file(conn, file_id)


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _free_name(target: Path, package_id: bytes) -> Path:
    """Where a package goes when something else took its name in the meantime."""
    stem, suffix = (target.stem, target.suffix) if target.suffix else (target.name, "")
    return target.with_name(f"{stem}-{package_id.hex()[:8]}{suffix}")


def place(temp: Path, target: Path) -> None:
    """Give the complete file at *temp* the name *target*, never replacing another file."""
    try:
        os.link(temp, target)
    except FileExistsError:
        if not _same(temp, target):
            raise
    except OSError:  # a file system without hard links: check, then rename
        if target.exists() or target.is_symlink():
            raise FileExistsError(str(target)) from None
        os.replace(temp, target)
    sync_directory(target.parent)
    temp.unlink(missing_ok=True)
    sync_directory(target.parent)


def _write_sealed(temp: Path, data: bytes) -> None:
    temp.unlink(missing_ok=True)  # a piece left by an interrupted write of the same receipt
    files.write_new(temp, data)  # owner-only from the first byte, synced; placed by ``place``


def _finish(session: Session, row: TransferFileRow) -> FileOutcome:
    vault = session.vault
    temp, target = Path(row.temp_path), Path(row.target_path)
    if row.package_id is None:
        discard(session, row.id, temp)
        return FileOutcome(row.kind, REMOVED, str(temp), None)
    package_id = row.package_id
    already = _same(temp, target) or (target.exists() and not temp.exists())
    if row.kind == "receipt" and not already:  # written after the commit: maybe in part only
        data = repo_transfer_files.sealed_receipt(vault.conn, package_id)
        if data is not None:
            _write_sealed(temp, data)
    if temp.exists():
        if (target.exists() or target.is_symlink()) and not _same(temp, target):
            target = _free_name(target, package_id)
        place(temp, target)
        action = PLACED
    else:
        action = PLACED if target.exists() else LOST
    with vault.transaction() as conn:
        if action == PLACED:
            repo_transfer_files.mark_placed(conn, package_id, now_utc())
        repo_transfer_files.delete_file(conn, row.id)
        vault.audit("transfer.file_" + action, None,
                    {"kind": row.kind, "package_id": package_id.hex()})
    return FileOutcome(row.kind, action, str(target), package_id.hex())


def _failed(session: Session, row: TransferFileRow) -> FileOutcome:
    """A file that cannot be written. A receipt is given up (it stays in the vault for
    ``write_receipt``); a package's row stays so that a later run tries again."""
    if row.kind == "receipt":
        with session.vault.transaction() as conn:
            repo_transfer_files.delete_file(conn, row.id)
    return FileOutcome(row.kind, FAILED, row.target_path,
                       None if row.package_id is None else row.package_id.hex())


def finish_pending(session: Session) -> list[FileOutcome]:
    """Finish or discard what an interrupted export or import left behind (see module text)."""
    outcomes = []
    for row in repo_transfer_files.pending_files(session.vault.conn):
        try:
            outcomes.append(_finish(session, row))
        except OSError:
            outcomes.append(_failed(session, row))
    return outcomes


def place_committed(session: Session, file_id: int) -> FileOutcome:
    """Place the file of a transfer that just committed (its row is *file_id*)."""
    row = next(r for r in repo_transfer_files.pending_files(session.vault.conn)
               if r.id == file_id)
    try:
        return _finish(session, row)
    except OSError:
        return _failed(session, row)


def parse_package_id(text: str) -> bytes:
    value = text.strip().lower()
    if len(value) != 32 or any(c not in "0123456789abcdef" for c in value):
        raise UsageError("A package id is 32 hexadecimal characters (as the import showed it).")
    return bytes.fromhex(value)


def write_receipt(session: Session, package_id: str, out: Path) -> ReceiptFile:
    """Write the receipt for the imported package *package_id* to *out* (a new file) again."""
    target = check_new_file(out)
    wanted = parse_package_id(package_id)
    stored = write_stored_receipt(session, wanted, target, "transfer.receipt_out")
    return ReceiptFile(wanted.hex(), stored.package_id.hex(), stored.recipient_unit, str(target))


def write_stored_receipt(session: Session, wanted: bytes, target: Path, action: str,
                         case_id: int | None = None) -> StoredReceipt:
    """Write the receipt this vault sealed when it imported the package *wanted*, byte for byte,
    to *target* (a new file: written owner-only beside it, then given its name, never replacing
    another file), with one *action* audit row. A locked vault or a package without a stored
    receipt is refused before any file is made."""
    vault = session.vault
    if not vault.is_open:  # locked since the action began (by the user or the idle lock)
        raise RefusedError("The vault is locked.")
    stored = repo_transfer_files.receipt_for(vault.conn, wanted)
    if stored is None:
        raise NotFoundError(f"This vault holds no receipt for package {wanted.hex()} (imported "
                            "here with this version of Utväg).")
    temp = temp_name(target)
    try:
        _write_sealed(temp, stored.sealed)
        place(temp, target)
    except FileExistsError:
        raise UsageError(f"{target} already exists; choose another file name.") from None
    except OSError as exc:
        raise UsageError(f"Cannot write {target}.") from exc
    finally:
        temp.unlink(missing_ok=True)
    with vault.transaction() as conn:
        if stored.placed_at is None:
            repo_transfer_files.mark_placed(conn, stored.package_id, now_utc())
        vault.audit(action, case_id, {"package_id": wanted.hex(),
                                      "receipt": stored.package_id.hex()})
    return stored
