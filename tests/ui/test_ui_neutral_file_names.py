"""The names the app suggests in file dialogs are neutral: the operating system's dialogs keep
the names chosen in them (Windows' recent-file lists, GTK's ``recently-used.xbel``) outside the
vault, so a suggestion never holds a person's name or number, a case number or a case's id."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from transfer_ui_support import PERSON, Unit, exchange_cards, special_defector_case

from utvag.services import cases
from utvag.services import session as session_service
from utvag.ui.case.attachments_tab import neutral_name
from utvag.ui.transfer.common import free_name
from utvag.ui.transfer.export_dialog import TransferCaseDialog
from utvag.vault.kdf import KdfParams


def test_an_attachment_is_suggested_as_bilaga_with_its_extension() -> None:
    assert neutral_name("Anna Berg 19900101-0017 anmälan.PDF") == "bilaga.pdf"
    assert neutral_name("hotbild.tar.gz") == "bilaga.gz"
    assert neutral_name("utan ändelse") == "bilaga"
    assert neutral_name("konstig.ända lse") == "bilaga"  # not an extension a program knows


def test_a_suggested_name_is_numbered_past_the_taken_ones(tmp_path: Path) -> None:
    assert free_name("kvitto", ".utvp", tmp_path) == "kvitto.utvp"
    (tmp_path / "kvitto.utvp").write_bytes(b"")
    (tmp_path / "kvitto-2.utvp").write_bytes(b"")
    assert free_name("kvitto", ".utvp", tmp_path) == "kvitto-3.utvp"


def test_the_transfer_dialog_suggests_a_package_name_without_the_case(
        tmp_path: Path, qtbot: Any) -> None:
    sessions = []
    for name in ("Hisingen", "SAV"):
        opened, _ = session_service.create(
            tmp_path / name.lower(), name, "a long passphrase here",
            kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
        sessions.append(opened)
    try:
        hisingen = Unit("Hisingen", tmp_path / "hisingen", sessions[0])
        exchange_cards(hisingen, Unit("SAV", tmp_path / "sav", sessions[1]), tmp_path)
        case = cases.get_case(hisingen.session, special_defector_case(hisingen))
        dialog = TransferCaseDialog(hisingen.session, case)
        qtbot.addWidget(dialog)
        suggested = Path(dialog.path.text()).name
        assert suggested.startswith("overflyttning-SAV") and suggested.endswith(".utvp")
        for data in (case.case_number, PERSON["name"], PERSON["personal_number"]):
            assert data not in suggested
    finally:
        for opened in sessions:
            opened.close()
