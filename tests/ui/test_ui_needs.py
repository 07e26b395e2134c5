"""The Needs page of a case, through the real window on a real vault: add a need linked to an
intervention, follow it up, link another intervention; refusals shown in the dialog change
nothing; the Due view's needs follow-up opens the page at the need."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from ui_support import unlock_with_keyboard, wait_read

from conftest import UiVault, create_vault
from utvag.domain.deadlines import add_months
from utvag.services import cases, followup, needs
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.needs_tab import NeedDialog, NeedFollowUpDialog
from utvag.ui.case.record_dialog import RecordDialog
from utvag.ui.vault_events import ChangeKind, notify
from utvag.ui.window import MainWindow


def _fill(session: Session) -> None:
    cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Behovsson", "birth_date": "1999-05-05"}})


@pytest.fixture
def window(make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy) -> MainWindow:
    vault: UiVault = create_vault(tmp_path / "vault", ui_policy, fill=_fill)
    opened: MainWindow = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, opened, vault.passphrase)
    return opened


def open_alva(window: MainWindow) -> tuple[Session, CaseView]:
    session = window.session
    assert session is not None and window.workspace is not None
    return session, window.workspace.open_case(cases.list_cases(session, query="Alva")[0].id)


def rows(view: CaseView) -> list[list[str]]:
    model = view.needs.records.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_add_a_need_follow_it_up_and_link_another_intervention(
        window: MainWindow, qtbot: Any, qtmodeltester: Any) -> None:
    session, view = open_alva(window)
    today = date.today()
    decided = today - timedelta(days=10)
    followup.add_intervention(session, view.case.id, {
        "type": "protected_housing", "urgency": "urgent", "decided_on": decided.isoformat()})
    notify(ChangeKind.RECORDS, view.case.id)  # as after adding it in the Interventions tab
    tab = view.needs
    assert rows(view) == [] and "No needs" in tab.records.empty.text()
    assert not tab.followup_button.isEnabled()

    dialog = tab.open_add()
    assert isinstance(dialog, NeedDialog)
    dialog.area.setCurrentIndex(dialog.area.findData("safety_housing"))
    dialog.identified.setDate(QDate(2999, 1, 1))
    assert not dialog.submit() and "future" in dialog.error.text()
    assert needs.needs(session, view.case.id) == []
    dialog.identified.setDate(QDate(decided.year, decided.month, decided.day))
    dialog.description.setText("Skyddat boende")
    dialog.interventions.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.submit()
    assert rows(view) == [["Safety and housing", decided.isoformat(), "Skyddat boende",
                           "Protected housing", "Not followed up",
                           add_months(decided, 3).isoformat()]]
    qtmodeltester.check(tab.records.model)

    tab.records.table.selectRow(0)
    assert tab.followup_button.isEnabled()
    tab.followup_button.click()
    follow = tab.dialog
    assert isinstance(follow, NeedFollowUpDialog) and follow.isVisible()
    before = needs.needs(session, view.case.id)
    early = decided - timedelta(days=1)
    follow.held.setDate(QDate(early.year, early.month, early.day))
    assert not follow.submit() and follow.error.isVisible()
    assert needs.needs(session, view.case.id) == before
    follow.held.setDate(QDate(today.year, today.month, today.day))
    follow.outcome.setCurrentIndex(follow.outcome.findData("partly"))
    assert follow.submit()
    assert rows(view)[0][4] == "Partly met"

    followup.add_intervention(session, view.case.id, {
        "type": "mentor", "urgency": "urgent", "decided_on": today.isoformat()})
    notify(ChangeKind.RECORDS, view.case.id)
    tab.records.table.selectRow(0)
    link = tab.open_link()
    assert isinstance(link, RecordDialog) and link.submit()
    assert rows(view)[0][3] == "Protected housing, Mentor"


def test_the_due_needs_follow_up_opens_the_needs_page(window: MainWindow, qtbot: Any) -> None:
    session, _view = open_alva(window)
    alva = cases.list_cases(session, query="Alva")[0].id
    decided = date.today() - timedelta(days=120)
    housing = followup.add_intervention(session, alva, {
        "type": "protected_housing", "urgency": "urgent", "decided_on": decided.isoformat()})
    need = needs.add_need(session, alva, {"area": "livelihood", "interventions": [housing],
                                          "identified_on": decided.isoformat()})
    view_due = window.followup_menu.show_due()  # type: ignore[attr-defined]
    assert view_due is not None
    wait_read(qtbot, view_due)
    model = view_due.model
    found = [r for r in range(model.rowCount())
             if model.index(r, 2).data() == "Follow up whether the needs are met"]
    assert found
    view_due.table.activated.emit(model.index(found[0], 2))
    workspace = window.workspace
    assert workspace is not None and workspace.case_view is not None
    case_view = workspace.case_view
    assert case_view.intervention_pages.currentWidget() is case_view.needs
    assert case_view.needs.records.selected().id == need  # type: ignore[union-attr]
