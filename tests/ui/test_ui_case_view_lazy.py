"""Opening a case builds only what its first screen shows; the other tabs are built when shown,
asked for, or while nothing else happens — and building one never moves the user elsewhere."""

from __future__ import annotations

from typing import Any

from ui_support import press

from conftest import UiVault
from utvag.services import audit_log, high_risk
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.journal_tab import JournalTab
from utvag.ui.window import MainWindow

LAZY = ("intervention_pages", "relatives", "journal", "attachments", "high_risk", "log")


def _open(window: MainWindow) -> CaseView:
    workspace = window.workspace
    assert workspace is not None
    return workspace.open_case(workspace.model.case_id(0))


def test_a_case_opens_with_only_its_first_screen_built(open_window: MainWindow) -> None:
    view = _open(open_window)
    assert not any(view.built(name) for name in LAZY)
    assert view.currentIndex() == 0  # the Overview
    titles = [view.tabText(i) for i in range(view.count())]
    assert "&Journal" in titles and "Lo&g" in titles  # every tab is in the bar from the start


def test_the_rest_is_built_while_idle_without_leaving_the_overview(
        open_window: MainWindow, qtbot: Any) -> None:
    view = _open(open_window)
    qtbot.waitUntil(lambda: all(view.built(name) for name in LAZY), timeout=10_000)
    assert view.currentIndex() == 0 and view.currentWidget() is view.overview


def test_a_tab_is_built_when_its_mnemonic_shows_it(
        open_window: MainWindow, qtbot: Any, vault: UiVault) -> None:
    view = _open(open_window)
    view.setFocus()
    press(qtbot, *_alt("J"))
    assert isinstance(view.currentWidget(), JournalTab)
    assert view.currentWidget() is view.journal and view.journal.isVisible()


def test_asking_for_a_tab_builds_it_and_shows_the_same_widget_each_time(
        open_window: MainWindow) -> None:
    view = _open(open_window)
    log = view.log
    assert view.built("log") and view.log is log
    view.setCurrentWidget(log)
    assert view.currentWidget() is log and view.indexOf(log) == view.currentIndex()
    session = open_window.session
    assert session is not None
    rows = [e for e in audit_log.entries(session, view.case.id) if e.action == "case.read"]
    assert len(rows) == 1  # built once: the case was read (and logged) once


def test_the_overview_warns_at_once_though_high_risk_is_built_later(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    session = open_window.session
    assert session is not None
    workspace = open_window.workspace
    assert workspace is not None
    case_id = workspace.model.case_id(0)
    high_risk.flag_case(session, case_id, {"grounds": ["serious_threat"]})
    view = workspace.open_case(case_id)
    assert not view.built("high_risk")
    assert "High-risk case" in view.overview.warnings.text()
    qtbot.waitUntil(lambda: view.built("high_risk"), timeout=10_000)
    assert "High-risk case" in view.overview.warnings.text()
    assert view.high_risk.warnings.text() in view.overview.warnings.text()
    assert view.currentWidget() is view.overview


def test_text_typed_on_a_page_shown_early_stays_while_the_rest_is_built(
        open_window: MainWindow, qtbot: Any) -> None:
    view = _open(open_window)
    view.setCurrentIndex(view.indexOf(view.page("high_risk")))  # built now, as it is shown
    field = view.high_risk.flag_description
    field.setFocus()
    qtbot.keyClicks(field, "Threats by phone")
    qtbot.waitUntil(lambda: all(view.built(name) for name in LAZY), timeout=10_000)
    assert field.text() == "Threats by phone" and field.hasFocus()
    assert view.currentWidget() is view.high_risk


def test_a_case_left_before_its_pages_were_built_builds_nothing_more(
        open_window: MainWindow, qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    first = _open(open_window)
    second_id = workspace.model.case_id(1)
    second = workspace.open_case(second_id)
    qtbot.waitUntil(lambda: all(second.built(name) for name in LAZY), timeout=10_000)
    assert workspace.case_view is second and second.case.id == second_id
    assert second.currentWidget() is second.overview
    assert not any(first.built(name) for name in LAZY)


def _alt(key: str) -> tuple[Any, Any]:
    from PySide6.QtCore import Qt

    return getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier
