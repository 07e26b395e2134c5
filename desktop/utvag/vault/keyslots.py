"""The key-slot file: the data key wrapped by each unlock method, plus the audit head.

Each slot wraps the 256-bit data key with AES-256-GCM. Its associated data binds the vault id, the
slot's id, kind and KDF parameters, so swapping slots between vaults or lowering the Argon2
parameters on disk makes unwrapping fail. Writes are atomic: temp file, fsync, rename, fsync dir.
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from utvag.errors import AuthenticationError, IntegrityError
from utvag.files import atomic_write
from utvag.vault.kdf import KdfParams, derive

FORMAT = "utvag-keyslots"
VERSION = 1
MAX_FILE_BYTES = 256 * 1024
KINDS = ("passphrase", "recovery", "keyring", "organisation")

NOT_A_VAULT = (
    "This is not a Utväg vault: its key file is missing, damaged or from another program."
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str
    created: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None = None

    def aad(self, vault_id: str) -> bytes:
        bound = {
            "format": FORMAT,
            "vault_id": vault_id,
            "slot_id": self.id,
            "kind": self.kind,
            "kdf": self.kdf.to_json() if self.kdf else None,
            "salt": _b64(self.salt),
        }
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "created": self.created,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        return data

    @staticmethod
    def from_json(data: object) -> Slot:
        if not isinstance(data, dict):
            raise ValueError("slot is not an object")
        kind = data.get("kind")
        if kind not in KINDS:
            raise ValueError("unknown slot kind")
        kdf = KdfParams.from_json(data["kdf"]) if "kdf" in data else None
        if kind == "passphrase" and kdf is None:
            raise ValueError("passphrase slot without key derivation")
        slot_id, created = data.get("id"), data.get("created")
        if not isinstance(slot_id, str) or not isinstance(created, str):
            raise ValueError("slot id or date missing")
        return Slot(
            id=slot_id,
            kind=str(kind),
            created=created,
            salt=_unb64(data.get("salt")),
            nonce=_unb64(data.get("nonce")),
            wrapped=_unb64(data.get("wrapped")),
            kdf=kdf,
        )


@dataclass(frozen=True)
class AuditHead:
    seq: int
    hash: bytes
    mac: bytes


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    slots: tuple[Slot, ...]
    audit_head: AuditHead | None = None
    pending_rekey: tuple[bytes, bytes] | None = None  # (nonce, new key wrapped by the old key)
    extra: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def new() -> KeySlotFile:
        return KeySlotFile(vault_id=str(uuid.uuid4()), slots=())

    def of_kind(self, kind: str) -> Iterator[Slot]:
        return (s for s in self.slots if s.kind == kind)

    def with_slot(self, slot: Slot, *, replace_kind: bool = False) -> KeySlotFile:
        kept = tuple(s for s in self.slots if not (replace_kind and s.kind == slot.kind))
        return replace(self, slots=(*kept, slot))

    def without_kind(self, kind: str) -> KeySlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind))

    # -- serialisation -------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.audit_head is not None:
            data["audit_head"] = {
                "seq": self.audit_head.seq,
                "hash": self.audit_head.hash.hex(),
                "mac": self.audit_head.mac.hex(),
            }
        if self.pending_rekey is not None:
            data["pending_rekey"] = {
                "nonce": _b64(self.pending_rekey[0]),
                "wrapped": _b64(self.pending_rekey[1]),
            }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()

    @staticmethod
    def from_bytes(raw: bytes) -> KeySlotFile:
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError("too large")
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            if data.get("version") != VERSION:
                raise ValueError("unsupported version")
            vault_id = data.get("vault_id")
            if not isinstance(vault_id, str):
                raise ValueError("no vault id")
            slots = tuple(Slot.from_json(s) for s in data.get("slots", []))
            if not slots:
                raise ValueError("no slots")
            head = None
            if "audit_head" in data:
                h = data["audit_head"]
                head = AuditHead(int(h["seq"]), bytes.fromhex(h["hash"]), bytes.fromhex(h["mac"]))
            pending = None
            if "pending_rekey" in data:
                p = data["pending_rekey"]
                pending = (_unb64(p["nonce"]), _unb64(p["wrapped"]))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise IntegrityError(NOT_A_VAULT) from exc
        return KeySlotFile(vault_id=vault_id, slots=slots, audit_head=head, pending_rekey=pending)

    @staticmethod
    def read(path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise IntegrityError(NOT_A_VAULT) from exc
        return KeySlotFile.from_bytes(raw)

    def write(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())


# -- wrapping --------------------------------------------------------------------------------


def wrap(kek: bytes, data_key: bytes, *, vault_id: str, kind: str, created: str,
         salt: bytes, kdf: KdfParams | None = None) -> Slot:
    slot = Slot(id=uuid.uuid4().hex, kind=kind, created=created, salt=salt, nonce=b"",
                wrapped=b"", kdf=kdf)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, slot.aad(vault_id))
    return replace(slot, nonce=nonce, wrapped=wrapped)


def unwrap(kek: bytes, slot: Slot, vault_id: str) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.aad(vault_id))
    except InvalidTag:
        return None


def passphrase_kek(passphrase: str, slot_salt: bytes, params: KdfParams) -> bytes:
    return derive(passphrase, slot_salt, params)


def recovery_kek(recovery_key: bytes, slot_salt: bytes) -> bytes:
    return hkdf(recovery_key, b"utvag recovery slot v1", slot_salt)


def keyring_kek(secret: bytes, slot_salt: bytes) -> bytes:
    return hkdf(secret, b"utvag keyring slot v1", slot_salt)


def unlock_any(slots: KeySlotFile, kind: str, kek_for: Any) -> bytes:
    """Try every slot of ``kind``; ``kek_for(slot)`` derives its wrapping key."""
    for slot in slots.of_kind(kind):
        key = unwrap(kek_for(slot), slot, slots.vault_id)
        if key is not None:
            return key
    raise AuthenticationError(
        {
            "passphrase": "Wrong passphrase.",
            "recovery": "Wrong recovery key.",
            "keyring": "The quick-unlock secret in the system keyring does not open this vault.",
        }.get(kind, "The vault could not be unlocked.")
    )
