"""Where a vault's files are in its folder. Free of SQLCipher and the cryptography, so that the
lock screen can tell whether a vault exists without loading either."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
LOCK_NAME = "vault.lock"


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def keys(self) -> Path:
        return self.root / KEYS_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def rekey_db(self) -> Path:
        return self.root / (DB_NAME + ".rekey")
