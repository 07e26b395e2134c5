"""What the app and the command line need to find, create and describe a vault before one is
open: its default place, whether one exists, and the key-derivation parameters.

The vault's own types are named here so that callers above the services never reach into
``utvag.vault``.
"""

from __future__ import annotations

from utvag.services.vault_place import default_vault_dir, vault_exists
from utvag.vault.database import known_storage_error
from utvag.vault.kdf import DEFAULT_MEMORY_KIB, KdfParams, calibrate

# Whose vault it is, as ``init`` offers it: the values of ``utvag.transfer.CardRole`` (a test
# keeps them equal), named here so that starting the CLI does not load the cryptography.
VAULT_ROLES: tuple[str, ...] = ("unit", "caseworker", "manager", "city-office")

__all__ = ["DEFAULT_MEMORY_KIB", "VAULT_ROLES", "KdfParams", "calibrate", "default_vault_dir",
           "known_storage_error", "vault_exists"]
