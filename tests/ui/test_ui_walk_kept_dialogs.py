"""An incident against staff, a risk meeting and a disclosure are written in dialogs about one
case too, and a lock (idle, Ctrl+L, closing the app) threw away what was typed in them without a
word, where a recording dialog's text was kept: each now keeps it, encrypted in the vault, and
puts it back the next time it is opened for the same case, under the line that says so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import files_holding, unlock_with_keyboard, when_modal

from conftest import UiVault
from utvag.services import cases, kept_text
from utvag.ui.case.case_view import CaseView
from utvag.ui.staff_safety.risk_meeting_dialog import RiskMeetingDialog
from utvag.ui.typed_text_dialog import TypedTextDialog
from utvag.ui.window import MainWindow

CANARY = "Hotade i receptionen KANARIE-91c2"  # keyClicks types ASCII


def _incident(view: CaseView) -> TypedTextDialog:
    view.setCurrentWidget(view.high_risk)
    return view.high_risk.open_incident_dialog()


def _disclosure(view: CaseView) -> TypedTextDialog:
    return view.disclosures.open_form()


OPENERS: dict[str, Callable[[CaseView], TypedTextDialog]] = {
    "incident": _incident, "disclosure": _disclosure,
}


def _first_field(dialog: TypedTextDialog) -> Any:
    return next(f for f in dialog.text_fields() if f.isVisible() and not f.isReadOnly())


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_the_text_typed_survives_a_lock_and_comes_back_for_the_same_case(
        name: str, open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    workspace, session = open_window.workspace, open_window.session
    assert workspace is not None and session is not None
    alva = next(s.id for s in cases.list_cases(session) if s.name == "Alva Exempelsson")
    dialog = OPENERS[name](workspace.open_case(alva))
    qtbot.waitUntil(dialog.isActiveWindow)
    field = _first_field(dialog)
    field.setFocus()
    qtbot.keyClicks(field, CANARY)

    open_window.lock()  # Ctrl+L's path (the idle lock and quitting take the same)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not files_holding(CANARY, vault.directory)  # kept encrypted, never in clear
    with vault.open() as locked:
        assert len(kept_text.kinds_kept(locked, alva)) == 1

    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    workspace = open_window.workspace
    assert workspace is not None and workspace.case_view is not None
    again = OPENERS[name](workspace.case_view)
    qtbot.waitUntil(again.isActiveWindow)
    assert CANARY in again.texts()
    assert again.keeper is not None and again.keeper.notice.isVisible()
    assert "before the vault locked" in again.keeper.notice.label.text()
    assert open_window.session is not None
    assert kept_text.kinds_kept(open_window.session, alva) == []  # taken back
    again.reject()


def test_a_risk_meetings_text_survives_a_lock_that_comes_while_it_is_open(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    workspace, session = open_window.workspace, open_window.session
    assert workspace is not None and session is not None
    alva = next(s.id for s in cases.list_cases(session) if s.name == "Alva Exempelsson")
    view = workspace.open_case(alva)
    view.setCurrentWidget(view.high_risk)

    def type_then_lock(dialog: QWidget) -> None:
        assert isinstance(dialog, RiskMeetingDialog)
        dialog.place.setFocus()
        qtbot.keyClicks(dialog.place, CANARY)
        open_window.lock()  # as the idle lock comes while the dialog waits in exec()

    when_modal(type_then_lock, kind=RiskMeetingDialog)
    view.high_risk.risk_meetings.new_assessment()  # back once the lock closed the dialog
    assert open_window.is_locked
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    workspace = open_window.workspace
    assert workspace is not None and workspace.case_view is not None
    seen: list[tuple[str, bool]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, RiskMeetingDialog) and dialog.keeper is not None
        seen.append((dialog.place.text(), dialog.keeper.notice.isVisible()))
        dialog.reject()

    when_modal(look, kind=RiskMeetingDialog)
    workspace.case_view.high_risk.risk_meetings.new_assessment()
    assert seen == [(CANARY, True)]
