"""A case whose package was refused (out of order, expired) or lost is not stranded: the sender
resends it as a new package, and the receiver refuses the replaced package from then on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import PERSON, Unit, dump_without_audit, special_defector_case

from utvag.errors import EXIT_INTEGRITY, EXIT_NOT_FOUND, EXIT_REFUSED, EXIT_USAGE, UtvagError
from utvag.services import cases, transfer
from utvag.vault import repo_transfer

Dump = Callable[[Any], dict[str, Any]]
OTHER = {k: v for k, v in PERSON.items() if k != "personal_number"} | {
    "name": "Fiktiv Annan", "birth_date": "1985-05-05"}


def _fails(attempt: Callable[[], object], code: int, text: str) -> str:
    with pytest.raises(UtvagError) as info:
        attempt()
    assert info.value.exit_code == code, info.value
    assert text in info.value.message, info.value.message
    return info.value.message


def _contents(unit: Unit, case_id: int) -> dict[str, Any]:
    shown = cases.show_case(unit.session, case_id)
    return {"notes": [n.text for n in shown.notes if n.is_signed],  # drafts never leave
            "attachments": sorted((a.name, a.sha256)
                                  for a in cases.attachments(unit.session, case_id))}


def test_a_package_refused_as_out_of_order_is_resent_and_the_old_one_refused_for_good(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump) -> None:
    hisingen, sav = units
    first = special_defector_case(hisingen)
    second = special_defector_case(hisingen, person=OTHER)
    old = transfer.export_case(hisingen.session, first, "SAV", tmp_path / "first.utvp")
    later = transfer.export_case(hisingen.session, second, "SAV", tmp_path / "second.utvp")
    transfer.import_package(sav.session, Path(later.path))
    _fails(lambda: transfer.import_package(sav.session, Path(old.path)), EXIT_INTEGRITY,
           "older than one already imported")
    sent_before = _contents(hisingen, first)

    new = transfer.resend_package(hisingen.session, old.package_id, tmp_path / "again.utvp")

    assert new.package_id != old.package_id and new.sequence > later.sequence
    assert new.case_number == old.case_number and new.attachments == old.attachments
    states = {s.package_id: s for s in transfer.transfer_state(hisingen.session, first)}
    assert states[old.package_id].superseded_by == new.package_id
    assert not states[old.package_id].awaiting_receipt
    assert states[new.package_id].awaiting_receipt
    disclosed = repo_transfer.disclosures_for_case(hisingen.conn, first)
    assert [d.package_id.hex() for d in disclosed if d.package_id] == [old.package_id,
                                                                       new.package_id]
    arrived = transfer.import_package(sav.session, Path(new.path))
    received = _contents(sav, arrived.case_id)
    assert received["attachments"] == sent_before["attachments"]
    assert received["notes"][:-1] == sent_before["notes"]  # plus the note of the arrival
    done = transfer.import_receipt(hisingen.session, Path(arrived.receipt or ""))
    assert done.package_id == new.package_id

    before = dump_without_audit(table_dump, sav.conn)
    message = _fails(lambda: transfer.import_package(sav.session, Path(old.path),
                                                     receipt_out=tmp_path / "r-old.utvp"),
                     EXIT_INTEGRITY, f"was replaced by package {new.package_id}")
    assert "nothing was imported" in message
    assert dump_without_audit(table_dump, sav.conn) == before
    assert not (tmp_path / "r-old.utvp").exists()


def test_an_expired_package_points_to_resend_and_the_resent_one_arrives(
        units: tuple[Unit, Unit], tmp_path: Path, run_cli: Callable[..., Any],
        secret_file: Callable[[str], Path]) -> None:
    """The refusal is one whole message naming the remedy (the sender resends); the command
    line adds the command for it."""
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    old = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "old.utvp",
                               now=datetime.now(UTC) - timedelta(days=31))
    message = _fails(lambda: transfer.import_package(sav.session, Path(old.path)),
                     EXIT_INTEGRITY, "; ask the sending unit to resend the case as a new package.")
    assert message.startswith("The package expired on ") and "utvag" not in message

    new = transfer.resend_package(hisingen.session, old.package_id, tmp_path / "new.utvp")

    sav.session.close()  # the command line opens SAV's vault itself
    handle = sav.extra["handle"]
    refused = run_cli("--vault", sav.directory, "--passphrase-file",
                      secret_file(handle.passphrase), "transfer", "import", old.path,
                      "--receipt-out", tmp_path / "r-old.utvp")
    assert refused.code == EXIT_INTEGRITY
    assert message in refused.err and "'utvag transfer resend PACKAGE_ID --out FILE'" in (
        refused.err)
    sav.session = handle.open()
    try:
        arrived = transfer.import_package(sav.session, Path(new.path))
        assert arrived.source_case_number == old.case_number
    finally:
        sav.session.close()


def test_a_lost_package_found_after_all_settles_the_case_and_the_resent_one_is_refused(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    lost = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "lost.utvp")
    new = transfer.resend_package(hisingen.session, lost.package_id, tmp_path / "new.utvp")
    arrived = transfer.import_package(sav.session, Path(lost.path))  # it turned up after all

    before = dump_without_audit(table_dump, sav.conn)
    _fails(lambda: transfer.import_package(sav.session, Path(new.path),
                                           receipt_out=tmp_path / "r-new.utvp"),
           EXIT_INTEGRITY, f"replaces package {lost.package_id}, which was already imported")
    assert dump_without_audit(table_dump, sav.conn) == before
    assert len(sav.conn.execute("SELECT id FROM case_record").fetchall()) == 1

    done = transfer.import_receipt(hisingen.session, Path(arrived.receipt or ""))
    assert done.package_id == lost.package_id and done.case_id == case_id


def test_resend_refusals_change_nothing(units: tuple[Unit, Unit], tmp_path: Path,
                                       table_dump: Dump) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    sent = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "p.utvp")
    arrived = transfer.import_package(sav.session, Path(sent.path))
    other = special_defector_case(hisingen, person=OTHER)
    open_one = transfer.export_case(hisingen.session, other, "SAV", tmp_path / "q.utvp")
    replaced = transfer.resend_package(hisingen.session, open_one.package_id,
                                       tmp_path / "q2.utvp")
    transfer.import_receipt(hisingen.session, Path(arrived.receipt or ""))
    before = dump_without_audit(table_dump, hisingen.conn)
    files = sorted(tmp_path.iterdir())

    out = tmp_path / "never.utvp"
    _fails(lambda: transfer.resend_package(hisingen.session, sent.package_id, out),
           EXIT_REFUSED, "was delivered")
    _fails(lambda: transfer.resend_package(hisingen.session, open_one.package_id, out),
           EXIT_REFUSED, f"already replaced by package {replaced.package_id}")
    _fails(lambda: transfer.resend_package(hisingen.session, "ab" * 16, out),
           EXIT_NOT_FOUND, "sent no case package")
    _fails(lambda: transfer.resend_package(hisingen.session, "xyz", out), EXIT_USAGE,
           "32 hexadecimal")
    _fails(lambda: transfer.resend_package(hisingen.session, replaced.package_id,
                                           tmp_path / "p.utvp"), EXIT_USAGE, "already exists")

    assert dump_without_audit(table_dump, hisingen.conn) == before
    assert sorted(tmp_path.iterdir()) == files
