"""Concern reports in the app, through the real window on a real vault: the view from the
Follow-up menu, a report received before any case with a protected child, its steps recorded
in dialogs (refusals shown, nothing changed), the Due view opening the report, and linking it to
the child's case, which then lists it in its own Follow-up tab."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ui_support import unlock_with_keyboard, wait_read

from conftest import UiVault, create_vault
from utvag.services import cases, concern
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.record_dialog import RecordDialog
from utvag.ui.concern.concern_dialogs import (
    ConversationDialog,
    FeedbackDialog,
    LinkCaseDialog,
    PreliminaryDialog,
    ProtectionDialog,
)
from utvag.ui.concern.concern_view import ConcernModel, ConcernReportsView
from utvag.ui.window import MainWindow

CHILD = {"name": "Nova Skyddadsson", "personal_number": "20130211-2345",
         "protected_identity": "sekretessmarkering"}


def _fill(session: Session) -> None:
    cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Exempelsson", "birth_date": "1999-05-05"}})


@pytest.fixture
def window(make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy) -> MainWindow:
    vault: UiVault = create_vault(tmp_path / "vault", ui_policy, fill=_fill)
    opened: MainWindow = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, opened, vault.passphrase)
    return opened


def session_of(window: MainWindow) -> Session:
    assert window.session is not None
    return window.session


def refused(dialog: RecordDialog, *words: str) -> None:
    assert not dialog.submit()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert all(word in dialog.error.text() for word in words), dialog.error.text()


def open_view(window: MainWindow) -> ConcernReportsView:
    view = window.followup_menu.show_concerns()  # type: ignore[attr-defined]
    assert isinstance(view, ConcernReportsView) and view.isVisible()
    return view


def test_the_model_is_a_well_behaved_model(window: MainWindow, qtmodeltester: Any) -> None:
    concern.new_report(session_of(window), {
        "received_at": (datetime.now(UTC) - timedelta(days=2)).isoformat(),
        "reporter_type": "school", "child": CHILD})
    view = open_view(window)
    assert isinstance(view.model, ConcernModel) and view.model.rowCount() == 1
    qtmodeltester.check(view.model)


def test_record_a_report_before_the_case_and_its_steps(window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    view = open_view(window)
    assert view.model.rowCount() == 0
    new = view.open_new()
    refused(new, "needs a name")  # no child named: refused, nothing stored
    assert concern.list_reports(session) == []
    new.name.setText(CHILD["name"])  # type: ignore[attr-defined]
    new.number.setText(CHILD["personal_number"])  # type: ignore[attr-defined]
    new.protection.setCurrentIndex(  # type: ignore[attr-defined]
        new.protection.findData("sekretessmarkering"))  # type: ignore[attr-defined]
    new.reporter.setCurrentIndex(new.reporter.findData("police"))  # type: ignore
    new.feedback.setChecked(True)  # type: ignore[attr-defined]
    new.received.setDateTime(  # type: ignore[attr-defined]
        new.received.dateTime().addSecs(-3 * 3600))  # type: ignore[attr-defined]
    assert new.submit()
    assert view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row[1:4] == ["No case yet", "[protected identity]", "Police"]
    assert row[4] == "Protection assessment (24 hours)"
    assert "Nova" not in view.details.text()
    assert view.shown is not None
    report_id = view.shown.id

    step = view.open_step(ProtectionDialog)
    assert step is not None
    step.outcome.setCurrentIndex(  # type: ignore[attr-defined]
        step.outcome.findData("no_immediate_protection_needed"))  # type: ignore[attr-defined]
    step.at.setDateTime(step.at.dateTime().addDays(-2))  # type: ignore[attr-defined]
    before = concern.show_report(session, report_id)
    refused(step, "before the report was received")
    assert concern.show_report(session, report_id).protection_assessed_at \
        == before.protection_assessed_at is None
    step.at.setDateTime(step.at.dateTime().addDays(2))  # type: ignore[attr-defined]
    assert step.submit()
    assert view.model.index(0, 4).data() == "Preliminary assessment (14 days)"

    pre = view.open_step(PreliminaryDialog)
    assert pre is not None
    pre.outcome.setCurrentIndex(pre.outcome.findData("no_investigation"))  # type: ignore
    refused(pre, "Reason")
    pre.reason.setPlainText("Ingen utredning: stöd via SSPF.")  # type: ignore[attr-defined]
    assert pre.submit()
    assert view.model.index(0, 4).data() == "Feedback to the concern's reporter"

    talk = view.open_step(ConversationDialog)
    assert talk is not None
    refused(talk, "With whom")
    talk.with_whom["child"].setChecked(True)  # type: ignore[attr-defined]
    talk.with_whom["guardian"].setChecked(True)  # type: ignore[attr-defined]
    assert talk.submit()
    feedback = view.open_step(FeedbackDialog)
    assert feedback is not None and feedback.submit()
    assert view.model.index(0, 4).data() == "Done"
    details = view.details.text()
    assert "No immediate protection needed" in details
    assert "No investigation opened" in details
    assert "with the child, guardian" in details

    # the child's case, opened later: linking moves the report to it
    link = view.open_step(LinkCaseDialog)
    assert link is not None
    alva = cases.list_cases(session, query="Alva")[0]
    link.case_number.setText(alva.case_number)  # type: ignore[attr-defined]
    refused(link, "about another person")
    own = cases.new_case(session, {"type": "relative", "person": CHILD})
    number = cases.show_case(session, own).case.case_number
    link.case_number.setText(number)  # type: ignore[attr-defined]
    assert link.submit()
    assert view.model.index(0, 1).data() == number
    workspace = window.workspace
    assert workspace is not None
    case_view = workspace.open_case(own)
    assert case_view.followup.concerns.model.rowCount() == 1


def test_the_due_view_opens_a_report_without_a_case(window: MainWindow, qtbot: Any) -> None:
    session = session_of(window)
    report_id = concern.new_report(session, {
        "received_at": (datetime.now(UTC) - timedelta(hours=25)).isoformat(),
        "reporter_type": "health_care", "child": CHILD})
    due_view = window.followup_menu.show_due()  # type: ignore[attr-defined]
    assert due_view is not None
    wait_read(qtbot, due_view)
    model = due_view.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows[0][1:3] == ["No case (concern report)", "Protection assessment (24 hours)"]
    assert rows[0][4] == "Overdue"
    due_view.table.activated.emit(model.index(0, 2))
    opened = window.findChildren(ConcernReportsView)
    assert len(opened) == 1 and opened[0].shown is not None
    assert opened[0].shown.id == report_id
