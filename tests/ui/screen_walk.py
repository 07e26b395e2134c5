"""A walk through every screen and dialog of the app on a demo vault, for the checks that must
hold everywhere (all Swedish, every control named for a screen reader).

``walk`` yields ``(where, top)`` for each screen as the user would see it: the first-run pages,
the lock screen in its states, the case list, every tab (and inner page) of several kinds of case,
the assessment wizard with and without errors, and each dialog and follow-up window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from bulk_vault import FAST_KDF
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabWidget, QWidget

from utvag.domain.case_records import CaseStatus, ProtectedIdentity
from utvag.services import cases, demo, followup, high_risk, retention
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.ui.window import MainWindow

Screen = tuple[str, QWidget]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def demo_vault(directory: Path, policy: Policy) -> Path:
    opened, _recovery = session_service.create(directory, "SAV", demo.DEMO_PASSPHRASE,
                                               kdf=FAST_KDF, allow_weak_kdf=True, policy=policy)
    with opened:
        demo.fill(opened, count=16)
    return directory


def first_run(make_window: Callable[..., MainWindow], directory: Path) -> Iterator[Screen]:
    window = make_window(directory)
    wizard = window.first_run
    assert wizard is not None
    yield "first run: unit", window
    wizard.next()
    yield "first run: passphrase", window
    wizard.passphrase_page.first.setText("seven quiet owls Sing at dawn")
    wizard.passphrase_page.second.setText("seven quiet owls Sing at dawn")
    wizard.next()
    yield "first run: recovery key", window
    wizard.next()
    yield "first run: confirm the recovery key", window
    wizard.confirm_page.confirm.setText(wizard.recovery_key.rsplit("-", 1)[-1])
    wizard.next()
    yield "first run: quick unlock", window
    window.close()


def tabs(where: str, top: QWidget, tab_widget: QTabWidget) -> Iterator[Screen]:
    for index in range(tab_widget.count()):
        tab_widget.setCurrentIndex(index)
        settle()
        yield f"{where}, tab {tab_widget.tabText(index)!r}", top
        inner = tab_widget.currentWidget()
        for nested in (inner.findChildren(QTabWidget) if inner is not None else []):
            if nested.isVisible():
                for nested_index in range(nested.count()):
                    nested.setCurrentIndex(nested_index)
                    settle()
                    yield f"{where}, tab {tab_widget.tabText(index)!r} › " \
                          f"{nested.tabText(nested_index)!r}", top
        pages = getattr(inner, "pages", None)
        if pages is not None and hasattr(pages, "count"):
            for page_index in range(pages.count()):
                pages.setCurrentIndex(page_index)
                settle()
                yield f"{where}, tab {tab_widget.tabText(index)!r}, page {page_index}", top


def chosen_cases(session: Any) -> dict[str, int]:
    listed = cases.list_cases(session, limit=100)
    flagged = high_risk.high_risk_case_ids(session, [s.id for s in listed])
    picks: dict[str, int] = {}
    for summary in listed:
        if summary.status is CaseStatus.CLOSED:
            picks.setdefault("closed case", summary.id)
        elif summary.id in flagged and summary.type.value == "defector":
            picks.setdefault("high-risk case", summary.id)
        elif summary.protected_identity is not ProtectedIdentity.NONE:
            picks.setdefault("protected case", summary.id)
        elif cases.attachments(session, summary.id) and cases.notes(session, summary.id):
            picks.setdefault("case with notes", summary.id)
    return picks


W = TypeVar("W", bound=QWidget)


def dialog(widget: W) -> W:
    widget.show()
    settle()
    return widget


def workspace_screens(window: MainWindow) -> Iterator[Screen]:
    from utvag.services.young_people import GuardianShown
    from utvag.ui.about import AboutDialog
    from utvag.ui.assessment.wizard_dialog import AssessmentDialog
    from utvag.ui.case.decision_dialogs import DecisionDialog
    from utvag.ui.case.guardian_reveal import GuardianDetailsDialog, RevealReasonDialog
    from utvag.ui.case.new_case_dialog import NewCaseDialog
    from utvag.ui.due_view import DueView
    from utvag.ui.manager.logreview_view import LogReviewView
    from utvag.ui.retention_view import RetentionView
    from utvag.ui.staff_safety.risk_meeting_dialog import RiskMeetingDialog
    from utvag.ui.statistics.statistics_merge_view import MergeView
    from utvag.ui.statistics.statistics_view import StatisticsView

    workspace, session = window.workspace, window.session
    assert workspace is not None and session is not None
    yield "case list", window
    picks = chosen_cases(session)
    for where, case_id in picks.items():
        view = workspace.open_case(case_id)
        settle()
        yield from tabs(where, window, view)
    view = workspace.open_case(picks["high-risk case"])
    incident = view.high_risk.open_incident_dialog()
    settle()
    yield "incident form", incident
    incident.reject()
    meeting = dialog(RiskMeetingDialog(session, picks["high-risk case"], parent=window))
    yield "risk meeting form", meeting
    meeting.reject()
    reason = dialog(RevealReasonDialog(window))
    yield "the reason for showing a guardian", reason
    reason.reject()
    details = dialog(GuardianDetailsDialog(GuardianShown(
        id=1, name="Exempel Förälder", contact=None, may_contact=True, no_contact_reason=None,
        protected_identity="skyddad_folkbokforing", identity_masked=False), window))
    yield "a guardian's details, shown", details
    details.reject()
    form = view.disclosures.open_form()
    settle()
    yield "disclosure form", form
    form.reject()
    decision = dialog(DecisionDialog(session, picks["high-risk case"], window))
    decision.outcome.setCurrentIndex(decision.outcome.findData("refused"))
    settle()
    yield "decision form, a refusal with its appeal notice", decision
    decision.reject()
    upcoming = window.show_risk_meetings()
    if upcoming is not None:
        settle()
        yield "my risk meetings", upcoming
        upcoming.close()
    unit_incident = window.record_unit_incident()
    if unit_incident is not None:
        settle()
        yield "incident form without a case", unit_incident
        unit_incident.reject()
    unit_incidents = window.show_unit_incidents()
    if unit_incidents is not None:
        settle()
        yield "incidents at the unit", unit_incidents
        unit_incidents.close()

    open_ids = [s.id for s in cases.list_cases(session, limit=100)
                if s.status is CaseStatus.INVESTIGATION and s.type.value == "defector"]
    wizard = dialog(AssessmentDialog.open_for_case(session, open_ids[-1], parent=window))
    yield "assessment wizard", wizard
    wizard.go_next()  # nothing answered: every field says what it needs
    settle()
    yield "assessment wizard after Next", wizard
    wizard.reject()
    settle()
    # What the assessment left in the case's log, and a case closed for a reason of the guideline.
    view = workspace.open_case(open_ids[-1])
    view.setCurrentWidget(view.log)
    settle()
    yield "the log of the assessed case", window
    followup.close_case(session, open_ids[0], "not_defector")
    workspace.open_case(open_ids[0])
    settle()
    yield "a case closed as not a defector", window

    new_case = dialog(NewCaseDialog(lambda data: cases.new_case(session, data), window))
    yield "new case", new_case
    new_case.name.setText("DEMO Vera Exempelsson")
    new_case.number.setText("20010230-1234")
    buttons = new_case.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()
    settle()
    yield "new case with an error", new_case
    new_case.reject()
    about = dialog(AboutDialog(window.policy, window))
    yield "about", about
    about.reject()

    views: tuple[tuple[str, QWidget], ...] = (
        ("due", DueView(session)), ("statistics", StatisticsView(session)),
        ("city-wide statistics", MergeView(session)),
        ("log review", LogReviewView(session)))
    for name, view_widget in views:
        view_widget.resize(1000, 600)
        dialog(view_widget)
        loading = getattr(view_widget, "loading", None)
        while loading is not None and not loading.done.is_set():
            settle()  # counted or read off the GUI thread
        yield name, view_widget
        if isinstance(view_widget, LogReviewView):
            view_widget.queue.selectRow(0)
            settle()
            yield "log review, a case selected", view_widget
        view_widget.close()
    closed = [c for c in cases.list_cases(session, limit=100) if c.status is CaseStatus.CLOSED]
    retention.place_hold(session, closed[-1].id, "DEMO hold")
    later = date.today() + timedelta(days=6 * 366)
    shelf = RetentionView(session, today=lambda: later)
    shelf.resize(1000, 600)
    dialog(shelf)
    while shelf.reading:
        settle()  # read off the GUI thread
    shelf.table.selectRow(0)
    settle()
    yield "retention", shelf
    shelf.close()


def walk(make_window: Callable[..., MainWindow], tmp_path: Path,
         policy: Policy) -> Iterator[Screen]:
    yield from first_run(make_window, tmp_path / "new-vault")
    directory = demo_vault(tmp_path / "demo", policy)
    window = make_window(directory, policy)
    yield "lock screen", window
    window.unlock_page.toggle_recovery_mode()
    yield "lock screen, recovery key", window
    window.unlock_page.toggle_recovery_mode()
    window.try_unlock("passphrase", "not the passphrase")
    window.wait_for_unlock()
    yield "lock screen, wrong passphrase", window
    window.try_unlock("passphrase", demo.DEMO_PASSPHRASE)
    window.wait_for_unlock()
    settle()
    yield from workspace_screens(window)
    yield from role_pages(make_window, tmp_path, policy)


def role_pages(make_window: Callable[..., MainWindow], tmp_path: Path,
               policy: Policy) -> Iterator[Screen]:
    """The pages the vaults without cases open on: the city office's and a unit manager's."""
    from utvag.domain.units import CITY_OFFICE
    from utvag.services import transfer

    for unit, role in ((CITY_OFFICE, None), ("Hisingen", "manager")):
        directory = tmp_path / f"role-{role or 'city'}"
        opened, _recovery = session_service.create(
            directory, unit, demo.DEMO_PASSPHRASE, kdf=FAST_KDF, allow_weak_kdf=True,
            policy=policy)
        with opened:
            if role is not None:
                transfer.create_role_identity(opened, role, "DEMO Maria Påhittad")
        window = make_window(directory, policy)
        window.try_unlock("passphrase", demo.DEMO_PASSPHRASE)
        window.wait_for_unlock()
        settle()
        yield f"{role or 'city office'}'s page", window
        window.close()
