"""The test vector for a statistics contribution (package kind 9, docs/transfer-format.md).

    python tests/vectors/statistics_vectors.py           # check statistics-v1.json
    python tests/vectors/statistics_vectors.py --write   # regenerate it

Hisingen's fixed X25519 identity (as in transfer-v1.json) seals a small ``statistics.json`` to a
fixed X25519 city-office identity (a version 2 card, role ``city-office``, unit
``Stadsledningskontoret``). Every byte is reproducible: package id, content key and the HPKE
ephemeral key are fixed, with the RFC 9180 encapsulation of ``transfer_vectors``.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from transfer_vectors import (  # the helpers beside this file (its directory is on the path)
    CARD_CREATED,
    CREATED,
    FixedRandomness,
    _party,
    _seed,
    describe,
    fixed_identity,
)

from utvag.transfer import CardRole, MemorySink, PackageKind, UnitIdentity, open_package
from utvag.transfer.encoding import canonical_json
from utvag.transfer.seal import EntrySource, seal_package
from utvag.transfer.suites import KemId, load_private_key

VECTOR_FILE = Path(__file__).with_name("statistics-v1.json")
LIFETIME = timedelta(days=180)
CITY_OFFICE = "Stadsledningskontoret"
# Hisingen's counts for 2025, as Utväg writes them (every table, every category, no person).
_QUARTERS = ["Q1", "Q2", "Q3", "Q4"]
TABLES: dict[str, tuple[list[str], list[int]]] = {
    "opened": (_QUARTERS, [2, 1, 0, 3]),
    "closed": (_QUARTERS, [0, 1, 1, 0]),
    "transfers": (_QUARTERS, [0, 0, 1, 0]),
    "outcome": (["not_assessed", "not_defector", "defector_own_district",
                 "defector_other_district", "special_defector_sav"], [2, 1, 3, 0, 1]),
    "milieu": (["criminal_network", "violent_extremism", "honour_context", "not_assessed"],
               [4, 0, 1, 2]),
    "age_band": (["under_15", "15_17", "18_20", "21_25", "26_35", "36_plus", "unknown"],
                 [0, 2, 3, 1, 1, 0, 0]),
    "gender": (["female", "male", "other", "unknown"], [2, 5, 0, 0]),
    "interventions": (["protected_housing", "relocation", "financial_support", "counselling",
                       "mentor", "employment_education", "treatment", "family_support",
                       "other"], [1, 1, 0, 2, 1, 0, 0, 0, 0]),
}


def document() -> bytes:
    tables = {name: {"columns": columns, "rows": {"Hisingen": counts}}
              for name, (columns, counts) in TABLES.items()}
    return canonical_json({"format": "utvag-statistics-contribution", "version": 1,
                           "year": 2025, "unit": "Hisingen", "tables": tables})


def city_office() -> UnitIdentity:
    raw = _seed(f"{CITY_OFFICE} X25519 hpke", KemId.X25519.private_key_size)
    signing = Ed25519PrivateKey.from_private_bytes(_seed(f"{CITY_OFFICE} signing"))
    return UnitIdentity(CITY_OFFICE, CARD_CREATED, signing, load_private_key(KemId.X25519, raw),
                        CardRole.CITY_OFFICE)


def build() -> tuple[dict[str, Any], bytes]:
    sender = fixed_identity("Hisingen", KemId.X25519)
    recipient = city_office()
    package_id, content_key = bytes(range(0x90, 0xA0)), _seed("statistics content key")
    rng = FixedRandomness([package_id, content_key], _seed("statistics ikmE"), None)
    out = io.BytesIO()
    data = document()
    seal_package(out, sender=sender, recipient=recipient.card, sequence=7,
                 entries=[EntrySource.from_bytes("statistics.json", data)],
                 kind=PackageKind.STATISTICS_CONTRIBUTION, now=CREATED, lifetime=LIFETIME,
                 progress=None, rng=rng)
    package = out.getvalue()
    vector: dict[str, Any] = {
        "name": "statistics-contribution",
        "description": "Hisingen's 2025 counts sealed to the city office (kind 9, X25519).",
        "sender": _party(sender),
        "recipient": {**_party(recipient), "card": json.loads(recipient.card.to_json())},
        "sequence": 7,
        "created": CREATED.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "lifetime_seconds": int(LIFETIME.total_seconds()),
        "entries": [{"name": "statistics.json", "content": data.hex(),
                     "sha256": hashlib.sha256(data).hexdigest()}],
        "package_id": package_id.hex(),
        "content_key": content_key.hex(),
        "hpke_ikm_e": rng.ikm_e.hex(),
    }
    vector.update(describe(package, recipient, content_key))
    return {"format": "utvag statistics contribution test vectors", "version": 1,
            "vectors": [vector]}, package


def check() -> list[str]:
    stored = json.loads(VECTOR_FILE.read_text(encoding="utf-8"))
    fresh, package = build()
    problems = [f"{key} differs" for key in sorted(set(stored["vectors"][0]) |
                                                   set(fresh["vectors"][0]))
                if stored["vectors"][0].get(key) != fresh["vectors"][0].get(key)]
    sink = MemorySink()
    open_package(io.BytesIO(bytes.fromhex(stored["vectors"][0]["package"])),
                 identity=city_office(), trusted=[fixed_identity("Hisingen", KemId.X25519).card],
                 sink=sink, expected_kind=PackageKind.STATISTICS_CONTRIBUTION,
                 now=CREATED + timedelta(hours=1))
    if sink.entries["statistics.json"] != document() or package.hex() != stored[
            "vectors"][0]["package"]:
        problems.append("package differs")
    return problems


def main(argv: list[str]) -> int:
    if "--write" in argv:
        vectors, _ = build()
        VECTOR_FILE.write_text(json.dumps(vectors, ensure_ascii=False, indent=1) + "\n",
                               encoding="utf-8")
        print(f"wrote {VECTOR_FILE}")
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("statistics vectors: " + ("MISMATCH" if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
