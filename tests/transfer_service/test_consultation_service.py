"""Consultation with SAV between two real vaults: Hisingen consults SAV about a case that stays
at Hisingen, SAV opens the consultation and answers with a signed package, Hisingen records the
answer. With the consent the package carries the case summary, without it de-identified facts
only; tampered, misaddressed, replayed and wrong-kind packages are refused and change nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import (
    PERSON,
    Unit,
    audit_rows,
    dump_without_audit,
    read,
    special_defector_case,
    write,
)

from utvag.errors import EXIT_INTEGRITY, UtvagError, ValidationError
from utvag.services import due, transfer
from utvag.services.consultation import inbox
from utvag.services.consultation import send as consult
from utvag.services.consultation.payload import FACT_FIELDS
from utvag.vault import repo_case_flow, repo_cases, repo_journal

Dump = Callable[[Any], dict[str, Any]]
NO_CONSENT = {"consent_authorities": ["police", "prison_probation"]}


def _out(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "packages"
    folder.mkdir(exist_ok=True)
    return folder / name


def refused(unit: Unit, table_dump: Dump, attempt: Callable[[], object], action: str) -> str:
    """*attempt* fails with exit 4, changes no table but the audit log (one row, the reason)."""
    before = dump_without_audit(table_dump, unit.conn)
    rows = audit_rows(unit.conn)
    with pytest.raises(UtvagError) as info:
        attempt()
    assert info.value.exit_code == EXIT_INTEGRITY, info.value
    assert dump_without_audit(table_dump, unit.conn) == before
    new = audit_rows(unit.conn)[len(rows):]
    assert [r[1] for r in new] == [action]
    return str(info.value)


def test_with_consent_sav_decides_and_the_case_keeps_running(units: tuple[Unit, Unit],
                                                             tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    preview = consult.consultation_preview(hisingen.session, case_id)
    assert (preview.content, preview.why, preview.sav_trusted) == ("case_summary", "consent",
                                                                   True)
    sent = consult.send_consultation(hisingen.session, case_id, _out(tmp_path, "k.utvp"),
                                     question="special_defector",
                                     question_text="Bedöms personen som särskild avhoppare?")
    assert sent.content == "case_summary" and Path(sent.path).is_file()
    [row] = consult.for_case(hisingen.session, case_id)
    assert row.awaiting_answer and row.answer_due_days == 14
    kept = repo_cases.get_case(hisingen.conn, case_id)
    assert kept is not None and kept.status.value != "transferred"

    seen = inbox.preview_consultation(sav.session, Path(sent.path))
    assert inbox.received_list(sav.session) == []  # a preview keeps nothing
    opened = inbox.receive_consultation(sav.session, Path(sent.path))
    assert opened.facts == seen.facts and opened.summary == seen.summary
    assert opened.from_unit == "Hisingen" and opened.question == "special_defector"
    assert opened.summary is not None
    assert opened.summary["person"]["name"] == PERSON["name"]
    assert opened.summary["question_text"] == "Bedöms personen som särskild avhoppare?"
    assert opened.facts["threat_level"] == "high" and opened.facts["belonging"] == "Nordost"
    assert sav.conn.execute("SELECT count(*) FROM case_record").fetchone() == (0,)

    answer = inbox.answer_consultation(sav.session, opened.package_id, _out(tmp_path, "s.utvp"),
                                       answer="decision", special_defector=True,
                                       text="Hög hotbild enligt Polisen; SAV handlägger.")
    [listed] = inbox.received_list(sav.session)
    assert not listed.awaiting_answer and listed.answer is not None
    assert listed.answer.special_defector is True

    # SAV's receipt for the consultation marks it delivered at Hisingen
    assert opened.receipt is not None
    delivered = transfer.import_receipt(hisingen.session, Path(opened.receipt))
    assert (delivered.package_id, delivered.case_id) == (sent.package_id, case_id)

    result = consult.import_answer(hisingen.session, Path(answer.path))
    assert (result.answer, result.special_defector) == ("decision", True)
    assert result.receipt is not None
    answered = transfer.import_receipt(sav.session, Path(result.receipt))
    assert answered.package_id == answer.package_id
    case = repo_cases.get_case(hisingen.conn, case_id)
    assert case is not None  # running, not closed:
    assert case.status.value in ("awaiting_transfer", "decided")
    [decision] = repo_case_flow.for_case(hisingen.conn, "special_defector_decision", case_id)
    assert decision["decision"] == "confirmed"
    assert decision["justification"] == "Hög hotbild enligt Polisen; SAV handlägger."
    [row] = consult.for_case(hisingen.session, case_id)
    assert not row.awaiting_answer and row.decision_id == decision["id"]
    notes = [n.text for n in repo_journal.notes_for_case(hisingen.conn, case_id)]
    assert any(t.startswith("SAV:s beslut på konsultationen") for t in notes)
    # the disclosure of the summary is in the register, on the consent
    grounds = hisingen.conn.execute(
        "SELECT legal_basis, recipient FROM disclosure WHERE case_id = ?", (case_id,)).fetchall()
    assert ("consent", "SAV") in grounds


def test_without_consent_only_deidentified_facts_leave(units: tuple[Unit, Unit],
                                                       tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen, answers=NO_CONSENT)
    preview = consult.consultation_preview(hisingen.session, case_id)
    assert (preview.content, preview.why) == ("deidentified", "no_consent")
    assert all(f.startswith("facts.") for f in preview.fields)
    with pytest.raises(ValidationError, match="question in words may identify"):
        consult.send_consultation(hisingen.session, case_id, _out(tmp_path, "x.utvp"),
                                  question="advice", question_text="Hur går vi vidare?")
    assert not _out(tmp_path, "x.utvp").exists()
    assert consult.for_case(hisingen.session, case_id) == []

    sent = consult.send_consultation(hisingen.session, case_id, _out(tmp_path, "k.utvp"),
                                     question="advice")
    assert sent.content == "deidentified"
    opened = inbox.receive_consultation(sav.session, Path(sent.path))
    assert opened.summary is None and set(opened.facts) == set(FACT_FIELDS)
    stored = sav.conn.execute("SELECT document FROM consultation_received").fetchone()[0]
    for secret in (PERSON["name"], "19900101", "0017", "POL-2026-0001", "Polisens lägesbild",
                   "2026-10", "HI-"):
        assert secret not in stored
    answer = inbox.answer_consultation(sav.session, opened.package_id, _out(tmp_path, "r.utvp"),
                                       answer="advice", text="Kontakta SAV:s samordnare.")
    result = consult.import_answer(hisingen.session, Path(answer.path))
    assert result.answer == "advice" and result.decision_record_id is None
    assert repo_case_flow.for_case(hisingen.conn, "special_defector_decision", case_id) == []
    [row] = consult.for_case(hisingen.session, case_id)
    assert row.answer_text == "Kontakta SAV:s samordnare."


def test_an_unanswered_consultation_becomes_due(units: tuple[Unit, Unit],
                                                tmp_path: Path) -> None:
    hisingen, _ = units
    case_id = special_defector_case(hisingen)
    consult.send_consultation(hisingen.session, case_id, _out(tmp_path, "k.utvp"),
                              question="advice", answer_days=3)
    now = datetime.now(UTC)
    kinds = {r.item.kind.value for r in due.due_list(hisingen.session, now, horizon_days=0)}
    assert "consultation_answer" not in kinds
    later = now + timedelta(days=4)
    overdue = [r for r in due.due_list(hisingen.session, later, horizon_days=0)
               if r.item.kind.value == "consultation_answer"]
    assert [r.overdue for r in overdue] == [True]


def test_bad_packages_are_refused_and_change_nothing(units: tuple[Unit, Unit], tmp_path: Path,
                                                     table_dump: Dump) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    sent = consult.send_consultation(hisingen.session, case_id, _out(tmp_path, "k.utvp"),
                                     question="special_defector")
    package = Path(sent.path)
    data = bytearray(read(package))
    data[len(data) // 2] ^= 1
    tampered = write(_out(tmp_path, "tampered.utvp"), bytes(data))
    text = refused(sav, table_dump, lambda: inbox.receive_consultation(sav.session, tampered),
                   "consultation.open_refused")
    assert "changed after it was signed" in text
    # a consultation is not a case package, nor an answer, and is for SAV only
    text = refused(sav, table_dump, lambda: transfer.import_package(sav.session, package),
                   "transfer.import_refused")
    assert "This file is a consultation, not a case package" in text
    text = refused(hisingen, table_dump,
                   lambda: consult.import_answer(hisingen.session, package),
                   "consultation.answer_refused")
    assert "This package is for SAV, not for Hisingen" in text

    opened = inbox.receive_consultation(sav.session, package)
    again = _out(tmp_path, "again-receipt.utvp")
    text = refused(sav, table_dump, lambda: inbox.receive_consultation(
        sav.session, package, receipt_out=again), "consultation.open_refused")
    assert "already been imported" in text and not again.exists()

    answer = Path(inbox.answer_consultation(
        sav.session, opened.package_id, _out(tmp_path, "s.utvp"), answer="decision",
        special_defector=False, text="Låg hotbild; stadsdelen handlägger.").path)
    text = refused(hisingen, table_dump,
                   lambda: transfer.import_package(hisingen.session, answer),
                   "transfer.import_refused")
    assert "This file is a consultation answer, not a case package" in text
    consult.import_answer(hisingen.session, answer)
    text = refused(hisingen, table_dump,
                   lambda: consult.import_answer(hisingen.session, answer, receipt_out=again),
                   "consultation.answer_refused")
    assert "already been imported" in text and not again.exists()


def test_only_sav_answers_and_a_district_at_sav_does_not_consult(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    sent = consult.send_consultation(hisingen.session, case_id, _out(tmp_path, "k.utvp"),
                                     question="advice")
    with pytest.raises(ValidationError, match="answered by SAV"):
        inbox.receive_consultation(hisingen.session, Path(sent.path))
    sav_case = special_defector_case(sav)
    with pytest.raises(ValidationError, match="SAV answers consultations"):
        consult.send_consultation(sav.session, sav_case, _out(tmp_path, "own.utvp"),
                                  question="advice")
    assert not _out(tmp_path, "own.utvp").exists()
    json.dumps([r.to_json() for r in consult.for_case(hisingen.session, case_id)])
