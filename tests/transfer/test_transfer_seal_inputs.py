"""What the sealer refuses to write, and the two-step opening API used for previews."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from transfer_helpers import CASE_JSON, NOW, RecordingSink, case_entries, seal_bytes

from utvag.transfer import (
    EntrySource,
    PackageError,
    PackageKind,
    SealedPackage,
    UnitIdentity,
    decrypt_package,
    identify_sender,
    read_header,
    seal_package,
    verify_package,
)


def _seal(
    sender: UnitIdentity,
    recipient: UnitIdentity,
    entries: list[EntrySource],
    *,
    sequence: int = 1,
    lifetime: timedelta = timedelta(days=30),
    kind: PackageKind = PackageKind.CASE_TRANSFER,
) -> SealedPackage:
    return seal_package(
        io.BytesIO(),
        sender=sender,
        recipient=recipient.card,
        entries=entries,
        sequence=sequence,
        lifetime=lifetime,
        kind=kind,
        now=NOW,
    )


def test_source_that_changes_between_reads(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    versions = iter([b"first version", b"other version"])
    changing = EntrySource("attachments/a.txt", 13, lambda: io.BytesIO(next(versions)))
    with pytest.raises(PackageError, match="changed while the package was being written") as info:
        _seal(hisingen, sav, [*case_entries(), changing])
    assert "a.txt" not in str(info.value)  # an attachment's name is case data


def test_source_with_a_wrong_known_hash(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    wrong = EntrySource("attachments/a.txt", 3, lambda: io.BytesIO(b"abc"), bytes(32))
    with pytest.raises(PackageError, match="changed while the package was being written"):
        _seal(hisingen, sav, [*case_entries(), wrong])


@pytest.mark.parametrize("actual", [b"ab", b"abcd"])
def test_source_of_the_wrong_size(hisingen: UnitIdentity, sav: UnitIdentity, actual: bytes) -> None:
    source = EntrySource("attachments/a.txt", 3, lambda: io.BytesIO(actual))
    with pytest.raises(PackageError, match="than expected") as info:
        _seal(hisingen, sav, [*case_entries(), source])
    assert str(info.value).startswith("A package entry is") and "a.txt" not in str(info.value)


def test_sources_are_closed(tmp_path: Path, hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    opened: list[io.BytesIO] = []

    def opener() -> io.BytesIO:
        opened.append(io.BytesIO(b"data"))
        return opened[-1]

    _seal(hisingen, sav, [*case_entries(), EntrySource("attachments/d", 4, opener)])
    assert len(opened) == 2  # hashed, then encrypted
    assert all(f.closed for f in opened)


@pytest.mark.parametrize(
    ("entries", "options"),
    [
        ([EntrySource.from_bytes("attachments/a", b"")], {}),  # no case.json first
        ([EntrySource.from_bytes("case.json", CASE_JSON)] * 2, {}),
        ([EntrySource.from_bytes("case.json", CASE_JSON), EntrySource.from_bytes("x/y", b"")], {}),
        ([], {}),
        (case_entries(), {"sequence": 0}),
        (case_entries(), {"lifetime": timedelta(0)}),
        (case_entries(), {"lifetime": timedelta(days=400)}),
        (case_entries(), {"kind": PackageKind.RECEIPT}),
        ([EntrySource("case.json", -1, lambda: io.BytesIO(b""))], {}),
    ],
)
def test_invalid_arguments(
    hisingen: UnitIdentity,
    sav: UnitIdentity,
    entries: list[EntrySource],
    options: dict[str, object],
) -> None:
    with pytest.raises(ValueError):
        _seal(hisingen, sav, entries, **options)  # type: ignore[arg-type]


def test_preview_then_open_in_two_steps(
    hisingen: UnitIdentity, sav: UnitIdentity, norr: UnitIdentity
) -> None:
    data, sealed = seal_bytes(hisingen, sav.card)
    header = read_header(io.BytesIO(data))
    assert identify_sender(header, [norr.card, hisingen.card]) == hisingen.card
    assert identify_sender(header, [norr.card]) is None
    source = io.BytesIO(data)
    verified = verify_package(source, identity=sav, trusted=[hisingen.card], now=NOW)
    assert verified.digest == sealed.digest
    sink = RecordingSink()
    opened = decrypt_package(source, verified, identity=sav, sink=sink)
    assert sink.data["case.json"] == CASE_JSON
    assert opened.manifest.entries[0].name == "case.json"


def test_file_replaced_between_the_passes(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    data, _ = seal_bytes(hisingen, sav.card)
    other, _ = seal_bytes(hisingen, sav.card)
    verified = verify_package(io.BytesIO(data), identity=sav, trusted=[hisingen.card], now=NOW)
    with pytest.raises(PackageError):
        decrypt_package(io.BytesIO(other), verified, identity=sav, sink=RecordingSink())
