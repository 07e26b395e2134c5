"""Transfer packages against the ``age`` tool and plain SQLite, with a case of 1 GiB attachments.

A Hisingen vault holds a special-defector case whose attachments total 1 GiB of random bytes (64 MiB
with ``--quick``); it exports the case to SAV through ``services.transfer`` and a SAV vault imports
it. In the same run ``age`` encrypts and decrypts the very same bytes (an X25519 recipient; its
times include an ``fsync`` of its output, as the export and import make theirs durable too), and
plain SQLite (Python's ``sqlite3``, the vault's pragmas) writes them as blobs in one transaction:
the floor for an import, since the data has to land in a database. SQLCipher writing the same blobs
without any package work shows how much of the import is the vault's own page encryption, with
``cipher_memory_security`` on (as shipped) and off.

Every step runs in a child process of its own; peak memory is that process's ``ru_maxrss`` (and a
sampled RSS) after the step, minus its resident size just before it.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, cast

FULL_SIZE = 1024**3
QUICK_SIZE = 64 * 1024**2
PARTS = 4
PASSPHRASE = "Benchmark passphrase for fictional data"
AS_OF = date(2026, 11, 1)
MEMORY_TARGET_MB = 100.0
IMPORT_SHARE_TARGET = 0.8
SWEEP_CHUNKS = (64 * 1024, 256 * 1024, 1024 * 1024)
ROOT = Path(__file__).resolve().parents[2]


def _mb(nbytes: float) -> float:
    return nbytes / 1e6


# -- measuring helpers (child side) ----------------------------------------------------------


def _rss_kib() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:  # not Linux: fall back to the peak so far
        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


@contextmanager
def measured(out: dict[str, Any]) -> Iterator[None]:
    """Wall time and peak memory above the resident size at the start."""
    gc.collect()
    idle = _rss_kib()
    peak = [idle]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.005):
            peak[0] = max(peak[0], _rss_kib())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    try:
        yield
    finally:
        out["seconds"] = time.perf_counter() - start
        stop.set()
        sampler.join()
        maxrss = int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        out["idle_kib"] = idle
        out["peak_above_idle_kib"] = max(peak[0], maxrss) - idle


def _parts(root: Path) -> list[Path]:
    return sorted((root / "data").glob("part-*.bin"))


def _policy() -> Any:
    from utvag.services.policy import Policy

    return Policy()


def _unlock(directory: Path, memory_security: bool = True) -> Any:
    from utvag.services import session

    return session.unlock(directory, passphrase=PASSPHRASE, policy=_policy(),
                          memory_security=memory_security)


# -- child steps -----------------------------------------------------------------------------


def work_prepare(root: Path, size: int) -> dict[str, Any]:
    """Random parts, two vaults with exchanged cards, the case with its attachments."""
    from utvag.forms import load_answers
    from utvag.services import assessment, cases, session, transfer
    from utvag.vault.kdf import KdfParams

    data = root / "data"
    data.mkdir()
    for index in range(PARTS):
        with open(data / f"part-{index}.bin", "wb") as handle:
            left = size // PARTS
            while left:
                piece = os.urandom(min(left, 4 * 1024**2))
                handle.write(piece)
                left -= len(piece)
    cheap = KdfParams(iterations=1, memory_kib=1024, lanes=1)  # only the stores are measured
    opened = {}
    for unit in ("Hisingen", "SAV"):
        opened[unit], _ = session.create(root / unit, unit, PASSPHRASE, kdf=cheap,
                                         allow_weak_kdf=True, policy=_policy())
    hisingen, sav = opened["Hisingen"], opened["SAV"]
    for one, other in ((hisingen, sav), (sav, hisingen)):
        card = root / f"{one.vault.unit}.json"
        transfer.export_public_card(one, card)
        transfer.trust_card(other, card, transfer.show_keys(one)["fingerprint"])
    case_id = cases.new_case(hisingen, {"type": "defector", "person": {
        "name": "Fiktiv Bänkperson", "birth_date": "1990-01-01"}})
    for path in _parts(root):
        with open(path, "rb") as handle:
            cases.attach(hisingen, case_id, handle, path.name)
    answers = load_answers(ROOT / "docs" / "examples" / "answers-special-defector.json")
    assessment.assess_document(hisingen, case_id, answers, sign=True, today=AS_OF)
    for opened_session in opened.values():
        opened_session.close()
    shutil.copytree(root / "SAV", root / "SAV-pristine")
    return {"case_id": case_id}


def work_export(root: Path, case_id: int) -> dict[str, Any]:
    from utvag.services import transfer

    out: dict[str, Any] = {}
    with _unlock(root / "Hisingen") as opened, measured(out):
        result = transfer.export_case(opened, case_id, "SAV", root / "case.utvp")
    out["bytes"] = result.size
    return out


def work_import(root: Path, label: str, memory_security: bool) -> dict[str, Any]:
    from utvag.services import transfer

    target = root / f"SAV-{label}"
    shutil.copytree(root / "SAV-pristine", target)
    out: dict[str, Any] = {}
    with _unlock(target, memory_security) as opened:
        out["memory_security"] = opened.vault.conn.execute(
            "PRAGMA cipher_memory_security").fetchone()[0]
        with measured(out):
            result = transfer.import_package(opened, root / "case.utvp",
                                             receipt_out=root / f"receipt-{label}.utvp")
    out["bytes"] = result.attachment_bytes
    shutil.rmtree(target)
    return out


def _write_blobs(conn: Any, parts: list[Path], chunk: int) -> dict[str, Any]:
    conn.execute("CREATE TABLE IF NOT EXISTS blob_chunk (attachment_id INTEGER NOT NULL,"
                 " seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (attachment_id, seq))")
    out: dict[str, Any] = {}
    total = 0
    with measured(out):
        conn.execute("BEGIN IMMEDIATE")
        for number, path in enumerate(parts):
            with open(path, "rb") as handle:
                seq = 0
                while block := handle.read(chunk):
                    conn.execute("INSERT INTO blob_chunk VALUES (?, ?, ?)", (number, seq, block))
                    total += len(block)
                    seq += 1
        conn.execute("COMMIT")
    out["bytes"] = total
    return out


def work_blobs(root: Path, store: str, chunk: int, memory_security: bool) -> dict[str, Any]:
    """The same bytes written as blobs: plain SQLite, or SQLCipher with the vault's settings."""
    from utvag.vault.database import PRAGMAS, connect

    path = root / f"blobs-{store}-{chunk}.db"
    if store == "plain":
        conn: Any = sqlite3.connect(path, isolation_level=None)
        for pragma in PRAGMAS:
            if "trusted_schema" not in pragma or sqlite3.sqlite_version_info >= (3, 41, 0):
                conn.execute(pragma).fetchall()
    else:
        conn = connect(path, os.urandom(32), memory_security=memory_security, create=True)
    try:
        return _write_blobs(conn, _parts(root), chunk)
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)


def _age(args: list[str]) -> None:
    subprocess.run(["age", *args], check=True, capture_output=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def work_age(root: Path) -> dict[str, Any]:
    """age encrypting and decrypting the attachments' bytes, with and without making the
    output durable."""
    key = root / "age.key"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True,
                               text=True).stdout.strip()
    parts = _parts(root)
    out: dict[str, Any] = {"bytes": sum(p.stat().st_size for p in parts)}
    for step in ("encrypt", "decrypt"):
        work = sync = 0.0
        for part in parts:
            sealed = part.with_suffix(".age")
            target = sealed if step == "encrypt" else part.with_suffix(".out")
            start = time.perf_counter()
            if step == "encrypt":
                _age(["-e", "-r", recipient, "-o", str(target), str(part)])
            else:
                _age(["-d", "-i", str(key), "-o", str(target), str(sealed)])
            middle = time.perf_counter()
            _fsync(target)
            work += middle - start
            sync += time.perf_counter() - middle
        out[f"{step}_seconds"] = work + sync
        out[f"{step}_seconds_without_fsync"] = work
    for part in parts:
        part.with_suffix(".age").unlink()
        part.with_suffix(".out").unlink()
    return out


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "prepare": work_prepare, "export": work_export, "import": work_import,
    "blobs": work_blobs, "age": work_age,
}


def _child(command: str, **kwargs: Any) -> dict[str, Any]:
    args = json.dumps({"command": command, **kwargs}, default=str)
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), args],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise RuntimeError(f"benchmark step {command!r} failed (exit {proc.returncode})")
    return cast(dict[str, Any], json.loads(proc.stdout.strip().splitlines()[-1]))


# -- the report ------------------------------------------------------------------------------


def _rate(step: dict[str, Any], key: str = "seconds") -> float:
    return _mb(step["bytes"]) / step[key]


def run(report: Any) -> None:
    size = QUICK_SIZE if report.quick else FULL_SIZE
    label = f"{size // 1024**2} MiB" if size < 1024**3 else f"{size // 1024**3} GiB"
    root = Path(tempfile.mkdtemp(prefix="utvag-bench-transfer-", dir=report.workdir))
    try:
        report.progress(f"transfer {label}: vaults and attachments")
        case_id = _child("prepare", root=root, size=size)["case_id"]
        report.progress(f"transfer {label}: export, import, age, plain SQLite")
        export = _child("export", root=root, case_id=case_id)
        imported = _child("import", root=root, label="on", memory_security=True)
        imported_off = _child("import", root=root, label="off", memory_security=False)
        plain = _child("blobs", root=root, store="plain", chunk=256 * 1024,
                       memory_security=True)
        cipher = {chunk: _child("blobs", root=root, store="cipher", chunk=chunk,
                                memory_security=True) for chunk in SWEEP_CHUNKS}
        cipher_off = _child("blobs", root=root, store="cipher", chunk=256 * 1024,
                            memory_security=False)
        age = _child("age", root=root) if shutil.which("age") else None
    finally:
        shutil.rmtree(root, ignore_errors=True)
    _rows(report, label, export, imported, imported_off, plain, cipher, cipher_off, age)


def _rows(report: Any, label: str, export: dict[str, Any], imported: dict[str, Any],
          imported_off: dict[str, Any], plain: dict[str, Any], cipher: dict[int, Any],
          cipher_off: dict[str, Any], age: dict[str, Any] | None) -> None:
    ours = _rate(export)
    encrypt = _rate(age, "encrypt_seconds") if age else None
    report.add(f"transfer export {label} vs age encrypt", ours, encrypt, "MB/s",
               target="≥ age", met=None if encrypt is None else ours >= encrypt,
               higher_is_better=True)
    floor = _rate(plain)
    into = _rate(imported)
    report.add(f"transfer import {label} vs plain SQLite blob write", into, floor, "MB/s",
               target=f"≥ {IMPORT_SHARE_TARGET:.0%} of plain",
               met=into >= IMPORT_SHARE_TARGET * floor, higher_is_better=True)
    if age:
        report.add(f"transfer import {label} vs age decrypt", into,
                   _rate(age, "decrypt_seconds"), "MB/s", higher_is_better=True)
    report.add(f"transfer import {label}, memory security OFF vs plain SQLite",
               _rate(imported_off), floor, "MB/s", higher_is_better=True)
    for chunk, step in cipher.items():
        report.add(f"SQLCipher blob write {label}, {chunk // 1024} KiB chunks vs plain SQLite",
                   _rate(step), floor, "MB/s", higher_is_better=True)
    report.add(f"SQLCipher blob write {label}, memory security OFF vs plain SQLite",
               _rate(cipher_off), floor, "MB/s", higher_is_better=True)
    for name, step in (("export", export), ("import", imported)):
        peak = _mb(step["peak_above_idle_kib"] * 1024)
        report.add(f"transfer {name} {label}: peak memory above idle", peak, None, "MB",
                   target=f"< {MEMORY_TARGET_MB:.0f} MB", met=peak < MEMORY_TARGET_MB)
    if age is None:
        report.note("The age tool is not installed, so the export has no baseline in this run "
                    "(make bench installs the Debian package age when it is missing).")
    else:
        report.note(
            f"age {label} without fsync of its output: encrypt "
            f"{_rate(age, 'encrypt_seconds_without_fsync'):.0f} MB/s, decrypt "
            f"{_rate(age, 'decrypt_seconds_without_fsync'):.0f} MB/s; the table's age figures "
            "include the fsync, as the export and import make their output durable.")
    report.note(
        f"Transfer {label}: the import verifies the whole file before decrypting it (one "
        "SHA-256 pass), then decrypts, re-hashes and checks every attachment's SHA-256 while "
        "SQLCipher writes it; the SQLCipher rows are that write alone. cipher_memory_security "
        f"is {imported['memory_security']} in the import row and cannot be switched off for "
        "one connection once the process has switched it on.")


def _main_child(raw: str) -> None:
    args = json.loads(raw)
    command = args.pop("command")
    root = Path(args.pop("root"))
    print(json.dumps(STEPS[command](root, **args)))


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1].startswith("{"):
        _main_child(sys.argv[1])
    else:
        sys.exit("run through tests/bench/run_all.py")
