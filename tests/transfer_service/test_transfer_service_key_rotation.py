"""Unit keys can be rotated (the new card signed by the old key), revoked (a signed revocation other
units import) and untrusted; packages and receipts to or from a revoked or untrusted key are
refused naming the reason."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import Unit, dump_without_audit, special_defector_case

from utvag.errors import EXIT_INTEGRITY, EXIT_NOT_FOUND, EXIT_REFUSED, UtvagError
from utvag.services import transfer
from utvag.transfer import UnitIdentity
from utvag.transfer.key_statements import make_rotation


def refused(code: int, call: Callable[[], Any]) -> str:
    with pytest.raises(UtvagError) as info:
        call()
    assert info.value.exit_code == code, info.value.message
    return info.value.message


def export(unit: Unit, to: str, out: Path) -> Path:
    case_id = special_defector_case(unit)
    out.parent.mkdir(exist_ok=True)
    transfer.export_case(unit.session, case_id, to, out, reason="Test" if to != "SAV" else None)
    return out


def test_a_rotated_card_is_accepted_with_both_fingerprints_and_old_packages_still_open(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    hisingen, sav = units
    in_flight = export(hisingen, "SAV", tmp_path / "out" / "before.utvp")
    old = hisingen.identity()

    rotation = transfer.rotate_key(hisingen.session, tmp_path / "rotation.json")

    new = hisingen.identity()
    assert (rotation.old_fingerprint, rotation.new_fingerprint) == (old.fingerprint,
                                                                     new.fingerprint)
    assert new.key_id != old.key_id
    # The rotation file is checked without the vault and shows both fingerprints.
    checked = transfer.check_card(tmp_path / "rotation.json", new.fingerprint)
    assert checked.card.key_id == new.key_id and checked.previous is not None
    assert checked.previous.fingerprint == old.fingerprint
    # The old fingerprint is not the one to confirm.
    before = table_dump(sav.conn)
    refused(EXIT_INTEGRITY, lambda: transfer.trust_card(sav.session, tmp_path / "rotation.json",
                                                        old.fingerprint))
    assert table_dump(sav.conn) == before

    trusted = transfer.trust_card(sav.session, tmp_path / "rotation.json", new.fingerprint)

    assert trusted.card.key_id == new.key_id and trusted.rotated_from == old.fingerprint
    # SAV sends to the new key from now on, and Hisingen opens it with its new key.
    back = tmp_path / "back" / "to-hisingen.utvp"
    back.parent.mkdir()
    case_id = special_defector_case(sav)
    result = transfer.export_case(sav.session, case_id, "Hisingen", back, reason="Test")
    assert result.recipient_fingerprint == new.fingerprint
    assert transfer.import_package(hisingen.session, back,
                                   link_person=transfer.SEPARATE).sender_unit == "SAV"
    # A package Hisingen signed with the old key before rotating still imports at SAV, and its
    # receipt, addressed to Hisingen's old key, is still accepted by Hisingen.
    imported = transfer.import_package(sav.session, in_flight, link_person=transfer.SEPARATE)
    assert imported.receipt is not None
    delivered = transfer.import_receipt(hisingen.session, Path(imported.receipt))
    assert delivered.result == "imported"


def test_a_forged_rotation_is_refused_and_changes_nothing(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    hisingen, sav = units
    thief = UnitIdentity.generate("Hisingen")
    rotation = tmp_path / "rotation.json"
    transfer.rotate_key(hisingen.session, rotation)
    doc = json.loads(rotation.read_text(encoding="utf-8"))
    # The new card swapped for the thief's: the old key's signature no longer covers it.
    doc["new_card"] = json.loads(thief.card.to_json())
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(doc), encoding="utf-8")
    # A rotation "signed" by a key nobody trusts, claiming to come from Hisingen.
    fake_old = UnitIdentity.generate("Hisingen")
    unknown = tmp_path / "unknown.json"
    unknown.write_bytes(make_rotation(fake_old, thief))
    before = table_dump(sav.conn)

    assert "signature" in refused(EXIT_INTEGRITY, lambda: transfer.trust_card(
        sav.session, forged, thief.fingerprint))
    assert "not trusted" in refused(EXIT_REFUSED, lambda: transfer.trust_card(
        sav.session, unknown, thief.fingerprint))

    assert table_dump(sav.conn) == before


def test_a_revoked_key_is_refused_both_ways_naming_the_revocation(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Callable[[Any], Any]) -> None:
    hisingen, sav = units
    stolen = hisingen.identity()
    signed_by_stolen = export(hisingen, "SAV", tmp_path / "out" / "stolen.utvp")
    to_stolen = tmp_path / "back" / "to-stolen.utvp"
    to_stolen.parent.mkdir()
    transfer.export_case(sav.session, special_defector_case(sav), "Hisingen", to_stolen,
                         reason="Test")

    revocation = transfer.revoke_key(hisingen.session, tmp_path / "revocation.json")

    fresh = hisingen.identity()
    assert revocation.fingerprint == stolen.fingerprint and fresh.key_id != stolen.key_id
    # Hisingen itself refuses what was addressed to the revoked key.
    message = refused(EXIT_INTEGRITY, lambda: transfer.import_package(
        hisingen.session, to_stolen, link_person=transfer.SEPARATE))
    assert "revoked" in message and stolen.fingerprint in message

    imported = transfer.import_revocation(sav.session, tmp_path / "revocation.json")
    assert imported.fingerprint == stolen.fingerprint and imported.unit == "Hisingen"
    before = dump_without_audit(table_dump, sav.conn)
    message = refused(EXIT_INTEGRITY, lambda: transfer.import_package(
        sav.session, signed_by_stolen, link_person=transfer.SEPARATE))
    assert "revoked" in message and stolen.fingerprint in message
    assert dump_without_audit(table_dump, sav.conn) == before
    message = refused(EXIT_REFUSED, lambda: transfer.export_case(
        sav.session, special_defector_case(sav), "Hisingen", tmp_path / "back" / "x.utvp",
        reason="Test"))
    assert "revoked" in message
    # The revoked card cannot be trusted again, nor a rotation it signed.
    card = tmp_path / "stolen-card.json"
    card.write_bytes(stolen.card.to_json())
    assert "revoked" in refused(EXIT_REFUSED, lambda: transfer.trust_card(
        sav.session, card, stolen.fingerprint))
    thief = UnitIdentity.generate("Hisingen")
    rotation = tmp_path / "thief-rotation.json"
    rotation.write_bytes(make_rotation(stolen, thief))
    assert "revoked" in refused(EXIT_REFUSED, lambda: transfer.trust_card(
        sav.session, rotation, thief.fingerprint))
    # The new card, confirmed by phone, is trusted and used.
    new_card = tmp_path / "fresh.json"
    transfer.export_public_card(hisingen.session, new_card)
    transfer.trust_card(sav.session, new_card, fresh.fingerprint)
    result = transfer.export_case(sav.session, special_defector_case(sav), "Hisingen",
                                  tmp_path / "back" / "ok.utvp", reason="Test")
    assert result.recipient_fingerprint == fresh.fingerprint
    assert transfer.import_package(hisingen.session, tmp_path / "back" / "ok.utvp",
                                   link_person=transfer.SEPARATE)


def test_a_damaged_revocation_is_refused(units: tuple[Unit, Unit], tmp_path: Path,
                                         table_dump: Callable[[Any], Any]) -> None:
    hisingen, sav = units
    path = tmp_path / "revocation.json"
    transfer.revoke_key(hisingen.session, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["revocations"][0]["revoked"] = "2020-01-01T00:00:00Z"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = table_dump(sav.conn)
    refused(EXIT_INTEGRITY, lambda: transfer.import_revocation(sav.session, path))
    assert table_dump(sav.conn) == before


def test_an_untrusted_card_is_refused_until_it_is_confirmed_again(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    package = export(hisingen, "SAV", tmp_path / "out" / "case.utvp")
    fingerprint = hisingen.identity().fingerprint

    refused(EXIT_NOT_FOUND, lambda: transfer.untrust_card(sav.session, "ABCD"))
    removed = transfer.untrust_card(sav.session, fingerprint.replace(" ", "").lower())

    assert removed.card.unit == "Hisingen"
    assert all(t.card.unit != "Hisingen" for t in transfer.trusted_cards(sav.session))
    message = refused(EXIT_INTEGRITY, lambda: transfer.import_package(
        sav.session, package, link_person=transfer.SEPARATE))
    assert "no longer trusted" in message and fingerprint in message
    message = refused(EXIT_REFUSED, lambda: transfer.export_case(
        sav.session, special_defector_case(sav), "Hisingen", tmp_path / "out" / "x.utvp",
        reason="Test"))
    assert "no longer trusted" in message
    card = tmp_path / "hisingen-again.json"
    transfer.export_public_card(hisingen.session, card)
    transfer.trust_card(sav.session, card, fingerprint)
    assert transfer.import_package(sav.session, package,
                                   link_person=transfer.SEPARATE).sender_unit == "Hisingen"


def test_a_receipt_from_a_revoked_key_is_refused(units: tuple[Unit, Unit],
                                                 tmp_path: Path) -> None:
    hisingen, sav = units
    package = export(hisingen, "SAV", tmp_path / "out" / "case.utvp")
    written = transfer.import_package(sav.session, package, link_person=transfer.SEPARATE).receipt
    assert written is not None
    receipt = Path(written)
    revocation = transfer.revoke_key(sav.session, tmp_path / "sav-revocation.json")
    transfer.import_revocation(hisingen.session, tmp_path / "sav-revocation.json")
    message = refused(EXIT_INTEGRITY, lambda: transfer.import_receipt(hisingen.session,
                                                                      receipt))
    assert "revoked" in message and revocation.fingerprint in message


def test_revoking_after_a_rotation_revokes_the_rotated_key_too(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    """Whoever took the vault holds its retired keys as well; SAV still trusts the old card for
    packages on their way, so the revocation must name it."""
    hisingen, sav = units
    old = hisingen.identity()
    signed_by_old = export(hisingen, "SAV", tmp_path / "out" / "old.utvp")
    transfer.rotate_key(hisingen.session, tmp_path / "rotation.json")
    transfer.trust_card(sav.session, tmp_path / "rotation.json",
                        hisingen.identity().fingerprint)
    rotated = hisingen.identity()

    change = transfer.revoke_key(hisingen.session, tmp_path / "revocation.json")

    assert change.old_fingerprint == rotated.fingerprint
    assert change.also_revoked == (old.fingerprint,)
    imported = transfer.import_revocation(sav.session, tmp_path / "revocation.json")
    assert imported.also_revoked == (old.fingerprint,) and imported.was_trusted
    assert {t.card.unit for t in transfer.trusted_cards(sav.session)} == set()
    message = refused(EXIT_INTEGRITY, lambda: transfer.import_package(
        sav.session, signed_by_old, link_person=transfer.SEPARATE))
    assert "revoked" in message and old.fingerprint in message
