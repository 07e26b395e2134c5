"""Trusting another unit's key card needs its fingerprint, read out by phone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import Unit

from utvag.errors import EXIT_INTEGRITY, EXIT_REFUSED, UtvagError
from utvag.services import transfer
from utvag.transfer import UnitIdentity
from utvag.vault import repo_transfer


def test_a_card_is_trusted_only_with_its_fingerprint(units: tuple[Unit, Unit], tmp_path: Path,
                                                     table_dump: Callable[[Any], Any]) -> None:
    hisingen, _ = units
    nordost = UnitIdentity.generate("Nordost")
    card = tmp_path / "nordost.json"
    card.write_bytes(nordost.card.to_json())
    wrong = UnitIdentity.generate("Nordost").fingerprint
    damaged = tmp_path / "damaged.json"
    damaged.write_text(card.read_text().replace('"unit": "Nordost"', '"unit": "Nordösst"'),
                       encoding="utf-8")
    foreign = UnitIdentity.generate("Malmö")
    (tmp_path / "malmo.json").write_bytes(foreign.card.to_json())
    own = tmp_path / "own.json"
    transfer.export_public_card(hisingen.session, own)
    before = table_dump(hisingen.conn)

    for path, fingerprint, code in ((card, wrong, EXIT_INTEGRITY),
                                    (card, nordost.fingerprint[:20], EXIT_INTEGRITY),
                                    (damaged, nordost.fingerprint, EXIT_INTEGRITY),
                                    (tmp_path / "malmo.json", foreign.fingerprint, EXIT_REFUSED),
                                    (own, hisingen.identity().fingerprint, EXIT_REFUSED)):
        with pytest.raises(UtvagError) as info:
            transfer.trust_card(hisingen.session, path, fingerprint)
        assert info.value.exit_code == code, path

    assert table_dump(hisingen.conn) == before
    # As read aloud: lower case, hyphens, O for zero and L for one are all accepted.
    spoken = nordost.fingerprint.lower().replace(" ", "-").replace("0", "o").replace("1", "l")
    trusted = transfer.trust_card(hisingen.session, card, spoken)
    assert trusted.card.unit == "Nordost" and trusted.how == "fingerprint"
    rows = repo_transfer.trusted_cards(hisingen.conn)
    assert {(r.unit, r.how) for r in rows} == {("SAV", "fingerprint"), ("Nordost", "fingerprint")}
    transfer.trust_card(hisingen.session, card, nordost.fingerprint)  # again: still one row
    assert len(repo_transfer.trusted_cards(hisingen.conn)) == 2


def test_the_unit_key_is_made_once_and_kept_inside_the_vault(
        make_vault: Callable[..., Any], tmp_path: Path) -> None:
    handle = make_vault("nordost", unit="Nordost")
    with handle.open() as session:
        assert transfer.own_identity(session) is None
        first = transfer.show_keys(session)
        assert first.unit == "Nordost" and len(first.fingerprint) == 39
    with handle.open() as session:
        assert transfer.show_keys(session).fingerprint == first.fingerprint
        identity = transfer.own_identity(session)
        assert identity is not None
        secret = bytes(identity.to_private_bytes())
    for path in handle.directory.iterdir():
        assert secret[-32:] not in path.read_bytes()  # the private key is not on disk in clear
