"""The vault against plain SQLite: unlock, search, opening a case and inserting, at three sizes.

For each size a synthetic vault (SQLCipher, key slots, Argon2id with the parameters
``kdf.calibrate()`` picks, as ``utvag init`` does) and a plain SQLite file with the same schema,
the same pragmas and the same data are bulk-loaded through the repository functions. The plain
file is opened with the very same library, ``sqlcipher3``, without a key: the same SQLite version
and build, so a ratio measures the encryption and nothing else. Both stores
are then driven by the very same service functions (``services.cases``) and repository SQL: the
plain store is wrapped in an object with the vault's transaction and audit interface, so every
search, case read and audit row runs identical Python and SQL on both; only the storage differs.

SQLCipher's enhanced memory security cannot be switched off again in a process once a connection
has switched it on, so every measurement runs in a child process of its own: one with it OFF (the
shipped setting), one with it ON (what a policy may choose); in each the plain-SQLite baseline is
interleaved sample by sample with the vault, so both see the same machine state. Every latency
is taken as wall time and as the process's CPU time. The first search after unlocking (cold: an
empty page cache) is measured apart from the warm ones, on freshly opened stores.
"""

from __future__ import annotations

import functools
import gc
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any, cast

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402
from plain_store import ACTOR, PlainStore, create_plain  # noqa: E402

from utvag.services.session import Session  # noqa: E402
from utvag.vault import migrations, repo_attachments, repo_cases, repo_journal  # noqa: E402
from utvag.vault.kdf import KdfParams, calibrate  # noqa: E402
from utvag.vault.vault import Vault  # noqa: E402

PASSPHRASE = "Benchmark passphrase for fictional data"
UNIT = "Hisingen"
NOTES_PER_CASE = 3
ATTACHMENT_EVERY = 10  # every tenth case has a small attachment
BATCH = 2_000  # cases per bulk-load transaction
SEARCH_TARGET_MS = 20.0
OPEN_TARGET_MS = 20.0
RATIO_TARGET = 1.5
UNLOCK_OVERHEAD_TARGET_MS = 100.0
TARGET_SIZE = 100_000


def session_for(store: Vault | PlainStore) -> Session:
    return Session(cast(Vault, store))


# -- bulk loading ---------------------------------------------------------------------------


def bulk_load(store: Vault | PlainStore, size: int) -> None:
    """Fill a store with ``size`` fictional cases, their notes and a few attachments.

    Uses the repository functions and audit rows the services write, but many cases per
    transaction (the services commit each change on its own; the insert benchmark does that).
    """
    rng = random.Random(synthetic.SEED)
    conn = store.conn
    for start in range(0, size, BATCH):
        with store.transaction():
            for index in range(start, min(size, start + BATCH)):
                _load_case(store, conn, rng, index, size)


def _load_case(store: Vault | PlainStore, conn: Any, rng: random.Random, index: int,
               size: int) -> None:
    opened = synthetic.opened_at(index, size, rng)
    now = synthetic.timestamp(opened)
    person_id = repo_cases.insert_person(conn, now=now, **synthetic.person(rng).fields())
    number = repo_cases.next_case_number(conn, UNIT, opened.year)
    case_type = rng.choice(synthetic.CASE_TYPES)
    case_id = repo_cases.insert_case(conn, case_number=number, type=case_type,
                                     person_id=person_id, owning_unit=UNIT,
                                     caseworker=rng.choice(synthetic.CASEWORKERS), now=now)
    store.audit("case.create", case_id, {"type": case_type})
    moment = opened
    for _ in range(NOTES_PER_CASE):
        moment += synthetic.timedelta(hours=rng.randrange(1, 24 * 60))
        now = synthetic.timestamp(moment)
        note_id = repo_journal.insert_note(conn, case_id=case_id, author=ACTOR,
                                           text=synthetic.note_text(rng), now=now,
                                           sign=rng.random() < 0.8)
        store.audit("note.create", case_id, {"note_id": note_id})
    if index % ATTACHMENT_EVERY == 0:
        body = BytesIO(rng.randbytes(rng.randrange(2_000, 40_000)))
        att = repo_attachments.insert_attachment(conn, case_id=case_id, name="intyg.pdf",
                                                 media_type="application/pdf", source=body,
                                                 added_by=ACTOR, now=now)
        store.audit("attachment.add", case_id, {"attachment_id": att.id, "size": att.size})
    repo_cases.touch_case(conn, case_id, now)


# -- measuring helpers ----------------------------------------------------------------------


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def _search(store: Vault | PlainStore, query: str) -> object:
    from utvag.services import cases

    return cases.list_cases(session_for(store), query=query)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return _ms(start)


def _paths(root: Path) -> tuple[Path, Path]:
    return root / "vault", root / "plain.db"


def _du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


# -- child-process work ---------------------------------------------------------------------


LOAD_CACHE_KIB = 256 * 1024  # a large page cache while bulk loading only (both stores)


def work_build(root: Path, size: int, kdf: dict[str, Any], store: str) -> dict[str, Any]:
    """Create and fill one store: ``vault`` (SQLCipher, key slots) or ``plain`` (sqlite3)."""
    vault_dir, plain_path = _paths(root)
    if store == "vault":
        # Memory security OFF for loading only: with it ON every allocation costs system calls
        # and a wipe, which makes loading 100 000 cases take over ten minutes.
        vault, _ = Vault.create(vault_dir, unit=UNIT, passphrase=PASSPHRASE,
                                kdf=KdfParams.from_json(kdf), actor=ACTOR,
                                memory_security=False)
        vault.conn.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
        start = time.perf_counter()
        bulk_load(vault, size)
        seconds = time.perf_counter() - start
        cipher = vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
        inner = vault.conn.execute("SELECT sqlite_version()").fetchone()[0]
        vault.close()
        return {"seconds": seconds, "bytes": _du(vault_dir), "cipher_version": cipher,
                "cipher_sqlite": inner}
    plain = create_plain(plain_path)
    plain.conn.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    start = time.perf_counter()
    bulk_load(plain, size)
    seconds = time.perf_counter() - start
    version = plain.conn.execute("SELECT sqlite_version()").fetchone()[0]
    plain.close()
    return {"seconds": seconds, "bytes": _du(plain_path), "plain_sqlite": version}


def _query_set(plain: PlainStore, size: int, count: int) -> list[str]:
    rng = random.Random(synthetic.SEED + size)
    ids = [rng.randrange(1, size + 1) for _ in range(min(size, 2_000))]
    marks = ",".join("?" * len(ids))
    people = plain.conn.execute(
        f"SELECT name, personal_number, birth_date FROM person WHERE id IN ({marks})", ids
    ).fetchall()
    numbers = [r[0] for r in plain.conn.execute(
        f"SELECT case_number FROM case_record WHERE id IN ({marks})", ids)]
    return synthetic.search_queries(rng, count, numbers, people)


def _interleave(samples: int, ours: Callable[[int], object],
                base: Callable[[int], object] | None, cpu: dict[str, list[float]] | None = None
                ) -> tuple[list[float], list[float]]:
    """Time ``ours(i)`` and ``base(i)`` alternately, swapping which goes first each sample; the
    process CPU time of each call goes to ``cpu["ours"]`` and ``cpu["base"]`` when given."""
    a: list[float] = []
    b: list[float] = []
    gc.collect()
    for i in range(samples):
        first, second = (base, ours) if base is not None and i % 2 else (ours, base)
        for fn in (first, second):
            if fn is None:
                continue
            cpu_start = time.process_time()
            start = time.perf_counter()
            fn(i)
            (a if fn is ours else b).append(_ms(start))
            if cpu is not None:
                cpu["ours" if fn is ours else "base"].append(
                    (time.process_time() - cpu_start) * 1000.0)
    return a, b


def _unlock_figures(vault_dir: Path, plain_path: Path, samples: int,
                    kdf_samples: int) -> dict[str, Any]:
    from utvag.vault.database import connect
    from utvag.vault.lockfile import VaultLock

    out: dict[str, Any] = {"kdf": [], "total": [], "rest": [], "plain_rest": [],
                           "slots": [], "open_key": [], "migrate": [], "init": [],
                           "audit_row": []}
    _, slots = Vault.read_slots(vault_dir)
    slot = next(slots.of_kind("passphrase"))
    assert slot.kdf is not None
    out["kdf_params"] = slot.kdf.to_json()
    slot_key = b""
    # Paired samples: each unlock's KDF and the rest of the same unlock, so "total minus KDF"
    # is computed per unlock, not from medians taken over different runs.
    out["beyond_kdf"] = []
    for _ in range(kdf_samples):
        start = time.perf_counter()
        _, slot_key = Vault.slot_key_from(slots, passphrase=PASSPHRASE)
        middle = time.perf_counter()
        vault = Vault.open_with_slot_key(vault_dir, slot_key, "passphrase", actor=ACTOR)
        end = time.perf_counter()
        vault.close()
        out["kdf"].append((middle - start) * 1000.0)
        out["total"].append((end - start) * 1000.0)
        out["beyond_kdf"].append((end - middle) * 1000.0)
    for _ in range(samples):
        start = time.perf_counter()
        vault = Vault.open_with_slot_key(vault_dir, slot_key, "passphrase", actor=ACTOR)
        out["rest"].append(_ms(start))
        vault.close()
        start = time.perf_counter()
        plain = PlainStore.open(plain_path)
        out["plain_rest"].append(_ms(start))
        plain.close()
    # The steps of the rest of unlock one by one (the same calls ``Vault._open`` makes).
    for _ in range(samples):
        t0 = time.perf_counter()
        paths, slots = Vault.read_slots(vault_dir)
        lock = VaultLock(paths.lock)
        lock.acquire()
        key = Vault._resolve_pending_rekey(paths, slots, slot_key)
        t1 = time.perf_counter()
        conn = connect(paths.db, key)
        t2 = time.perf_counter()
        migrations.migrate(conn)
        t3 = time.perf_counter()
        vault = Vault(paths, slots, key, conn, lock, ACTOR)
        t4 = time.perf_counter()
        with vault.transaction():
            vault.audit("vault.unlock", detail={"method": "passphrase"})
        t5 = time.perf_counter()
        vault.close()
        for name, a, b in (("slots", t0, t1), ("open_key", t1, t2), ("migrate", t2, t3),
                           ("init", t3, t4), ("audit_row", t4, t5)):
            out[name].append((b - a) * 1000.0)
    return out


def _cold_searches(vault_dir: Path, plain_path: Path, slot_key: bytes, memory_security: bool,
                   queries: list[str]) -> tuple[list[float], list[float]]:
    """The first search after opening each store afresh (empty page cache), interleaved."""

    ours: list[float] = []
    base: list[float] = []
    for i, query in enumerate(queries):
        for which in (("vault", "plain") if i % 2 == 0 else ("plain", "vault")):
            if which == "vault":
                store: Vault | PlainStore = Vault.open_with_slot_key(
                    vault_dir, slot_key, "passphrase", actor=ACTOR,
                    memory_security=memory_security)
            else:
                store = PlainStore.open(plain_path)
            try:
                (ours if which == "vault" else base).append(
                    _timed(functools.partial(_search, store, query)))
            finally:
                store.close()
    return ours, base


def work_measure(root: Path, size: int, memory_security: bool, search_samples: int,
                 open_samples: int, insert_cases: int, unlock_samples: int,
                 kdf_samples: int, with_baseline: bool, cold_samples: int) -> dict[str, Any]:
    vault_dir, plain_path = _paths(root)
    out: dict[str, Any] = {}
    if unlock_samples:
        out["unlock"] = _unlock_figures(vault_dir, plain_path, unlock_samples, kdf_samples)
    _, slots = Vault.read_slots(vault_dir)
    _, slot_key = Vault.slot_key_from(slots, passphrase=PASSPHRASE)
    plain = PlainStore.open(plain_path)
    queries = _query_set(plain, size, search_samples)
    plain.close()
    out["cold_search"], out["plain_cold_search"] = _cold_searches(
        vault_dir, plain_path, slot_key, memory_security, queries[-cold_samples:])
    vault = Vault.open_with_slot_key(vault_dir, slot_key, "passphrase", actor=ACTOR,
                                     memory_security=memory_security)
    out["memory_security"] = vault.conn.execute("PRAGMA cipher_memory_security").fetchone()[0]
    plain = PlainStore.open(plain_path)
    ours, base = session_for(vault), session_for(plain)
    from utvag.services import cases

    try:
        warm = queries[: max(20, search_samples // 10)]
        for q in warm:
            cases.list_cases(ours, query=q)
            if with_baseline:
                cases.list_cases(base, query=q)
        hits = []
        for q in queries:  # same answers from both stores, or the comparison means nothing
            got = [c.id for c in cases.list_cases(ours, query=q)]
            if with_baseline:
                assert got == [c.id for c in cases.list_cases(base, query=q)], q
            hits.append(len(got))
        out["search_hits"] = hits
        cpu: dict[str, list[float]] = {"ours": [], "base": []}
        out["search"], out["plain_search"] = _interleave(
            len(queries), lambda i: cases.list_cases(ours, query=queries[i]),
            (lambda i: cases.list_cases(base, query=queries[i])) if with_baseline else None,
            cpu)
        out["search_cpu"], out["plain_search_cpu"] = cpu["ours"], cpu["base"]
        out["queries"] = queries

        rng = random.Random(synthetic.SEED * 7 + size)
        ids = [rng.randrange(1, size + 1) for _ in range(open_samples)]
        for case_id in ids[:20]:
            cases.show_case(ours, case_id)
            if with_baseline:
                cases.show_case(base, case_id)
        cpu = {"ours": [], "base": []}
        out["open"], out["plain_open"] = _interleave(
            len(ids), lambda i: cases.show_case(ours, ids[i]),
            (lambda i: cases.show_case(base, ids[i])) if with_baseline else None, cpu)
        out["open_cpu"], out["plain_open_cpu"] = cpu["ours"], cpu["base"]
        if with_baseline:
            # The same reads against the floor of the design: plain SQLite that also binds the
            # audit head after a protected or high-risk read (key file written atomically, the
            # keyring's copy), as the vault must; the plain baseline above binds nothing.
            plain.bind_like_vault(plain_path.parent / "floor-binding",
                                  vault.paths.keys.stat().st_size)
            out["open_again"], out["floor_open"] = _interleave(
                len(ids), lambda i: cases.show_case(ours, ids[i]),
                lambda i: cases.show_case(base, ids[i]))

        if insert_cases:
            out["insert"], out["plain_insert"] = _insert_figures(ours, base, insert_cases)
    finally:
        vault.close()
        plain.close()
    return out


def _insert_figures(ours: Session, base: Session, count: int) -> tuple[float, float]:
    """Rows per second when each case and each note is its own audited transaction."""
    from utvag.services import cases

    rng = random.Random(synthetic.SEED + 99)
    spent = {"ours": 0.0, "base": 0.0}
    for i in range(count):
        fake = synthetic.person(rng)
        data = {"type": rng.choice(synthetic.CASE_TYPES),
                "person": {"name": fake.name, "birth_date": fake.birth_date,
                           "protected_identity": fake.protected_identity}}
        texts = [synthetic.note_text(rng) for _ in range(NOTES_PER_CASE)]
        order = (("ours", ours), ("base", base)) if i % 2 == 0 else (("base", base), ("ours", ours))
        for label, session in order:
            start = time.perf_counter()
            case_id = cases.new_case(session, data)
            for text in texts:
                cases.add_note(session, case_id, text)
            spent[label] += time.perf_counter() - start
    rows = count * (1 + NOTES_PER_CASE)
    return rows / spent["ours"], rows / spent["base"]


def _command(command: str, **kwargs: Any) -> list[str]:
    args = json.dumps({"command": command, **kwargs}, default=str)
    return [sys.executable, str(Path(__file__).resolve()), args]


def _answer(command: str, proc: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = proc.communicate()
    if proc.returncode != 0:
        sys.stderr.write(err)
        raise RuntimeError(f"benchmark step {command!r} failed (exit {proc.returncode})")
    return cast(dict[str, Any], json.loads(out.strip().splitlines()[-1]))


def _children(*steps: tuple[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Run steps side by side, each in a fresh interpreter, and return their JSON answers."""
    procs = [(command, subprocess.Popen(_command(command, **kwargs), stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True))
             for command, kwargs in steps]
    return [_answer(command, proc) for command, proc in procs]


def _child(command: str, **kwargs: Any) -> dict[str, Any]:
    return _children((command, kwargs))[0]


def _main_child(raw: str) -> None:
    args = json.loads(raw)
    command = args.pop("command")
    root = Path(args.pop("root"))
    if command == "build":
        result = work_build(root, **args)
    elif command == "measure":
        result = work_measure(root, **args)
    else:
        raise SystemExit(f"unknown step {command}")
    print(json.dumps(result))


# -- the report -----------------------------------------------------------------------------


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * pct / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _label(size: int) -> str:
    return f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)


def run(report: Any) -> None:
    quick = bool(report.quick)
    samples = {
        "search_samples": 100 if quick else 300,
        "open_samples": 60 if quick else 250,
        "cold_samples": 4 if quick else 10,
    }
    insert_cases = 10 if quick else 60
    unlock_samples = 5 if quick else 20
    kdf_samples = 3 if quick else 5

    start = time.perf_counter()
    params = calibrate()
    report.fact("Argon2id from kdf.calibrate()",
                f"t={params.iterations}, m={params.memory_kib // 1024} MiB, p={params.lanes}"
                f" (calibration took {time.perf_counter() - start:.1f} s)")
    base_dir = Path(report.workdir) if report.workdir else None
    keep = os.environ.get("UTVAG_BENCH_STORES")  # reuse loaded stores while tuning
    for size in report.sizes:
        label = _label(size)
        if keep:
            root = Path(keep) / label
            root.mkdir(parents=True, exist_ok=True)
        else:
            root = Path(tempfile.mkdtemp(prefix=f"utvag-bench-{label}-", dir=base_dir))
        try:
            saved = root / "built.json"
            if keep and saved.exists():
                vault_built, plain_built = json.loads(saved.read_text())
            else:
                report.progress(f"vault {label}: loading the vault and the plain store")
                common = {"root": root, "size": size, "kdf": params.to_json()}
                vault_built, plain_built = _children(("build", {**common, "store": "vault"}),
                                                     ("build", {**common, "store": "plain"}))
                if keep:
                    saved.write_text(json.dumps([vault_built, plain_built]))
            report.fact("SQLCipher", f"{vault_built['cipher_version']}"
                                     f" (SQLite {vault_built['cipher_sqlite']})")
            report.fact("Plain SQLite (sqlcipher3 without a key)", plain_built["plain_sqlite"])
            report.progress(f"vault {label}: cipher_memory_security OFF (as shipped)")
            off = _child("measure", root=root, size=size, memory_security=False, **samples,
                         insert_cases=insert_cases, unlock_samples=unlock_samples,
                         kdf_samples=kdf_samples, with_baseline=True)
            report.progress(f"vault {label}: cipher_memory_security ON (policy)")
            on = _child("measure", root=root, size=size, memory_security=True, **samples,
                        insert_cases=0, unlock_samples=0, kdf_samples=0, with_baseline=True)
        finally:
            if not keep:
                shutil.rmtree(root, ignore_errors=True)
        _rows(report, size, label, vault_built, plain_built, on, off)


SHIPPED = "memory security OFF (shipped)"
POLICY = "memory security ON (policy)"


def _latency_rows(report: Any, size: int, label: str, what: str, key: str, target_ms: float,
                  on: dict[str, Any], off: dict[str, Any]) -> None:
    checked = size >= TARGET_SIZE
    target = f"≤ {target_ms:.0f} ms, ≤ {RATIO_TARGET}× plain" if checked else ""
    for run, setting in ((off, SHIPPED), (on, POLICY)):
        for pct in (50, 95):
            ours = percentile(run[key], pct)
            base = percentile(run["plain_" + key], pct)
            gate = checked and pct == 95 and run is off
            report.add(f"{what} {label} p{pct} wall, {setting}", ours, base, "ms",
                       target=target if gate else "",
                       met=(ours <= target_ms and ours <= RATIO_TARGET * base) if gate else None)
        report.add(f"{what} {label} p50 CPU, {setting}", percentile(run[key + "_cpu"], 50),
                   percentile(run["plain_" + key + "_cpu"], 50), "ms")
    report.add(f"{what} {label} p95 wall: memory security ON vs OFF", percentile(on[key], 95),
               percentile(off[key], 95), "ms")


def _cold_rows(report: Any, label: str, on: dict[str, Any], off: dict[str, Any]) -> None:
    for run, setting in ((off, SHIPPED), (on, POLICY)):
        cold = percentile(run["cold_search"], 50)
        warm_p95 = percentile(run["search"], 95)
        report.add(f"first search after unlock (cold) {label} median, {setting}", cold,
                   percentile(run["plain_cold_search"], 50), "ms")
        report.add(f"first search after unlock (cold) {label} vs warm p95, {setting}", cold,
                   warm_p95, "ms", target="≤ 3× warm p95" if run is off else "",
                   met=cold <= 3 * warm_p95 if run is off else None)


def _rows(report: Any, size: int, label: str, vault_built: dict[str, Any],
          plain_built: dict[str, Any], on: dict[str, Any], off: dict[str, Any]) -> None:
    rows = size * (1 + NOTES_PER_CASE)
    report.add(f"bulk load {label}: cases + notes", rows / vault_built["seconds"],
               rows / plain_built["seconds"], "rows/s", higher_is_better=True)
    report.add(f"database size {label}", vault_built["bytes"] / 2**20,
               plain_built["bytes"] / 2**20, "MiB")

    unlock = off["unlock"]
    kdf_ms = percentile(unlock["kdf"], 50)
    total_ms = percentile(unlock["total"], 50)
    beyond = percentile(unlock["beyond_kdf"], 50)
    rest_p95 = percentile(unlock["rest"], 95)
    report.add(f"unlock {label}: KDF (Argon2id), median", kdf_ms, None, "ms")
    report.add(f"unlock {label}: the rest, p95, {SHIPPED}", rest_p95,
               percentile(unlock["plain_rest"], 95), "ms",
               target=f"≤ {UNLOCK_OVERHEAD_TARGET_MS:.0f} ms",
               met=rest_p95 <= UNLOCK_OVERHEAD_TARGET_MS)
    report.add(f"unlock {label}: total, median", total_ms, None, "ms")
    report.add(f"unlock {label}: total minus its own KDF, paired, median", beyond, None, "ms",
               target=f"≤ {UNLOCK_OVERHEAD_TARGET_MS:.0f} ms",
               met=beyond <= UNLOCK_OVERHEAD_TARGET_MS)
    steps = ", ".join(f"{name} {percentile(unlock[key], 50):.1f}" for name, key in (
        ("key-slot read", "slots"), ("SQLCipher open and key", "open_key"),
        ("migrations check", "migrate"), ("audit head check", "init"),
        ("audit row", "audit_row")))
    report.note(f"Unlock at {label} after the KDF, median ms per step: {steps}.")

    _latency_rows(report, size, label, "search", "search", SEARCH_TARGET_MS, on, off)
    _cold_rows(report, label, on, off)
    _latency_rows(report, size, label, "open case", "open", OPEN_TARGET_MS, on, off)
    if "floor_open" in off:
        ours_p95, floor_p95 = percentile(off["open_again"], 95), percentile(off["floor_open"], 95)
        checked = size >= TARGET_SIZE
        report.add(f"open case {label} p95 wall vs its floor (plain SQLite binding the audit head "
                   f"of protected and high-risk reads, as the vault does), {SHIPPED}",
                   ours_p95, floor_p95, "ms",
                   target=f"≤ {RATIO_TARGET}× floor" if checked else "",
                   met=ours_p95 <= RATIO_TARGET * floor_p95 if checked else None)
    report.add(f"insert {label}: case + 3 notes, a transaction each, {SHIPPED}", off["insert"],
               off["plain_insert"], "rows/s", higher_is_better=True)
    hits = sorted(off["search_hits"])
    report.note(
        f"Search at {label}: {len(off['queries'])} queries; cases per result page median "
        f"{percentile(hits, 50):.0f}, p95 {percentile(hits, 95):.0f} (a page holds at most 100)."
        f" The cold rows open each store afresh before one search ({len(off['cold_search'])}"
        " samples each); the OS file cache is warm, SQLite's page cache is empty."
    )


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1].startswith("{"):
        os.environ.setdefault("PYTHONHASHSEED", "0")
        _main_child(sys.argv[1])
    else:
        sys.exit("run through tests/bench/run_all.py")
