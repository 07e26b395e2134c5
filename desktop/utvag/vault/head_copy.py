"""A copy of the newest audit head kept outside the vault folder, in the OS keyring.

The head bound into the key-slot file shows rows cut off the log, but not a whole vault folder
(database and key file together) put back from an earlier copy. The copy kept here does: on
unlock, a vault whose log is behind it, or has another row where it points, has been rolled back.

The entry is named by the vault id and the folder, so a backup restored into another folder is a
vault of its own here. The value (sequence number, row hash and the head's MAC) holds no case
data; it is still kept only in a keyring that protects what it stores. This is best effort:
without a usable keyring nothing is kept and nothing is detected (docs/security.md says so).
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

from utvag.vault.keyslots import AuditHead

SERVICE = "Utväg audit head"
_UNUSABLE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
# Held while keyring picks its backend, so a background prepare() and an unlock never both probe.
_choosing = threading.Lock()


def entry_name(vault_id: str, root: Path) -> str:
    folder = hashlib.sha256(str(Path(root).resolve()).encode("utf-8")).hexdigest()[:24]
    return f"{vault_id}/{folder}"


def prepare() -> None:
    """Let keyring pick its backend now. The first pick imports and probes every installed
    backend (about 150 ms); done while a person types the passphrase, unlocking finds it made."""
    _backend()


def _backend() -> Any | None:
    try:
        with _choosing:
            import keyring

            backend = keyring.get_keyring()
    except Exception:  # any broken keyring set-up only means "no copy here"
        return None
    inner = getattr(backend, "backends", None)
    candidates = list(inner) if inner else [backend]
    if all(type(b).__module__.startswith(_UNUSABLE_MODULES) for b in candidates):
        return None
    return backend


def store(vault_id: str, root: Path, head: AuditHead) -> bool:
    """Keep ``head`` as the newest; return whether a keyring took it."""
    backend = _backend()
    if backend is None:
        return False
    value = json.dumps({"seq": head.seq, "hash": head.hash.hex(), "mac": head.mac.hex()})
    try:
        backend.set_password(SERVICE, entry_name(vault_id, root), value)
    except Exception:  # a keyring that fails to store keeps no copy
        return False
    return True


def load(vault_id: str, root: Path) -> AuditHead | None:
    """The kept head, or None when there is none (or no usable keyring, or it is unreadable)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        stored = backend.get_password(SERVICE, entry_name(vault_id, root))
        if stored is None:
            return None
        data = json.loads(stored)
        return AuditHead(int(data["seq"]), bytes.fromhex(data["hash"]),
                         bytes.fromhex(data["mac"]))
    except Exception:  # an unreadable entry is treated as no entry
        return None
