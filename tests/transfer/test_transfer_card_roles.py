"""Key cards carry a role: unit cards stay version 1, caseworker, manager and city-office cards are
version 2 and name their holder where the role is a person's."""

from __future__ import annotations

import json

import pytest
from transfer_helpers import NOW

from utvag.transfer import KemId, PackageError, PublicCard, UnitIdentity
from utvag.transfer.card import CardRole


def _doc(card: PublicCard) -> dict[str, object]:
    return dict(json.loads(card.to_json()))


def test_a_unit_card_is_still_version_1_without_a_role_member() -> None:
    card = UnitIdentity.generate("Hisingen", kem=KemId.X25519, now=NOW).card
    doc = _doc(card)
    assert doc["version"] == 1
    assert "role" not in doc and "holder" not in doc
    assert card.role is CardRole.UNIT and card.label == "Hisingen"


@pytest.mark.parametrize(
    ("role", "holder", "label"),
    [
        (CardRole.CASEWORKER, "Anna Berg", "Anna Berg (SAV)"),
        (CardRole.MANAGER, "Per Lind", "Per Lind (SAV)"),
        (CardRole.CITY_OFFICE, None, "SAV"),
    ],
)
def test_role_cards_round_trip_through_the_card_file(
    role: CardRole, holder: str | None, label: str
) -> None:
    identity = UnitIdentity.generate("SAV", kem=KemId.X25519, now=NOW, role=role, holder=holder)
    doc = _doc(identity.card)
    assert doc["version"] == 2 and doc["role"] == role.value
    again = PublicCard.from_json(identity.card.to_json())
    assert again == identity.card and again.key_id == identity.key_id
    assert again.role is role and again.holder == holder and again.label == label
    restored = UnitIdentity.from_private_bytes(identity.to_private_bytes())
    assert restored.card == identity.card and restored.role is role


def test_the_role_and_holder_are_part_of_the_key_id() -> None:
    worker = UnitIdentity.generate(
        "SAV", kem=KemId.X25519, now=NOW, role=CardRole.CASEWORKER, holder="Anna Berg"
    )
    base = worker.card
    as_manager = PublicCard(
        base.unit, base.created, base.signing_public_key, base.kem, base.hpke_public_key,
        role=CardRole.MANAGER, holder="Anna Berg",
    )
    other_holder = PublicCard(
        base.unit, base.created, base.signing_public_key, base.kem, base.hpke_public_key,
        role=CardRole.CASEWORKER, holder="Anna Berg Lund",
    )
    as_unit = PublicCard(
        base.unit, base.created, base.signing_public_key, base.kem, base.hpke_public_key
    )
    assert len({base.key_id, as_manager.key_id, other_holder.key_id, as_unit.key_id}) == 4


def test_changing_the_role_in_a_card_file_is_refused_as_damaged() -> None:
    card = UnitIdentity.generate(
        "SAV", kem=KemId.X25519, now=NOW, role=CardRole.CASEWORKER, holder="Anna Berg"
    ).card
    doc = _doc(card)
    doc["role"] = "manager"
    with pytest.raises(PackageError, match="fingerprint does not match"):
        PublicCard.from_json(json.dumps(doc).encode())


@pytest.mark.parametrize(
    "change",
    [
        {"role": "unit"},  # a version 2 card never has the unit role
        {"role": "director"},
        {"holder": None},
        {"holder": ""},
        {"holder": "Anna\u202eBerg"},
        {"version": 3},
    ],
)
def test_malformed_role_cards_are_refused(change: dict[str, object]) -> None:
    card = UnitIdentity.generate(
        "SAV", kem=KemId.X25519, now=NOW, role=CardRole.CASEWORKER, holder="Anna Berg"
    ).card
    doc = _doc(card) | change
    with pytest.raises(PackageError):
        PublicCard.from_json(json.dumps(doc).encode())


def test_a_person_role_without_holder_or_a_unit_with_one_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="holder"):
        UnitIdentity.generate("SAV", role=CardRole.MANAGER)
    with pytest.raises(ValueError, match="holder"):
        UnitIdentity.generate("SAV", holder="Anna Berg")
    with pytest.raises(ValueError, match="holder"):
        UnitIdentity.generate("SAV", role=CardRole.CITY_OFFICE, holder="Anna Berg")


def test_a_version_1_card_with_a_role_member_is_refused() -> None:
    doc = _doc(UnitIdentity.generate("SAV", kem=KemId.X25519, now=NOW).card)
    doc["role"] = "manager"
    with pytest.raises(PackageError, match="damaged"):
        PublicCard.from_json(json.dumps(doc).encode())


def test_damaged_role_bytes_in_a_stored_identity_are_refused() -> None:
    identity = UnitIdentity.generate(
        "SAV", kem=KemId.X25519, now=NOW, role=CardRole.CASEWORKER, holder="Anna Berg"
    )
    raw = identity.to_private_bytes()
    for damaged in (raw[:-1], raw + b"x", raw[:-9] + b"\x00\x01u\x00\x00" + raw[-4:]):
        with pytest.raises(PackageError, match="stored unit identity is damaged"):
            UnitIdentity.from_private_bytes(damaged)


def test_a_rotation_cannot_change_the_role_or_the_holder() -> None:
    from utvag.transfer.key_statements import make_rotation, read_rotation

    old = UnitIdentity.generate(
        "SAV", kem=KemId.X25519, now=NOW, role=CardRole.CASEWORKER, holder="Anna Berg"
    )
    same = UnitIdentity.generate(
        "SAV", kem=KemId.X25519, now=NOW, role=CardRole.CASEWORKER, holder="Anna Berg"
    )
    assert read_rotation(make_rotation(old, same)).new == same.card
    for new in (
        UnitIdentity.generate(
            "SAV", kem=KemId.X25519, now=NOW, role=CardRole.MANAGER, holder="Anna Berg"
        ),
        UnitIdentity.generate(
            "SAV", kem=KemId.X25519, now=NOW, role=CardRole.CASEWORKER, holder="Per Lind"
        ),
        UnitIdentity.generate("SAV", kem=KemId.X25519, now=NOW),
    ):
        with pytest.raises(ValueError, match="same unit"):
            make_rotation(old, new)


def test_the_documented_caseworker_card_has_the_documented_key_id() -> None:
    from datetime import UTC, datetime
    from pathlib import Path

    card = PublicCard(
        "Hisingen",
        datetime(2025, 1, 1, tzinfo=UTC),
        bytes.fromhex("9f2962aa9fe96d4e1050763c1d63f6041379f1423309ec218158a570ba26da0d"),
        KemId.X25519,
        bytes.fromhex("447d42577355e094f762eb97c95f118a69f7ca266a95cc2bccbcfa8809459a2e"),
        role=CardRole.CASEWORKER,
        holder="Anna Berg",
    )
    spec = (Path(__file__).parents[2] / "docs" / "transfer-format.md").read_text("utf-8")
    assert f"key\nid `{card.key_id.hex()}`" in spec
    assert card.fingerprint in spec


def test_a_stored_identity_ends_with_its_role_and_holder_each_after_its_length() -> None:
    identity = UnitIdentity.generate(
        "SAV", kem=KemId.X25519, now=NOW, role=CardRole.CASEWORKER, holder="Åsa Berg"
    )
    holder = "Åsa Berg".encode()
    assert identity.to_private_bytes().endswith(
        b"\x00\x0acaseworker" + len(holder).to_bytes(2, "big") + holder)
    assert UnitIdentity.from_private_bytes(identity.to_private_bytes()).card == identity.card


def test_a_holder_is_admitted_exactly_where_the_role_names_one() -> None:
    assert CardRole.CASEWORKER.admits_holder("Anna Berg")
    assert not CardRole.MANAGER.admits_holder(None)
    assert not CardRole.MANAGER.admits_holder(" Anna Berg")
    assert CardRole.UNIT.admits_holder(None) and CardRole.CITY_OFFICE.admits_holder(None)
    assert not CardRole.UNIT.admits_holder("Anna Berg")
