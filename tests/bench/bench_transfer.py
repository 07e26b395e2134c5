"""Transfers against ``age``, plain SQLite and the design's own floor, with 1 GiB of attachments.

A Hisingen vault holds a special-defector case whose attachments total 1 GiB of random bytes
(256 MiB with ``--quick``); it exports the case to SAV through ``services.transfer`` and a SAV
vault imports it. Each repetition (three at least) runs, interleaved and in alternating order:

- our export, from a fresh copy of the Hisingen vault, and ``age`` encrypting the very same bytes
  (an X25519 recipient; its times include an ``fsync`` of its output, as the export makes its
  package durable too);
- the export floor: the same attachments read through SQLCipher, sealed with the package's AEAD,
  hashed once and written (with the same helper threads), and nothing else;
- our import into a fresh copy of the SAV vault, plain SQLite (``sqlcipher3`` without a key, the
  vault's own SQLite) writing the same bytes as blobs in one transaction, and the import floor:
  SQLCipher, in the vault's page format and settings, writing the same blobs.

Figures are min and median over the repetitions, wall time and CPU time (user + system of the
process, and of ``age``'s processes). Memory security is OFF (shipped) unless a row says ON
(policy); the ON rows are one repetition each. Every step runs in a child process of its own;
peak memory is that process's ``ru_maxrss`` (and a sampled RSS) minus its resident size before.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import shutil
import statistics
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
QUICK_SIZE = 256 * 1024**2
REPEATS = 3
PARTS = 4
PASSPHRASE = "Benchmark passphrase for fictional data"
AS_OF = date(2026, 11, 1)
MEMORY_TARGET_MB = 100.0
PEER_TARGET = 1.5  # times slower than age (export) or plain SQLite (import), at most
FLOOR_TARGET = 1.2  # times slower than the design's floor, at most
BLOB_CHUNK = 256 * 1024
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


def _cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


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
    cpu = _cpu_seconds()
    try:
        yield
    finally:
        out["seconds"] = time.perf_counter() - start
        out["cpu_seconds"] = _cpu_seconds() - cpu
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


def _unlock(directory: Path, memory_security: bool = False) -> Any:
    from utvag.services import session
    from utvag.services.policy import Policy

    return session.unlock(directory, passphrase=PASSPHRASE,
                          policy=Policy(memory_security=memory_security))


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
        transfer.trust_card(other, card, transfer.show_keys(one).fingerprint)
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
    shutil.copytree(root / "Hisingen", root / "Hisingen-pristine")
    return {"case_id": case_id}


def _fresh(root: Path, name: str, label: str) -> Path:
    target = root / f"{name}-{label}"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(root / f"{name}-pristine", target)
    return target


def work_export(root: Path, case_id: int, label: str, memory_security: bool) -> dict[str, Any]:
    from utvag.services import transfer

    source = _fresh(root, "Hisingen", label)
    package = root / "case.utvp"
    package.unlink(missing_ok=True)
    out: dict[str, Any] = {}
    with _unlock(source, memory_security) as opened:
        out["memory_security"] = opened.vault.conn.execute(
            "PRAGMA cipher_memory_security").fetchone()[0]
        with measured(out):
            result = transfer.export_case(opened, case_id, "SAV", package)
    out["bytes"] = result.attachment_bytes
    shutil.rmtree(source)
    return out


def work_export_floor(root: Path, label: str) -> dict[str, Any]:
    """SQLCipher blob read + the package's AEAD + one hash + write (fsync), nothing else."""
    from utvag.services.transfer.chunk_io import ChunkReader
    from utvag.transfer.pipeline import HashingWorker
    from utvag.transfer.seal import _ChunkWriter
    from utvag.transfer.stream import StreamSealer

    source = _fresh(root, "Hisingen", label)
    target = root / "floor.bin"
    out: dict[str, Any] = {}
    total = 0
    with _unlock(source) as opened:
        conn = opened.vault.conn
        rows = conn.execute("SELECT id, size FROM attachment ORDER BY id").fetchall()
        total = sum(size for _, size in rows)
        # The export's own data path (reader thread, 64 KiB chunk writer, hashing and writing
        # thread), without the manifest, the case documents, the signature or the transaction.
        with open(target, "wb", buffering=1024 * 1024) as sink, measured(out):
            worker = HashingWorker(sink.write)
            writer = _ChunkWriter(worker, StreamSealer(os.urandom(32)), total, None)
            for attachment_id, _ in rows:
                reader = ChunkReader(conn, attachment_id)
                try:
                    while piece := reader.read():
                        writer.feed(piece)
                finally:
                    reader.close()
            writer.finish()
            worker.digest()
            sink.flush()
            os.fsync(sink.fileno())
    out["bytes"] = total
    target.unlink()
    shutil.rmtree(source)
    return out


def work_import(root: Path, label: str, memory_security: bool) -> dict[str, Any]:
    from utvag.services import transfer

    target = _fresh(root, "SAV", label)
    receipt = root / f"receipt-{label}.utvp"
    receipt.unlink(missing_ok=True)
    out: dict[str, Any] = {}
    with _unlock(target, memory_security) as opened:
        out["memory_security"] = opened.vault.conn.execute(
            "PRAGMA cipher_memory_security").fetchone()[0]
        with measured(out):
            result = transfer.import_package(opened, root / "case.utvp",
                                             receipt_out=receipt)
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


def work_blobs(root: Path, store: str) -> dict[str, Any]:
    """The same bytes written as blobs: plain SQLite of the vault's own library (no key), or
    SQLCipher in the vault's page format and settings (the import's floor)."""
    import sqlcipher3

    from utvag.vault.database import PRAGMAS, connect

    path = root / f"blobs-{store}.db"
    if store == "plain":
        conn: Any = sqlcipher3.connect(str(path), isolation_level=None)
        for pragma in PRAGMAS:
            conn.execute(pragma).fetchall()
    else:
        conn = connect(path, os.urandom(32), create=True)
    try:
        return _write_blobs(conn, _parts(root), BLOB_CHUNK)
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)


def work_import_design_floor(root: Path) -> dict[str, Any]:
    """What an import of this design cannot do without, and nothing else: pass one hashes the
    whole package (its signature covers that hash, and nothing is opened before it verifies);
    pass two reads it again, hashes it again (the file must still be the one verified), opens
    each 64 KiB chunk with ChaCha20-Poly1305, hashes the plaintext (the manifest's hashes) and
    writes it into SQLCipher blobs in one transaction. One thread; no manifest, no case rows."""
    import hashlib

    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    from utvag.transfer.limits import CHUNK_SIZE, TAG_SIZE
    from utvag.vault.database import connect

    key = os.urandom(32)
    aead = ChaCha20Poly1305(key)
    sealed = root / "floor-import.bin"
    with open(sealed, "wb") as out_file:  # made before the clock starts
        index = 0
        for part in _parts(root):
            with open(part, "rb") as handle:
                while piece := handle.read(CHUNK_SIZE):
                    out_file.write(aead.encrypt(index.to_bytes(12, "big"), piece, None))
                    index += 1
    path = root / "floor-import.db"
    conn = connect(path, os.urandom(32), create=True)
    conn.execute("CREATE TABLE blob_chunk (seq INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    out: dict[str, Any] = {}
    total = 0
    try:
        with measured(out):
            first = hashlib.sha256()
            with open(sealed, "rb") as handle:
                while block := handle.read(1024 * 1024):
                    first.update(block)
            again, plain = hashlib.sha256(), hashlib.sha256()
            pending = bytearray()
            seq = index = 0
            conn.execute("BEGIN IMMEDIATE")
            with open(sealed, "rb") as handle:
                while chunk := handle.read(CHUNK_SIZE + TAG_SIZE):
                    again.update(chunk)
                    piece = aead.decrypt(index.to_bytes(12, "big"), chunk, None)
                    index += 1
                    plain.update(piece)
                    total += len(piece)
                    pending += piece
                    if len(pending) >= BLOB_CHUNK:
                        conn.execute("INSERT INTO blob_chunk VALUES (?, ?)", (seq, bytes(pending)))
                        seq += 1
                        pending.clear()
            if pending:
                conn.execute("INSERT INTO blob_chunk VALUES (?, ?)", (seq, bytes(pending)))
            conn.execute("COMMIT")
            assert again.digest() == first.digest()
    finally:
        conn.close()
        sealed.unlink()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    out["bytes"] = total
    return out


def _age(args: list[str]) -> None:
    subprocess.run(["age", *args], check=True, capture_output=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _age_key(root: Path) -> tuple[Path, str]:
    key = root / "age.key"
    if not key.exists():
        subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True,
                               text=True).stdout.strip()
    return key, recipient


def work_age(root: Path, step: str) -> dict[str, Any]:
    """age encrypting (or decrypting) the attachments' bytes, each output made durable."""
    key, recipient = _age_key(root)
    parts = _parts(root)
    out: dict[str, Any] = {"bytes": sum(p.stat().st_size for p in parts)}
    work = sync = 0.0
    cpu = _cpu_seconds(resource.RUSAGE_CHILDREN)
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
    out["seconds"] = work + sync
    out["seconds_without_fsync"] = work
    out["cpu_seconds"] = _cpu_seconds(resource.RUSAGE_CHILDREN) - cpu
    if step == "decrypt":
        for part in parts:
            part.with_suffix(".out").unlink()
    return out


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "prepare": work_prepare, "export": work_export, "export_floor": work_export_floor,
    "import": work_import, "blobs": work_blobs, "age": work_age,
    "import_design_floor": work_import_design_floor,
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


def _rotated(rep: int, steps: list[tuple[str, Callable[[], dict[str, Any]]]]
             ) -> dict[str, dict[str, Any]]:
    """Run the steps in an order that rotates with each repetition (interleaving)."""
    shift = rep % len(steps)
    return {name: step() for name, step in steps[shift:] + steps[:shift]}


def run(report: Any) -> None:
    size = QUICK_SIZE if report.quick else FULL_SIZE
    label = f"{size // 1024**2} MiB" if size < 1024**3 else f"{size // 1024**3} GiB"
    root = Path(tempfile.mkdtemp(prefix="utvag-bench-transfer-", dir=report.workdir))
    runs: dict[str, list[dict[str, Any]]] = {}
    have_age = shutil.which("age") is not None
    try:
        report.progress(f"transfer {label}: vaults and attachments")
        case_id = _child("prepare", root=root, size=size)["case_id"]
        for rep in range(REPEATS):
            report.progress(f"transfer {label}: export, age and the floor, repetition {rep + 1}")
            steps = [("export", lambda: _child("export", root=root, case_id=case_id,
                                               label="off", memory_security=False)),
                     ("export_floor", lambda: _child("export_floor", root=root, label="floor"))]
            if have_age:
                steps.append(("age_encrypt", lambda: _child("age", root=root, step="encrypt")))
            for name, result in _rotated(rep, steps).items():
                runs.setdefault(name, []).append(result)
        for rep in range(REPEATS):
            report.progress(f"transfer {label}: import, plain SQLite and the floor, "
                            f"repetition {rep + 1}")
            steps = [("import", lambda: _child("import", root=root, label="off",
                                               memory_security=False)),
                     ("plain", lambda: _child("blobs", root=root, store="plain")),
                     ("import_floor", lambda: _child("blobs", root=root, store="cipher")),
                     ("import_design_floor", lambda: _child("import_design_floor", root=root))]
            if have_age:
                steps.append(("age_decrypt", lambda: _child("age", root=root, step="decrypt")))
            for name, result in _rotated(rep, steps).items():
                runs.setdefault(name, []).append(result)
        report.progress(f"transfer {label}: memory security ON (policy), once each")
        runs["import_on"] = [_child("import", root=root, label="on", memory_security=True)]
        runs["export_on"] = [_child("export", root=root, case_id=case_id, label="on",
                                    memory_security=True)]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    _rows(report, label, runs)


def _rates(steps: list[dict[str, Any]]) -> tuple[float, float]:
    """Best and median throughput (MB/s): the min and median of the wall times."""
    rates = sorted(_mb(s["bytes"]) / s["seconds"] for s in steps)
    return rates[-1], statistics.median(rates)


def _cpu(steps: list[dict[str, Any]]) -> float:
    return statistics.median(s["cpu_seconds"] for s in steps)


def _pair(report: Any, name: str, ours: list[dict[str, Any]], base: list[dict[str, Any]] | None,
          target: float | None = None) -> None:
    """Rows for min and median wall time (as MB/s) and median CPU seconds, ours vs a base."""
    best, median = _rates(ours)
    base_best, base_median = _rates(base) if base else (None, None)
    gate = f"≤ {target}×" if target and base else ""
    report.add(f"{name}, min wall", best, base_best, "MB/s", higher_is_better=True,
               target=gate,
               met=(base_best / best <= target) if target and gate and base_best else None)
    report.add(f"{name}, median wall", median, base_median, "MB/s", higher_is_better=True)
    report.add(f"{name}, median CPU", _cpu(ours), _cpu(base) if base else None, "s CPU")


def _rows(report: Any, label: str, runs: dict[str, list[dict[str, Any]]]) -> None:
    age_e, age_d = runs.get("age_encrypt"), runs.get("age_decrypt")
    n = len(runs["export"])
    off = "memory security OFF (shipped)"
    _pair(report, f"transfer export {label} vs age encrypt ({n}×), {off}", runs["export"], age_e,
          PEER_TARGET)
    _pair(report, f"transfer export {label} vs its floor ({n}×), {off}", runs["export"],
          runs["export_floor"], FLOOR_TARGET)
    _pair(report, f"floor of export {label}: SQLCipher read + AEAD + one hash + write, vs age",
          runs["export_floor"], age_e)
    _pair(report, f"transfer import {label} vs plain SQLite blob write ({n}×), {off}",
          runs["import"], runs["plain"], PEER_TARGET)
    _pair(report, f"transfer import {label} vs its floor ({n}×), {off}", runs["import"],
          runs["import_floor"], FLOOR_TARGET)
    _pair(report, f"floor of import {label}: SQLCipher blob write, vs plain SQLite",
          runs["import_floor"], runs["plain"])
    _pair(report, f"transfer import {label} vs the floor of its design ({n}×), {off}",
          runs["import"], runs["import_design_floor"], FLOOR_TARGET)
    _pair(report, f"floor of import {label} by design: three SHA-256 passes + AEAD + SQLCipher "
          "blob write, vs SQLCipher blob write alone", runs["import_design_floor"],
          runs["import_floor"])
    if age_d:
        _pair(report, f"transfer import {label} vs age decrypt", runs["import"], age_d)
    on = "memory security ON (policy) vs OFF, once"
    report.add(f"transfer export {label}, {on}", _rates(runs["export_on"])[1],
               _rates(runs["export"])[1], "MB/s", higher_is_better=True)
    report.add(f"transfer import {label}, {on}", _rates(runs["import_on"])[1],
               _rates(runs["import"])[1], "MB/s", higher_is_better=True)
    for name in ("export", "import"):
        peak = max(_mb(step["peak_above_idle_kib"] * 1024) for step in runs[name])
        report.add(f"transfer {name} {label}: peak memory above idle, {off}", peak, None, "MB",
                   target=f"< {MEMORY_TARGET_MB:.0f} MB", met=peak < MEMORY_TARGET_MB)
    if age_e is None:
        report.note("The age tool is not installed, so the export has no peer in this run "
                    "(make bench installs the Debian package age when it is missing).")
    else:
        plain_age = statistics.median(_mb(s["bytes"]) / s["seconds_without_fsync"]
                                      for s in age_e)
        report.note(f"age {label} encrypt without the fsync of its output: {plain_age:.0f} MB/s "
                    "(median); the table's age figures include the fsync, as the export makes "
                    "its package durable.")
    report.note(
        f"Transfer {label}: the export reads each attachment through SQLCipher, seals it and "
        "hashes the ciphertext once (the signature covers that hash; the stored plaintext hash "
        "goes into the manifest unhashed again); the import verifies the whole file before "
        "decrypting (one SHA-256 pass), then decrypts, re-hashes every attachment against the "
        "signed manifest and writes it through SQLCipher. The floors do the same I/O and crypto "
        "with nothing else, so the gap to a floor is our own overhead, and the gap from a floor "
        "to its peer is what the design itself costs.")


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
