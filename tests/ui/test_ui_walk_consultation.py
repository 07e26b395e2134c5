"""What a walk through the consultation screens under a real display found: the package's file
was suggested as a bare name and written in the program's working directory, which the user
cannot see, and SAV read the de-identified facts as codes (``age_band: 18_20``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit
from transfer_ui_support import Unit, exchange_cards, find, open_case, special_defector_case
from ui_support import unlock_with_keyboard

from conftest import create_vault
from utvag.services.consultation.inbox import ReceivedConsultation
from utvag.services.policy import Policy
from utvag.ui import i18n
from utvag.ui.transfer import consultation
from utvag.ui.transfer.consultation import ConsultationPreviewDialog, ConsultSavDialog
from utvag.ui.window import MainWindow

POLICY = Policy(keyring_allowed=False)
NO_CONSENT = {"consent_authorities": ["police", "prison_probation"]}
FACTS: dict[str, Any] = {
    "case_type": "defector", "age_band": "18_20", "gender": "male", "belonging": "Hisingen",
    "milieu_kind": "criminal_network", "threat_level": "high", "relocation": None,
    "consent": False, "milieu_honour_perpetrator": False, "is_defector": True,
    "route_to": "SAV"}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's documents folder, here a temporary one."""
    documents = tmp_path / "documents"
    documents.mkdir()
    monkeypatch.setattr(consultation, "package_folder", lambda: documents)
    return documents


def _consult_dialog(tmp_path: Path, make_window: Callable[..., MainWindow],
                    qtbot: Any) -> ConsultSavDialog:
    made: dict[str, int] = {}
    sav = create_vault(tmp_path / "sav", POLICY, "SAV")

    def fill(session: Any) -> None:
        unit = Unit("Hisingen", tmp_path / "hisingen", session)
        with sav.open() as s:
            exchange_cards(unit, Unit("SAV", sav.directory, s), tmp_path)
        made["case"] = special_defector_case(unit, answers=NO_CONSENT)

    hisingen = create_vault(tmp_path / "hisingen", POLICY, "Hisingen", fill=fill)
    window = make_window(hisingen.directory, POLICY)
    unlock_with_keyboard(qtbot, window, hisingen.passphrase)
    open_case(window, made["case"])
    window.case_menu.enable()
    action = window.findChild(QAction, "actionConsultSav")
    assert isinstance(action, QAction)
    action.trigger()
    assert window.workspace is not None and window.workspace.case_view is not None
    dialog = window.workspace.case_view.dialog
    assert isinstance(dialog, ConsultSavDialog)
    return dialog


def test_the_consultation_is_saved_where_the_user_is_told_it_is(
        qtbot: Any, tmp_path: Path, make_window: Callable[..., MainWindow], folder: Path,
        message_boxes: Any) -> None:
    dialog = _consult_dialog(tmp_path, make_window, qtbot)
    suggested = Path(find(dialog, QLineEdit, "consultFile").text())
    assert suggested.is_absolute() and suggested.parent == folder

    find(dialog, QLineEdit, "consultFile").setText("konsultation.utvp")  # a bare name typed
    assert dialog.submit(), find(dialog, QLabel, "recordError").text()
    assert (folder / "konsultation.utvp").is_file()
    told = message_boxes.expect()[-1][1]
    assert str(folder / "konsultation.utvp") in told
    assert "…." not in told  # "File › Import transfer…." read as a typo


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    yield i18n.set_language  # type: ignore[misc]
    i18n.set_language("en")


def test_sav_reads_the_facts_in_words_not_codes(qtbot: Any,
                                               language: Callable[[str], None]) -> None:
    view = ReceivedConsultation(
        package_id="ab" * 16, from_unit="Hisingen", sender_fingerprint="AAAA BBBB",
        question="special_defector", content="deidentified", sent_at="2026-12-07T08:00:00Z",
        facts=FACTS, summary=None)
    dialog = ConsultationPreviewDialog(view)
    qtbot.addWidget(dialog)
    rows = [dialog.facts.item(i).text() for i in range(dialog.facts.count())]
    assert len(rows) == len([v for v in FACTS.values() if v is not None])
    for row in rows:
        assert "_" not in row, row  # no code such as age_band or criminal_network
    assert "Type of case: Defector" in rows and "Age: 18–20" in rows
    assert "Gender: Male" in rows
    assert "Kind of milieu: Criminal group/network" in rows
    assert "Does the person commit honour-related violence and oppression? No" in rows
    assert any(row.startswith("Consents to lifting confidentiality") and row.endswith(": No")
               for row in rows)

    language("sv")
    dialog = ConsultationPreviewDialog(view)
    qtbot.addWidget(dialog)
    rows = [dialog.facts.item(i).text() for i in range(dialog.facts.count())]
    assert "Typ av ärende: Avhoppare" in rows, rows
    assert "Ålder: 18–20" in rows and "Kön: Man" in rows
    assert "Hotbild: Hög" in rows


def test_a_decision_that_does_not_route_the_case_is_explained_in_swedish(
        language: Callable[[str], None]) -> None:
    from utvag.domain.errors import DomainError
    from utvag.services import case_flow
    from utvag.services.consultation import send as consultation_send
    from utvag.ui.service_text import service_text

    refusal = case_flow.refusal(DomainError(
        "assessment is needed: SAV decides on a signed assessment.", field="assessment",
        rule="criteria_before_decision"))
    language("sv")
    shown = service_text(consultation_send.NOT_ROUTED.replace("%1", refusal.message))
    assert shown.startswith("SAV:s beslut registreras med konsultationen men styr inte ärendet: ")
    assert "assessment" not in shown and "signed" not in shown, shown
    assert shown.endswith("(regel: criteria_before_decision)")
    elsewhere = service_text(consultation_send.ONLY_RECORDED.replace("%1", "HI-2026-00002")
                             .replace("%2", "closed"))
    assert elsewhere.startswith("Ärende HI-2026-00002 har status avslutat: "), elsewhere
