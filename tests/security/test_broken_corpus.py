"""The committed corpus of damaged and old-format files (tests/vectors/broken/, made by
tests/vectors/make_broken.py): each opens with the exit code and message written beside it;
old schemas open and pass the full check. Negative transfer vectors raise the error named
beside them, and the audit-chain vector computed without the library matches it."""

from __future__ import annotations

import io
import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from utvag.transfer import MemorySink, PackageError, PackageKind, UnitIdentity, open_package
from utvag.vault import audit, migrations

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
BROKEN = VECTORS / "broken"
CORPUS = json.loads((BROKEN / "corpus.json").read_text("utf-8"))
NEGATIVE = json.loads((BROKEN / "transfer-negative.json").read_text("utf-8"))


def _vault_copy(case: dict[str, Any], tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    shutil.copytree(BROKEN / case.get("vault", "vault"), directory)
    for name, source in case.get("replace", {}).items():
        shutil.copyfile(BROKEN / "files" / source, directory / name)
    (directory / "vault.lock").touch()  # as every vault that was ever opened has
    return directory


@pytest.mark.parametrize("case", CORPUS["cases"], ids=[c["name"] for c in CORPUS["cases"]])
def test_each_file_of_the_corpus_gives_its_exit_code_and_message(
        case: dict[str, Any], tmp_path: Path, run_cli: Any, secret_file: Any,
        file_hashes: Any) -> None:
    directory = _vault_copy(case, tmp_path)
    corpus_file = BROKEN / "files" / case["file"] if "file" in case else None
    argv = [str(corpus_file) if a == "IN" else str(tmp_path / "out") if a == "OUT" else a
            for a in case["command"]]
    before = file_hashes(directory)
    result = run_cli("--vault", directory, "--passphrase-file",
                     secret_file(CORPUS["passphrase"]), *argv)
    assert result.code == case["exit"], (case["name"], result.err)
    assert case["words"] in result.err, (case["name"], result.err)
    if case["exit"] == 4 and "replace" in case and case["command"] != ["check"]:
        # (check records its outcome in the vault when it still can)
        assert file_hashes(directory) == before, case["name"]
    if "schema" in case:
        status = run_cli("--vault", directory, "--passphrase-file",
                         secret_file(CORPUS["passphrase"]), "status", "--json")
        assert json.loads(status.out)["schema_version"] == migrations.LATEST
    assert not (tmp_path / "out").exists() or case["exit"] == 0


def test_the_corpus_covers_every_kind_of_file() -> None:
    names = " ".join(c["name"] for c in CORPUS["cases"])
    for kind in ("keys-", "db-", "backup-", "card-", "package-", "receipt-", "vault-schema-v1",
                 "vault-schema-v4"):
        assert kind in names
    assert len(NEGATIVE["vectors"]) >= 10


def _identities() -> tuple[UnitIdentity, UnitIdentity, datetime]:
    stored = json.loads((VECTORS / "transfer-v1.json").read_text("utf-8"))["vectors"][0]
    sender = UnitIdentity.from_private_bytes(bytes.fromhex(stored["sender"]["private_identity"]))
    recipient = UnitIdentity.from_private_bytes(
        bytes.fromhex(stored["recipient"]["private_identity"]))
    created = datetime.fromisoformat(stored["created"].replace("Z", "+00:00"))
    return sender, recipient, created


@pytest.mark.parametrize("vector", NEGATIVE["vectors"],
                         ids=[v["name"] for v in NEGATIVE["vectors"]])
def test_negative_transfer_vectors_raise_their_error(vector: dict[str, Any]) -> None:
    import hashlib

    data = (BROKEN / vector["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == vector["sha256"]
    sender, recipient, created = _identities()
    opener = sender if vector.get("recipient") == "sender" else recipient
    sink = MemorySink()
    with pytest.raises(PackageError) as refused:
        open_package(io.BytesIO(data), identity=opener,
                     trusted=[] if vector.get("trusted") is False else [sender.card],
                     sink=sink, expected_kind=PackageKind.CASE_TRANSFER,
                     now=created + timedelta(hours=3, days=vector.get("days_later", 0)))
    assert vector["error"] in refused.value.message, refused.value.message
    assert "\n" not in refused.value.message


def test_the_audit_chain_matches_hashes_computed_without_the_library() -> None:
    """audit-v1.json was computed with hashlib and json alone from the documented formula."""
    rows = json.loads((BROKEN / "audit-v1.json").read_text("utf-8"))["rows"]
    prev = audit.GENESIS
    for row in rows:
        assert bytes.fromhex(row["prev_hash"]) == prev
        digest = audit.row_hash(prev, row["seq"], row["at"], row["actor"], row["action"],
                                row["case_id"], row["detail"])
        assert digest.hex() == row["hash"], row["seq"]
        prev = digest
