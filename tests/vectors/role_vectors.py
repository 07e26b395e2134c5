"""Test vectors for the package kinds between people of one unit (docs/transfer-format.md,
"Packages between people"): the same construction as ``transfer_vectors.py``, with version 2
(role) cards for sender and recipient.

Run ``python tests/vectors/role_vectors.py`` to check ``transfer-roles.json`` and ``--write`` to
regenerate it; the test suite runs the check.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from utvag.transfer import CardRole, MemorySink, PackageKind, UnitIdentity, open_package
from utvag.transfer.seal import seal_package
from utvag.transfer.suites import KemId, load_private_key

HERE = Path(__file__).resolve().parent
VECTOR_FILE = HERE / "transfer-roles.json"


def _base() -> ModuleType:
    spec = importlib.util.spec_from_file_location("transfer_vectors", HERE / "transfer_vectors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("transfer_vectors", module)
    spec.loader.exec_module(module)
    return module


BASE = _base()

PEOPLE = {
    "anna": ("Hisingen", CardRole.CASEWORKER, "Anna Berg"),
    "bo": ("Hisingen", CardRole.CASEWORKER, "Bo Ek"),
    "maria": ("Hisingen", CardRole.MANAGER, "Maria Lind"),
}

# name, kind, sender, recipient, entries (name, bytes)
CASES: list[tuple[str, PackageKind, str, str, list[tuple[str, bytes]]]] = [
    ("handover", PackageKind.HANDOVER, "anna", "bo", [
        ("case.json", b'{"case":{"case_number":"HI-2025-00001"},"format":"utvag-case",'
                      b'"version":1}'),
        ("handover.json", b'{"format":"utvag-handover","reason":"Hot mot handl\xc3\xa4ggaren",'
                          b'"to":{"caseworker":"Bo Ek"},"version":1}'),
    ]),
    ("incident-report", PackageKind.INCIDENT_REPORT, "anna", "maria", [
        ("incident.json", b'{"case_number":"HI-2025-00001","format":"utvag-incident-report",'
                          b'"incident":{"kind":"serious_threat","occurred_at":'
                          b'"2025-02-28T10:15:00+01:00"},"police_report":{"status":'
                          b'"not_reported"},"version":1}'),
    ]),
    ("log-review", PackageKind.LOG_REVIEW, "anna", "maria", [
        ("log-review.json", b'{"digest":"00","entries":[],"format":"utvag-log-review",'
                            b'"month":"2025-02","version":1}'),
    ]),
    ("log-review-signature", PackageKind.LOG_REVIEW_SIGNATURE, "maria", "anna", [
        ("log-review-signature.json", b'{"digest":"00","format":"utvag-log-review-signature",'
                                      b'"month":"2025-02","outcome":"no_remarks","version":1}'),
    ]),
]


def person(name: str) -> UnitIdentity:
    unit, role, holder = PEOPLE[name]
    raw = BASE._seed(f"{holder} X25519 hpke", KemId.X25519.private_key_size)
    signing = Ed25519PrivateKey.from_private_bytes(BASE._seed(f"{holder} signing"))
    return UnitIdentity(unit, BASE.CARD_CREATED, signing, load_private_key(KemId.X25519, raw),
                        role, holder)


def _party(identity: UnitIdentity) -> dict[str, Any]:
    return {**BASE._party(identity), "role": identity.role.value, "holder": identity.holder}


def build() -> dict[str, Any]:
    vectors = []
    for index, (name, kind, sender_name, recipient_name, entries) in enumerate(CASES):
        sender, recipient = person(sender_name), person(recipient_name)
        package_id = hashlib.sha256(f"role vector {name}".encode()).digest()[:16]
        content_key = BASE._seed(f"{name} content key")
        rng = BASE.FixedRandomness([package_id, content_key], BASE._seed(f"{name} ikmE"), None)
        out = io.BytesIO()
        seal_package(out, sender=sender, recipient=recipient.card, sequence=100 + index,
                     entries=BASE._entries(entries), kind=kind, now=BASE.CREATED,
                     lifetime=BASE.LIFETIME, progress=None, rng=rng)
        package = out.getvalue()
        vector: dict[str, Any] = {
            "name": name, "kind": kind.value, "kind_code": kind.code,
            "sender": _party(sender), "recipient": _party(recipient),
            "sequence": 100 + index, "created": BASE.CREATED.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "lifetime_seconds": int(BASE.LIFETIME.total_seconds()),
            "entries": [{"name": n, "content": v.hex()} for n, v in entries],
            "package_id": package_id.hex(), "content_key": content_key.hex(),
            "hpke_ikm_e": rng.ikm_e.hex(),
        }
        vector.update(BASE.describe(package, recipient, content_key))
        vectors.append(vector)
    return {"format": "utvag transfer test vectors (roles)", "version": 1, "vectors": vectors}


def open_vector(vector: dict[str, Any]) -> dict[str, bytes]:
    """Open a stored vector's package as its recipient would; returns the entries."""
    recipient = UnitIdentity.from_private_bytes(
        bytes.fromhex(vector["recipient"]["private_identity"]))
    sender = UnitIdentity.from_private_bytes(bytes.fromhex(vector["sender"]["private_identity"]))
    sink = MemorySink()
    opened = open_package(io.BytesIO(bytes.fromhex(vector["package"])), identity=recipient,
                          trusted=[sender.card], sink=sink,
                          expected_kind=PackageKind(vector["kind"]),
                          now=BASE.CREATED + BASE.timedelta(hours=3))
    assert opened.digest.hex() == vector["package_digest"]
    return sink.entries


def check() -> list[str]:
    stored = json.loads(VECTOR_FILE.read_text(encoding="utf-8"))
    fresh = build()
    problems = []
    for old, new in zip(stored["vectors"], fresh["vectors"], strict=True):
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                problems.append(f"{old['name']}: {key} differs")
        entries = open_vector(old)
        for spec in old["entries"]:
            if entries[spec["name"]].hex() != spec["content"]:
                problems.append(f"{old['name']}: entry {spec['name']} differs")
    if len(stored["vectors"]) != len(fresh["vectors"]):
        problems.append("the number of vectors differs")
    return problems


def main(argv: list[str]) -> int:
    if "--write" in argv:
        text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
        VECTOR_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {VECTOR_FILE}")
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("role vectors: " + ("MISMATCH" if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
