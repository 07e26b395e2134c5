"""Deterministic test vectors for the Utväg transfer format (docs/transfer-format.md).

    python tests/vectors/transfer_vectors.py           # check transfer-v1.json (exit 1 on mismatch)
    python tests/vectors/transfer_vectors.py --write   # regenerate it

All keys, the package ids, content keys and (for X25519 recipients) the HPKE ephemeral key are
fixed, so every byte is reproducible. The X25519 HPKE encapsulation is computed here from RFC 9180
(DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305, base mode) with a fixed ``ikmE``,
checked against RFC 9180 appendix A.2.1. ``cryptography`` cannot encapsulate X-Wing with fixed
randomness, so the X-Wing vector records its HPKE output once and replays it; the check still
proves it decrypts under the fixed recipient key to the fixed content key.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

from utvag.transfer import MemorySink, PackageKind, UnitIdentity, open_package
from utvag.transfer.header import SIGNATURE_SIZE, read_header
from utvag.transfer.limits import CHUNK_SIZE, TAG_SIZE
from utvag.transfer.receipt import ReceiptResult, _make_receipt
from utvag.transfer.seal import EntrySource, SealedPackage, seal_package
from utvag.transfer.stream import StreamOpener, chunk_nonce, derive_payload_key
from utvag.transfer.suites import HpkePublicKey, KemId, load_private_key

VECTOR_FILE = Path(__file__).with_name("transfer-v1.json")
CREATED = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)
CARD_CREATED = datetime(2025, 1, 1, tzinfo=UTC)
LIFETIME = timedelta(days=30)
FULL_HEX_LIMIT = 8192  # packages larger than this are recorded by hash, not in full


# --- RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305 ---------

_KEM_SUITE = b"KEM" + (0x0020).to_bytes(2, "big")
_HPKE_SUITE = (
    b"HPKE" + (0x0020).to_bytes(2, "big") + (1).to_bytes(2, "big") + (3).to_bytes(2, "big")
)


def _extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt, b"HPKE-v1" + suite + label + ikm, hashlib.sha256).digest()


def _expand(suite: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    labeled = length.to_bytes(2, "big") + b"HPKE-v1" + suite + label + info
    return HKDFExpand(hashes.SHA256(), length, labeled).derive(prk)


def hpke_x25519_seal(
    pk_r: X25519PublicKey, info: bytes, plaintext: bytes, ikm_e: bytes, aad: bytes = b""
) -> tuple[bytes, bytes]:
    """Single-shot SealBase with DeriveKeyPair(ikm_e) as the ephemeral key: (enc, ciphertext)."""
    dkp_prk = _extract(_KEM_SUITE, b"", b"dkp_prk", ikm_e)
    sk_e = X25519PrivateKey.from_private_bytes(_expand(_KEM_SUITE, dkp_prk, b"sk", b"", 32))
    enc = sk_e.public_key().public_bytes_raw()
    dh = sk_e.exchange(pk_r)
    kem_context = enc + pk_r.public_bytes_raw()
    eae_prk = _extract(_KEM_SUITE, b"", b"eae_prk", dh)
    shared = _expand(_KEM_SUITE, eae_prk, b"shared_secret", kem_context, 32)
    psk_id_hash = _extract(_HPKE_SUITE, b"", b"psk_id_hash", b"")
    info_hash = _extract(_HPKE_SUITE, b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash
    secret = _extract(_HPKE_SUITE, shared, b"secret", b"")
    key = _expand(_HPKE_SUITE, secret, b"key", context, 32)
    nonce = _expand(_HPKE_SUITE, secret, b"base_nonce", context, 12)
    return enc, ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def rfc9180_self_test() -> None:
    """RFC 9180 appendix A.2.1, sequence number 0."""
    sk_r = X25519PrivateKey.from_private_bytes(
        bytes.fromhex("8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb")
    )
    enc, ct = hpke_x25519_seal(
        sk_r.public_key(),
        bytes.fromhex("4f6465206f6e2061204772656369616e2055726e"),
        bytes.fromhex("4265617574792069732074727574682c20747275746820626561757479"),
        bytes.fromhex("909a9b35d3dc4713a5e72a4da274b55d3d3821a37e5d099e74a647db583a904b"),
        aad=bytes.fromhex("436f756e742d30"),
    )
    assert enc.hex() == "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a"
    assert ct.hex() == (
        "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28"
    )


# --- fixed randomness ----------------------------------------------------------------------------


class FixedRandomness:
    """Hands out pre-chosen bytes in order: package id (16), then content key (32)."""

    def __init__(self, draws: list[bytes], ikm_e: bytes, recorded_hpke: bytes | None) -> None:
        self.draws = list(draws)
        self.ikm_e = ikm_e
        self.recorded_hpke = recorded_hpke

    def random_bytes(self, size: int) -> bytes:
        value = self.draws.pop(0)
        assert len(value) == size
        return value

    def hpke_seal(
        self, kem: KemId, public_key: HpkePublicKey, info: bytes, plaintext: bytes | bytearray
    ) -> bytes:
        if isinstance(public_key, X25519PublicKey):
            enc, ct = hpke_x25519_seal(public_key, info, bytes(plaintext), self.ikm_e)
            return enc + ct
        if self.recorded_hpke is None:
            self.recorded_hpke = kem.suite().encrypt(plaintext, public_key, info=info)
        return self.recorded_hpke


def _seed(label: str, size: int = 32) -> bytes:
    return hashlib.shake_256(f"utvag test vector: {label}".encode()).digest(size)


def fixed_identity(unit: str, kem: KemId) -> UnitIdentity:
    raw = _seed(f"{unit} {kem.name} hpke", kem.private_key_size)
    signing = Ed25519PrivateKey.from_private_bytes(_seed(f"{unit} signing"))
    return UnitIdentity(unit, CARD_CREATED, signing, load_private_key(kem, raw))


def _pattern(size: int) -> bytes:
    return bytes((i * 7) % 251 for i in range(size))


CASES: list[dict[str, Any]] = [
    {
        "name": "x25519-small",
        "description": "One chunk; X25519 recipient; case, attachment and empty attachment.",
        "recipient_kem": "X25519",
        "entries": [
            (
                "case.json",
                b'{"case":{"id":"c-1","person":"test"},"schema":"utvag-case","version":1}',
            ),
            ("attachments/anm\u00e4lan.txt", "Hot mot sökande.\n".encode()),
            ("attachments/tom.txt", b""),
        ],
    },
    {
        "name": "x25519-three-chunks",
        "description": "Three chunks (the last one short); attachment byte i is (7*i) mod 251.",
        "recipient_kem": "X25519",
        "entries": [("case.json", b'{"case":{"id":"c-2"}}'), ("attachments/scan.bin", 140_000)],
    },
    {
        "name": "xwing-small",
        "description": "One chunk; X-Wing recipient (default suite); HPKE output recorded.",
        "recipient_kem": "XWING",
        "entries": [("case.json", b'{"case":{"id":"c-3"}}')],
    },
]


def _entries(spec: list[tuple[str, Any]]) -> list[EntrySource]:
    return [
        EntrySource.from_bytes(name, _pattern(value) if isinstance(value, int) else value)
        for name, value in spec
    ]


def describe(package: bytes, recipient: UnitIdentity, content_key: bytes) -> dict[str, Any]:
    """Every intermediate value of *package*, recomputed from its bytes and the content key."""
    header = read_header(io.BytesIO(package))
    header_bytes = package[: header.size]
    ciphertext = package[header.size : -SIGNATURE_SIZE]
    payload_key = derive_payload_key(content_key, hashlib.sha256(header_bytes).digest())
    opener = StreamOpener(payload_key)
    chunks, plain = [], b""
    for i in range(header.chunk_count):
        piece = ciphertext[i * (CHUNK_SIZE + TAG_SIZE) : (i + 1) * (CHUNK_SIZE + TAG_SIZE)]
        final = i == header.chunk_count - 1
        opened = opener.open(piece, final)
        plain += opened
        chunks.append(
            {
                "nonce": chunk_nonce(i, final).hex(),
                "plaintext_length": len(opened),
                "tag": piece[-TAG_SIZE:].hex(),
            }
        )
    manifest_len = int.from_bytes(plain[:4], "big")
    enc_size = header.kem.enc_size
    ct_hash = hashlib.sha256(ciphertext).digest()
    out: dict[str, Any] = {
        "header": header_bytes.hex(),
        "hpke_info": header.hpke_info().hex(),
        "hpke_enc": header.wrapped_key[:enc_size].hex(),
        "hpke_ciphertext": header.wrapped_key[enc_size:].hex(),
        "header_sha256": hashlib.sha256(header_bytes).hexdigest(),
        "payload_key": bytes(payload_key).hex(),
        "payload_length": header.payload_length,
        "manifest": plain[4 : 4 + manifest_len].decode("utf-8"),
        "manifest_signature": plain[4 + manifest_len : 4 + manifest_len + 64].hex(),
        "chunks": chunks,
        "ciphertext_sha256": ct_hash.hex(),
        "signature": package[-SIGNATURE_SIZE:].hex(),
        "package_digest": hashlib.sha256(
            b"utvag transfer v1 package signature\x00" + header_bytes + ct_hash
        ).hexdigest(),
        "package_size": len(package),
        "package_sha256": hashlib.sha256(package).hexdigest(),
    }
    assert recipient.hpke.kem is header.kem
    if len(package) <= FULL_HEX_LIMIT:
        out["package"] = package.hex()
    return out


def _party(identity: UnitIdentity) -> dict[str, Any]:
    return {
        "unit": identity.unit,
        "private_identity": bytes(identity.to_private_bytes()).hex(),
        "card_canonical": identity.card.canonical_bytes().hex(),
        "key_id": identity.key_id.hex(),
        "fingerprint": identity.fingerprint,
    }


def build(previous: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, bytes]]:
    """All vectors, and the package bytes by vector name (for opening them in the check)."""
    rfc9180_self_test()
    recorded = {
        v["name"]: v.get("hpke_output_recorded") for v in (previous or {}).get("vectors", [])
    }
    sender = fixed_identity("Hisingen", KemId.X25519)
    vectors, packages = [], {}
    for index, case in enumerate(CASES):
        recipient = fixed_identity("SAV", KemId[case["recipient_kem"]])
        package_id = bytes(range(16 * index, 16 * index + 16))
        content_key = _seed(f"{case['name']} content key")
        old = recorded.get(case["name"])
        rng = FixedRandomness(
            [package_id, content_key],
            _seed(f"{case['name']} ikmE"),
            bytes.fromhex(old) if old else None,
        )
        out = io.BytesIO()
        seal_package(
            out,
            sender=sender,
            recipient=recipient.card,
            sequence=index + 1,
            entries=_entries(case["entries"]),
            kind=PackageKind.CASE_TRANSFER,
            now=CREATED,
            lifetime=LIFETIME,
            progress=None,
            rng=rng,
        )
        package = out.getvalue()
        packages[case["name"]] = package
        vector: dict[str, Any] = {
            "name": case["name"],
            "description": case["description"],
            "sender": _party(sender),
            "recipient": _party(recipient),
            "sequence": index + 1,
            "created": CREATED.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "lifetime_seconds": int(LIFETIME.total_seconds()),
            "entries": [
                {"name": n, "size": v} if isinstance(v, int) else {"name": n, "content": v.hex()}
                for n, v in case["entries"]
            ],
            "package_id": package_id.hex(),
            "content_key": content_key.hex(),
        }
        if recipient.hpke.kem is KemId.X25519:
            vector["hpke_ikm_e"] = rng.ikm_e.hex()
        else:
            assert rng.recorded_hpke is not None
            vector["hpke_output_recorded"] = rng.recorded_hpke.hex()
        vector.update(describe(package, recipient, content_key))
        vectors.append(vector)
    vectors.append(_receipt_vector(packages["x25519-small"], sender, packages))
    return {"format": "utvag transfer test vectors", "version": 1, "vectors": vectors}, packages


def _receipt_vector(
    package: bytes, original_sender: UnitIdentity, packages: dict[str, bytes]
) -> dict[str, Any]:
    receiver = fixed_identity("SAV", KemId.X25519)
    opened = open_package(
        io.BytesIO(package),
        identity=receiver,
        trusted=[original_sender.card],
        sink=MemorySink(),
        now=CREATED,
    )
    package_id, content_key = bytes(range(0xA0, 0xB0)), _seed("receipt content key")
    rng = FixedRandomness([package_id, content_key], _seed("receipt ikmE"), None)
    out = io.BytesIO()
    received = CREATED + timedelta(hours=2)
    sealed: SealedPackage = _make_receipt(
        out, receiver, opened, 1, ReceiptResult.IMPORTED, received, timedelta(days=90), rng
    )
    packages["receipt"] = out.getvalue()
    contents = MemorySink()
    open_package(
        io.BytesIO(packages["receipt"]),
        identity=original_sender,
        trusted=[receiver.card],
        sink=contents,
        expected_kind=PackageKind.RECEIPT,
        now=received,
    )
    vector: dict[str, Any] = {
        "name": "receipt",
        "description": "SAV's receipt for x25519-small, encrypted to Hisingen (X25519).",
        "sender": _party(receiver),
        "recipient": _party(original_sender),
        "sequence": 1,
        "created": received.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "lifetime_seconds": 90 * 86400,
        "entries": [
            {"name": name, "content": data.hex()} for name, data in contents.entries.items()
        ],
        "package_id": sealed.package_id.hex(),
        "content_key": content_key.hex(),
        "hpke_ikm_e": rng.ikm_e.hex(),
    }
    vector.update(describe(out.getvalue(), original_sender, content_key))
    return vector


def _open_recorded(vector: dict[str, Any]) -> dict[str, bytes]:
    recipient = UnitIdentity.from_private_bytes(
        bytes.fromhex(vector["recipient"]["private_identity"])
    )
    sender = UnitIdentity.from_private_bytes(bytes.fromhex(vector["sender"]["private_identity"]))
    sink = MemorySink()
    kind = PackageKind.RECEIPT if vector["name"] == "receipt" else PackageKind.CASE_TRANSFER
    opened = open_package(
        io.BytesIO(bytes.fromhex(vector["package"])),
        identity=recipient,
        trusted=[sender.card],
        sink=sink,
        expected_kind=kind,
        now=CREATED + timedelta(hours=3),
    )
    assert opened.digest.hex() == vector["package_digest"]
    return sink.entries


def check() -> list[str]:
    """Regenerate and compare; returns a list of differences (empty when all is well)."""
    stored = json.loads(VECTOR_FILE.read_text(encoding="utf-8"))
    fresh, _ = build(stored)
    problems = []
    for old, new in zip(stored["vectors"], fresh["vectors"], strict=True):
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                problems.append(f"{old['name']}: {key} differs")
        if "package" in old:
            entries = _open_recorded(old)
            for spec in old.get("entries", []):
                if "content" in spec and entries[spec["name"]].hex() != spec["content"]:
                    problems.append(f"{old['name']}: entry {spec['name']} differs")
    return problems


def main(argv: list[str]) -> int:
    if "--write" in argv:
        previous = json.loads(VECTOR_FILE.read_text("utf-8")) if VECTOR_FILE.exists() else None
        vectors, _ = build(previous)
        text = json.dumps(vectors, ensure_ascii=False, indent=1) + "\n"
        VECTOR_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {VECTOR_FILE}")
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("transfer vectors: " + ("MISMATCH" if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
