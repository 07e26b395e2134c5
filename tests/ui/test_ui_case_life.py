"""The life of a case in the app, through the real window on real vaults: interventions
(added, ended), relatives (linked, informed), the case's follow-up, the Due view opening the
place where an item is dealt with, handing the case to a colleague and closing it. Each
action shows its effect in the case view and the audit log; each refusal shows the service's
message in the dialog and leaves the records as they were."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from ui_support import unlock_with_keyboard, wait_read

from conftest import UiVault, create_vault
from utvag.domain.case_records import CaseStatus
from utvag.services import audit_log, cases, followup, high_risk
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.record_dialog import RecordDialog
from utvag.ui.concern.concern_view import ConcernReportsView
from utvag.ui.window import MainWindow


def _fill(session: Session) -> None:
    cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Exempelsson", "birth_date": "1999-05-05"}})
    cases.new_case(session, {"type": "relative", "person": {
        "name": "Berit Exempelsson", "birth_date": "1970-01-01"}})


@pytest.fixture
def window(make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy) -> MainWindow:
    vault: UiVault = create_vault(tmp_path / "vault", ui_policy, fill=_fill)
    opened: MainWindow = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, opened, vault.passphrase)
    return opened


def session_of(window: MainWindow) -> Session:
    assert window.session is not None
    return window.session


def open_alva(window: MainWindow) -> CaseView:
    workspace = window.workspace
    assert workspace is not None
    found = cases.list_cases(session_of(window), query="Alva")
    return workspace.open_case(found[0].id)


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def trigger(window: MainWindow, name: str) -> RecordDialog:
    window.case_menu.enable()
    act = action(window, name)
    assert act.isEnabled(), name
    act.trigger()
    workspace = window.workspace
    assert workspace is not None and workspace.case_view is not None
    view = workspace.case_view
    dialog = (view.dialog or view.interventions.dialog if name == "actionAddIntervention"
              else view.relatives.dialog if name == "actionLinkRelative" else view.dialog)
    assert isinstance(dialog, RecordDialog) and dialog.isVisible()
    return dialog


def set_day(edit: Any, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def log_actions(view: CaseView) -> list[str]:
    view.log.reload()
    model = view.log.model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def refused(dialog: RecordDialog, *words: str) -> None:
    assert not dialog.submit()
    assert dialog.isVisible() and dialog.error.isVisible()
    text = dialog.error.text()
    assert all(word in text for word in words), text


def texts(model: Any) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_add_and_end_an_intervention(window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    view = open_alva(window)
    today = date.today()
    dialog = trigger(window, "actionAddIntervention")
    assert view.currentWidget() is view.intervention_pages
    # A time-limited intervention without an end date is refused by the service.
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("time_limited"))  # type: ignore
    refused(dialog, "end date")
    assert followup.records(session, view.case.id).intervention == ()
    # No long-term intervention during the investigation (the guideline's case flow).
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("long_term"))  # type: ignore
    refused(dialog, "A long-term intervention is decided only after the criteria are assessed")
    assert followup.records(session, view.case.id).intervention == ()
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("time_limited"))  # type: ignore
    dialog.kind.setCurrentIndex(dialog.kind.findData("mentor"))  # type: ignore
    dialog.ends.set_day(today + timedelta(days=30))  # type: ignore[attr-defined]
    assert dialog.submit()
    model = view.interventions.records.model
    assert texts(model) == [["Mentor", "Time-limited", today.isoformat(), "—",
                             (today + timedelta(days=30)).isoformat()]]
    assert "recorded an intervention" in log_actions(view)

    view.interventions.records.table.selectRow(0)
    view.interventions.end_button.click()
    end = view.interventions.dialog
    assert isinstance(end, RecordDialog) and end.isVisible()
    before = followup.records(session, view.case.id).intervention
    set_day(end.ends, today - timedelta(days=400))  # type: ignore[attr-defined]
    refused(end, "cannot end before it starts")
    assert followup.records(session, view.case.id).intervention == before
    set_day(end.ends, today + timedelta(days=7))  # type: ignore[attr-defined]
    assert end.submit()
    assert model.index(0, 4).data() == (today + timedelta(days=7)).isoformat()
    assert "ended an intervention" in log_actions(view)


def test_refusals_are_in_the_users_language(window: MainWindow, qtbot: Any) -> None:
    from utvag.ui import i18n

    view = open_alva(window)
    assert i18n.set_language("sv")
    dialog = view.interventions.open_add()
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("time_limited"))  # type: ignore
    refused(dialog, "En tidsbegränsad insats behöver ett slutdatum.")
    assert followup.records(session_of(window), view.case.id).intervention == ()
    dialog.reject()


def test_link_relatives_and_mark_informed(window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    view = open_alva(window)
    dialog = trigger(window, "actionLinkRelative")
    assert view.currentWidget() is view.relatives
    found = dialog.found  # type: ignore[attr-defined]
    assert [found.itemText(i).split(" · ")[1] for i in range(found.count())] == [
        "Berit Exempelsson"]
    dialog.relation.setCurrentIndex(dialog.relation.findData("parent"))  # type: ignore
    dialog.unit.setCurrentIndex(dialog.unit.findData("Hisingen"))  # type: ignore
    dialog.contact.setText("Via mottagningen")  # type: ignore[attr-defined]
    assert dialog.submit()

    dialog = view.relatives.open_link()
    dialog.new_person.setChecked(True)  # type: ignore[attr-defined]
    refused(dialog, "A new person needs a name.")
    assert len(followup.relatives(session, view.case.id)) == 1
    dialog.name.setText("Cleo Syster")  # type: ignore[attr-defined]
    dialog.number.setText("not a number")  # type: ignore[attr-defined]
    refused(dialog, "identity number is not valid")
    assert len(followup.relatives(session, view.case.id)) == 1
    dialog.number.clear()  # type: ignore[attr-defined]
    dialog.birth.set_day(date(2003, 3, 3))  # type: ignore[attr-defined]
    dialog.relation.setCurrentIndex(dialog.relation.findData("sibling"))  # type: ignore
    assert dialog.submit()

    model = view.relatives.records.model
    rows = texts(model)
    assert [r[:3] for r in rows] == [["Berit Exempelsson", "Parent", rows[0][2]],
                                     ["Cleo Syster", "Sibling", "—"]]
    assert rows[0][2].startswith("CE-") and rows[0][4:] == ["Hisingen", "Via mottagningen"]
    assert rows[1][3] == "—"
    view.relatives.records.table.selectRow(1)
    view.relatives.informed_button.click()
    informed = view.relatives.dialog
    assert isinstance(informed, RecordDialog)
    assert informed.submit()
    assert model.index(1, 3).data() == date.today().isoformat()
    assert log_actions(view).count("linked a relative") == 2
    assert "updated a relative" in log_actions(view)


def test_case_follow_up(window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    view = open_alva(window)
    tab = view.followup
    police = tab.open_police()
    police.outcome.setCurrentIndex(police.outcome.findData("threat_lowered"))  # type: ignore
    refused(police, "threat_reference")  # a lowered threat is recorded with the Police's word
    assert followup.records(session, view.case.id).police_followup == ()
    police.reference.setText("POL-2026-3")  # type: ignore[attr-defined]
    assert police.submit()
    assert texts(tab.police.model) == [[date.today().isoformat(), "During interventions",
                                        "Threat lowered"]]
    concern = tab.open_concern()
    assert concern.submit()
    tab.concerns.table.selectRow(0)
    step = tab.open_concern_step("protection")
    assert step is not None
    step.outcome.setCurrentIndex(0)  # type: ignore[attr-defined]  # no outcome is preset
    step.at.setDateTime(step.at.dateTime().addDays(-2))  # type: ignore[attr-defined]
    before = followup.records(session, view.case.id).concern_report
    refused(step, "before the report was received")
    assert followup.records(session, view.case.id).concern_report == before
    step.at.setDateTime(step.at.dateTime().addDays(2))  # type: ignore[attr-defined]
    assert step.submit()
    assert tab.concerns.model.index(0, 1).data() != "—"
    assert tab.concerns.model.index(0, 2).data() == "—"

    funding = tab.open_funding()
    assert funding.submit()
    tab.funding.table.selectRow(0)
    decision = tab.open_funding_decision()
    assert decision is not None
    set_day(decision.decided, date.today() - timedelta(days=30))  # type: ignore
    refused(decision, "cannot decide before the application")
    assert followup.records(session, view.case.id).state_funding[0] \
        .police_decision == "pending"
    set_day(decision.decided, date.today())  # type: ignore[attr-defined]
    assert decision.submit()
    assert texts(tab.funding.model)[0][1:] == ["Granted", date.today().isoformat()]
    actions = log_actions(view)
    for done in ("recorded a Police follow-up", "recorded a concern report",
                 "updated a concern report", "recorded a state-funding application",
                 "recorded the Police's funding decision"):
        assert done in actions


def test_due_items_open_where_they_are_dealt_with(window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    alva = cases.list_cases(session, query="Alva")[0].id
    today = date.today()
    ending = followup.add_intervention(session, alva, {
        "type": "mentor", "urgency": "time_limited", "decided_on": today.isoformat(),
        "ends_on": (today + timedelta(days=2)).isoformat()})
    concern = followup.add_concern_report(session, alva, {
        "received_at": (today - timedelta(days=3)).isoformat() + "T09:00"})
    view_due = window.followup_menu.show_due()  # type: ignore[attr-defined]
    assert view_due is not None
    wait_read(qtbot, view_due)
    model = view_due.model
    where = {}
    for row in range(model.rowCount()):
        index = model.index(row, 2)
        if index.data().startswith(("Protection assessment", "Preliminary assessment")):
            continue  # a concern report's step opens the report (below)
        view_due.table.activated.emit(index)
        workspace = window.workspace
        assert workspace is not None and workspace.case_view is not None
        case_view = workspace.case_view
        assert case_view.case.id == alva
        pages = case_view.intervention_pages
        inner = pages.currentWidget()
        where[index.data()] = (
            case_view.currentWidget() is pages,
            "interventions" if inner is case_view.interventions else
            "followup" if inner is case_view.followup else "other")
        if index.data() == "Intervention ends":
            assert case_view.interventions.records.selected().id == ending  # type: ignore
    assert where["Intervention ends"] == (True, "interventions")
    for row in range(model.rowCount()):
        index = model.index(row, 2)
        if index.data() == "Protection assessment (24 hours)":
            view_due.table.activated.emit(index)
    opened = window.findChildren(ConcernReportsView)
    assert len(opened) == 1 and opened[0].isVisible()
    assert opened[0].shown is not None and opened[0].shown.id == concern


def test_hand_the_case_to_a_colleague(window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    view = open_alva(window)
    me = view.case.caseworker
    dialog = trigger(window, "actionReassignCase")
    dialog.to.setText("kollega.k")  # type: ignore[attr-defined]
    refused(dialog, "Say why the case is handed over.")
    assert high_risk.assignment_history(session, view.case.id) == []
    dialog.reason.setText("Rotation efter hot")  # type: ignore[attr-defined]
    assert dialog.submit()
    workspace = window.workspace
    assert workspace is not None and workspace.case_view is not None
    view = workspace.case_view
    assert view.case.caseworker == "kollega.k"
    assert "kollega.k" in [label.text() for label in view.overview.findChildren(type(
        view.overview.name))]
    again = trigger(window, "actionReassignCase")
    history = again.history  # type: ignore[attr-defined]
    assert history.count() == 1
    assert f"{me} → kollega.k (Rotation efter hot)" in history.item(0).text()
    again.reject()
    assert "reassigned the case" in log_actions(view)


def test_close_a_case(window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    view = open_alva(window)
    case_id = view.case.id
    dialog = trigger(window, "actionCloseCase")
    reasons = [dialog.reason.itemData(i)  # type: ignore[attr-defined]
               for i in range(dialog.reason.count())]  # type: ignore[attr-defined]
    assert "handling_transferred" not in reasons and "completed" in reasons
    dialog.reason.setCurrentIndex(reasons.index("declined_by_individual"))  # type: ignore
    assert dialog.submit()
    workspace = window.workspace
    assert workspace is not None and workspace.case_view is not None
    view = workspace.case_view
    assert view.case.id == case_id and view.case.status is CaseStatus.CLOSED
    assert view.overview.closed.text() == (
        f"The person has declined further support (decided {date.today().isoformat()})")
    assert "closed the case" in log_actions(view)
    window.case_menu.enable()
    for name in ("actionCloseCase", "actionAddIntervention", "actionLinkRelative",
                 "actionReassignCase"):
        assert not action(window, name).isEnabled()
    assert not view.interventions.add_button.isEnabled()
    assert [e.action for e in audit_log.entries(session, case_id)].count("case.close") == 1


def test_the_case_list_follows_what_is_recorded(window: MainWindow, qtbot: Any) -> None:
    view = open_alva(window)
    workspace = window.workspace
    assert workspace is not None
    column = workspace.model.COLUMNS.index("next_due")
    row = workspace.table.currentIndex().row()
    # no threat assessment asked for yet: that is due a week after the case was opened (today)
    assert workspace.proxy.index(row, column).data() == (
        date.today() + timedelta(days=7)).isoformat()
    dialog = view.interventions.open_add()
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("time_limited"))  # type: ignore
    dialog.ends.set_day(date.today() + timedelta(days=5))  # type: ignore[attr-defined]
    assert dialog.submit()
    row = workspace.table.currentIndex().row()
    assert workspace.selected_case_id() == view.case.id
    assert (date.today() + timedelta(days=5)).isoformat() in str(
        workspace.proxy.index(row, column).data())


def test_record_that_the_consent_was_withdrawn(window: MainWindow, qtbot: Any) -> None:
    import io

    from utvag.services import consent_view

    session = session_of(window)
    view = open_alva(window)
    letter = cases.attach(session, view.case.id, io.BytesIO(b"scanned letter"), "brev.pdf")
    workspace = window.workspace
    assert workspace is not None
    view = workspace.open_case(view.case.id)
    assert not view.overview.warnings.isVisible() or "withdrawn" not in (
        view.overview.warnings.text())
    dialog = trigger(window, "actionWithdrawConsent")
    set_day(dialog.on, date.today() + timedelta(days=3))  # type: ignore[attr-defined]
    assert not dialog.submit()  # a withdrawal in the future is refused by the service
    assert dialog.error.isVisible() and dialog.error.text()
    assert consent_view.state(session, view.case.id).withdrawals == ()
    set_day(dialog.on, date.today())  # type: ignore[attr-defined]
    dialog.by.setText("Individen, per brev")  # type: ignore[attr-defined]
    dialog.letter.setCurrentIndex(dialog.letter.findData(letter))  # type: ignore
    assert dialog.submit()
    shown = workspace.case_view
    assert shown is not None
    withdrawals = consent_view.state(session, shown.case.id).withdrawals
    assert [(w.withdrawn_by, w.attachment_id) for w in withdrawals] == [
        ("Individen, per brev", letter)]
    warning = shown.overview.warnings.text()
    assert (f"The consent was withdrawn on {date.today().isoformat()} by Individen, per brev"
            in warning)
    assert shown.consent_pages.tabText(0) == "Consent (withdrawn)"
    assert any("consent" in a.lower() and "withdr" in a.lower() for a in log_actions(shown))
    # From then on, every time the case is opened.
    view = workspace.open_case(shown.case.id)
    assert "The consent was withdrawn" in view.overview.warnings.text()
