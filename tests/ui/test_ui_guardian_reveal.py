"""Showing a masked guardian in the Guardians tab, on a real vault: the reveal asks for the
reason first, is logged exactly as ``utvag guardian show`` logs it, shows the details in a
dialog of their own while the table keeps the marker, and cancelling reveals and logs
nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import when_modal

from utvag.domain.identity import MASK
from utvag.services import audit_log, cases, followup, young_people
from utvag.services import session as session_service
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.guardian_reveal import GuardianDetailsDialog, RevealReasonDialog
from utvag.vault.kdf import KdfParams


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _recovery = session_service.create(
        tmp_path / "vault", "Hisingen", "a long passphrase here",
        kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
    with opened:
        yield opened


def _tab(qtbot: Any, session: Session, closed: bool = False) -> tuple[Any, int, int, int]:
    """The Guardians tab of a new case with a protected and an open guardian (the view is
    kept on the tab, so that it lives as long as the test holds the tab)."""
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Ung Exempelsson", "birth_date": "2012-03-04", "district": "Hisingen"}})
    hidden = young_people.add_guardian(session, case_id, {
        "name": "Skyddad Mamma", "contact": "Hemlig väg 1",
        "protected_identity": "skyddad_folkbokforing"})
    open_one = young_people.add_guardian(session, case_id, {"name": "Öppen Pappa"})
    if closed:
        followup.close_case(session, case_id, "completed")
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    assert view.guardians is not None
    view.guardians.kept_view = view  # type: ignore[attr-defined]
    return view.guardians, case_id, hidden, open_one


def _reveals(session: Session, case_id: int) -> list[dict[str, Any]]:
    return [e.detail for e in audit_log.entries(session, case_id)
            if e.action == "identity.reveal"]


def _cells(tab: Any) -> str:
    model = tab.records.model
    return str([[model.index(r, c).data() for c in range(model.columnCount())]
                for r in range(model.rowCount())])


def test_show_asks_for_the_reason_logs_it_and_keeps_the_table_masked(
        qtbot: Any, session: Session) -> None:
    tab, case_id, hidden, open_one = _tab(qtbot, session)
    tab.records.select_id(open_one)
    assert not tab.show_button.isEnabled()  # nothing is masked on that row
    tab.records.select_id(hidden)
    assert tab.show_button.isEnabled() and MASK in _cells(tab)
    asked: list[bool] = []

    def choose(dialog: Any) -> None:
        assert isinstance(dialog, RevealReasonDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        asked.append(ok.isEnabled())  # no reason yet: OK is off
        dialog.reason.setCurrentIndex(dialog.reason.findData("contact"))
        ok.click()

    when_modal(choose, kind=RevealReasonDialog)
    details = tab.open_reveal()
    assert asked == [False]
    assert isinstance(details, GuardianDetailsDialog)
    assert details.name.text() == "Skyddad Mamma" and details.contact.text() == "Hemlig väg 1"
    # logged as the command line's ``guardian show`` logs it
    assert _reveals(session, case_id) == [
        {"purpose": "guardians", "reason": "contact", "record_id": hidden}]
    cli_like = young_people.reveal_guardian(session, hidden, "contact")
    assert _reveals(session, case_id)[-1] == _reveals(session, case_id)[0]
    assert cli_like.name == details.name.text()
    # the table was not given the details
    assert "Skyddad" not in _cells(tab) and "Hemlig" not in _cells(tab)
    details.reject()


def test_cancelling_the_reason_reveals_nothing(qtbot: Any, session: Session) -> None:
    tab, case_id, hidden, _open_one = _tab(qtbot, session)
    tab.records.select_id(hidden)
    when_modal(lambda dialog: dialog.buttons.button(  # type: ignore[attr-defined]
        QDialogButtonBox.StandardButton.Cancel).click(), kind=RevealReasonDialog)
    assert tab.open_reveal() is None
    assert _reveals(session, case_id) == []
    assert "Skyddad" not in _cells(tab)


def test_a_closed_case_can_still_show_a_masked_guardian(qtbot: Any,
                                                        session: Session) -> None:
    tab, _case_id, hidden, _open_one = _tab(qtbot, session, closed=True)
    tab.records.select_id(hidden)
    assert tab.show_button.isEnabled() and not tab.add_button.isEnabled()
