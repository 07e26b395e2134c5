"""A draft journal note (unsigned, unfinished) never leaves with a case: the package carries the
signed notes only, the receiver's case holds no draft text, and the sender is told how many
drafts stayed behind — before sending (the export preview) and after (a warning with a stable
code, on the command line and in ``--json``)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from transfer_service_helpers import Unit, special_defector_case

from utvag.services import cases, transfer
from utvag.services.transfer.payload import DRAFTS_LEFT
from utvag.transfer import MemorySink, PublicCard, open_package
from utvag.ui.service_catalog import TEMPLATES


def _case_with_drafts(unit: Unit) -> tuple[int, str, str]:
    """The fixture's case (one draft already) plus a draft holding a canary, a signed note
    that corrects that draft, and the canary of the signed note."""
    case_id = special_defector_case(unit)
    canary = f"UTKAST-KANARIE-{secrets.token_hex(8)}"
    draft = cases.add_note(unit.session, case_id, f"Ofärdig tanke {canary}")
    signed = f"SIGNERAD-{secrets.token_hex(8)}"
    cases.add_note(unit.session, case_id, f"Rättelse av utkastet {signed}", sign=True,
                   corrects_note_id=draft)
    return case_id, canary, signed


def _plaintext(unit: Unit, sender: PublicCard, package: Path) -> bytes:
    """Every entry of *package*, decrypted with *unit*'s own keys."""
    sink = MemorySink()
    with package.open("rb") as source:
        open_package(source, identity=unit.identity(), trusted=[sender], sink=sink)
    return b"".join(sink.entries.values())


def test_draft_notes_stay_behind_and_the_sender_is_told(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id, canary, signed = _case_with_drafts(hisingen)
    assert transfer.export_preview(hisingen.session, case_id).drafts == 2

    sent = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "case.utvp")

    assert [(w.code, w.message) for w in sent.warnings] == [
        ("draft_notes_not_sent", DRAFTS_LEFT.replace("%1", "2"))]
    assert DRAFTS_LEFT in TEMPLATES  # the app shows it in the user's language
    plain = _plaintext(sav, hisingen.identity().card, Path(sent.path))
    assert signed.encode() in plain  # control: the scan reads the decrypted package
    assert canary.encode() not in plain and b"Utkast som inte" not in plain
    imported = transfer.import_package(sav.session, Path(sent.path))
    notes = cases.notes(sav.session, imported.case_id)
    assert notes and all(n.is_signed for n in notes)
    assert not any(canary in n.text for n in notes)
    # the correction arrives on its own: the note it corrected stayed behind
    correction = next(n for n in notes if signed in n.text)
    assert correction.corrects_note_id is None
    # the drafts are still here, unchanged
    kept = [n.text for n in cases.notes(hisingen.session, case_id) if not n.is_signed]
    assert f"Ofärdig tanke {canary}" in kept and len(kept) == 2


def test_a_case_without_drafts_sends_without_the_warning(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, _ = units
    case_id = special_defector_case(hisingen)
    for note in cases.notes(hisingen.session, case_id):
        if not note.is_signed:
            cases.sign_note(hisingen.session, case_id, note.id)
    assert transfer.export_preview(hisingen.session, case_id).drafts == 0
    sent = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "case.utvp")
    assert sent.warnings == ()


def test_the_command_line_says_how_many_drafts_stay_behind(
        units: tuple[Unit, Unit], tmp_path: Path, run_cli: Callable[..., Any],
        secret_file: Callable[[str], Path]) -> None:
    hisingen, sav = units
    case_id, canary, _ = _case_with_drafts(hisingen)
    card = hisingen.identity().card
    hisingen.session.close()
    passphrase = secret_file(hisingen.extra["handle"].passphrase)
    base = ["--vault", hisingen.directory, "--passphrase-file", passphrase]
    out = tmp_path / "case.utvp"

    result = run_cli(*base, "transfer", "export", case_id, "--to", "SAV", "--out", out,
                     "--json")

    assert result.code == 0, result.err
    printed = json.loads(result.out)
    assert printed["warnings"] == [{"code": "draft_notes_not_sent",
                                    "message": DRAFTS_LEFT.replace("%1", "2"),
                                    "command": None}]
    assert canary.encode() not in _plaintext(sav, card, out)


def test_the_text_output_names_the_drafts_left(
        units: tuple[Unit, Unit], tmp_path: Path, run_cli: Callable[..., Any],
        secret_file: Callable[[str], Path]) -> None:
    hisingen, _ = units
    case_id = special_defector_case(hisingen)
    hisingen.session.close()
    passphrase = secret_file(hisingen.extra["handle"].passphrase)
    result = run_cli("--vault", hisingen.directory, "--passphrase-file", passphrase,
                     "transfer", "export", case_id, "--to", "SAV", "--out",
                     tmp_path / "case.utvp")
    assert result.code == 0, result.err
    assert f"! {DRAFTS_LEFT.replace('%1', '1')}" in result.out.splitlines()
