"""The Police's threat assessments and custody in the app, through the real window on a real
vault: a request awaited and answered, a Police follow-up that raised the threat, the transfer
the new threat proposes (a banner leading to the Transfer case dialog), custody stays, and the
Due view opening where each item is dealt with. Refusals show the service's message and change
nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from ui_support import unlock_with_keyboard, wait_read, when_modal

from conftest import UiVault, create_vault
from utvag.forms import load_answers
from utvag.services import assessment, cases, custody, threat
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_record_table import RecordModel
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.record_dialog import RecordDialog
from utvag.ui.case.threat_dialogs import PoliceFollowUpDialog
from utvag.ui.transfer.export_dialog import TransferCaseDialog
from utvag.ui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"


def _fill(session: Session) -> None:
    for name in ("Alva Exempelsson", "Dana Distrikt"):
        cases.new_case(session, {"type": "defector", "person": {
            "name": name, "birth_date": "1999-05-05", "district": "Hisingen"}})
    dana = cases.list_cases(session, query="Dana")[0].id
    assessment.assess_document(session, dana, load_answers(DISTRICT), sign=True,
                               today=date(2026, 11, 1))


@pytest.fixture
def window(make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy) -> MainWindow:
    vault: UiVault = create_vault(tmp_path / "vault", ui_policy, "Hisingen", fill=_fill)
    opened: MainWindow = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, opened, vault.passphrase)
    return opened


def session_of(window: MainWindow) -> Session:
    assert window.session is not None
    return window.session


def open_case(window: MainWindow, name: str) -> CaseView:
    assert window.workspace is not None
    return window.workspace.open_case(cases.list_cases(session_of(window), query=name)[0].id)


def refused(dialog: RecordDialog, *words: str) -> None:
    assert not dialog.submit()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert all(word in dialog.error.text() for word in words), dialog.error.text()


def texts(model: Any) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_request_is_awaited_then_answered(window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    view = open_case(window, "Alva")
    tab = view.police_threat
    assert "none recorded" in tab.current.text()
    dialog = tab.open_request()
    refused(dialog, "requested_from")
    assert threat.status(session, view.case.id).records == ()
    dialog.requested_from.setText("LPO Hisingen")  # type: ignore[attr-defined]
    assert dialog.submit()
    row = texts(tab.records.model)[0]
    assert row[1:3] == ["LPO Hisingen", "Awaited"]
    assert not tab.answer_button.isEnabled()
    tab.records.table.selectRow(0)
    assert tab.answer_button.isEnabled()
    answer = tab.open_answer()
    assert answer is not None
    refused(answer, "reference")
    assert threat.status(session, view.case.id).records[0].level is None
    answer.answer.reference.setText("POL-2026-7")  # type: ignore[attr-defined]
    answer.answer.level.setCurrentIndex(  # type: ignore[attr-defined]
        answer.answer.level.findData("high"))  # type: ignore[attr-defined]
    assert answer.submit()
    assert "High" in tab.current.text() and "POL-2026-7" in tab.current.text()
    assert texts(tab.records.model)[0][2] == "High"
    # No signed assessment: nothing to route from, nothing proposed.
    assert not tab.proposal.isVisibleTo(tab)


def test_a_raised_threat_proposes_the_transfer_and_the_banner_opens_the_dialog(
        window: MainWindow, qtbot: Any) -> None:
    view = open_case(window, "Dana")
    assert not view.overview.proposal.isVisibleTo(view.overview)
    police = view.followup.open_police()
    assert isinstance(police, PoliceFollowUpDialog)
    assert not police.reference.isVisibleTo(police)
    police.outcome.setCurrentIndex(police.outcome.findData("threat_raised"))
    assert police.reference.isVisibleTo(police) and police.level.currentData() == "high"
    refused(police, "threat_reference")
    police.reference.setText("POL-2026-0120")
    assert police.submit()
    banner = view.overview.proposal
    assert banner.isVisibleTo(view.overview)
    assert "Central defector unit (SAV)" in banner.text.text()
    assert view.police_threat.proposal.isVisibleTo(view.police_threat)
    assert texts(view.police_threat.records.model)[0][7] == "Police follow-up"
    # The signed assessment stays as signed: its threat tab still shows the low threat.
    assert view.threat.values()["Threat level:"] == "Low"
    seen: list[TransferCaseDialog] = []
    when_modal(lambda d: seen.append(d) if isinstance(d, TransferCaseDialog) else None,
               kind=TransferCaseDialog)
    assert banner.open_transfer()
    assert seen and seen[0].preview.suggested_unit == "SAV"


def test_custody_and_the_due_view_open_where_items_are_dealt_with(
        window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    alva = cases.list_cases(session, query="Alva")[0].id
    today = date.today()
    request = threat.request(session, alva, {
        "requested_on": (today - timedelta(days=20)).isoformat(), "requested_from": "LPO"})
    stay = custody.add(session, alva, {
        "kind": "closed_youth_care", "institution": "SiS Råby",
        "expected_release_on": (today + timedelta(days=30)).isoformat()})
    view_due = window.followup_menu.show_due()  # type: ignore[attr-defined]
    assert view_due is not None
    wait_read(qtbot, view_due)
    model = view_due.model
    where: dict[str, Any] = {}
    for row in range(model.rowCount()):
        index = model.index(row, 2)
        view_due.table.activated.emit(index)
        workspace = window.workspace
        assert workspace is not None and workspace.case_view is not None
        case_view = workspace.case_view
        if index.data() == "The Police's threat assessment is awaited":
            assert case_view.currentWidget() is case_view.threat_pages
            assert case_view.threat_pages.currentWidget() is case_view.police_threat
            where["threat"] = case_view.police_threat.records.selected().id  # type: ignore
        if index.data() == "Plan the transition to release with Kriminalvården/SiS":
            assert case_view.currentWidget() is case_view.intervention_pages
            assert case_view.intervention_pages.currentWidget() is case_view.custody
            where["custody"] = case_view.custody.records.selected().id  # type: ignore
    assert where == {"threat": request, "custody": stay}

    view = open_case(window, "Alva")
    tab = view.custody
    add = tab.open_add()
    refused(add, "institution")
    assert len(custody.for_case(session, alva)) == 1
    tab.records.table.selectRow(0)
    step = tab.open_step("planning")
    assert step is not None and step.submit()
    assert texts(tab.records.model)[0][4] == today.isoformat()


def test_the_threat_and_custody_tables_are_well_behaved_models(
        qtmodeltester: Any, window: MainWindow) -> None:
    view = open_case(window, "Dana")
    threat.record(session_of(window), view.case.id, {
        "level": "high", "nature": "concrete", "reference": "POL-1"})
    custody.add(session_of(window), view.case.id, {
        "kind": "prison", "institution": "Kumla", "expected_release_on": "2030-01-01"})
    view.police_threat.refresh()
    view.custody.refresh()
    for model in (view.police_threat.records.model, view.custody.records.model):
        assert isinstance(model, RecordModel) and model.rowCount() == 1
        qtmodeltester.check(model)


def test_the_custody_steps_follow_the_selected_stay(window: MainWindow) -> None:
    session = session_of(window)
    alva = cases.list_cases(session, query="Alva")[0].id
    stay = custody.add(session, alva, {
        "kind": "prison", "institution": "Kumla",
        "expected_release_on": (date.today() + timedelta(days=30)).isoformat()})
    tab = open_case(window, "Alva").custody
    steps = (tab.planning_button, tab.released_button, tab.moved_button)
    assert tab.add_button.isEnabled()
    assert not any(button.isEnabled() for button in steps)  # no stay chosen yet
    tab.records.select_id(stay)
    assert all(button.isEnabled() for button in steps)
    released = tab.open_step("released")
    assert released is not None and released.submit()
    tab.records.select_id(stay)
    assert tab.records.selected() is not None
    assert not any(button.isEnabled() for button in steps)  # released: nothing left to record
    assert tab.add_button.isEnabled()
