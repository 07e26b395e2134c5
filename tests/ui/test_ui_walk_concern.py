"""What a walk through the concern-report screens under a real display found, each as the user
met it: a step dialog opened on a recorded step showed "now" and the first outcome and silently
replaced the recorded assessment; Enter recorded "immediate protection needed" nobody chose; the
dialogs opened with the focus on OK, so typing went nowhere; refusals named the fields by their
code or in English; the case's view had the unit's title; and recording a step there left the
case's Follow-up tab stale."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from ui_support import press, type_text

from conftest import UiVault, create_vault
from utvag.services import cases, concern
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.case.case_followup_tab import CaseFollowUpTab
from utvag.ui.concern.concern_dialogs import (
    ConversationDialog,
    LinkCaseDialog,
    PreliminaryDialog,
    ProtectionDialog,
)
from utvag.ui.concern.concern_view import ConcernReportsView

NOW = datetime.now(UTC).replace(second=0, microsecond=0)


def _fill(session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "DEMO Hedda Demoqvist", "birth_date": "2012-05-05"}})
    concern.new_report(session, {
        "received_at": (NOW - timedelta(hours=30)).isoformat(timespec="minutes"),
        "reporter_type": "school", "feedback_requested": True, "case_id": case_id})
    recorded = concern.new_report(session, {
        "received_at": (NOW - timedelta(days=3)).isoformat(timespec="minutes"),
        "reporter_type": "police", "feedback_requested": False,
        "child": {"name": "DEMO Ivar Låtsasson", "birth_date": "2013-01-01"}})
    concern.record_protection(session, recorded,
                              (NOW - timedelta(days=3, hours=-5)).isoformat(timespec="minutes"),
                              "no_immediate_protection_needed")


@pytest.fixture
def session(tmp_path: Path, ui_policy: Policy) -> Any:
    made: UiVault = create_vault(tmp_path / "vault", ui_policy, fill=_fill)
    with made.open() as opened:
        yield opened


def _view(qtbot: Any, session: Session, case_id: int | None = None) -> ConcernReportsView:
    view = ConcernReportsView(session, case_id)
    qtbot.addWidget(view)
    view.show()
    return view


def _select(view: ConcernReportsView, child: str) -> concern.ShownReport:
    for row in range(view.model.rowCount()):
        if view.model.index(row, 2).data() == child:
            view.table.selectRow(row)
    assert view.shown is not None and view.shown.child.name == child
    return view.shown


def test_a_recorded_step_opens_as_recorded_and_says_saving_changes_it(
        qtbot: Any, session: Session) -> None:
    view = _view(qtbot, session)
    report = _select(view, "DEMO Ivar Låtsasson")
    dialog = view.open_step(ProtectionDialog)
    assert isinstance(dialog, ProtectionDialog)
    assert dialog.outcome.currentData() == "no_immediate_protection_needed"
    shown = dialog.at.dateTime().toString("yyyy-MM-dd HH:mm")
    assert shown == datetime.fromisoformat(
        str(report.protection_assessed_at)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert "saving changes what was recorded" in dialog.intro.text()
    assert dialog.submit()  # saved unchanged: the recorded assessment stays as it was
    after = concern.show_report(session, report.id)
    assert after.protection_outcome == "no_immediate_protection_needed"
    assert after.protection_assessed_at == report.protection_assessed_at


def test_enter_records_no_outcome_nobody_chose(qtbot: Any, session: Session) -> None:
    view = _view(qtbot, session)
    report = _select(view, "DEMO Hedda Demoqvist")
    for kind in (ProtectionDialog, PreliminaryDialog):
        dialog = view.open_step(kind)
        assert isinstance(dialog, kind)
        assert dialog.outcome.currentIndex() == -1 and dialog.outcome.placeholderText()
        assert not dialog.submit()
        assert "Outcome" in dialog.error.text()
        dialog.reject()
    unchanged = concern.show_report(session, report.id)
    assert unchanged.protection_outcome is None and unchanged.preliminary_outcome is None


def test_typing_in_a_step_dialog_goes_to_its_first_field(qtbot: Any, session: Session) -> None:
    view = _view(qtbot, session)
    _select(view, "DEMO Ivar Låtsasson")
    dialog = view.open_step(LinkCaseDialog)
    assert isinstance(dialog, LinkCaseDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.case_number
    type_text(qtbot, "HI-2026")
    assert dialog.case_number.text() == "HI-2026"
    press(qtbot, Qt.Key.Key_Tab)  # from the last field to OK, not back to Cancel first
    assert QApplication.focusWidget() is dialog.buttons.buttons()[0] or \
        QApplication.focusWidget() in dialog.buttons.buttons()
    dialog.reject()


def test_refusals_name_the_fields_in_swedish(qtbot: Any, session: Session) -> None:
    i18n.set_language("sv")
    view = _view(qtbot, session)
    _select(view, "DEMO Ivar Låtsasson")
    talk = view.open_step(ConversationDialog)
    assert isinstance(talk, ConversationDialog)
    assert not talk.submit()
    assert talk.error.text() == "Med vem: måste ange minst en som deltog i samtalet"
    talk.reject()
    pre = view.open_step(PreliminaryDialog)
    assert isinstance(pre, PreliminaryDialog)
    pre.outcome.setCurrentIndex(pre.outcome.findData("no_investigation"))
    assert not pre.submit()
    assert pre.error.text().startswith("Skäl:"), pre.error.text()
    assert "concern_report" not in pre.error.text()
    pre.at.setDateTime(pre.at.dateTime().addDays(-10))
    pre.reason.setPlainText("DEMO: Stöd finns.")
    assert not pre.submit()
    assert "Förhandsbedömningens tidpunkt" in pre.error.text(), pre.error.text()
    assert "_assessed_at" not in pre.error.text()
    pre.reject()


def test_the_case_view_is_titled_by_the_case_and_its_changes_reach_the_case_tab(
        qtbot: Any, session: Session) -> None:
    [case] = cases.list_cases(session, query="Hedda")
    tab = CaseFollowUpTab(session, case.id, False)
    qtbot.addWidget(tab)
    tab.show()
    view = tab.open_concern_view()
    qtbot.addWidget(view)
    assert isinstance(view, ConcernReportsView)
    assert view.windowTitle() == f"Concern reports in case {case.case_number}"
    assert tab.concerns.model.index(0, 1).data() == "—"
    step = view.open_step(ProtectionDialog)
    assert isinstance(step, ProtectionDialog)
    step.outcome.setCurrentIndex(step.outcome.findData("no_immediate_protection_needed"))
    assert step.submit()
    assert tab.concerns.model.index(0, 1).data() != "—"  # the tab shows it without reopening


def test_the_details_read_as_sentences(qtbot: Any, session: Session) -> None:
    view = _view(qtbot, session)
    _select(view, "DEMO Hedda Demoqvist")
    details = view.details.text()
    assert "Protection assessment: not yet\n" in details  # no dangling ", —"
    assert ", —" not in details
    report = _select(view, "DEMO Ivar Låtsasson")
    concern.add_conversation(session, report.id, {
        "held_on": NOW.astimezone().date().isoformat(), "with_whom": ["child", "guardian"]})
    view.reload()
    assert "with the child, guardian" in view.details.text()


def test_the_new_report_dialog_has_one_key_per_field(qtbot: Any, session: Session) -> None:
    for language in ("en", "sv"):
        i18n.set_language(language)
        view = _view(qtbot, session)
        dialog = view.open_new()
        keys = []
        for row in range(dialog.form.rowCount()):
            item = dialog.form.itemAt(row, dialog.form.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            text = label.text() if isinstance(label, QLabel) else ""
            if "&" in text:
                keys.append(text[text.index("&") + 1].lower())
        assert len(keys) == len(set(keys)) == 5, (language, keys)
        for edit in dialog.findChildren(QLineEdit):
            assert edit.isVisibleTo(dialog)
        dialog.reject()
