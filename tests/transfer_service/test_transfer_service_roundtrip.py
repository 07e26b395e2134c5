"""A case moves from Hisingen to SAV through the services: everything arrives as it was sent, the
sending case is closed as transferred with a disclosure record, and the receipt marks it
delivered."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from transfer_service_helpers import AS_OF, ATTACHMENTS, PERSON, ROOT, Unit, special_defector_case

from utvag.domain.case_status import ClosureReason
from utvag.errors import RefusedError
from utvag.forms import load_answers
from utvag.services import assessment, audit_log, cases, transfer
from utvag.vault import repo_transfer


def test_a_case_moves_with_everything_and_the_receipt_marks_it_delivered(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    sent = cases.show_case(hisingen.session, case_id)
    progress: list[tuple[int, int]] = []
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "HI-case.utvp"

    result = transfer.export_case(hisingen.session, case_id, "SAV", out,
                                  progress=lambda done, total: progress.append((done, total)))

    assert out.is_file() and result.size == out.stat().st_size
    assert result.to_unit == "SAV" and result.legal_basis == "consent"
    assert progress and progress[-1][0] == progress[-1][1]
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left
    closed = cases.get_case(hisingen.session, case_id)
    assert closed.status.value == "transferred"
    assert closed.close_reason == ClosureReason.HANDLING_TRANSFERRED.value
    with pytest.raises(RefusedError, match="read-only"):
        cases.add_note(hisingen.session, case_id, "Efter överflyttningen")
    disclosures = repo_transfer.disclosures_for_case(hisingen.conn, case_id)
    assert len(disclosures) == 1
    record = disclosures[0]
    assert record.recipient == "SAV" and record.legal_basis == "consent"
    assert "2026-10-02" in record.legal_ground and record.package_id == bytes.fromhex(
        result.package_id)
    assert set(record.categories) >= {"person", "case", "journal_notes", "assessments",
                                      "attachments", "audit_excerpt", "transfer_decision"}
    [state] = transfer.transfer_state(hisingen.session, case_id)
    assert state.to_unit == "SAV" and state.awaiting_receipt

    preview = transfer.preview_package(sav.session, out)
    assert preview.sender_unit == "Hisingen"
    assert preview.sender_fingerprint == hisingen.identity().fingerprint
    assert preview.source_case_number == sent.case.case_number
    assert sorted(preview.attachments) == sorted((n, len(d)) for n, d in ATTACHMENTS.items())
    assert not preview.needs_person_choice

    imported = transfer.import_package(sav.session, out)

    got = cases.show_case(sav.session, imported.case_id)
    assert got.case.status == "investigation" and got.case.owning_unit == "SAV"
    assert got.case.case_number.startswith("SAV-")
    assert got.case.person.name == PERSON["name"]
    assert got.case.person.protected_identity == PERSON["protected_identity"]
    texts = [n.text for n in got.notes]
    # the signed notes; the draft stays behind
    assert texts[:-1] == [n.text for n in sent.notes if n.is_signed]
    assert "överflyttning från Hisingen" in texts[-1] and result.package_id in texts[-1]
    assert got.notes[1].corrects_note_id == got.notes[0].id
    assert [n.signed_by is None for n in got.notes] == [False, False, False]
    for att in got.attachments:
        data = cases.read_attachment(sav.session, imported.case_id, att.id)
        assert data == ATTACHMENTS[att.name]
        assert att.sha256 == hashlib.sha256(data).hexdigest()
    current = assessment.current(sav.session, imported.case_id)
    assert current is not None and current[1].route_to.value == "SAV"
    received = repo_transfer.received_for_case(sav.conn, imported.case_id)
    assert received is not None and received.sender_unit == "Hisingen"
    decision = json.loads(received.decision or "")
    assert decision["closure_reason"]["code"] == "handling_transferred"
    assert decision["routing"]["supports_recipient"] is True
    assert (decision["legal_basis"], decision["legal_ref"]) == ("consent", "consent")
    assert json.loads(received.audit_excerpt or "")["rows"]
    assert imported.receipt is not None
    assert Path(imported.receipt).is_file()
    assert audit_log.verify(sav.session).ok

    receipt = transfer.import_receipt(hisingen.session, Path(imported.receipt))

    assert receipt.case_id == case_id and receipt.result == "imported"
    [state] = transfer.transfer_state(hisingen.session, case_id)
    assert not state.awaiting_receipt and state.result == "imported"
    [row] = repo_transfer.sent_for_case(hisingen.conn, case_id)
    assert row.receipt_statement and row.receipt_signature
    actions = [r.action for r in audit_log.entries(hisingen.session, case_id)]
    assert "transfer.export" in actions and "transfer.receipt" in actions
    assert audit_log.verify(hisingen.session).ok


def test_the_case_can_move_back_when_sav_finds_no_special_defector(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    out = tmp_path / "there.utvp"
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    at_sav = transfer.import_package(sav.session, out).case_id
    # SAV assesses again: a low threat, so the district the person belongs to handles it.
    district = load_answers(ROOT / "docs" / "examples" / "answers-district-defector.json")
    _, outcome = assessment.assess_document(sav.session, at_sav, district, sign=True,
                                            today=AS_OF)
    assert outcome.route_to.value == "Hisingen"

    back = tmp_path / "back.utvp"
    transfer.export_case(sav.session, at_sav, "Hisingen", back)
    home = transfer.import_package(hisingen.session, back, link_person="link")

    assert home.person == "linked"
    assert cases.get_case(hisingen.session, home.case_id).person.id == cases.get_case(
        hisingen.session, case_id).person.id
    # Both receipts settle their packages (in either order).
    transfer.import_receipt(hisingen.session, Path(transfer.default_receipt_path(out)))
    assert home.receipt is not None
    transfer.import_receipt(sav.session, Path(home.receipt))
    assert not transfer.transfer_state(sav.session, at_sav)[0].awaiting_receipt


def test_linking_never_lowers_a_protected_identity_and_separate_keeps_people_apart(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    existing = cases.new_case(sav.session, {"type": "defector", "person": {
        "name": "Samma Person", "personal_number": PERSON["personal_number"]}})
    for choice in ("link", "separate"):
        case_id = special_defector_case(hisingen, person={
            **PERSON, "protected_identity": "skyddad_folkbokforing"})
        out = tmp_path / f"{choice}.utvp"
        transfer.export_case(hisingen.session, case_id, "SAV", out, reveal_identity=True)
        result = transfer.import_package(sav.session, out, link_person=choice)
        person = cases.get_case(sav.session, result.case_id).person
        if choice == "link":
            assert result.person == "linked" and result.protection_raised
            assert person.id == cases.get_case(sav.session, existing).person.id
        else:
            assert result.person == "new"
            assert person.id != cases.get_case(sav.session, existing).person.id
        assert person.protected_identity.value == "skyddad_folkbokforing"
