"""Where the vault is and whether one exists there: all the lock screen needs to know before
anything is unlocked, without loading SQLCipher or the cryptography (``vault_setup`` names the
rest of what comes before a vault is open)."""

from __future__ import annotations

import os
from pathlib import Path

from utvag.vault.paths import VaultPaths


def default_vault_dir() -> Path:
    """``$UTVAG_VAULT``, else the user data directory (``~/.local/share/Utvag/vault``,
    ``%LOCALAPPDATA%\\Utvag\\vault``)."""
    env = os.environ.get("UTVAG_VAULT")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Utvag", appauthor=False)) / "vault"


def vault_exists(directory: Path) -> bool:
    """True once a vault's key file is in ``directory`` (the first-run wizard is not needed)."""
    return VaultPaths(directory).keys.exists()


def quick_unlock_configured(directory: Path) -> bool:
    """Whether the vault has a keyring slot (read without unlocking; no secrets touched)."""
    from utvag.vault.keyslots import KeySlotFile

    try:
        slots = KeySlotFile.read(VaultPaths(directory).keys)
    except Exception:
        return False
    return any(True for _ in slots.of_kind("keyring"))
