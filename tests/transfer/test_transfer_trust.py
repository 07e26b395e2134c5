"""Packages for someone else, from someone untrusted, stale or replayed are refused."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from transfer_helpers import NOW, RecordingSink, open_bytes, seal_bytes

from utvag.transfer import (
    PackageError,
    PackageKind,
    ReplayState,
    UnitIdentity,
    check_not_replayed,
    check_sequence,
    check_validity,
    verify_package,
)


def _message(excinfo: pytest.ExceptionInfo[PackageError]) -> str:
    return str(excinfo.value)


def test_package_for_another_unit_names_both(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    data, _ = seal_bytes(hisingen, norr.card)
    with pytest.raises(PackageError) as info:
        open_bytes(data, sav, [hisingen.card, norr.card])
    assert _message(info) == "This package is for Nordost, not for SAV"
    with pytest.raises(PackageError) as info:
        open_bytes(data, sav, [hisingen.card])
    assert _message(info).startswith("This package is for another unit (key ")
    assert norr.fingerprint in _message(info)


def test_unknown_sender_is_refused_with_its_fingerprint(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    data, _ = seal_bytes(hisingen, sav.card)
    for trusted in ([], [norr.card]):
        with pytest.raises(PackageError) as info:
            open_bytes(data, sav, trusted)
        assert _message(info) == (
            f"The sender's key is not trusted (fingerprint {hisingen.fingerprint})"
        )


def test_impostor_with_the_same_unit_name_is_not_trusted(
    hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    impostor = UnitIdentity.generate("Hisingen", now=NOW)
    data, _ = seal_bytes(impostor, sav.card)
    with pytest.raises(PackageError, match="not trusted"):
        open_bytes(data, sav, [hisingen.card])


def test_signature_by_a_trusted_unit_does_not_cover_another_senders_package(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    """Swap the sender key id in the header for another trusted unit's: the signature fails."""
    data, _ = seal_bytes(hisingen, sav.card)
    mutated = bytearray(data)
    mutated[20:52] = norr.key_id
    with pytest.raises(PackageError, match="changed after it was signed"):
        open_bytes(bytes(mutated), sav, [hisingen.card, norr.card])


def test_expired_package(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    data, sealed = seal_bytes(hisingen, sav.card, lifetime=timedelta(days=2))
    open_bytes(data, sav, [hisingen.card], now=NOW + timedelta(days=1))
    with pytest.raises(PackageError) as info:
        open_bytes(data, sav, [hisingen.card], now=NOW + timedelta(days=2))
    assert _message(info) == "The package expired on 2025-03-03 12:00 UTC"
    assert sealed.expires == NOW + timedelta(days=2)


def test_package_from_the_future(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    data, _ = seal_bytes(hisingen, sav.card, now=NOW + timedelta(days=3))
    with pytest.raises(PackageError, match="in the future"):
        open_bytes(data, sav, [hisingen.card])
    open_bytes(data, sav, [hisingen.card], now=NOW + timedelta(days=2, hours=1))


def test_replayed_package_id(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    data, sealed = seal_bytes(hisingen, sav.card, sequence=5)
    open_bytes(data, sav, [hisingen.card], replay=ReplayState())
    replay = ReplayState(seen_package_ids={sealed.package_id})
    with pytest.raises(PackageError) as info:
        open_bytes(data, sav, [hisingen.card], replay=replay)
    assert _message(info) == "This package has already been imported"


def test_sequence_must_increase_per_sender(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    data, _ = seal_bytes(hisingen, sav.card, sequence=5)
    for last in (5, 6, 100):
        replay = ReplayState(last_sequences={hisingen.key_id: last})
        with pytest.raises(PackageError, match="older than one already imported"):
            open_bytes(data, sav, [hisingen.card], replay=replay)
    for replay in (
        ReplayState(last_sequences={hisingen.key_id: 4}),
        ReplayState(last_sequences={norr.key_id: 9}),  # another sender's counter is separate
    ):
        open_bytes(data, sav, [hisingen.card], replay=replay)


def test_refusals_happen_before_any_decryption(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    data, sealed = seal_bytes(hisingen, sav.card)
    sink = RecordingSink()
    with pytest.raises(PackageError):
        verify_package(
            io.BytesIO(data),
            identity=sav,
            trusted=[hisingen.card],
            replay=ReplayState(seen_package_ids=[sealed.package_id]),
            now=NOW,
        )
    assert sink.events == []


def test_receipt_is_not_a_case_package(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    data, _ = seal_bytes(hisingen, sav.card)
    with pytest.raises(PackageError, match="case package, not a receipt"):
        open_bytes(data, sav, [hisingen.card], expected_kind=PackageKind.RECEIPT)


def test_pure_checks() -> None:
    check_not_replayed(b"a" * 16, set())
    with pytest.raises(PackageError):
        check_not_replayed(b"a" * 16, {b"a" * 16})
    check_sequence(1, None, "SAV")
    check_sequence(3, 2, "SAV")
    with pytest.raises(PackageError, match="SAV"):
        check_sequence(2, 2, "SAV")
    check_validity(NOW, NOW + timedelta(days=1), NOW)
    with pytest.raises(PackageError, match="expired"):
        check_validity(NOW - timedelta(days=2), NOW, NOW)
    with pytest.raises(PackageError, match="validity period"):
        check_validity(NOW, NOW, NOW)
    with pytest.raises(PackageError, match="validity period"):
        check_validity(NOW, NOW + timedelta(days=400), NOW)
