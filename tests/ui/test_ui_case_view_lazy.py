"""Opening a case builds only what its first screen shows; the other tabs are built when shown,
asked for, or while nothing else happens — and building one never moves the user elsewhere."""

from __future__ import annotations

from typing import Any

from ui_support import press

from conftest import UiVault
from utvag.services import audit_log
from utvag.ui.case_view import CaseView
from utvag.ui.journal_tab import JournalTab
from utvag.ui.window import MainWindow

LAZY = ("intervention_pages", "relatives", "journal", "attachments", "log")


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
    rows = [e for e in audit_log.entries(session, view.case.id) if e["action"] == "case.read"]
    assert len(rows) == 1  # built once: the case was read (and logged) once


def _alt(key: str) -> tuple[Any, Any]:
    from PySide6.QtCore import Qt

    return getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier
