"""A name stored before the one-line rule (or received so) is found by the sender, not the receiver.

A receiving vault refuses a package whose names hold a line break or a control or direction
character. A vault may still hold such a name, typed by an older version: these tests plant one
the way that version stored it (SQL through the vault's own connection) and check that the
export, the handover's twin paths and the consultation refuse before anything is sealed, with a
message naming the field and the record, the file absent and every table as it was; and that
after the name is corrected in the case the package leaves and arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import Unit, special_defector_case

from utvag.errors import RefusedError, ValidationError
from utvag.services import cases, transfer, young_people
from utvag.services.consultation import send as consult

RLO = "\u202e"
YOUNG = {"name": "Fiktiv Ung", "personal_number": "20100305-2386", "protected_identity": "none",
         "district": "Nordost"}
CHARACTER = "holds a character that cannot be sent (a line break or a control or direction "


def _plant(unit: Unit, sql: str, *params: object) -> None:
    with unit.session.vault.transaction() as conn:  # as a version before the rule stored it
        conn.execute(sql, params)


def _person_sql() -> str:
    return "UPDATE person SET name = ? WHERE id = (SELECT person_id FROM case_record WHERE id = ?)"


@pytest.mark.parametrize("bad", [f"Fiktiv{RLO}ammaM", "Fiktiv\nMamma"])
def test_a_stored_guardian_name_is_refused_at_export_naming_the_guardian_then_corrected(
        units: tuple[Unit, Unit], tmp_path: Path, bad: str,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen, person=YOUNG)
    young_people.add_guardian(hisingen.session, case_id, {"name": "Fiktiv Pappa"})
    mother = young_people.add_guardian(hisingen.session, case_id, {"name": "Fiktiv Mamma"})
    _plant(hisingen, "UPDATE guardian SET name = ? WHERE id = ?", bad, mother)
    out = tmp_path / "case.utvp"
    before = table_dump(hisingen.conn)

    with pytest.raises(RefusedError) as refused:
        transfer.export_case(hisingen.session, case_id, "SAV", out)
    assert refused.value.message == (
        f"The name of guardian {mother} {CHARACTER}character): correct it in the case first.")
    assert bad not in refused.value.message
    assert not out.exists() and list(tmp_path.glob("*.utvp*")) == []
    assert table_dump(hisingen.conn) == before  # nothing sealed, recorded or audited

    # A correction that is itself not one line is refused, nothing changed.
    with pytest.raises(ValidationError) as wrong:
        young_people.correct_name(hisingen.session, mother, "Fiktiv\u2028Mamma")
    assert wrong.value.field == "guardian.name"
    assert table_dump(hisingen.conn) == before

    young_people.correct_name(hisingen.session, mother, "  Fiktiv Mamma ")
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    received = transfer.import_package(sav.session, out, receipt_out=tmp_path / "r.utvr")
    names = [g.name for g in young_people.guardians(sav.session, received.case_id)]
    assert names == ["Fiktiv Pappa", "Fiktiv Mamma"]


@pytest.mark.parametrize("bad", [f"Anna{RLO}grebdnaL", "Anna\nBerg"])
def test_a_stored_person_name_is_refused_at_export_and_consultation_then_corrected(
        units: tuple[Unit, Unit], tmp_path: Path, bad: str,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    _plant(hisingen, _person_sql(), bad, case_id)
    before = table_dump(hisingen.conn)
    message = f"The person's name {CHARACTER}character): correct it in the case first."

    out = tmp_path / "case.utvp"
    with pytest.raises(RefusedError) as refused:
        transfer.export_case(hisingen.session, case_id, "SAV", out)
    assert refused.value.message == message
    consultation = tmp_path / "k.utvp"
    with pytest.raises(RefusedError) as refused:
        consult.send_consultation(hisingen.session, case_id, consultation,
                                  question="special_defector")
    assert refused.value.message == message
    assert not out.exists() and not consultation.exists()
    assert table_dump(hisingen.conn) == before

    cases.correct_person_name(hisingen.session, case_id, "Anna Berg")
    sent = consult.send_consultation(hisingen.session, case_id, consultation,
                                     question="special_defector")
    assert Path(sent.path).exists()
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    received = transfer.import_package(sav.session, out, receipt_out=tmp_path / "r.utvr")
    assert cases.get_case(sav.session, received.case_id).person.name == "Anna Berg"


def test_a_closed_case_s_person_cannot_be_renamed(units: tuple[Unit, Unit], tmp_path: Path,
                                                   table_dump: Callable[[Any], Any]) -> None:
    hisingen, _sav = units
    case_id = special_defector_case(hisingen)
    transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "case.utvp")
    before = table_dump(hisingen.conn)
    with pytest.raises(RefusedError):
        cases.correct_person_name(hisingen.session, case_id, "Anna Berg")
    assert table_dump(hisingen.conn) == before


def test_the_command_line_refuses_the_export_and_corrects_the_names(
        units: tuple[Unit, Unit], tmp_path: Path, run_cli: Callable[..., Any],
        secret_file: Callable[[str], Path], table_dump: Callable[[Any], Any]) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen, person=YOUNG)
    guardian = young_people.add_guardian(hisingen.session, case_id, {"name": "Fiktiv Mamma"})
    _plant(hisingen, "UPDATE guardian SET name = ? WHERE id = ?", "Fiktiv\nMamma", guardian)
    _plant(hisingen, _person_sql(), f"Fiktiv{RLO}gnU", case_id)
    before = table_dump(hisingen.conn)
    hisingen.session.close()
    base = ["--vault", hisingen.directory, "--passphrase-file",
            secret_file(hisingen.extra["handle"].passphrase)]
    out = tmp_path / "case.utvp"

    refused = run_cli(*base, "transfer", "export", case_id, "--to", "SAV", "--out", out)
    assert refused.code == 6
    assert f"The person's name {CHARACTER}" in refused.err
    assert not out.exists()
    with hisingen.extra["handle"].open() as session:
        after = table_dump(session.vault.conn)
    added = [row[3] for row in after.pop("audit")[len(before["audit"]):]]
    assert {k: v for k, v in before.items() if k != "audit"} == after
    assert added == ["vault.unlock", "vault.unlock"]  # the CLI's and this check's, no send

    named = tmp_path / "name.txt"  # off the command line (ps, shell history), as a text file
    named.write_text("Fiktiv Ung\n", encoding="utf-8")
    assert run_cli(*base, "case", "rename", case_id, "--name-file", named).code == 0
    refused = run_cli(*base, "transfer", "export", case_id, "--to", "SAV", "--out", out)
    assert refused.code == 6 and f"The name of guardian {guardian} " in refused.err
    wrong = run_cli(*base, "guardian", "rename", guardian, "--name", f"Fiktiv{RLO}ammaM")
    assert wrong.code == 6 and "text-direction" in wrong.err
    named.write_text("Fiktiv Mamma\n", encoding="utf-8")
    assert run_cli(*base, "guardian", "rename", guardian, "--name-file", named).code == 0
    sent = run_cli(*base, "transfer", "export", case_id, "--to", "SAV", "--out", out)
    assert sent.code == 0, sent.err
    received = transfer.import_package(sav.session, out, receipt_out=tmp_path / "r.utvr")
    assert cases.get_case(sav.session, received.case_id).person.name == "Fiktiv Ung"
    assert [g.name for g in young_people.guardians(sav.session, received.case_id)] == [
        "Fiktiv Mamma"]


def test_a_resend_of_a_case_whose_guardian_name_cannot_be_sent_is_refused(
        units: tuple[Unit, Unit], tmp_path: Path,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    hisingen, _sav = units
    case_id = special_defector_case(hisingen, person=YOUNG)
    guardian = young_people.add_guardian(hisingen.session, case_id, {"name": "Fiktiv Mamma"})
    old = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "first.utvp")
    # received so, or planted by an older version after the send
    _plant(hisingen, "UPDATE guardian SET name = ? WHERE id = ?", "Fiktiv\u2028Mamma", guardian)
    before = table_dump(hisingen.conn)
    with pytest.raises(RefusedError, match=f"The name of guardian {guardian} holds"):
        transfer.resend_package(hisingen.session, old.package_id, tmp_path / "again.utvp")
    assert not (tmp_path / "again.utvp").exists()
    assert table_dump(hisingen.conn) == before
