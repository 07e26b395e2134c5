"""Text that makes the screen say something other than what is stored.

A right-to-left override (U+202E) in a file name shows ``rapport<U+202E>fdp.exe`` as
``rapportexe.pdf``; an escape sequence in a name or a note rewrites the terminal that prints it; a
line break in a name adds a line that reads as the app's own. A package is written by another
vault, so what it carries is whatever that vault held or its holder made it hold: these tests
plant such text in a real sending vault (through the services where they let it in, by editing
the stored record where they do not, as a crafted sender would) and check what the receiving
unit shows, stores and prints. This version's sender refuses such a package before sealing it
(``test_transfer_service_sendable``); the sender here is one without that check
(``older_sender``), as an older or crafted one is.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import Unit, special_defector_case

import utvag.services.transfer.sendable as sendable
from utvag.errors import IntegrityError, ValidationError
from utvag.services import cases, transfer, young_people
from utvag.services.consultation import inbox
from utvag.services.consultation import send as consult

RLO = "\u202e"
ESC = "\x1b"
# Sets the terminal's window title and clears the screen, in most terminals.
TERMINAL_ATTACK = f"{ESC}]0;Utväg: inga ärenden{ESC}\\{ESC}[2J"
BAD_NAMES = [f"Anna{RLO}grebdnaL", f"Anna{TERMINAL_ATTACK}", "Anna\nKey trusted: by phone",
             "Anna\u2028Bergman", "Anna\u0085Berg", "Anna\u2066Berg"]


@pytest.fixture
def older_sender(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sending vault from before the sender's own check (or a crafted one): it seals what it
    holds."""
    monkeypatch.setattr(sendable, "check_case", lambda document: None)
    monkeypatch.setattr(sendable, "check_consultation", lambda document: None)


def _export(sender: Unit, case_id: int, tmp_path: Path) -> Path:
    out = tmp_path / f"package-{case_id}.utvp"
    transfer.export_case(sender.session, case_id, "SAV", out)
    return out


@pytest.mark.parametrize("name", BAD_NAMES)
def test_a_person_name_that_would_disguise_itself_is_refused_and_nothing_stored(
        units: tuple[Unit, Unit], name: str) -> None:
    hisingen, _ = units
    before = cases.list_cases(hisingen.session)
    with pytest.raises(ValidationError) as refused:
        cases.new_case(hisingen.session, {"type": "defector", "person": {
            "name": name, "birth_date": "1990-01-01"}})
    assert refused.value.field == "person.name"
    assert "text-direction" in refused.value.message
    assert cases.list_cases(hisingen.session) == before


def test_an_attachment_named_to_hide_its_extension_is_kept_under_a_name_that_shows_it(
        units: tuple[Unit, Unit]) -> None:
    hisingen, _ = units
    case_id = cases.new_case(hisingen.session, {"type": "defector", "person": {
        "name": "Fiktiv Person", "birth_date": "1990-01-01"}})
    cases.attach(hisingen.session, case_id, io.BytesIO(b"MZ"), f"rapport{RLO}fdp.exe")
    names = [a.name for a in cases.show_case(hisingen.session, case_id).attachments]
    assert names == ["rapport_fdp.exe"]


def test_a_received_attachment_name_with_an_override_arrives_showing_its_extension(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    with hisingen.session.vault.transaction() as conn:  # a vault from before, or crafted
        conn.execute("UPDATE attachment SET name = ? WHERE case_id = ? AND name = 'tom.txt'",
                     (f"rapport{RLO}fdp.exe", case_id))
    package = _export(hisingen, case_id, tmp_path)

    preview = transfer.preview_package(sav.session, package)
    shown = [name for name, _size in preview.attachments]
    assert "rapport_fdp.exe" in shown and not any(RLO in name for name in shown)

    result = transfer.import_package(sav.session, package, receipt_out=tmp_path / "receipt.utvr")
    stored = [a.name for a in cases.show_case(sav.session, result.case_id).attachments]
    assert "rapport_fdp.exe" in stored and not any(RLO in name for name in stored)


@pytest.mark.parametrize(("column", "table", "value"), [
    ("name", "person", f"Anna{RLO}grebdnaL"),
    ("name", "person", f"Anna{TERMINAL_ATTACK}"),
    ("case_number", "case_record", "HIS-2026-0001\nSkyddad identitet"),
    ("author", "journal_note", f"handläggare{ESC}[2J"),
])
@pytest.mark.usefixtures("older_sender")
def test_a_package_whose_names_would_disguise_themselves_is_refused_and_nothing_imported(
        units: tuple[Unit, Unit], tmp_path: Path, column: str, table: str, value: str,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    with hisingen.session.vault.transaction() as conn:
        where = {"person": "id = (SELECT person_id FROM case_record WHERE id = ?)",
                 "case_record": "id = ?",
                 "journal_note": "case_id = ? AND signed_at IS NULL"}[table]
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", (value, case_id))
        # signed, as only signed notes leave with a case
        conn.execute("UPDATE journal_note SET signed_at = created_at, signed_by = 'Signerare' "
                     "WHERE case_id = ? AND signed_at IS NULL", (case_id,))
    package = _export(hisingen, case_id, tmp_path)
    before = table_dump(sav.conn)

    with pytest.raises(IntegrityError, match="not valid"):
        transfer.preview_package(sav.session, package)
    with pytest.raises(IntegrityError, match="not valid"):
        transfer.import_package(sav.session, package, receipt_out=tmp_path / "receipt.utvr")
    after = table_dump(sav.conn)
    assert {k: v for k, v in after.items() if k != "audit"} == \
        {k: v for k, v in before.items() if k != "audit"}
    assert not (tmp_path / "receipt.utvr").exists()


def test_a_received_note_keeps_its_text_and_the_command_line_prints_no_escape(
        units: tuple[Unit, Unit], tmp_path: Path, run_cli: Callable[..., Any],
        secret_file: Callable[[str], Path]) -> None:
    """A note is free text, pasted from anywhere: it arrives as written; printing it cannot
    act on the terminal, in text or in JSON, and the JSON still reads back as the note."""
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    note = f"Träffade individen.{TERMINAL_ATTACK}\nRad två\tmed tabb, {RLO}txet"
    cases.add_note(hisingen.session, case_id, note, sign=True)
    package = _export(hisingen, case_id, tmp_path)
    received = transfer.import_package(sav.session, package,
                                       receipt_out=tmp_path / "receipt.utvr").case_id
    assert note in [n.text for n in cases.show_case(sav.session, received).notes]
    sav.session.close()

    base = ["--vault", sav.directory, "--passphrase-file",
            secret_file(sav.extra["handle"].passphrase)]
    shown = run_cli(*base, "case", "show", received)
    assert shown.code == 0, shown.err
    assert ESC not in shown.out and RLO not in shown.out
    assert "\\u001b]0;Utväg" in shown.out and "\\u202etxet" in shown.out
    assert note in [n["text"] for n in json.loads(shown.out)["notes"]]


YOUNG = {"name": "Fiktiv Ung", "personal_number": "20100305-2386", "protected_identity": "none",
         "district": "Nordost"}


@pytest.mark.usefixtures("older_sender")
def test_a_guardian_s_name_that_would_disguise_itself_is_refused_typed_or_received(
        units: tuple[Unit, Unit], tmp_path: Path,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen, person=YOUNG)
    with pytest.raises(ValidationError) as refused:
        young_people.add_guardian(hisingen.session, case_id, {"name": f"Fiktiv{RLO}ammaM"})
    assert refused.value.field == "guardian.name"
    assert young_people.guardians(hisingen.session, case_id) == []

    young_people.add_guardian(hisingen.session, case_id, {"name": "Fiktiv Mamma"})
    with hisingen.session.vault.transaction() as conn:  # a crafted sender
        conn.execute("UPDATE guardian SET name = ? WHERE case_id = ?",
                     (f"Fiktiv Mamma{TERMINAL_ATTACK}", case_id))
    package = _export(hisingen, case_id, tmp_path)
    before = table_dump(sav.conn)
    with pytest.raises(IntegrityError, match=r"not valid \(guardians.name\)"):
        transfer.import_package(sav.session, package, receipt_out=tmp_path / "receipt.utvr")
    after = table_dump(sav.conn)
    assert {k: v for k, v in after.items() if k != "audit"} == \
        {k: v for k, v in before.items() if k != "audit"}


@pytest.mark.usefixtures("older_sender")
def test_a_consultation_naming_the_person_in_disguise_is_refused_and_nothing_kept(
        units: tuple[Unit, Unit], tmp_path: Path,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    """SAV's view of a consultation names the person and the case from the summary."""
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    with hisingen.session.vault.transaction() as conn:  # a crafted sender
        conn.execute("UPDATE person SET name = ? WHERE id = "
                     "(SELECT person_id FROM case_record WHERE id = ?)",
                     (f"Anna{RLO}grebdnaL", case_id))
    sent = consult.send_consultation(hisingen.session, case_id, tmp_path / "k.utvp",
                                     question="special_defector")
    assert sent.content == "case_summary"
    before = table_dump(sav.conn)
    for attempt in (inbox.preview_consultation, inbox.receive_consultation):
        with pytest.raises(IntegrityError, match="not in the expected form"):
            attempt(sav.session, Path(sent.path))
    after = table_dump(sav.conn)
    assert {k: v for k, v in after.items() if k != "audit"} == \
        {k: v for k, v in before.items() if k != "audit"}
