"""Receipts: made by the receiver, encrypted to the sender, matched to what was sent."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import timedelta

import pytest
from transfer_helpers import NOW, open_bytes, seal_bytes

from utvag.transfer import (
    EntrySource,
    OpenedPackage,
    OutstandingPackage,
    PackageError,
    PackageKind,
    ReceiptResult,
    SealedPackage,
    UnitIdentity,
    make_receipt,
    match_receipt,
    open_receipt,
    seal_package,
    verify_receipt_statement,
)
from utvag.transfer.encoding import b64encode, canonical_json
from utvag.transfer.receipt import RECEIPT_DOMAIN, receipt_statement


def _deliver(
    sender: UnitIdentity, receiver: UnitIdentity, sequence: int = 1
) -> tuple[SealedPackage, OpenedPackage]:
    data, sealed = seal_bytes(sender, receiver.card, sequence=sequence)
    opened, _ = open_bytes(data, receiver, [sender.card])
    return sealed, opened


def _receipt_bytes(
    receiver: UnitIdentity, opened: OpenedPackage, result: ReceiptResult = ReceiptResult.IMPORTED
) -> bytes:
    out = io.BytesIO()
    sealed = make_receipt(out, identity=receiver, opened=opened, sequence=3, result=result, now=NOW)
    assert sealed.kind is PackageKind.RECEIPT
    assert sealed.recipient_key_id == opened.sender.key_id
    return out.getvalue()


def test_receipt_round_trip(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    sealed, opened = _deliver(hisingen, sav)
    data = _receipt_bytes(sav, opened)
    receipt = open_receipt(io.BytesIO(data), identity=hisingen, trusted=[sav.card], now=NOW)
    assert receipt.package_id == sealed.package_id
    assert receipt.package_digest == sealed.digest
    assert receipt.receiver_unit == "SAV"
    assert receipt.result is ReceiptResult.IMPORTED
    assert receipt.received == NOW
    assert len(receipt.receipt_package_id) == 16
    assert match_receipt(receipt, [sealed]) is sealed
    # The statement stays verifiable on its own, e.g. from the sender's database later.
    again = verify_receipt_statement(receipt.statement, receipt.signature, sav.card)
    assert again.package_id == sealed.package_id
    record = OutstandingPackage(
        sealed.package_id, sealed.sequence, sealed.digest, "SAV", sav.key_id
    )
    assert match_receipt(receipt, [record]) is record


def test_declined_receipt(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    _, opened = _deliver(hisingen, sav)
    data = _receipt_bytes(sav, opened, ReceiptResult.DECLINED)
    receipt = open_receipt(io.BytesIO(data), identity=hisingen, trusted=[sav.card], now=NOW)
    assert receipt.result is ReceiptResult.DECLINED


def test_wrong_receipt_for_an_unknown_package(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    first, opened = _deliver(hisingen, sav, sequence=1)
    second, _ = _deliver(hisingen, sav, sequence=2)
    receipt = open_receipt(
        io.BytesIO(_receipt_bytes(sav, opened)), identity=hisingen, trusted=[sav.card], now=NOW
    )
    with pytest.raises(PackageError) as info:
        match_receipt(receipt, [second])
    assert str(info.value) == (
        "This receipt from SAV does not match any package awaiting a receipt"
    )
    with pytest.raises(PackageError):
        match_receipt(receipt, [])
    assert match_receipt(receipt, [second, first]) is first


def test_receipt_from_a_unit_the_package_was_not_sent_to(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    sealed, opened = _deliver(hisingen, sav)
    receipt = open_receipt(
        io.BytesIO(_receipt_bytes(sav, opened)), identity=hisingen, trusted=[sav.card], now=NOW
    )
    elsewhere = replace(sealed, recipient_unit="Nordost", recipient_key_id=norr.key_id)
    with pytest.raises(PackageError, match="comes from SAV, but the package was sent to Nordost"):
        match_receipt(receipt, [elsewhere])


def test_receipt_naming_another_version_of_the_package(
    hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    sealed, opened = _deliver(hisingen, sav)
    receipt = open_receipt(
        io.BytesIO(_receipt_bytes(sav, opened)), identity=hisingen, trusted=[sav.card], now=NOW
    )
    for changed in (replace(sealed, digest=bytes(32)), replace(sealed, sequence=9)):
        with pytest.raises(PackageError, match="does not match the package that was sent"):
            match_receipt(receipt, [changed])


def test_receipt_for_someone_elses_package(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    """A genuine SAV statement about Nordost's package, sealed to Hisingen, is refused."""
    _, opened = _deliver(norr, sav)
    statement = receipt_statement(sav, opened, ReceiptResult.IMPORTED, NOW)
    signature = sav.signing_key.sign(RECEIPT_DOMAIN + statement)
    document = canonical_json(
        {"signature": b64encode(signature), "statement": json.loads(statement)}
    )
    out = io.BytesIO()
    seal_package(
        out,
        sender=sav,
        recipient=hisingen.card,
        sequence=4,
        kind=PackageKind.RECEIPT,
        entries=[EntrySource.from_bytes("receipt.json", document)],
        now=NOW,
    )
    with pytest.raises(PackageError, match="for a package that Hisingen did not send"):
        open_receipt(io.BytesIO(out.getvalue()), identity=hisingen, trusted=[sav.card], now=NOW)
    honest = _receipt_bytes(sav, opened)  # encrypted to Nordost
    with pytest.raises(PackageError, match="for Nordost, not for Hisingen"):
        open_receipt(io.BytesIO(honest), identity=hisingen, trusted=[sav.card, norr.card], now=NOW)


def test_receipt_from_an_untrusted_unit(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    _, opened = _deliver(hisingen, sav)
    with pytest.raises(PackageError, match="not trusted"):
        open_receipt(
            io.BytesIO(_receipt_bytes(sav, opened)), identity=hisingen, trusted=[norr.card]
        )


def test_replayed_receipt(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    _, opened = _deliver(hisingen, sav)
    data = _receipt_bytes(sav, opened)
    receipt = open_receipt(io.BytesIO(data), identity=hisingen, trusted=[sav.card], now=NOW)
    with pytest.raises(PackageError, match="already been imported"):
        open_receipt(
            io.BytesIO(data),
            identity=hisingen,
            trusted=[sav.card],
            seen_package_ids={receipt.receipt_package_id},
            now=NOW,
        )


def test_expired_receipt(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    _, opened = _deliver(hisingen, sav)
    data = _receipt_bytes(sav, opened)
    with pytest.raises(PackageError, match="expired"):
        open_receipt(
            io.BytesIO(data), identity=hisingen, trusted=[sav.card], now=NOW + timedelta(days=91)
        )


def test_receipt_and_case_package_are_not_interchangeable(
    hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    data, _ = seal_bytes(sav, hisingen.card)
    with pytest.raises(PackageError, match="case package, not a receipt"):
        open_receipt(io.BytesIO(data), identity=hisingen, trusted=[sav.card], now=NOW)
    _, opened = _deliver(hisingen, sav)
    with pytest.raises(PackageError, match="receipt, not a case package"):
        open_bytes(_receipt_bytes(sav, opened), hisingen, [sav.card])


def test_tampered_statement_signature(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    _, opened = _deliver(hisingen, sav)
    receipt = open_receipt(
        io.BytesIO(_receipt_bytes(sav, opened)), identity=hisingen, trusted=[sav.card], now=NOW
    )
    changed = receipt.statement.replace(b'"imported"', b'"declined"')
    with pytest.raises(PackageError, match="not signed by SAV"):
        verify_receipt_statement(changed, receipt.signature, sav.card)
    with pytest.raises(PackageError, match="not signed by Hisingen"):
        verify_receipt_statement(receipt.statement, receipt.signature, hisingen.card)
