"""What the app and the command line need to find, create and describe a vault before one is
open: its default place, whether one exists, and the key-derivation parameters.

The vault's own types are named here so that callers above the services never reach into
``utvag.vault``.
"""

from __future__ import annotations

import os
from pathlib import Path

from utvag.vault.database import known_storage_error
from utvag.vault.kdf import DEFAULT_MEMORY_KIB, KdfParams, calibrate
from utvag.vault.vault import VaultPaths

# Whose vault it is, as ``init`` offers it: the values of ``utvag.transfer.CardRole`` (a test
# keeps them equal), named here so that starting the CLI does not load the cryptography.
VAULT_ROLES: tuple[str, ...] = ("unit", "caseworker", "manager", "city-office")

__all__ = ["DEFAULT_MEMORY_KIB", "VAULT_ROLES", "KdfParams", "calibrate", "default_vault_dir",
           "known_storage_error", "vault_exists"]


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
