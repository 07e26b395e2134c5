"""Handing a case to a colleague (rotation after threats, seed 000): a handover package to the
colleague's own key card moves the case, records the rotation with its reason on both sides,
leaves a read-only copy and comes back as a receipt; wrong, tampered and replayed handovers are
refused and change nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from roles_helpers import Person, exchange, trust
from transfer_service_helpers import dump_without_audit, special_defector_case

from utvag.errors import IntegrityError, NotFoundError, RefusedError, UsageError, ValidationError
from utvag.services import cases, handover, high_risk, transfer
from utvag.transfer import EntrySource, MemorySink, PackageKind, open_package, seal_package
from utvag.vault import repo_cases

REASON = "Hot mot handläggaren efter beslutet; rotation enligt rutinen"


@pytest.fixture
def colleagues(people: dict[str, Person], tmp_path: Path) -> tuple[Person, Person]:
    anna, bo = people["anna"], people["bo"]
    exchange(anna, bo, tmp_path)
    return anna, bo


def _hand(anna: Person, case_id: int, tmp_path: Path, name: str = "handover.utvp") -> Path:
    out = tmp_path / "out" / name
    out.parent.mkdir(exist_ok=True)
    handover.hand_over(anna.session, case_id, "Bo Ek", out, reason=REASON)
    return out


def test_a_case_moves_to_the_colleague_with_its_rotation_and_the_receipt_comes_back(
        colleagues: tuple[Person, Person], tmp_path: Path) -> None:
    anna, bo = colleagues
    case_id = special_defector_case(anna)
    before = repo_cases.get_case(anna.conn, case_id)
    assert before is not None
    assert [c.holder for c in handover.colleagues(anna.session)] == ["Bo Ek"]

    package = _hand(anna, case_id, tmp_path)

    old = repo_cases.get_case(anna.conn, case_id)
    assert old is not None and old.status.value == "transferred"
    assert old.close_reason == "handed_over" and old.caseworker == "Bo Ek"
    history = high_risk.assignment_history(anna.session, case_id)
    assert [(h.to_caseworker, h.reason) for h in history] == [("Bo Ek", REASON)]
    with pytest.raises(RefusedError):  # the old caseworker can no longer write
        cases.add_note(anna.session, case_id, "Ny anteckning efter överlämnandet.")

    result = transfer.import_package(bo.session, package)
    assert result.case_number == before.case_number  # the unit's case number is kept
    moved = repo_cases.get_case(bo.conn, result.case_id)
    assert moved is not None and moved.caseworker == "Bo Ek"
    assert moved.status is before.status  # the case goes on where it was
    rotation = high_risk.assignment_history(bo.session, result.case_id)
    assert [(h.from_caseworker, h.to_caseworker, h.reason) for h in rotation] == [
        (history[0].from_caseworker, "Bo Ek", REASON)]
    journal = bo.conn.execute("SELECT text FROM journal_note WHERE case_id = ?",
                              (result.case_id,)).fetchall()
    assert any("rotation" in row[0] and REASON in row[0] for row in journal)
    assert result.receipt is not None
    delivered = transfer.import_receipt(anna.session, Path(result.receipt))
    assert delivered.package_id == result.package_id


def test_the_handover_is_refused_without_a_colleagues_card_or_reason(
        people: dict[str, Person], tmp_path: Path,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    anna, maria, sav = people["anna"], people["maria"], people["sav"]
    trust(anna, maria, tmp_path)
    trust(anna, sav, tmp_path)
    case_id = special_defector_case(anna)
    before = dump_without_audit(table_dump, anna.conn)
    out = tmp_path / "h.utvp"
    with pytest.raises(ValidationError, match="trusts no key card of a caseworker"):
        handover.hand_over(anna.session, case_id, "Maria Lind", out, reason=REASON)
    with pytest.raises(ValidationError, match="trusts no key card"):
        handover.hand_over(anna.session, case_id, "Bo Ek", out, reason=REASON)
    with pytest.raises(UsageError, match="reason"):
        handover.hand_over(anna.session, case_id, "Bo Ek", out, reason=None)
    with pytest.raises(NotFoundError):
        handover.hand_over(anna.session, 999, "Bo Ek", out, reason=REASON)
    assert dump_without_audit(table_dump, anna.conn) == before
    assert not out.exists() and list(tmp_path.glob("*.partial")) == []
    # A transfer to one's own unit stays refused.
    with pytest.raises(ValidationError, match="already at"):
        transfer.export_case(anna.session, case_id, "Hisingen", tmp_path / "t.utvp")


def test_misaddressed_tampered_and_replayed_handovers_change_nothing(
        people: dict[str, Person], colleagues: tuple[Person, Person], tmp_path: Path,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    anna, bo = colleagues
    maria, sav = people["maria"], people["sav"]
    package = _hand(anna, special_defector_case(anna), tmp_path)

    # Misaddressed: the manager's vault (even trusting Anna) cannot open Bo's package.
    trust(maria, anna, tmp_path)
    before = dump_without_audit(table_dump, maria.conn)
    with pytest.raises(IntegrityError, match="is for"):
        transfer.import_package(maria.session, package, receipt_out=tmp_path / "r1.utvp")
    assert dump_without_audit(table_dump, maria.conn) == before

    # Tampered: one byte changed in the ciphertext.
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.utvp"
    tampered.write_bytes(bytes(data))
    before = dump_without_audit(table_dump, bo.conn)
    with pytest.raises(IntegrityError, match="changed after it was signed"):
        transfer.import_package(bo.session, tampered, receipt_out=tmp_path / "r2.utvp")
    assert dump_without_audit(table_dump, bo.conn) == before

    # Imported once; replayed, refused.
    transfer.import_package(bo.session, package, receipt_out=tmp_path / "r3.utvp")
    before = dump_without_audit(table_dump, bo.conn)
    with pytest.raises(IntegrityError, match="already been imported"):
        transfer.import_package(bo.session, package, receipt_out=tmp_path / "r4.utvp")
    assert dump_without_audit(table_dump, bo.conn) == before

    # A unit's vault never takes a handover, even a genuine one its sender addressed to it.
    exchange(anna, sav, tmp_path)
    entries = opened_entries(bo, anna, tmp_path / "out" / "second.utvp")
    readdressed = tmp_path / "to-sav.utvp"
    with readdressed.open("wb") as sink:
        seal_package(sink, sender=anna.identity(), recipient=sav.identity().card,
                     sequence=2**40, entries=entries, kind=PackageKind.HANDOVER)
    refused = dump_without_audit(table_dump, sav.conn)
    with pytest.raises(IntegrityError, match="another caseworker's vault"):
        transfer.import_package(sav.session, readdressed, receipt_out=tmp_path / "r5.utvp")
    assert dump_without_audit(table_dump, sav.conn) == refused


def opened_entries(bo: Person, anna: Person, out: Path) -> list[EntrySource]:
    """The entries of a real handover from Anna to Bo, as Bo's vault decrypts them."""
    handover.hand_over(anna.session, special_defector_case(anna), "Bo Ek", out, reason=REASON)
    sink = MemorySink()
    with out.open("rb") as source:
        opened = open_package(source, identity=bo.identity(), trusted=[anna.identity().card],
                              sink=sink, expected_kind=PackageKind.HANDOVER)
    return [EntrySource.from_bytes(e.name, sink.entries[e.name]) for e in opened.manifest.entries]


def test_the_transfer_dialog_offers_boards_not_colleagues(people: dict[str, Person],
                                                          tmp_path: Path) -> None:
    anna, bo, sav = people["anna"], people["bo"], people["sav"]
    exchange(anna, bo, tmp_path)
    exchange(anna, sav, tmp_path)
    case_id = special_defector_case(anna)
    assert transfer.export_preview(anna.session, case_id).trusted_units == ("SAV",)


def test_a_stored_name_that_cannot_be_sent_stops_the_handover_before_anything_changes(
        colleagues: tuple[Person, Person], tmp_path: Path,
        table_dump: Callable[[Any], Any]) -> None:
    anna, bo = colleagues
    case_id = special_defector_case(anna)
    with anna.session.vault.transaction() as conn:  # as a version before the rule stored it
        conn.execute("UPDATE person SET name = ? WHERE id = (SELECT person_id FROM case_record "
                     "WHERE id = ?)", ("Anna\nBerg", case_id))
    before = table_dump(anna.conn)
    with pytest.raises(RefusedError, match="The person's name holds a character that cannot"):
        _hand(anna, case_id, tmp_path)
    assert table_dump(anna.conn) == before  # still hers, no rotation, no audit row
    assert list((tmp_path / "out").iterdir()) == []
    cases.correct_person_name(anna.session, case_id, "Anna Berg")
    result = transfer.import_package(bo.session, _hand(anna, case_id, tmp_path))
    moved = repo_cases.get_case(bo.conn, result.case_id)
    assert moved is not None and moved.person.name == "Anna Berg"
