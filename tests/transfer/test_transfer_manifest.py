"""The inner, signed manifest: forged through the format's internals to test the opener's checks
on things an honest sealer never produces."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace
from datetime import timedelta

import pytest
from transfer_helpers import CASE_JSON, NOW, RecordingSink, forge, make_manifest, open_bytes

from utvag.transfer import ManifestEntry, PackageError, PackageKind, UnitIdentity, open_package
from utvag.transfer.limits import MAX_DOCUMENT_SIZE, MAX_ENTRIES, MAX_MANIFEST_SIZE
from utvag.transfer.manifest import parse_manifest

ENTRIES = {"case.json": CASE_JSON, "attachments/a.txt": b"first", "attachments/b.txt": b"second"}


def _open(data: bytes, sav: UnitIdentity, hisingen: UnitIdentity) -> RecordingSink:
    sink = RecordingSink()
    open_package(io.BytesIO(data), identity=sav, trusted=[hisingen.card], sink=sink, now=NOW)
    return sink


def _tail(entries: dict[str, bytes]) -> bytes:
    return b"".join(entries.values())


def test_forged_package_with_honest_parts_opens(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    data = forge(
        signer=hisingen, recipient=sav.card, manifest=manifest, payload_tail=_tail(ENTRIES)
    )
    sink = _open(data, sav, hisingen)
    assert sink.ended == list(ENTRIES)


def test_attachment_that_does_not_match_its_hash(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    wrong = dict(ENTRIES, **{"attachments/b.txt": b"SECOND"})  # same size, other bytes
    data = forge(signer=hisingen, recipient=sav.card, manifest=manifest, payload_tail=_tail(wrong))
    sink = RecordingSink()
    with pytest.raises(PackageError) as info:
        open_package(io.BytesIO(data), identity=sav, trusted=[hisingen.card], sink=sink, now=NOW)
    # an attachment's entry name is its file name, case data: the message names it only as one
    assert str(info.value) == "An attachment does not match the hash in the signed manifest"
    assert "b.txt" not in str(info.value) and "b.txt" not in repr(info.value)
    assert sink.ended == ["case.json", "attachments/a.txt"]  # b.txt was never confirmed


def test_a_document_that_does_not_match_its_hash_is_named(
        hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    wrong = dict(ENTRIES, **{"case.json": CASE_JSON.upper()})  # same size, other bytes
    data = forge(signer=hisingen, recipient=sav.card, manifest=manifest, payload_tail=_tail(wrong))
    with pytest.raises(PackageError) as info:
        _open(data, sav, hisingen)
    assert str(info.value) == (
        "The entry 'case.json' does not match the hash in the signed manifest")


def test_bad_manifest_signed_with_the_real_key(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    bad = replace(
        manifest,
        entries=(*manifest.entries[:2], ManifestEntry("attachments/b.txt", 6, bytes(32))),
    )
    data = forge(signer=hisingen, recipient=sav.card, manifest=bad, payload_tail=_tail(ENTRIES))
    with pytest.raises(PackageError, match="does not match the hash"):
        _open(data, sav, hisingen)


def test_manifest_signed_by_someone_else(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    """Nordost re-sends Hisingen's signed contents as its own: the inner signature is Hisingen's."""
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    data = forge(
        signer=norr,
        recipient=sav.card,
        manifest=replace(manifest, sender_key_id=norr.key_id, sender_unit="Nordost"),
        manifest_signer=hisingen,
        payload_tail=_tail(ENTRIES),
    )
    with pytest.raises(PackageError, match="not signed by the sender"):
        _open(data, sav, norr)


def test_contents_for_another_recipient_re_encrypted(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    """Hisingen's package for Nordost, re-encrypted to SAV: the manifest still names Nordost."""
    manifest = make_manifest(hisingen, norr.card, ENTRIES)
    data = forge(
        signer=hisingen,
        recipient=sav.card,
        manifest=manifest,
        payload_tail=_tail(ENTRIES),
        header_changes={"recipient_key_id": sav.key_id},
    )
    with pytest.raises(PackageError, match="do not match its envelope"):
        _open(data, sav, hisingen)
    # Even if the envelope and manifest agree on the key, the unit name must be ours.
    renamed = replace(make_manifest(hisingen, sav.card, ENTRIES), recipient_unit="Nordost")
    data = forge(signer=hisingen, recipient=sav.card, manifest=renamed, payload_tail=_tail(ENTRIES))
    with pytest.raises(PackageError, match="This package is for Nordost, not for SAV"):
        _open(data, sav, hisingen)


@pytest.mark.parametrize(
    "change",
    [
        {"sequence": 2},
        {"package_id": bytes(16)},
        {"kind": PackageKind.RECEIPT},
        {"expires": NOW + timedelta(days=31)},
    ],
)
def test_manifest_that_disagrees_with_the_header(
    hisingen: UnitIdentity, sav: UnitIdentity, change: dict[str, object]
) -> None:
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    data = forge(
        signer=hisingen,
        recipient=sav.card,
        manifest=manifest,
        manifest_bytes=replace(manifest, **change).to_json(),  # type: ignore[arg-type]
        payload_tail=_tail(ENTRIES),
    )
    with pytest.raises(PackageError):
        _open(data, sav, hisingen)


def test_extra_or_missing_entry_bytes(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    for tail in (_tail(ENTRIES) + b"!", _tail(ENTRIES)[:-1]):
        data = forge(signer=hisingen, recipient=sav.card, manifest=manifest, payload_tail=tail)
        with pytest.raises(PackageError, match="do not match its envelope"):
            _open(data, sav, hisingen)


def test_oversized_manifest_is_refused_before_it_is_read(
    hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    names = {f"attachments/{i:04d}-{'x' * 240}": b"" for i in range(MAX_ENTRIES - 1)}
    entries = {"case.json": CASE_JSON, **names}
    manifest = make_manifest(hisingen, sav.card, entries)
    assert len(manifest.to_json()) > MAX_MANIFEST_SIZE
    data = forge(signer=hisingen, recipient=sav.card, manifest=manifest, payload_tail=CASE_JSON)
    with pytest.raises(PackageError) as info:
        _open(data, sav, hisingen)
    assert str(info.value) == "The package manifest is larger than the format allows"


def test_manifest_length_field_claiming_gigabytes(
    hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    for length in (0, MAX_MANIFEST_SIZE + 1, 2**32 - 1):
        data = forge(
            signer=hisingen,
            recipient=sav.card,
            manifest=manifest,
            manifest_length=length,
            payload_tail=_tail(ENTRIES),
        )
        with pytest.raises(PackageError):
            _open(data, sav, hisingen)


def test_manifest_declaring_a_huge_case_document(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    big = replace(
        manifest,
        entries=(ManifestEntry("case.json", MAX_DOCUMENT_SIZE + 1, bytes(32)),),
    )
    data = forge(signer=hisingen, recipient=sav.card, manifest=big, payload_tail=b"")
    with pytest.raises(PackageError, match="larger than the format allows"):
        _open(data, sav, hisingen)


@pytest.mark.parametrize(
    "names",
    [
        ["case.json", "attachments/../../etc/passwd"],
        ["case.json", "attachments/a/b"],
        ["case.json", "../case.json"],
        ["case.json", "attachments/CON.txt"],
        ["case.json", "attachments/doc\u202etxt.exe"],
        ["case.json", "attachments/A.txt", "attachments/a.TXT"],
        ["case.json", "case.json"],
        ["attachments/a.txt", "case.json"],
        ["case.json", "receipt.json"],
        ["case.json", "other.json"],
        [],
    ],
)
def test_entry_names_are_checked(
    hisingen: UnitIdentity, sav: UnitIdentity, names: list[str]
) -> None:
    entries = tuple(ManifestEntry(n, 1, hashlib.sha256(b"x").digest()) for n in names)
    manifest = replace(make_manifest(hisingen, sav.card, {}), entries=entries)
    data = forge(
        signer=hisingen, recipient=sav.card, manifest=manifest, payload_tail=b"x" * len(names)
    )
    with pytest.raises(PackageError):
        _open(data, sav, hisingen)


def test_manifest_parser_insists_on_canonical_json(
    hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    canonical = manifest.to_json()
    assert parse_manifest(canonical) == manifest
    doc = json.loads(canonical)
    for variant in (
        json.dumps(doc).encode(),  # whitespace
        json.dumps(doc, sort_keys=True, ensure_ascii=True).encode().replace(b" ", b""),
        canonical[:-1] + b',"extra":1}',
        canonical.replace(b'"sequence":1', b'"sequence":1.0'),
        canonical.replace(b'"sequence":1', b'"sequence":true'),
        canonical.replace(b'"format"', b'"format":"x","format"', 1),
    ):
        if variant == canonical:
            continue
        with pytest.raises(PackageError):
            parse_manifest(variant)


def test_deeply_nested_manifest(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    with pytest.raises(PackageError):
        parse_manifest(b"[" * 100_000 + b"]" * 100_000)
    manifest = make_manifest(hisingen, sav.card, ENTRIES)
    data = forge(
        signer=hisingen,
        recipient=sav.card,
        manifest=manifest,
        manifest_bytes=b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        payload_tail=b"",
    )
    with pytest.raises(PackageError):
        open_bytes(data, sav, [hisingen.card])
