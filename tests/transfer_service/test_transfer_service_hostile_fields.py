"""Text a receiver shows besides names and numbers: a guardian's contact (one line) and reason
not to be contacted, the rest of a consultation's summary (one line each, the question of
several lines) and SAV's answer (several lines). None may hold a control character other than a
tab or a line end, nor a bidirectional embedding, override or isolate. Typed, it is refused at
once; held by a vault from before (or crafted), the sender refuses it naming the field and the
record, and a receiver refuses the package with nothing kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import Unit, special_defector_case

import utvag.services.consultation.inbox as inbox
import utvag.services.transfer.sendable as sendable
from utvag.errors import IntegrityError, RefusedError, UsageError, ValidationError
from utvag.services import transfer, young_people
from utvag.services.consultation import send as consult
from utvag.services.consultation.payload import ANSWER_CHARACTERS, QUESTION_CHARACTERS

RLO, LRI, ESC = "\u202e", "\u2066", "\x1b"
YOUNG = {"name": "Fiktiv Ung", "personal_number": "20100305-2386", "protected_identity": "none",
         "district": "Nordost"}
Dump = Callable[[Any], dict[str, Any]]


@pytest.fixture
def older_sender(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sending vault from before the sender's own checks (or a crafted one)."""
    monkeypatch.setattr(sendable, "check_case", lambda document: None)
    monkeypatch.setattr(sendable, "check_consultation", lambda document: None)


def _without_audit(dump: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in dump.items() if k != "audit"}


def _young_case(unit: Unit) -> tuple[int, int]:
    case_id = special_defector_case(unit, person=YOUNG)
    guardian = young_people.add_guardian(unit.session, case_id, {
        "name": "Fiktiv Mamma", "contact": "031-00 00 00"})
    return case_id, guardian


@pytest.mark.parametrize("contact", ["031-00 00 00\nRing inte", f"031{RLO}00", f"031{ESC}[2J"])
def test_a_typed_contact_is_one_line(units: tuple[Unit, Unit], contact: str) -> None:
    hisingen, _ = units
    case_id, guardian = _young_case(hisingen)
    with pytest.raises(ValidationError) as refused:
        young_people.add_guardian(hisingen.session, case_id, {"name": "Fiktiv Pappa",
                                                              "contact": contact})
    assert refused.value.field == "guardian.contact"
    with pytest.raises(ValidationError):
        young_people.correct_contact(hisingen.session, guardian, contact)
    shown = young_people.guardians(hisingen.session, case_id)
    assert [(g.name, g.contact) for g in shown] == [("Fiktiv Mamma", "031-00 00 00")]


def test_a_reason_not_to_contact_keeps_its_lines_but_no_direction_character(
        units: tuple[Unit, Unit]) -> None:
    hisingen, _ = units
    case_id, guardian = _young_case(hisingen)
    with pytest.raises(ValidationError) as refused:
        young_people.set_contact(hisingen.session, guardian, False, f"Del av{RLO} hotet")
    assert refused.value.field == "guardian.no_contact_reason"
    young_people.set_contact(hisingen.session, guardian, False, "Del av hotet.\nSe polisen.")
    [shown] = young_people.guardians(hisingen.session, case_id)
    assert shown.no_contact_reason == "Del av hotet.\nSe polisen."


@pytest.mark.parametrize(("column", "value", "field"), [
    ("contact", f"031{RLO}00 00 00", "guardians.contact"),
    ("contact", "031-00 00 00\nMamma samarbetar", "guardians.contact"),
    ("no_contact_reason", f"Hot{ESC}[2J", "guardians.no_contact_reason"),
])
@pytest.mark.usefixtures("older_sender")
def test_a_received_guardian_s_contact_in_disguise_is_refused_and_nothing_kept(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump, column: str, value: str,
        field: str) -> None:
    hisingen, sav = units
    case_id, guardian = _young_case(hisingen)
    with hisingen.session.vault.transaction() as conn:  # a crafted sender
        conn.execute("UPDATE guardian SET no_contact_reason = 'Hot', may_contact = 0 "
                     "WHERE id = ?", (guardian,))
        conn.execute(f"UPDATE guardian SET {column} = ? WHERE id = ?", (value, guardian))
    package = tmp_path / "case.utvp"
    transfer.export_case(hisingen.session, case_id, "SAV", package)
    before = table_dump(sav.conn)
    for attempt in (transfer.preview_package, transfer.import_package):
        with pytest.raises(IntegrityError, match=rf"not valid \({field}\)"):
            attempt(sav.session, package)
    assert _without_audit(table_dump(sav.conn)) == _without_audit(before)


def test_a_stored_contact_is_refused_at_export_naming_the_guardian_then_corrected(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump) -> None:
    hisingen, sav = units
    case_id, guardian = _young_case(hisingen)
    with hisingen.session.vault.transaction() as conn:  # typed before the rule
        conn.execute("UPDATE guardian SET contact = ? WHERE id = ?", ("031\n00", guardian))
    out = tmp_path / "case.utvp"
    before = table_dump(hisingen.conn)
    with pytest.raises(RefusedError) as refused:
        transfer.export_case(hisingen.session, case_id, "SAV", out)
    assert refused.value.message.startswith(f"The contact of guardian {guardian} holds a "
                                            "character that cannot be sent")
    assert "031" not in refused.value.message
    assert not out.exists() and table_dump(hisingen.conn) == before

    young_people.correct_contact(hisingen.session, guardian, " 031-00 00 00 ")
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    received = transfer.import_package(sav.session, out)
    [arrived] = young_people.guardians(sav.session, received.case_id)
    assert arrived.contact == "031-00 00 00"


def test_the_command_line_corrects_or_removes_a_contact(
        units: tuple[Unit, Unit], run_cli: Callable[..., Any],
        secret_file: Callable[[str], Path], tmp_path: Path) -> None:
    hisingen, _ = units
    case_id, guardian = _young_case(hisingen)
    hisingen.session.close()
    base = ["--vault", hisingen.directory, "--passphrase-file",
            secret_file(hisingen.extra["handle"].passphrase), "guardian"]
    refused = run_cli(*base, "correct-contact", guardian, "--contact", f"031{RLO}00")
    assert refused.code != 0 and "guardian.contact" in refused.err
    contact = tmp_path / "contact.txt"  # off the command line (ps, shell history)
    contact.write_text("031-11 11 11\n", encoding="utf-8")
    done = run_cli(*base, "correct-contact", guardian, "--contact-file", contact)
    assert done.code == 0 and f"The contact of guardian {guardian} is corrected." in done.out
    listed = run_cli(*base, "list", case_id, "--json")
    assert "031-11 11 11" in listed.out
    removed = run_cli(*base, "correct-contact", guardian, "--contact", "")
    assert removed.code == 0
    assert "031-11" not in run_cli(*base, "list", case_id, "--json").out


@pytest.mark.parametrize(("sql", "value"), [
    ("UPDATE person SET gender = ? WHERE id = (SELECT person_id FROM case_record WHERE id = ?)",
     f"man{RLO}"),
    ("UPDATE case_record SET caseworker = ? WHERE id = ?", f"Handläggare{ESC}[2J"),
])
@pytest.mark.usefixtures("older_sender")
def test_a_consultation_summary_in_disguise_is_refused_and_nothing_kept(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump, sql: str,
        value: str) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    with hisingen.session.vault.transaction() as conn:  # a crafted sender
        conn.execute(sql, (value, case_id))
    sent = consult.send_consultation(hisingen.session, case_id, tmp_path / "k.utvp",
                                     question="special_defector")
    before = table_dump(sav.conn)
    for attempt in (inbox.preview_consultation, inbox.receive_consultation):
        with pytest.raises(IntegrityError, match="not in the expected form"):
            attempt(sav.session, Path(sent.path))
    assert _without_audit(table_dump(sav.conn)) == _without_audit(before)


def test_a_question_keeps_its_lines_but_no_control_character(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    with pytest.raises(UsageError) as refused:
        consult.send_consultation(hisingen.session, case_id, tmp_path / "k.utvp",
                                  question="special_defector",
                                  question_text=f"Särskild{LRI} avhoppare?")
    assert refused.value.message == QUESTION_CHARACTERS
    assert not (tmp_path / "k.utvp").exists()
    sent = consult.send_consultation(hisingen.session, case_id, tmp_path / "k.utvp",
                                     question="special_defector",
                                     question_text="Särskild avhoppare?\n\tHotbild: hög.")
    opened = inbox.receive_consultation(sav.session, Path(sent.path))
    assert opened.summary is not None
    assert opened.summary["question_text"] == "Särskild avhoppare?\n\tHotbild: hög."


def test_an_answer_in_disguise_is_refused_typed_and_received(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump,
        monkeypatch: pytest.MonkeyPatch) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    sent = consult.send_consultation(hisingen.session, case_id, tmp_path / "k.utvp",
                                     question="advice")
    opened = inbox.receive_consultation(sav.session, Path(sent.path))
    bad = f"Råd: kontakta{RLO} Polisen"
    with pytest.raises(UsageError) as refused:
        inbox.answer_consultation(sav.session, opened.package_id, tmp_path / "a.utvp",
                                  answer="advice", text=bad)
    assert refused.value.message == ANSWER_CHARACTERS
    assert not (tmp_path / "a.utvp").exists()

    # an SAV vault from before the rule (or a crafted one) seals it anyway
    checked = inbox.check_answer_arguments
    monkeypatch.setattr(inbox, "check_answer_arguments",
                        lambda answer, special, text, out: (checked(answer, special, "x", out)[0],
                                                            text))
    answer = inbox.answer_consultation(sav.session, opened.package_id, tmp_path / "a.utvp",
                                       answer="advice", text=bad)
    before = table_dump(hisingen.conn)
    with pytest.raises(IntegrityError):
        consult.import_answer(hisingen.session, Path(answer.path))
    assert _without_audit(table_dump(hisingen.conn)) == _without_audit(before)
