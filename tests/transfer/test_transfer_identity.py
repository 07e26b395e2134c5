"""Unit identities, key cards and fingerprints."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from transfer_helpers import NOW

from utvag.transfer import (
    KemId,
    PackageError,
    PublicCard,
    UnitIdentity,
    fingerprints_match,
    format_fingerprint,
)
from utvag.transfer.encoding import CROCKFORD


@pytest.mark.parametrize("kem", list(KemId))
def test_private_bytes_round_trip(kem: KemId) -> None:
    identity = UnitIdentity.generate("Örgryte-Härlanda", kem=kem, now=NOW)
    raw = identity.to_private_bytes()
    assert isinstance(raw, bytearray)
    again = UnitIdentity.from_private_bytes(raw)
    assert again.card == identity.card
    assert again.key_id == identity.key_id
    assert again.to_private_bytes() == raw
    assert identity.card.kem is kem


def test_default_is_the_post_quantum_hybrid() -> None:
    assert UnitIdentity.generate("SAV").card.kem is KemId.XWING


def test_secrets_stay_out_of_repr(sav: UnitIdentity) -> None:
    raw = sav.to_private_bytes()
    text = repr(sav) + repr(sav.hpke)
    assert raw[-32:].hex() not in text
    assert sav.fingerprint in text


def test_damaged_private_bytes(sav: UnitIdentity) -> None:
    raw = bytes(sav.to_private_bytes())
    for damaged in (
        b"",
        raw[:-1],
        raw + b"\x00",
        b"XXXXXXXX" + raw[8:],
        raw[:8] + b"\x09" + raw[9:],
    ):
        with pytest.raises(PackageError, match="stored unit identity is damaged"):
            UnitIdentity.from_private_bytes(damaged)


def test_unit_names_are_checked() -> None:
    for bad in ("", " SAV", "SAV ", "S\u202eAV", "a" * 101, "tab\there"):
        with pytest.raises(ValueError):
            UnitIdentity.generate(bad)


def test_card_json_round_trip(sav: UnitIdentity) -> None:
    text = sav.card.to_json()
    doc = json.loads(text)
    assert doc["format"] == "utvag-unit-card"
    assert doc["unit"] == "SAV"
    assert doc["fingerprint"] == sav.fingerprint
    assert doc["encryption_key"]["kem_id"] == 0x647A
    card = PublicCard.from_json(text)
    assert card == sav.card
    assert card.key_id == sav.key_id


def _edit(card: PublicCard, change: dict[str, object]) -> bytes:
    doc = json.loads(card.to_json())
    doc.update(change)
    return json.dumps(doc).encode()


def test_card_with_changed_content_fails_its_fingerprint(
    sav: UnitIdentity, hisingen: UnitIdentity
) -> None:
    with pytest.raises(PackageError, match="fingerprint does not match"):
        PublicCard.from_json(_edit(sav.card, {"unit": "Hisingen"}))
    doc = json.loads(sav.card.to_json())
    doc["signing_key"]["public_key"] = json.loads(hisingen.card.to_json())["signing_key"][
        "public_key"
    ]
    with pytest.raises(PackageError, match="fingerprint does not match"):
        PublicCard.from_json(json.dumps(doc).encode())


@pytest.mark.parametrize(
    "change",
    [
        {"format": "other"},
        {"version": 2},
        {"created": "yesterday"},
        {"fingerprint": 5},
        {"extra": 1},
        {"signing_key": {"algorithm": "RSA", "public_key": "AA=="}},
        {"encryption_key": {"suite": "x", "kem_id": 16, "kdf_id": 1, "aead_id": 3,
                            "public_key": "AA=="}},
    ],
)  # fmt: skip
def test_malformed_cards(sav: UnitIdentity, change: dict[str, object]) -> None:
    with pytest.raises(PackageError):
        PublicCard.from_json(_edit(sav.card, change))


def test_card_file_bounds() -> None:
    with pytest.raises(PackageError, match="too large"):
        PublicCard.from_json(b" " * (64 * 1024 + 1))
    for data in (b"", b"[]", b"\xff\xfe", b'{"a":1,"a":2}', b"NaN"):
        with pytest.raises(PackageError):
            PublicCard.from_json(data)


def test_fingerprint_shape(sav: UnitIdentity) -> None:
    groups = sav.fingerprint.split(" ")
    assert len(groups) == 8
    assert all(len(g) == 4 and all(ch in CROCKFORD for ch in g) for g in groups)
    assert format_fingerprint(sav.key_id) == sav.fingerprint


def test_fingerprint_comparison_tolerates_how_people_type(sav: UnitIdentity) -> None:
    fp = sav.fingerprint
    variants = [
        fp,
        fp.lower(),
        fp.replace(" ", ""),
        fp.replace(" ", "-"),
        "  " + fp.replace(" ", "   ") + "\n",
        fp.replace("0", "O").replace("1", "I"),
        fp.replace("1", "l"),
    ]
    for variant in variants:
        assert fingerprints_match(fp, variant), variant
        sav.card.confirm_fingerprint(variant)


def test_fingerprint_comparison_refuses_anything_else(
    sav: UnitIdentity, hisingen: UnitIdentity
) -> None:
    fp = sav.fingerprint
    last = fp[-1]
    other_char = CROCKFORD[(CROCKFORD.index(last) + 1) % 32]
    for wrong in (hisingen.fingerprint, fp[:-1], fp + "0", fp[:-1] + other_char, "", "U" * 32):
        assert not fingerprints_match(fp, wrong), wrong
    with pytest.raises(PackageError, match="do not trust it"):
        sav.card.confirm_fingerprint(hisingen.fingerprint)


def test_key_id_covers_every_public_field(sav: UnitIdentity, hisingen: UnitIdentity) -> None:
    base = sav.card
    variants = [
        PublicCard("SAV2", base.created, base.signing_public_key, base.kem, base.hpke_public_key),
        PublicCard(
            "SAV",
            datetime(2030, 1, 1, tzinfo=UTC),
            base.signing_public_key,
            base.kem,
            base.hpke_public_key,
        ),
        PublicCard(
            "SAV", base.created, hisingen.card.signing_public_key, base.kem, base.hpke_public_key
        ),
        PublicCard(
            "SAV", base.created, base.signing_public_key, base.kem, hisingen.card.hpke_public_key
        ),
    ]
    assert len({base.key_id, *(v.key_id for v in variants)}) == 5
