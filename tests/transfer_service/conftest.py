"""Two real units for the transfer service tests: a district (Hisingen) and SAV, each a real vault
(cheap KDF), with their key cards exchanged and confirmed, and a special-defector case at Hisingen
with journal notes, attachments and a signed assessment.

Packages are real packages written by the services; the few that no honest Utväg writes (a bad
attachment hash, an oversized manifest) are forged with the transfer layer's own internals through
``tests/transfer/transfer_helpers.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# The helpers beside this file, and the transfer layer's test helpers (the forger) in
# tests/transfer: importable in every pytest import mode.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "transfer"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from transfer_service_helpers import Unit, exchange_cards, special_defector_case

from utvag.services import transfer
from utvag.services.session import Session


@pytest.fixture
def units(make_vault: Callable[..., Any], tmp_path: Path) -> Iterator[tuple[Unit, Unit]]:
    """Hisingen and SAV, open, cards exchanged and confirmed."""
    opened: list[Session] = []
    made = []
    for name in ("Hisingen", "SAV"):
        handle = make_vault(name.lower(), unit=name)
        session = handle.open()
        opened.append(session)
        made.append(Unit(name, handle.directory, session, {"handle": handle}))
    hisingen, sav = made
    exchange_cards(hisingen, sav, tmp_path)
    try:
        yield hisingen, sav
    finally:
        for session in opened:
            if session.vault.is_open:
                session.close()


@pytest.fixture
def exported(units: tuple[Unit, Unit], tmp_path: Path) -> tuple[Path, int]:
    """A special-defector case exported from Hisingen to SAV (not imported yet)."""
    hisingen, _ = units
    case_id = special_defector_case(hisingen)
    out = tmp_path / "out" / "case.utvp"
    out.parent.mkdir()
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    return out, case_id
