"""Shared identities for the transfer tests (generated once; key generation is the slow part)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The helpers module sits next to this file; make it importable in every pytest import mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from transfer_helpers import NOW

from utvag.transfer import KemId, UnitIdentity


@pytest.fixture(scope="session")
def hisingen() -> UnitIdentity:
    return UnitIdentity.generate("Hisingen", now=NOW)


@pytest.fixture(scope="session")
def sav() -> UnitIdentity:
    return UnitIdentity.generate("SAV", now=NOW)


@pytest.fixture(scope="session")
def norr() -> UnitIdentity:
    return UnitIdentity.generate("Nordost", now=NOW)


@pytest.fixture(scope="session")
def sav_x25519() -> UnitIdentity:
    return UnitIdentity.generate("SAV", kem=KemId.X25519, now=NOW)
