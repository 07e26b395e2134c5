"""Nothing a caseworker types may reach the disk unencrypted: not in the database, its WAL or
SHM file, the key-slot file, a backup, or any temp file.

Every value carries a unique canary; after the work every file under the vault directory and the
test's private temp directory is scanned for each canary in UTF-8 and UTF-16-LE.
"""

from __future__ import annotations

import io
import json
import secrets
from collections.abc import Iterable
from pathlib import Path

import pytest

from utvag.services import cases
from utvag.services.session import Session

ENCODINGS = ("utf-8", "utf-16-le")


def luhn(digits: str) -> int:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def canary_identity_number() -> tuple[str, list[str]]:
    """A valid personal identity number that nothing else in the run contains; all its forms."""
    serial = f"{secrets.randbelow(900) + 100}"
    short = "870429" + serial
    check = str(luhn(short))
    forms = [f"19870429-{serial}{check}", f"19870429{serial}{check}",
             f"870429-{serial}{check}", f"{short}{check}"]
    return forms[0], forms


def make_canaries() -> dict[str, str]:
    token = secrets.token_hex(6)
    return {
        "name": f"Kanarie Åsa Ödmark{token}",
        "gender": f"kön{token}",
        "note": f"Hemlig anteckning om skyddat boende {token}",
        "signed_note": f"Signerad anteckning {token} – adress Storgatan",
        "draft_before_edit": f"Utkast som skrivs över {token}",
        "draft_after_edit": f"Utkast efter ändring {token}",
        "attachment": f"Bilagans innehåll {token}",
        "file_name": f"kanariefil-{token}.txt",
    }


def scan(directories: Iterable[Path], needles: dict[str, str]) -> list[str]:
    """Return "label in file (encoding)" for every hit."""
    hits: list[str] = []
    for directory in directories:
        for path in sorted(directory.rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for label, needle in needles.items():
                for encoding in ENCODINGS:
                    if needle.encode(encoding) in data:
                        hits.append(f"{label} in {path.relative_to(directory)} ({encoding})")
    return hits


def fill_vault(session: Session, canaries: dict[str, str], identity_number: str) -> None:
    case_id = cases.new_case(session, {
        "type": "defector",
        "person": {"name": canaries["name"], "personal_number": identity_number,
                   "gender": canaries["gender"], "district": "Nordost",
                   "protected_identity": "skyddad_folkbokforing"},
    })
    other = cases.new_case(session, {
        "type": "relative", "person": {"name": canaries["name"] + " syster",
                                       "birth_date": "1991-02-03"},
    })
    cases.add_note(session, case_id, canaries["note"])
    cases.add_note(session, other, canaries["signed_note"], sign=True)
    draft = cases.add_note(session, case_id, canaries["draft_before_edit"])
    cases.edit_draft_note(session, case_id, draft, canaries["draft_after_edit"])
    # Larger than one 256 KiB chunk, so the canary is split over chunk boundaries too.
    body = (canaries["attachment"] + "\n").encode() * 20_000
    cases.attach(session, case_id, io.BytesIO(body), canaries["file_name"])
    cases.attach(session, other, io.BytesIO(canaries["attachment"].encode("utf-16-le")),
                 "utf16-" + canaries["file_name"])
    shown = cases.show_case(session, case_id, reveal_identity=True)
    assert shown.case.person.name == canaries["name"]
    assert [c.id for c in cases.list_cases(session, query=canaries["name"])]


def needles_for(canaries: dict[str, str], number_forms: list[str],
                secrets_on_record: dict[str, str]) -> dict[str, str]:
    needles = dict(canaries)
    needles.update({f"identity number {form}": form for form in number_forms})
    needles.update(secrets_on_record)
    return needles


def test_canaries_never_reach_disk_after_close(tmp_path, private_tmpdir, make_vault, raw_connect):
    canaries = make_canaries()
    number, forms = canary_identity_number()
    handle = make_vault("vault")
    session = handle.open()
    data_key = session.vault.data_key()
    with session:
        fill_vault(session, canaries, number)
        backups = tmp_path / "backups"
        backups.mkdir()
        from utvag.services.session import backup

        backup(session, backups / "vault.utvb")
    needles = needles_for(canaries, forms, {
        "passphrase": handle.passphrase,
        "recovery key": handle.recovery_key,
        "data key (hex)": data_key.hex(),
    })
    directories = [handle.directory, private_tmpdir, backups]
    assert scan(directories, needles) == []
    for directory in directories:
        for path in directory.rglob("*"):
            assert data_key not in path.read_bytes() if path.is_file() else True
    assert list(private_tmpdir.iterdir()) == [], "no temp files may be left behind"
    # Control: decrypted, the same scan finds every canary, so a clean scan means encrypted.
    control = tmp_path / "control"
    control.mkdir()
    conn = raw_connect(handle.db, data_key)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(control / "plain.db"),))
    conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    conn.execute("DETACH DATABASE plain")
    found = {hit.split(" in ")[0] for hit in scan([control], needles)}
    assert set(canaries) - {"draft_before_edit"} <= found
    assert f"identity number {number}" in found


def test_canaries_never_reach_disk_while_open(private_tmpdir, make_vault):
    canaries = make_canaries()
    number, forms = canary_identity_number()
    handle = make_vault("vault")
    with handle.open() as session:
        fill_vault(session, canaries, number)
        wal = handle.directory / "vault.db-wal"
        shm = handle.directory / "vault.db-shm"
        assert wal.stat().st_size > 0 and shm.exists(), "the scan must cover a live WAL"
        needles = needles_for(canaries, forms, {
            "passphrase": handle.passphrase,
            "recovery key": handle.recovery_key,
        })
        assert scan([handle.directory, private_tmpdir], needles) == []
        assert list(private_tmpdir.iterdir()) == []


@pytest.mark.slow
def test_canaries_through_the_command_line(tmp_path, private_tmpdir, run_utvag, secret_file,
                                           passphrase, cli_kdf):
    """The same through ``python -m utvag`` in child processes that share the private TMPDIR."""
    canaries = make_canaries()
    number, forms = canary_identity_number()
    inputs = tmp_path / "inputs"  # the caseworker's own files: not scanned
    inputs.mkdir()
    vault = tmp_path / "vault"
    env = {"TMPDIR": str(private_tmpdir), "SQLITE_TMPDIR": str(private_tmpdir)}
    base = ["--vault", vault, "--passphrase-file", secret_file(passphrase)]

    def utvag(*argv):
        result = run_utvag(*base, *argv, extra_env=env)
        assert result.code == 0, result.err
        return result.out

    out = utvag("init", "--unit", "Centrum", *cli_kdf)
    recovery = out.split("shown once; print it and keep it locked away):")[1].split()[0]
    case_file = inputs / "case.json"
    case_file.write_text(json.dumps({"type": "defector", "person": {
        "name": canaries["name"], "personal_number": number, "gender": canaries["gender"]}}),
        encoding="utf-8")
    case_id = json.loads(utvag("case", "new", "--json", case_file))["case_id"]
    note_file = inputs / "note.txt"
    note_file.write_text(canaries["note"], encoding="utf-8")
    utvag("case", "note", case_id, "--text-file", note_file)
    attachment = inputs / canaries["file_name"]
    attachment.write_text(canaries["attachment"] * 1000, encoding="utf-8")
    utvag("case", "attach", case_id, attachment)
    shown = json.loads(utvag("case", "show", case_id))
    assert shown["person"]["name"] == canaries["name"]
    assert shown["attachments"][0]["name"] == canaries["file_name"]
    backups = tmp_path / "backups"
    backups.mkdir()
    utvag("backup", backups / "vault.utvb")
    needles = needles_for(canaries, forms, {"passphrase": passphrase, "recovery key": recovery})
    assert scan([vault, private_tmpdir, backups], needles) == []
    assert list(private_tmpdir.iterdir()) == []


def test_canaries_never_reach_disk_while_a_reader_is_mid_read(private_tmpdir, make_vault):
    """A crash while a read holds its own connection leaves what is on disk at that moment:
    the WAL the reader pins (it cannot be checkpointed past the reader's snapshot) and the
    shared-memory index must hold neither the case data, read back by the reader, nor the key."""
    import threading

    canaries = make_canaries()
    number, forms = canary_identity_number()
    handle = make_vault("vault")
    with handle.open() as session:
        data_key = session.vault.data_key()
        pinned, read_back = threading.Event(), threading.Event()
        go_on, done = threading.Event(), threading.Event()
        seen: list[str] = []

        def read() -> None:
            with session.reading():
                session.vault.conn.execute("SELECT count(*) FROM audit").fetchone()
                pinned.set()  # an old snapshot held open while the canaries are written
                go_on.wait(30)
                with session.vault.transaction():
                    pass  # a new snapshot: the read sees what was written
                seen.extend(case.person.name for case in (
                    cases.get_case(session, row.id) for row in cases.list_cases(session)))
                read_back.set()
                done.wait(30)  # still mid-read while the files are scanned

        worker = threading.Thread(target=read, daemon=True)
        worker.start()
        assert pinned.wait(30)
        fill_vault(session, canaries, number)
        session.vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        main = session.vault._conn
        count_reads = "SELECT count(*) FROM audit WHERE action = 'case.read'"
        reads_before = main.execute(count_reads).fetchone()[0]
        go_on.set()
        assert read_back.wait(30) and seen, "the reader must have read the case data"
        assert canaries["name"] in seen
        assert session.vault.readers_open == 1 and worker.is_alive()
        # Reading the protected person's case inside the read was logged through the main
        # connection and bound to the key file at once, as on the GUI thread.
        reads = main.execute(count_reads).fetchone()[0] - reads_before
        last = main.execute("SELECT max(seq) FROM audit").fetchone()[0]
        assert reads == len(seen) and session.vault.slots.audit_head.seq == last
        wal = handle.directory / "vault.db-wal"
        shm = handle.directory / "vault.db-shm"
        assert wal.stat().st_size > 0 and shm.stat().st_size > 0
        needles = needles_for(canaries, forms, {
            "passphrase": handle.passphrase,
            "recovery key": handle.recovery_key,
            "data key (hex)": data_key.hex(),
        })
        assert scan([handle.directory, private_tmpdir], needles) == []
        for path in handle.directory.iterdir():
            assert data_key not in path.read_bytes()
        done.set()
        worker.join(30)
