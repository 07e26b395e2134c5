"""A consultation's receipt written again from the vault, between two real vaults: SAV keeps
Hisingen's consultation and Hisingen imports SAV's answer, each time with a receipt file that
cannot be written (its name leaves no room for the temporary file beside it). The import stands,
the warning says the receipt is kept in the vault, and the receipt written again is the one
sealed at the import, which the sender's vault registers as it would have the first. A package
that was not imported here as a consultation or an answer, a locked vault or a taken file name
is refused with nothing written."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import Unit, audit_rows, dump_without_audit, special_defector_case

from utvag.cli.command import warning_json, warning_lines
from utvag.errors import IntegrityError, NotFoundError, RefusedError, UsageError
from utvag.services import transfer
from utvag.services.consultation import inbox, receipts
from utvag.services.consultation import send as consult
from utvag.services.consultation.files import (
    ANSWER_RECEIPT_NOT_WRITTEN,
    CONSULTATION_RECEIPT_NOT_WRITTEN,
)
from utvag.ui.service_catalog import TEMPLATES

Dump = Callable[[Any], dict[str, Any]]


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    return folder


def _unwritable(folder: Path) -> Path:
    """A free file name whose temporary file (a longer name beside it) the system refuses."""
    return folder / ("r" * 240 + ".utvp")


def _consulted(units: tuple[Unit, Unit], tmp_path: Path) -> tuple[int, consult.SendResult]:
    hisingen, _sav = units
    case_id = special_defector_case(hisingen)
    sent = consult.send_consultation(hisingen.session, case_id,
                                     _folder(tmp_path, "out") / "konsultation.utvp",
                                     question="special_defector")
    return case_id, sent


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sav_writes_a_kept_consultation_s_receipt_again_and_the_district_registers_it(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id, sent = _consulted(units, tmp_path)
    lost = _unwritable(_folder(tmp_path, "usb"))

    kept = inbox.receive_consultation(sav.session, Path(sent.path), receipt_out=lost)

    assert kept.receipt is None and not lost.exists()
    assert [(w.code, w.message, w.package_id) for w in kept.warnings] == [(
        "consultation_receipt_not_written",
        CONSULTATION_RECEIPT_NOT_WRITTEN.replace("%1", sent.package_id).replace("%2", str(lost)),
        sent.package_id)]
    assert warning_json(kept.warnings[0])["command"] == (  # what --json gives a script to run
        f"utvag consult receipt-out {sent.package_id} FILE")
    assert warning_lines(kept.warnings) == [
        f"! {kept.warnings[0]} Write it with 'utvag consult receipt-out {sent.package_id} "
        "FILE'."]
    [entry] = inbox.received_list(sav.session)  # kept all the same, to be answered
    assert entry.package_id == sent.package_id and entry.awaiting_answer

    again = _folder(tmp_path, "again") / "kvitto.utvp"
    written = receipts.write_receipt(sav.session, sent.package_id, again)

    assert (written.kind, written.recipient_unit, written.case_id) == (
        "consultation", "Hisingen", None)
    assert written.path == str(again) and _private(again)
    assert [p.name for p in again.parent.iterdir()] == ["kvitto.utvp"]  # no temporary file left
    assert audit_rows(sav.conn)[-1][1] == "consultation.receipt_out"
    delivered = transfer.import_receipt(hisingen.session, again)
    assert (delivered.package_id, delivered.case_id, delivered.result) == (
        sent.package_id, case_id, "imported")
    assert delivered.package_id == written.package_id


def test_the_district_writes_the_receipt_for_sav_s_answer_again_and_sav_registers_it(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id, sent = _consulted(units, tmp_path)
    kept = inbox.receive_consultation(sav.session, Path(sent.path),
                                      receipt_out=tmp_path / "out" / "kvitto-k.utvp")
    answer = inbox.answer_consultation(sav.session, kept.package_id,
                                       tmp_path / "out" / "svar.utvp", answer="advice",
                                       text="Kontakta Polisen om hotbilden.")
    assert receipts.answer_for_case(hisingen.session, case_id) is None  # not answered yet
    lost = _unwritable(_folder(tmp_path, "usb"))

    imported = consult.import_answer(hisingen.session, Path(answer.path), receipt_out=lost)

    assert imported.receipt is None and not lost.exists()
    assert imported.warnings[-1].message == (
        ANSWER_RECEIPT_NOT_WRITTEN.replace("%1", answer.package_id).replace("%2", str(lost)))
    assert imported.warnings[-1].code == "consultation_receipt_not_written"
    assert warning_lines(imported.warnings[-1:]) == [
        f"! {imported.warnings[-1]} Write it with 'utvag consult receipt-out "
        f"{answer.package_id} FILE'."]
    assert receipts.answer_for_case(hisingen.session, case_id) == answer.package_id

    again = tmp_path / "kvitto-svar.utvp"
    written = receipts.write_receipt(hisingen.session, answer.package_id, again)

    assert (written.kind, written.recipient_unit, written.case_id) == (
        "consultation_answer", "SAV", case_id)
    assert _private(again)
    [row] = [r for r in audit_rows(hisingen.conn) if r[1] == "consultation.receipt_out"]
    assert row[2] == case_id
    registered = transfer.import_receipt(sav.session, again)
    assert (registered.package_id, registered.result) == (answer.package_id, "imported")


def test_written_again_it_is_the_receipt_sealed_at_the_import(units: tuple[Unit, Unit],
                                                              tmp_path: Path) -> None:
    hisingen, sav = units
    _case_id, sent = _consulted(units, tmp_path)
    first = tmp_path / "first.utvp"
    inbox.receive_consultation(sav.session, Path(sent.path), receipt_out=first)
    again = tmp_path / "again.utvp"
    receipts.write_receipt(sav.session, sent.package_id.upper(), again)
    assert again.read_bytes() == first.read_bytes()
    transfer.import_receipt(hisingen.session, again)
    with pytest.raises(IntegrityError):  # one receipt settles one package
        transfer.import_receipt(hisingen.session, first)


def test_what_was_not_imported_here_as_a_consultation_is_refused_and_nothing_is_written(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump) -> None:
    hisingen, sav = units
    case_id, sent = _consulted(units, tmp_path)
    case = transfer.export_case(hisingen.session, special_defector_case(hisingen), "SAV",
                                tmp_path / "out" / "case.utvp")
    transfer.import_package(sav.session, Path(case.path), receipt_out=tmp_path / "r.utvp")
    out = tmp_path / "none.utvp"
    for unit, package_id in ((hisingen, sent.package_id),  # sent from here, not imported
                             (sav, sent.package_id),  # not kept at SAV (yet)
                             (sav, case.package_id)):  # a case: Case › Write the receipt again
        before = dump_without_audit(table_dump, unit.conn)
        rows = len(audit_rows(unit.conn))
        with pytest.raises(NotFoundError, match=f"No consultation or answer with package id "
                                                f"{package_id} was imported"):
            receipts.write_receipt(unit.session, package_id, out)
        assert not out.exists()
        assert dump_without_audit(table_dump, unit.conn) == before
        assert len(audit_rows(unit.conn)) == rows
    with pytest.raises(UsageError, match="32 hexadecimal"):
        receipts.write_receipt(sav.session, "konsultation", out)
    assert not out.exists() and case_id


def test_a_taken_name_or_a_locked_vault_writes_nothing(units: tuple[Unit, Unit],
                                                       tmp_path: Path, table_dump: Dump) -> None:
    _hisingen, sav = units
    _case_id, sent = _consulted(units, tmp_path)
    inbox.receive_consultation(sav.session, Path(sent.path), receipt_out=tmp_path / "r.utvp")
    taken = tmp_path / "taken.utvp"
    taken.write_bytes(b"someone else's file")
    before = table_dump(sav.conn)
    with pytest.raises(UsageError, match="already exists"):
        receipts.write_receipt(sav.session, sent.package_id, taken)
    assert taken.read_bytes() == b"someone else's file" and table_dump(sav.conn) == before

    sav.session.close()
    out = tmp_path / "locked.utvp"
    with pytest.raises(RefusedError, match=r"The vault is locked\."):
        receipts.write_receipt(sav.session, sent.package_id, out)
    assert not out.exists()


def test_the_warnings_are_catalogued() -> None:
    assert {CONSULTATION_RECEIPT_NOT_WRITTEN, ANSWER_RECEIPT_NOT_WRITTEN} <= set(TEMPLATES)
