"""Bad packages and receipts are refused (exit 4, or 6 where a choice is needed) and leave the
receiving vault exactly as it was, except for one audit row that names the reason."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from transfer_helpers import forge, make_manifest
from transfer_service_helpers import (
    PERSON,
    Unit,
    audit_rows,
    dump_without_audit,
    read,
    special_defector_case,
    trust_identity,
    write,
)

from utvag.errors import EXIT_INTEGRITY, EXIT_REFUSED, UtvagError
from utvag.services import cases, transfer
from utvag.transfer import (
    EntrySource,
    MemorySink,
    OpenedPackage,
    UnitIdentity,
    make_receipt,
    open_package,
    read_header,
    seal_package,
)
from utvag.transfer.header import SIGNATURE_SIZE
from utvag.transfer.limits import CHUNK_SIZE, MAX_MANIFEST_SIZE, TAG_SIZE
from utvag.vault import repo_transfer

FULL = CHUNK_SIZE + TAG_SIZE
Dump = Callable[[Any], dict[str, Any]]


def refused(unit: Unit, table_dump: Dump, attempt: Callable[[], object], *,
            action: str = "transfer.import_refused", exit_code: int = EXIT_INTEGRITY) -> str:
    """Run *attempt*; it must fail with *exit_code*, change no table but the audit log, and add
    exactly one audit row. Returns that row's reason code."""
    before = dump_without_audit(table_dump, unit.conn)
    rows = audit_rows(unit.conn)
    with pytest.raises(UtvagError) as info:
        attempt()
    assert info.value.exit_code == exit_code, info.value
    assert dump_without_audit(table_dump, unit.conn) == before
    new = audit_rows(unit.conn)[len(rows):]
    assert [r[1] for r in new] == [action]
    assert new[0][2] is None  # no case id, no content: only the reason
    detail = json.loads(new[0][3])
    assert set(detail) == {"reason"}
    return str(detail["reason"])


def importing(sav: Unit, package: Path, tmp_path: Path, **kwargs: Any) -> Callable[[], object]:
    receipt = tmp_path / "receipts" / "receipt.utvp"
    receipt.parent.mkdir(exist_ok=True)

    def attempt() -> object:
        try:
            return transfer.import_package(sav.session, package, receipt_out=receipt, **kwargs)
        finally:
            assert list(receipt.parent.iterdir()) == []  # no receipt, no partial file
    return attempt


def test_changed_bytes_anywhere_are_refused(units: tuple[Unit, Unit],
                                            exported: tuple[Path, int], tmp_path: Path,
                                            table_dump: Dump) -> None:
    _, sav = units
    package = read(exported[0])
    header_len = read_header(io.BytesIO(package)).size
    assert len(package) > header_len + 2 * FULL  # several chunks
    codes = {}
    positions = {"magic": 3, "header length": 11, "sender": 30, "recipient": 60,
                 "sequence": 107, "expiry": 120, "wrapped key": header_len - 5,
                 "first chunk": header_len + 40, "second chunk": header_len + FULL + 7,
                 "last chunk": len(package) - SIGNATURE_SIZE - 20,
                 "tag": header_len + FULL - 3, "signature": len(package) - 10}
    for label, position in positions.items():
        mutated = bytearray(package)
        mutated[position] ^= 0x10
        path = write(tmp_path / f"flip-{position}.utvp", bytes(mutated))
        codes[label] = refused(sav, table_dump, importing(sav, path, tmp_path))
    assert codes["magic"] == "not_a_package"
    assert codes["sender"] == "untrusted_sender"
    assert codes["recipient"] == "wrong_recipient"
    for label in ("sequence", "expiry", "first chunk", "second chunk", "signature", "tag"):
        assert codes[label] == "bad_signature", label
    for label, mutated_bytes in (
            ("inserted", package[:header_len + 100] + b"\x00" + package[header_len + 100:]),
            ("removed", package[:header_len + FULL] + package[header_len + FULL + 1:]),
            ("appended", package + b"\x00")):
        path = write(tmp_path / f"{label}.utvp", mutated_bytes)
        codes[label] = refused(sav, table_dump, importing(sav, path, tmp_path))
    assert codes["inserted"] == codes["appended"] == "extended"
    assert codes["removed"] == "truncated"


def test_truncation_at_and_between_chunk_boundaries(units: tuple[Unit, Unit],
                                                     exported: tuple[Path, int],
                                                     tmp_path: Path, table_dump: Dump) -> None:
    _, sav = units
    package = read(exported[0])
    start = read_header(io.BytesIO(package)).size
    cuts = [start + k * FULL for k in range(3)] + [start + FULL // 2, start + FULL + 1,
                                                   len(package) - SIGNATURE_SIZE,
                                                   len(package) - 1]
    for cut in cuts:
        path = write(tmp_path / f"cut-{cut}.utvp", package[:cut])
        assert refused(sav, table_dump, importing(sav, path, tmp_path)) == "truncated", cut
    for cut in (0, 7, 100):
        path = write(tmp_path / f"stub-{cut}.utvp", package[:cut])
        refused(sav, table_dump, importing(sav, path, tmp_path))


def test_a_package_for_another_unit(units: tuple[Unit, Unit], tmp_path: Path,
                                    table_dump: Dump) -> None:
    hisingen, sav = units
    nordost = UnitIdentity.generate("Nordost")
    trust_identity(hisingen, nordost, tmp_path)
    case_id = special_defector_case(hisingen)
    out = tmp_path / "for-nordost.utvp"
    transfer.export_case(hisingen.session, case_id, "Nordost", out, reason="Test",
                         legal_ground="Test")
    assert refused(sav, table_dump, importing(sav, out, tmp_path)) == "wrong_recipient"


def test_an_untrusted_sender(units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump) -> None:
    _, sav = units
    stranger = UnitIdentity.generate("Centrum")
    with open(tmp_path / "stranger.utvp", "wb") as sink:
        seal_package(sink, sender=stranger, recipient=sav.identity().card, sequence=1,
                     entries=[EntrySource.from_bytes("case.json", b"{}")])
    assert refused(sav, table_dump, importing(sav, tmp_path / "stranger.utvp", tmp_path)) \
        == "untrusted_sender"


def test_a_replayed_and_an_older_package(units: tuple[Unit, Unit], tmp_path: Path,
                                         table_dump: Dump) -> None:
    hisingen, sav = units
    first, second = special_defector_case(hisingen), special_defector_case(hisingen, person={
        "name": "Annan Person", "birth_date": "1995-05-05"})
    older, newer = tmp_path / "older.utvp", tmp_path / "newer.utvp"
    transfer.export_case(hisingen.session, first, "SAV", older)
    transfer.export_case(hisingen.session, second, "SAV", newer)
    transfer.import_package(sav.session, newer, receipt_out=tmp_path / "r1.utvp")

    assert refused(sav, table_dump, importing(sav, newer, tmp_path)) == "replayed"
    assert refused(sav, table_dump, importing(sav, older, tmp_path)) == "old_sequence"


def test_expired_and_future_packages(units: tuple[Unit, Unit], tmp_path: Path,
                                     table_dump: Dump) -> None:
    hisingen, sav = units
    now = datetime.now(UTC)
    for label, created, code in (("expired", now - timedelta(days=31), "expired"),
                                 ("future", now + timedelta(days=3), "not_yet_valid")):
        out = tmp_path / f"{label}.utvp"
        transfer.export_case(hisingen.session, special_defector_case(hisingen), "SAV", out,
                             now=created)
        assert refused(sav, table_dump, importing(sav, out, tmp_path)) == code


def _entries_of(sav: Unit, hisingen: Unit, package: Path) -> dict[str, bytes]:
    """The decrypted entries of a real package (as the receiver could read them)."""
    sink = MemorySink()
    with open(package, "rb") as source:
        open_package(source, identity=sav.identity(), trusted=[hisingen.identity().card],
                     sink=sink)
    return sink.entries


def _forged(hisingen: Unit, sav: Unit, entries: dict[str, bytes], sent: dict[str, bytes],
            path: Path, **options: Any) -> Path:
    """A package signed by Hisingen whose manifest names *entries* but carries *sent*."""
    now = datetime.now(UTC).replace(microsecond=0)
    manifest = make_manifest(hisingen.identity(), sav.identity().card, entries, sequence=2**62,
                             now=now, package_id=bytes(range(100, 116)))
    data = forge(signer=hisingen.identity(), recipient=sav.identity().card, manifest=manifest,
                 payload_tail=b"".join(sent.values()), **options)
    return write(path, data)


def test_forged_contents_from_a_trusted_sender(units: tuple[Unit, Unit],
                                               exported: tuple[Path, int], tmp_path: Path,
                                               table_dump: Dump) -> None:
    hisingen, sav = units
    entries = _entries_of(sav, hisingen, exported[0])
    name = next(n for n in entries if n.endswith(".pdf"))
    wrong = {**entries, name: b"X" + entries[name][1:]}  # same size, other bytes

    bad_hash = _forged(hisingen, sav, entries, wrong, tmp_path / "hash.utvp")
    assert refused(sav, table_dump, importing(sav, bad_hash, tmp_path)) == "entry_hash_mismatch"

    extra = {**entries, "attachments/okänd.bin": b"not announced in case.json"}
    unlisted = _forged(hisingen, sav, extra, extra, tmp_path / "unlisted.utvp")
    assert refused(sav, table_dump, importing(sav, unlisted, tmp_path)) == "case_data_invalid"

    case = json.loads(entries["case.json"])
    case["person"]["personal_number"] = "19900101-0018"  # wrong check digit
    bad_case = {**entries, "case.json": json.dumps(case).encode()}
    invalid = _forged(hisingen, sav, bad_case, bad_case, tmp_path / "invalid.utvp")
    assert refused(sav, table_dump, importing(sav, invalid, tmp_path)) == "case_data_invalid"

    huge = _forged(hisingen, sav, entries, entries, tmp_path / "huge.utvp",
                   manifest_length=MAX_MANIFEST_SIZE + 1)
    assert refused(sav, table_dump, importing(sav, huge, tmp_path)) == "manifest_too_large"

    # The untouched contents, forged the same way, do import: the refusals above were the
    # changes, not the forging.
    good = _forged(hisingen, sav, entries, entries, tmp_path / "good.utvp")
    transfer.import_package(sav.session, good, receipt_out=tmp_path / "good-receipt.utvp")


def test_a_person_with_the_same_number_needs_a_choice(units: tuple[Unit, Unit],
                                                       exported: tuple[Path, int],
                                                       tmp_path: Path, table_dump: Dump) -> None:
    _, sav = units
    existing = cases.new_case(sav.session, {"type": "high_risk", "person": {
        "name": "Redan Känd", "personal_number": PERSON["personal_number"]}})
    number = cases.get_case(sav.session, existing).case_number
    attempt = importing(sav, exported[0], tmp_path)
    with pytest.raises(UtvagError) as info:
        attempt()
    assert number in str(info.value)
    assert refused(sav, table_dump, attempt, exit_code=EXIT_REFUSED) == "person_link_required"
    result = transfer.import_package(sav.session, exported[0], receipt_out=tmp_path / "r.utvp",
                                     link_person="separate")
    assert result.person == "new"


def test_files_that_are_no_package_and_a_vault_without_a_key(
        units: tuple[Unit, Unit], exported: tuple[Path, int], make_vault: Callable[..., Any],
        tmp_path: Path, table_dump: Dump) -> None:
    _, sav = units
    for name, data in (("empty", b""), ("text", b"hello"), ("random", bytes(range(256)) * 9)):
        path = write(tmp_path / f"{name}.utvp", data)
        refused(sav, table_dump, importing(sav, path, tmp_path))
    fresh = make_vault("fresh-sav", unit="SAV")
    with fresh.open() as session:
        unit = Unit("SAV", fresh.directory, session)
        assert refused(unit, table_dump, importing(unit, exported[0], tmp_path)) \
            == "no_unit_key"


# -- receipts ---------------------------------------------------------------------------------


def _fake_opened(package: Path, sender_card: Any, digest: bytes) -> OpenedPackage:
    """What a receiver would have opened, for signing receipts about any package."""
    header = read_header(io.BytesIO(read(package)))
    manifest = make_manifest(UnitIdentity.generate("SAV"), sender_card, {"case.json": b"{}"})
    return OpenedPackage(header, manifest, sender_card, digest)


def test_wrong_receipts_are_refused(units: tuple[Unit, Unit], exported: tuple[Path, int],
                                    tmp_path: Path, table_dump: Dump) -> None:
    hisingen, sav = units
    package, case_id = exported
    [sent] = [s for s in transfer.transfer_state(hisingen.session, case_id)]
    imported = transfer.import_package(sav.session, package)
    assert imported.receipt is not None
    receipt = Path(imported.receipt)
    digest = repo_transfer.sent_for_case(hisingen.conn, case_id)[0].digest
    nordost = UnitIdentity.generate("Nordost")
    trust_identity(hisingen, nordost, tmp_path)
    hisingen_card = hisingen.identity().card

    def receipt_by(identity: UnitIdentity, opened: OpenedPackage, name: str) -> Path:
        with open(tmp_path / name, "wb") as sink:
            make_receipt(sink, identity=identity, opened=opened, sequence=50)
        return tmp_path / name

    def receiving(path: Path) -> Callable[[], object]:
        return lambda: transfer.import_receipt(hisingen.session, path)

    other_unit = receipt_by(nordost, _fake_opened(package, hisingen_card, digest), "other.utvp")
    unknown_package = bytearray(read(package))
    unknown_package[90] ^= 1  # another package id
    stranger = write(tmp_path / "unknown.utvp", bytes(unknown_package))
    for_unknown = receipt_by(sav.identity(), _fake_opened(stranger, hisingen_card, digest),
                             "for-unknown.utvp")
    with open(tmp_path / "case-to-hisingen.utvp", "wb") as sink:
        seal_package(sink, sender=sav.identity(), recipient=hisingen_card, sequence=60,
                     entries=[EntrySource.from_bytes("case.json", b"{}")])
    flipped = bytearray(read(receipt))
    flipped[len(flipped) // 2] ^= 4
    cases_ = {"other unit": (other_unit, "wrong_receipt"),
              "unknown package": (for_unknown, "wrong_receipt"),
              "tampered": (write(tmp_path / "flipped.utvp", bytes(flipped)), "bad_signature"),
              "a case package": (tmp_path / "case-to-hisingen.utvp", "wrong_kind"),
              "addressed to SAV": (package, "wrong_recipient")}
    for label, (path, code) in cases_.items():
        assert refused(hisingen, table_dump, receiving(path), action="transfer.receipt_refused") \
            == code, label
    assert transfer.transfer_state(hisingen.session, case_id)[0].awaiting_receipt

    transfer.import_receipt(hisingen.session, receipt)
    assert not transfer.transfer_state(hisingen.session, case_id)[0].awaiting_receipt
    assert sent.package_id == imported.package_id
    again = receipt_by(sav.identity(), _fake_opened(package, hisingen_card, digest),
                       "second.utvp")
    for path, code in ((receipt, "replayed"), (again, "wrong_receipt")):
        assert refused(hisingen, table_dump, receiving(path),
                       action="transfer.receipt_refused") == code
