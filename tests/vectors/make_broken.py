"""Generate the corpus of damaged and old-format files in tests/vectors/broken/.

    .venv/bin/python tests/vectors/make_broken.py    # rewrites tests/vectors/broken/

Like KeePassXC's broken databases, each file is committed and opened by
tests/security/test_broken_corpus.py, which asserts the exit code and the words of the one-line
message written beside it in ``corpus.json``. The expectations are written here by hand (the
contract of the README's exit codes), never taken from what the code happens to print.

Every vault here is a fictional test vault under the test passphrase below (no real key of
anyone); the transfer files come from the fixed identities of transfer-v1.json. The negative
transfer vectors (``transfer-negative.json``) mutate the published x25519-small package and
name the error each mutation must raise.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "broken"
PASSPHRASE = "correct horse battery staple"  # the test suite's passphrase; fictional vaults
KDF = ("--kdf-iterations", "3", "--kdf-memory-mib", "64")
PAGE = 4096

sys.path.insert(0, str(HERE.parents[1] / "desktop"))

# name, files to put in place of the base vault's, command, exit code, words of the message.
# "vault" is the base vault; "files" replace files in a copy of it; IN/OUT in the command are
# the corpus file and a fresh path.
CASES: list[dict[str, Any]] = [
    {"name": "keys-truncated", "replace": {"vault.keys": "keys-truncated.keys"},
     "command": ["status"], "exit": 4, "words": "not a Utväg vault"},
    {"name": "keys-empty", "replace": {"vault.keys": "keys-empty.keys"},
     "command": ["status"], "exit": 4, "words": "not a Utväg vault"},
    {"name": "keys-random", "replace": {"vault.keys": "keys-random.keys"},
     "command": ["status"], "exit": 4, "words": "not a Utväg vault"},
    {"name": "keys-json-not-a-key-file", "replace": {"vault.keys": "keys-json.keys"},
     "command": ["status"], "exit": 4, "words": "not a Utväg vault"},
    {"name": "keys-of-another-vault", "replace": {"vault.keys": "keys-foreign.keys"},
     "command": ["status"], "exit": 4, "words": "not a Utväg vault database"},
    {"name": "db-page-1-bit-flipped", "replace": {"vault.db": "db-page1-flip.db"},
     "command": ["check"], "exit": 4, "words": "damaged"},
    {"name": "db-schema-page-bit-flipped", "replace": {"vault.db": "db-page2-flip.db"},
     "command": ["check"], "exit": 4, "words": "page 2 fails its HMAC check"},
    {"name": "db-truncated", "replace": {"vault.db": "db-truncated.db"},
     "command": ["status"], "exit": 4, "words": "not a Utväg vault database"},
    {"name": "db-empty", "replace": {"vault.db": "db-empty.db"},
     "command": ["status"], "exit": 4, "words": "not a Utväg vault database"},
    {"name": "db-plain-sqlite", "replace": {"vault.db": "db-plain-sqlite.db"},
     "command": ["status"], "exit": 4, "words": "not a Utväg vault database"},
    {"name": "db-attachment-not-matching-its-hash", "replace": {"vault.db": "db-attachment.db"},
     "command": ["check"], "exit": 4, "words": "attachment 1 does not match its recorded SHA-256"},
    {"name": "db-audit-row-rewritten", "replace": {"vault.db": "db-audit.db"},
     "command": ["check"], "exit": 4, "words": "row 2 was altered"},
    {"name": "backup-intact", "file": "backup-intact.utvb",
     "command": ["restore", "IN", "--to", "OUT"], "exit": 0, "words": ""},
    {"name": "backup-truncated", "file": "backup-truncated.utvb",
     "command": ["restore", "IN", "--to", "OUT"], "exit": 4, "words": "not a Utväg backup"},
    {"name": "backup-bit-flipped", "file": "backup-flipped.utvb",
     "command": ["restore", "IN", "--to", "OUT"], "exit": 4, "words": "not a Utväg backup"},
    {"name": "backup-wrong-magic", "file": "backup-magic.utvb",
     "command": ["restore", "IN", "--to", "OUT"], "exit": 4, "words": "not a Utväg backup"},
    {"name": "card-truncated", "file": "card-truncated.utvk",
     "command": ["keys", "trust", "IN", "--fingerprint", "0000"], "exit": 4, "words": "card"},
    {"name": "card-bit-flipped", "file": "card-flipped.utvk",
     "command": ["keys", "trust", "IN", "--fingerprint", "0000"], "exit": 4, "words": "card"},
    {"name": "package-for-another-unit", "file": "package-foreign.utvp",
     "command": ["transfer", "import", "IN", "--receipt-out", "OUT"], "exit": 4,
     "words": "for another unit"},
    {"name": "package-truncated", "file": "package-truncated.utvp",
     "command": ["transfer", "import", "IN", "--receipt-out", "OUT"], "exit": 4,
     "words": "for another unit"},
    {"name": "receipt-for-another-unit", "file": "receipt-foreign.utvp",
     "command": ["transfer", "receipt", "IN"], "exit": 4, "words": "for another unit"},
    {"name": "receipt-truncated", "file": "receipt-truncated.utvp",
     "command": ["transfer", "receipt", "IN"], "exit": 4, "words": "truncated"},
    *[{"name": f"vault-schema-v{v}", "vault": f"vault-schema-v{v}", "command": ["check"],
       "exit": 0, "words": "", "schema": v} for v in (1, 2, 3, 4)],
]


def _cli(*argv: str) -> None:
    from utvag.cli.main import main

    code = main(list(argv))
    if code != 0:
        raise SystemExit(f"generating the corpus: utvag {' '.join(argv)} exited {code}")


def _flip(data: bytes, offset: int, mask: int = 0x04) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= mask
    return bytes(changed)


def _make_vault(directory: Path, secret: Path, work: Path, schema: int | None = None) -> None:
    """A small fictional vault: one case, a note and a 10 KiB attachment."""
    from utvag.vault import migrations

    original = migrations.migrate
    if schema is not None:  # a vault as an earlier release made it
        migrations.migrate = lambda conn, target=schema: original(conn, target)  # type: ignore
    try:
        _cli("--vault", str(directory), "--passphrase-file", str(secret), "init", "--unit",
             "Centrum", *KDF)
        if schema is None or schema >= 1:
            case = work / "case.json"
            case.write_text(json.dumps({"type": "defector", "person": {
                "name": "Testperson Påhittad", "birth_date": "1990-01-01"}}), "utf-8")
            base = ["--vault", str(directory), "--passphrase-file", str(secret)]
            if schema is None:
                _cli(*base, "case", "new", "--json", str(case))
                note = work / "note.txt"
                note.write_text("Fiktiv anteckning.", "utf-8")
                _cli(*base, "case", "note", "1", "--text-file", str(note))
                attachment = work / "intyg.bin"
                attachment.write_bytes(bytes(range(256)) * 40)
                _cli(*base, "case", "attach", "1", str(attachment))
    finally:
        migrations.migrate = original
    (directory / "vault.lock").unlink(missing_ok=True)


def _data_key(directory: Path) -> bytes:
    from utvag.services import session

    with session.unlock(directory, passphrase=PASSPHRASE) as opened:
        return opened.vault.data_key()


def _rewrite(db: Path, key: bytes, statements: list[tuple[str, tuple[Any, ...]]]) -> bytes:
    """Change rows with the key (valid pages, wrong content) in a copy; return its bytes."""
    import sqlcipher3

    from utvag.vault.database import key_pragma

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        shutil.copyfile(db, copy)
        conn = sqlcipher3.connect(str(copy), isolation_level=None)
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
        for sql, params in statements:
            conn.execute(sql, params)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        return copy.read_bytes()


def _transfer_files(files: Path) -> None:
    vectors = json.loads((HERE / "transfer-v1.json").read_text("utf-8"))["vectors"]
    package = bytes.fromhex(vectors[0]["package"])
    receipt = bytes.fromhex(next(v for v in vectors if v["name"] == "receipt")["package"])
    (files / "package-foreign.utvp").write_bytes(package)
    (files / "package-truncated.utvp").write_bytes(package[: len(package) // 2])
    (files / "receipt-foreign.utvp").write_bytes(receipt)
    (files / "receipt-truncated.utvp").write_bytes(receipt[:100])


def negative_transfer_vectors() -> list[dict[str, Any]]:
    """Mutations of the published x25519-small package, each with the error it must raise."""
    vector = json.loads((HERE / "transfer-v1.json").read_text("utf-8"))["vectors"][0]
    package = bytes.fromhex(vector["package"])
    header = len(bytes.fromhex(vector["header"]))
    size = len(package)
    mutations: list[tuple[str, str, bytes, dict[str, Any]]] = [
        ("magic-changed", "first byte of the magic flipped", _flip(package, 0), {}),
        ("header-byte-flipped", "a byte inside the header flipped",
         _flip(package, header // 2), {}),
        ("first-ciphertext-byte-flipped", "first byte after the header flipped",
         _flip(package, header), {}),
        ("ciphertext-middle-flipped", "a byte in the middle of the payload flipped",
         _flip(package, (header + size) // 2), {}),
        ("signature-byte-flipped", "last byte (inside the outer signature) flipped",
         _flip(package, size - 1), {}),
        ("truncated-by-one", "the last byte removed", package[:-1], {}),
        ("trailing-byte", "one byte appended", package + b"\0", {}),
        ("header-only", "only the header", package[:header], {}),
        ("empty", "no bytes at all", b"", {}),
        ("expired", "intact, opened 31 days after it was made", package, {"days_later": 31}),
        ("untrusted-sender", "intact, the sender's card not trusted", package,
         {"trusted": False}),
        ("wrong-recipient", "intact, opened by the sending unit instead", package,
         {"recipient": "sender"}),
    ]
    return [{"name": name, "description": text, "file": f"transfer/{name}.utvp",
             "sha256": hashlib.sha256(data).hexdigest(), **opening, "_data": data}
            for name, text, data, opening in mutations]


# Each negative vector's error: written by hand, the words the PackageError must contain.
NEGATIVE_ERRORS = {
    "magic-changed": "is not an Utväg transfer package",
    "header-byte-flipped": "changed after it was signed",
    "first-ciphertext-byte-flipped": "changed after it was signed",
    "ciphertext-middle-flipped": "changed after it was signed",
    "signature-byte-flipped": "changed after it was signed",
    "truncated-by-one": "truncated",
    "trailing-byte": "extra data after its end",
    "header-only": "truncated",
    "empty": "truncated",
    "expired": "expired on 2025-03-31",
    "untrusted-sender": "The sender's key is not trusted",
    "wrong-recipient": "for another unit",
}


def audit_vector() -> dict[str, Any]:
    """Audit-chain hashes computed here with hashlib and json alone, from the formula in
    docs/security.md, independently of utvag.vault.audit (which the test checks against)."""
    rows = [
        (1, "2025-03-01T12:00:00.000000+00:00", "kim", "vault.create", None,
         '{"unit":"Centrum"}'),
        (2, "2025-03-01T12:00:01.000000+00:00", "kim", "case.create", 1,
         '{"type":"defector"}'),
        (3, "2025-03-01T12:00:02.000000+00:00", "kim", "case.read", 1, "{}"),
    ]
    prev = b"\0" * 32
    out = []
    for seq, at, actor, action, case_id, detail in rows:
        body = json.dumps([seq, at, actor, action, case_id, detail], ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        digest = hashlib.sha256(b"utvag-audit-v1" + prev + body).digest()
        out.append({"seq": seq, "at": at, "actor": actor, "action": action,
                    "case_id": case_id, "detail": detail, "prev_hash": prev.hex(),
                    "hash": digest.hex()})
        prev = digest
    return {"formula": 'SHA-256("utvag-audit-v1" || previous hash || JSON array '
                       "[seq, at, actor, action, case_id, detail] without spaces, UTF-8)",
            "rows": out}


def main() -> int:
    os.environ.setdefault("UTVAG_VAULT", "/nonexistent")
    shutil.rmtree(OUT, ignore_errors=True)
    files = OUT / "files"
    files.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        secret = work / "passphrase.txt"
        secret.write_text(PASSPHRASE + "\n", "utf-8")
        base = OUT / "vault"
        _make_vault(base, secret, work)
        other = work / "other"
        _make_vault(other, secret, work)
        for version in (1, 2, 3, 4):
            _make_vault(OUT / f"vault-schema-v{version}", secret, work, schema=version)
        keys = (base / "vault.keys").read_bytes()
        db = (base / "vault.db").read_bytes()
        (files / "keys-truncated.keys").write_bytes(keys[: len(keys) // 2])
        (files / "keys-empty.keys").write_bytes(b"")
        (files / "keys-random.keys").write_bytes(hashlib.sha512(b"not a key file").digest() * 8)
        (files / "keys-json.keys").write_text('{"format": "something else", "slots": []}\n')
        shutil.copyfile(other / "vault.keys", files / "keys-foreign.keys")
        (files / "db-page1-flip.db").write_bytes(_flip(db, 200))
        (files / "db-page2-flip.db").write_bytes(_flip(db, PAGE + 300))
        (files / "db-truncated.db").write_bytes(db[: len(db) // 2])
        (files / "db-empty.db").write_bytes(b"")
        plain = work / "plain.db"
        conn = sqlite3.connect(plain)
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.commit()
        conn.close()
        shutil.copyfile(plain, files / "db-plain-sqlite.db")
        key = _data_key(base)
        (files / "db-attachment.db").write_bytes(_rewrite(base / "vault.db", key, [
            ("UPDATE attachment_chunk SET data = zeroblob(64) WHERE attachment_id = 1"
             " AND seq = 0", ())]))
        (files / "db-audit.db").write_bytes(_rewrite(base / "vault.db", key, [
            ("DROP TRIGGER audit_is_append_only_update", ()),
            ("UPDATE audit SET actor = 'someone else' WHERE seq = 2", ())]))
        backup = work / "backup.utvb"
        _cli("--vault", str(base), "--passphrase-file", str(secret), "backup", str(backup))
        (base / "vault.lock").unlink(missing_ok=True)
        data = backup.read_bytes()
        (files / "backup-intact.utvb").write_bytes(data)
        (files / "backup-truncated.utvb").write_bytes(data[: len(data) // 3])
        (files / "backup-flipped.utvb").write_bytes(_flip(data, len(data) // 2))
        (files / "backup-magic.utvb").write_bytes(b"UTVAGBAX" + data[8:4096])
        card = work / "card.utvk"
        _cli("--vault", str(base), "--passphrase-file", str(secret), "keys", "export-public",
             str(card))
        (base / "vault.lock").unlink(missing_ok=True)
        card_bytes = card.read_bytes()
        (files / "card-truncated.utvk").write_bytes(card_bytes[: len(card_bytes) // 2])
        (files / "card-flipped.utvk").write_bytes(_flip(card_bytes, len(card_bytes) // 2))
        _transfer_files(files)
    # The base vault's backup wrote its meta record; keep the corpus vault as made.
    (OUT / "corpus.json").write_text(json.dumps({
        "passphrase": PASSPHRASE, "cases": CASES}, ensure_ascii=False, indent=1) + "\n",
        "utf-8")
    negatives = negative_transfer_vectors()
    (OUT / "transfer").mkdir()
    for vector in negatives:
        (OUT / vector["file"]).write_bytes(vector.pop("_data"))
        vector["error"] = NEGATIVE_ERRORS[vector["name"]]
    (OUT / "transfer-negative.json").write_text(json.dumps(
        {"source": "transfer-v1.json x25519-small", "vectors": negatives}, indent=1) + "\n",
        "utf-8")
    (OUT / "audit-v1.json").write_text(json.dumps(audit_vector(), indent=1) + "\n", "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
