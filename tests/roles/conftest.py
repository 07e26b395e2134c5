"""Vaults with roles: a unit's caseworkers and its manager, each a real vault (cheap KDF) made
with the role its key card carries, and cards exchanged and confirmed as people would."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "transfer"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "transfer_service"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from roles_helpers import Person, make_person

from utvag.services.session import Session


@pytest.fixture
def people(make_vault: Callable[..., Any], tmp_path: Path) -> Iterator[dict[str, Person]]:
    """Anna and Bo (caseworkers at Hisingen), Maria (Hisingen's manager) and the SAV unit."""
    opened: list[Session] = []
    found = {
        "anna": make_person(make_vault, "anna", "Hisingen", "caseworker", "Anna Berg"),
        "bo": make_person(make_vault, "bo", "Hisingen", "caseworker", "Bo Ek"),
        "maria": make_person(make_vault, "maria", "Hisingen", "manager", "Maria Lind"),
        "sav": make_person(make_vault, "sav", "SAV", "unit", None),
    }
    opened.extend(p.session for p in found.values())
    try:
        yield found
    finally:
        for session in opened:
            if session.vault.is_open:
                session.close()
