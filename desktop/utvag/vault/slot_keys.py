"""The key slots a vault is given when it is made (and anew by a rekey), one under the
passphrase and one under a printable recovery key; and the key that one of them yields."""

from __future__ import annotations

import secrets
from typing import Any

from utvag.errors import UsageError
from utvag.vault import audit, keyring_slot
from utvag.vault import recovery as recovery_keys
from utvag.vault.kdf import KdfParams, calibrate
from utvag.vault.keyslots import KeySlotFile, passphrase_kek, recovery_kek, unlock_any, wrap


def passphrase_slot(passphrase: str, data_key: bytes, vault_id: str,
                    kdf: KdfParams | None, allow_weak_kdf: bool) -> Any:
    params = kdf or calibrate()
    if not params.meets_floor and not allow_weak_kdf:
        raise UsageError("Key derivation parameters below t=3 / 64 MiB are refused.")
    if not params.within_cap:
        raise UsageError(f"Key derivation with {params.describe()} is refused: above the cap "
                         "that unlocking enforces.")
    salt = secrets.token_bytes(16)
    kek = passphrase_kek(passphrase, salt, params)
    return wrap(kek, data_key, vault_id=vault_id, kind="passphrase", created=audit.now_utc(),
                salt=salt, kdf=params)


def recovery_slot(data_key: bytes, vault_id: str) -> tuple[Any, str]:
    key, text = recovery_keys.generate()
    salt = secrets.token_bytes(16)
    slot = wrap(recovery_kek(key, salt), data_key, vault_id=vault_id, kind="recovery",
                created=audit.now_utc(), salt=salt)
    return slot, text


def unwrap_slot_key(slots: KeySlotFile, *, passphrase: str | None = None,
                    recovery_key: str | None = None,
                    use_keyring: bool = False) -> tuple[str, bytes]:
    """Unwrap the key the slots hold with exactly one method; return (method, key)."""
    given = [m for m in (passphrase, recovery_key) if m is not None]
    if len(given) + int(use_keyring) != 1:
        raise UsageError("Unlock with exactly one of passphrase, recovery key or keyring.")
    if passphrase is not None:
        method, key = "passphrase", unlock_any(
            slots, "passphrase", lambda s: passphrase_kek(passphrase, s.salt, s.kdf))
    elif recovery_key is not None:
        raw = recovery_keys.parse(recovery_key)
        method, key = "recovery", unlock_any(
            slots, "recovery", lambda s: recovery_kek(raw, s.salt))
    else:
        method, key = "keyring", keyring_slot.unlock(slots)
    slots.check_seal(key)
    return method, key
