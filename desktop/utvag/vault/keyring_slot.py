"""Quick unlock through the OS keyring.

The keyring holds a random 256-bit slot secret, never the data key; the key-slot file holds the
data key wrapped under a key derived from that secret. Losing the keyring entry costs nothing but
a passphrase prompt. Backends that store secrets in plain files (or do nothing) are refused.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
from typing import Any

from utvag.errors import AuthenticationError, RefusedError
from utvag.vault.audit import now_utc
from utvag.vault.keyslots import KeySlotFile, Slot, keyring_kek, unwrap, wrap

SERVICE = "Utväg vault"
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def _keyring() -> Any:
    """The keyring package, imported when quick unlock is first used: loading it and its
    backends takes tens of milliseconds that the lock screen need not wait for."""
    import keyring
    import keyring.errors

    return keyring


def _keyring_error() -> type[Exception]:
    return _keyring().errors.KeyringError  # type: ignore[no-any-return]


def _loaded() -> Any:
    """The configured backend. A broken keyring environment (``PYTHON_KEYRING_BACKEND`` naming
    a module that is missing or not a backend, a backend whose set-up fails) raises whatever
    the backend raises, so anything here means: no usable keyring."""
    try:
        return _keyring().get_keyring()
    except Exception as exc:
        raise RefusedError(
            f"The system keyring cannot be loaded ({type(exc).__name__}); quick unlock cannot "
            "be used here. Unlock with the passphrase, or ask your administrator.") from None


def _backend() -> Any:
    backend = _loaded()
    inner = getattr(backend, "backends", None)
    candidates = list(inner) if inner else [backend]
    if not candidates or all(type(b).__module__.startswith(_REFUSED_MODULES) for b in candidates):
        raise RefusedError(
            "No secure system keyring is available; quick unlock cannot be used here."
        )
    if type(backend).__module__.startswith(_REFUSED_MODULES):
        raise RefusedError("The system keyring stores secrets unprotected; it is not used.")
    return backend


def keep_on_this_machine(backend: Any) -> None:
    """Windows Credential Manager roams "enterprise" credentials with the user's profile by
    default; the quick-unlock secret must stay on this machine."""
    for candidate in [backend, *(getattr(backend, "backends", None) or [])]:
        if type(candidate).__module__ == "keyring.backends.Windows" and hasattr(
                type(candidate), "persist"):
            candidate.persist = "local machine"


def enable(slots: KeySlotFile, data_key: bytes) -> KeySlotFile:
    """Store a fresh slot secret in the keyring and return the slots with a keyring slot."""
    backend = _backend()
    keep_on_this_machine(backend)
    secret = secrets.token_bytes(32)
    salt = secrets.token_bytes(16)
    slot = wrap(keyring_kek(secret, salt), data_key, vault_id=slots.vault_id, kind="keyring",
                created=now_utc(), salt=salt)
    try:
        backend.set_password(SERVICE, slots.vault_id, base64.b64encode(secret).decode())
    except _keyring_error() as exc:
        raise RefusedError("The system keyring refused to store the quick-unlock secret.") from exc
    return slots.with_slot(slot, replace_kind=True)


def disable(slots: KeySlotFile) -> KeySlotFile:
    with contextlib.suppress(_keyring_error(), RefusedError):  # gone or unreachable is fine
        _loaded().delete_password(SERVICE, slots.vault_id)
    return slots.without_kind("keyring")


def unlock(slots: KeySlotFile) -> bytes:
    slot: Slot | None = next(slots.of_kind("keyring"), None)
    if slot is None:
        raise AuthenticationError("Quick unlock is not set up for this vault; use the passphrase.")
    try:
        stored = _backend().get_password(SERVICE, slots.vault_id)
    except _keyring_error():
        stored = None
    if stored is None:
        raise AuthenticationError(
            "The system keyring has no quick-unlock secret for this vault; use the passphrase."
        )
    try:
        secret = base64.b64decode(stored, validate=True)
    except ValueError as exc:
        raise AuthenticationError("The keyring's quick-unlock secret is damaged.") from exc
    key = unwrap(keyring_kek(secret, slot.salt), slot, slots.vault_id)
    if key is None:
        raise AuthenticationError(
            "The quick-unlock secret in the system keyring does not open this vault."
        )
    return key
