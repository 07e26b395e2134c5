"""The key-slot file: the data key wrapped by each unlock method, plus the audit head.

Each slot wraps the 256-bit data key with AES-256-GCM. Its associated data binds the vault id, the
slot's id, kind and KDF parameters, so swapping slots between vaults or lowering the Argon2
parameters on disk makes unwrapping fail. Writes are atomic: temp file, fsync, rename, fsync dir.

The whole file is sealed twice: a plain SHA-256 ``digest`` of its content, checked before any key
is derived (an edit by hand or a damaged byte is reported as a changed file, not as a wrong
passphrase), and an HMAC ``mac`` keyed from the key the slots yield, checked as soon as a slot
opens (someone who recomputes the digest still cannot forge it). The seal covers the key-slot
``generation``, raised at every change of the slots and also kept in the database, so an older
copy of the file put back (say from a backup, with a passphrase since changed) is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
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
from utvag.vault.kdf import KdfParams, KdfTooCostly, derive

FORMAT = "utvag-keyslots"
VERSION = 1
MAX_FILE_BYTES = 256 * 1024
KINDS = ("passphrase", "recovery", "keyring", "organisation")

NOT_A_VAULT = (
    "This is not a Utväg vault: its key file is missing, damaged or from another program."
)
CHANGED = (
    "The key file has been changed since Utväg wrote it (vault.keys); the vault was not opened. "
    "Put back the vault's own vault.keys, or restore a backup into a new folder."
)
_SEAL_FIELDS = ("digest", "mac")


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps({k: v for k, v in data.items() if k not in _SEAL_FIELDS},
                      sort_keys=True, separators=(",", ":")).encode()


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
    generation: int = 0  # 0: a file from before generations (unsealed)
    # as read: the sealed content and its MAC, checked once a slot yields the key
    sealed_body: bytes | None = field(default=None, compare=False)
    sealed_mac: bytes | None = field(default=None, compare=False)

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

    # -- the seal ----------------------------------------------------------------------
    @staticmethod
    def body_digest(data: dict[str, Any]) -> str:
        return hashlib.sha256(_canonical(data)).hexdigest()

    @staticmethod
    def _seal_key(slot_key: bytes, vault_id: str) -> bytes:
        return hkdf(slot_key, b"utvag key file v1", vault_id.encode())

    def check_seal(self, slot_key: bytes) -> None:
        """Once a slot has yielded ``slot_key``: the file must be the one Utväg sealed."""
        if self.sealed_body is None or self.sealed_mac is None:
            return  # unsealed (older) file: the generation check in the database decides
        expected = hmac.new(self._seal_key(slot_key, self.vault_id), self.sealed_body,
                            hashlib.sha256).digest()
        if not hmac.compare_digest(expected, self.sealed_mac):
            raise IntegrityError(CHANGED)

    # -- serialisation -------------------------------------------------------------------
    def to_bytes(self, slot_key: bytes) -> bytes:
        """The file's bytes, sealed with a key derived from ``slot_key`` (what the slots
        yield)."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "generation": max(self.generation, 1),
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
        body = _canonical(data)
        data["digest"] = hashlib.sha256(body).hexdigest()
        data["mac"] = hmac.new(self._seal_key(slot_key, self.vault_id), body,
                               hashlib.sha256).hexdigest()
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
            body, mac, generation = _read_seal(data)
        except KdfTooCostly as exc:
            raise IntegrityError(
                f"The key file asks for key derivation with {exc}, far above what Utväg sets: "
                "the key file has been changed. Nothing was derived; put back the vault's own "
                "vault.keys or restore a backup.") from exc
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise IntegrityError(NOT_A_VAULT) from exc
        return KeySlotFile(vault_id=vault_id, slots=slots, audit_head=head, pending_rekey=pending,
                           generation=generation, sealed_body=body, sealed_mac=mac)

    @staticmethod
    def read(path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise IntegrityError(NOT_A_VAULT) from exc
        return KeySlotFile.from_bytes(raw)

    def write(self, path: Path, slot_key: bytes) -> None:
        atomic_write(path, self.to_bytes(slot_key))


def _read_seal(data: dict[str, Any]) -> tuple[bytes | None, bytes | None, int]:
    """Check the plain digest (before any key is derived); return (body, mac, generation)."""
    if not any(k in data for k in (*_SEAL_FIELDS, "generation")):
        return None, None, 0  # written before the seal existed
    digest, mac, generation = data.get("digest"), data.get("mac"), data.get("generation")
    body = _canonical(data)
    if (not isinstance(digest, str) or not isinstance(mac, str)
            or not hmac.compare_digest(digest, hashlib.sha256(body).hexdigest())):
        raise IntegrityError(CHANGED)
    if not isinstance(generation, int) or isinstance(generation, bool) or generation < 1:
        raise IntegrityError(CHANGED)
    try:
        return body, bytes.fromhex(mac), generation
    except ValueError as exc:
        raise IntegrityError(CHANGED) from exc


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
