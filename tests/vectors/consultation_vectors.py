"""Test vectors for the consultation kinds (3 and 4) and their negative vectors.

``consultation-v1.json`` holds two packages made with the fixed keys of ``transfer_vectors.py``:
Hisingen's de-identified consultation to SAV (kind 3) and SAV's answer to it (kind 4), with every
intermediate value. ``broken/consultation-negative.json`` lists files in ``broken/consultation/``
that a conforming reader must refuse, each with the words of its error and how it is opened.

    python tests/vectors/consultation_vectors.py           check
    python tests/vectors/consultation_vectors.py --write   regenerate
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from transfer_vectors import (
    CREATED,
    LIFETIME,
    FixedRandomness,
    _party,
    _seed,
    describe,
    fixed_identity,
)

from utvag.services.consultation.payload import (
    FACT_FIELDS,
    AnswerDocument,
    answer_document,
    consultation_document,
)
from utvag.transfer import (
    MemorySink,
    PackageError,
    PackageKind,
    UnitIdentity,
    open_package,
)
from utvag.transfer.replay import ReplayState
from utvag.transfer.seal import EntrySource, seal_package
from utvag.transfer.suites import KemId

HERE = Path(__file__).resolve().parent
VECTOR_FILE = HERE / "consultation-v1.json"
NEGATIVE_FILE = HERE / "broken" / "consultation-negative.json"
BROKEN_DIR = HERE / "broken" / "consultation"
ANSWERED = CREATED + timedelta(days=1)
FACTS: dict[str, Any] = {name: None for name in FACT_FIELDS} | {
    "case_type": "defector", "age_band": "21_25", "gender": "male", "belonging": "Nordost",
    "milieu_kind": "criminal_network", "milieu_network_category": "self_defined",
    "belongs": True, "wants_to_leave": True, "needs_protection": True, "consent": False,
    "threat_level": "high", "threat_nature": "concrete", "protection_need": "high",
    "relocation": "away", "is_defector": False, "route_to": "SAV"}


def _seal_fixed(sender: UnitIdentity, recipient: UnitIdentity, kind: PackageKind, name: str,
                document: bytes, sequence: int, package_id: bytes, label: str,
                created: Any) -> tuple[bytes, bytes]:
    content_key = _seed(f"{label} content key")
    rng = FixedRandomness([package_id, content_key], _seed(f"{label} ikmE"), None)
    out = io.BytesIO()
    seal_package(out, sender=sender, recipient=recipient.card, sequence=sequence,
                 entries=[EntrySource.from_bytes(name, document)], kind=kind, now=created,
                 lifetime=LIFETIME, progress=None, rng=rng)
    return out.getvalue(), content_key


def _vector(label: str, description: str, sender: UnitIdentity, recipient: UnitIdentity,
            sequence: int, created: Any, name: str, document: bytes, package_id: bytes,
            package: bytes, content_key: bytes) -> dict[str, Any]:
    vector: dict[str, Any] = {
        "name": label, "description": description, "sender": _party(sender),
        "recipient": _party(recipient), "sequence": sequence,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "lifetime_seconds": int(LIFETIME.total_seconds()),
        "entries": [{"name": name, "content": document.hex()}],
        "package_id": package_id.hex(), "content_key": content_key.hex(),
        "hpke_ikm_e": _seed(f"{label} ikmE").hex()}
    vector.update(describe(package, recipient, content_key))
    return vector


def build() -> tuple[dict[str, Any], dict[str, bytes]]:
    hisingen = fixed_identity("Hisingen", KemId.X25519)
    sav = fixed_identity("SAV", KemId.X25519)
    consultation = consultation_document(from_unit="Hisingen", sent_at=CREATED,
                                         question="special_defector", content="deidentified",
                                         facts=FACTS, summary=None)
    first_id = bytes(range(0xC0, 0xD0))
    package, key = _seal_fixed(hisingen, sav, PackageKind.CONSULTATION, "consultation.json",
                               consultation, 5, first_id, "consultation", CREATED)
    opened = open_package(io.BytesIO(package), identity=sav, trusted=[hisingen.card],
                          sink=MemorySink(), expected_kind=PackageKind.CONSULTATION, now=CREATED)
    answer = answer_document(AnswerDocument(
        first_id, opened.digest, "decision", True,
        "Hög och konkret hotbild enligt Polisen; SAV handlägger ärendet.",
        date(2025, 3, 2), ANSWERED, "Handläggare SAV"))
    second_id = bytes(range(0xD0, 0xE0))
    reply, reply_key = _seal_fixed(sav, hisingen, PackageKind.CONSULTATION_ANSWER,
                                   "answer.json", answer, 2, second_id, "consultation-answer",
                                   ANSWERED)
    vectors = [
        _vector("consultation", "Hisingen consults SAV (kind 3): de-identified facts only.",
                hisingen, sav, 5, CREATED, "consultation.json", consultation, first_id,
                package, key),
        _vector("consultation-answer", "SAV's decision (kind 4): a special defector.", sav,
                hisingen, 2, ANSWERED, "answer.json", answer, second_id, reply, reply_key)]
    doc = {"format": "utvag consultation test vectors", "version": 1, "vectors": vectors}
    return doc, {"consultation": package, "consultation-answer": reply}


def _flip(data: bytes, index: int) -> bytes:
    out = bytearray(data)
    out[index] ^= 1
    return bytes(out)


def negative(packages: dict[str, bytes]) -> list[tuple[dict[str, Any], bytes]]:
    """(description, file bytes) of every negative vector."""
    first, answer = packages["consultation"], packages["consultation-answer"]
    later = (ANSWERED + timedelta(days=31)).strftime("%Y-%m-%dT%H:%M:%SZ")
    specs: list[tuple[str, str, bytes, dict[str, Any], str]] = [
        ("payload-byte-flipped", "a byte in the middle of the payload flipped",
         _flip(first, len(first) // 2), {}, "changed after it was signed"),
        ("truncated-by-one", "the last byte removed", first[:-1], {}, "truncated"),
        ("opened-by-hisingen", "the consultation opened by its sender", first,
         {"as": "Hisingen"}, "This package is for SAV, not for Hisingen"),
        ("opened-as-case", "the consultation opened as a case package", first,
         {"expected_kind": "case_transfer"}, "This file is a consultation, not a case package"),
        ("answer-opened-as-consultation", "SAV's answer opened as a consultation", answer,
         {"as": "Hisingen", "expected_kind": "consultation"},
         "This file is a consultation answer, not a consultation"),
        ("replayed", "the consultation opened again after it was imported", first,
         {"seen_package_ids": [bytes(range(0xC0, 0xD0)).hex()]}, "already been imported"),
        ("expired", "the answer opened 31 days after it was made", answer,
         {"as": "Hisingen", "expected_kind": "consultation_answer", "now": later}, "expired"),
        ("untrusted-sender", "the consultation opened without trusting Hisingen", first,
         {"trusted": []}, "sender's key is not trusted"),
    ]
    out = []
    for name, description, data, how, error in specs:
        entry: dict[str, Any] = {"name": name, "description": description,
                                 "file": f"consultation/{name}.utvp",
                                 "sha256": hashlib.sha256(data).hexdigest(), "error": error}
        entry.update(how)
        out.append((entry, data))
    return out


def open_negative(entry: dict[str, Any]) -> None:
    """Open a negative vector the way it names; must raise :class:`PackageError`."""
    parties = {u: fixed_identity(u, KemId.X25519) for u in ("Hisingen", "SAV")}
    me = parties[entry.get("as", "SAV")]
    other = parties["SAV" if me.unit == "Hisingen" else "Hisingen"]
    trusted = [other.card] if entry.get("trusted", True) else []
    kind = PackageKind(entry.get("expected_kind", "consultation"))
    now = entry.get("now")
    from utvag.transfer import encoding as enc

    moment = enc.parse_time(now, "now") if now else ANSWERED
    data = (BROKEN_DIR.parent / entry["file"]).read_bytes()
    open_package(io.BytesIO(data), identity=me, trusted=trusted, sink=MemorySink(),
                 replay=ReplayState(frozenset(bytes.fromhex(i) for i in
                                              entry.get("seen_package_ids", []))),
                 expected_kind=kind, now=moment)


def check() -> list[str]:
    problems = []
    stored = json.loads(VECTOR_FILE.read_text(encoding="utf-8"))
    fresh, packages = build()
    if stored != fresh:
        problems.append("consultation-v1.json differs from what the code makes")
    listed = json.loads(NEGATIVE_FILE.read_text(encoding="utf-8"))["vectors"]
    made = [entry for entry, _ in negative(packages)]
    if listed != made:
        problems.append("consultation-negative.json differs from what the code makes")
    for entry in listed:
        data = (BROKEN_DIR.parent / entry["file"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            problems.append(f"{entry['name']}: file differs")
            continue
        try:
            open_negative(entry)
            problems.append(f"{entry['name']}: accepted")
        except PackageError as exc:
            if entry["error"] not in exc.message:
                problems.append(f"{entry['name']}: refused with {exc.message!r}")
    return problems


def main(argv: list[str]) -> int:
    if "--write" in argv:
        doc, packages = build()
        VECTOR_FILE.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", "utf-8")
        BROKEN_DIR.mkdir(parents=True, exist_ok=True)
        entries = []
        for entry, data in negative(packages):
            (BROKEN_DIR.parent / entry["file"]).write_bytes(data)
            entries.append(entry)
        NEGATIVE_FILE.write_text(json.dumps({"source": "consultation-v1.json", "vectors":
                                             entries}, ensure_ascii=False, indent=1) + "\n",
                                 "utf-8")
        print(f"wrote {VECTOR_FILE} and {NEGATIVE_FILE}")
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("consultation vectors: " + ("MISMATCH" if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
