"""Text kept through a lock waited in the vault for its window, and nothing said it was there
until that very window was opened again for the case. The case's Overview now says it, naming
the windows (never the text), in the user's language, and stops once the text is put back."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication
from ui_support import decision_dialog, files_holding, unlock_with_keyboard

from conftest import UiVault
from utvag.services import cases
from utvag.ui.case.case_view import CaseView
from utvag.ui.case.decision_dialogs import DecisionDialog
from utvag.ui.case.kept_overview import KeptTextNote
from utvag.ui.window import MainWindow

CANARY = "Beslut om skyddat boende KANARIE-c4a9"  # keyClicks types ASCII
LINE = ("Text typed before the vault locked is kept, not yet saved, for: %1. Open the same "
        "window again to go on with it or to discard it.")


def _case(window: MainWindow, name: str) -> int:
    assert window.session is not None
    return next(s.id for s in cases.list_cases(window.session) if s.name == name)


def _view(window: MainWindow) -> CaseView:
    assert window.workspace is not None and window.workspace.case_view is not None
    return window.workspace.case_view


def _note(window: MainWindow) -> KeptTextNote:
    return _view(window).overview.kept_text


def _said(window: MainWindow) -> str | None:
    """The Overview's line about kept text as the user would see it (None: not shown)."""
    note = _note(window)
    return note.text() if note.isVisibleTo(_view(window).overview) else None


def _type_in_decision(window: MainWindow, qtbot: Any, case_id: int) -> DecisionDialog:
    dialog = decision_dialog(window, qtbot, case_id)
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, CANARY)
    return dialog


def _type_in_incident(window: MainWindow, qtbot: Any) -> None:
    view = _view(window)
    view.setCurrentWidget(view.high_risk)
    dialog = view.high_risk.open_incident_dialog()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Hot i vantrummet")


def _lock_and_unlock(window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    window.lock()
    unlock_with_keyboard(qtbot, window, vault.passphrase)


def test_the_overview_names_the_windows_with_kept_text_until_it_is_put_back(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    alva, cleo = _case(open_window, "Alva Exempelsson"), _case(open_window, "Cleo Testberg")
    workspace = open_window.workspace
    assert workspace is not None
    view = workspace.open_case(alva)
    assert _said(open_window) is None  # nothing kept: nothing said
    view.setCurrentWidget(view.high_risk)
    view.high_risk.flag_description.setFocus()
    qtbot.keyClicks(view.high_risk.flag_description, "Hotad vid hamtning")
    _type_in_decision(open_window, qtbot, alva)
    _lock_and_unlock(open_window, vault, qtbot)

    # Alva's case is open again; the High-risk tab's text is back on it, the decision's waits
    assert _view(open_window).high_risk.flag_description.text() == "Hotad vid hamtning"
    assert _said(open_window) == LINE.replace("%1", "Record a decision")
    _type_in_incident(open_window, qtbot)
    _lock_and_unlock(open_window, vault, qtbot)
    both = LINE.replace("%1", "Record a decision, Incident against staff")
    assert _said(open_window) == both
    assert CANARY not in both and not files_holding(CANARY, vault.directory.parent)
    assert _note(open_window).accessibleName() == "Text kept from before the vault locked"

    open_window.swedish_action.trigger()
    QApplication.processEvents()
    assert _said(open_window) == (
        "Text som skrevs innan valvet låstes finns kvar, ännu inte sparad, för: Registrera "
        "beslut, Händelse mot personal. Öppna samma fönster igen för att fortsätta med den "
        "eller kasta den.")
    open_window.english_action.trigger()
    QApplication.processEvents()
    assert _said(open_window) == both

    assert open_window.workspace is not None  # another case: its own line, here none
    open_window.workspace.open_case(cleo)
    assert _said(open_window) is None
    open_window.workspace.open_case(alva)
    assert _said(open_window) == both

    decision = decision_dialog(open_window, qtbot, alva)
    assert decision.what.toPlainText() == CANARY  # put back: no longer waiting
    assert _said(open_window) == LINE.replace("%1", "Incident against staff")
    decision.kept_notice.discard_button.click()  # discarded: still not kept, nothing else is
    decision.reject()
    assert _said(open_window) == LINE.replace("%1", "Incident against staff")
    view = _view(open_window)
    view.setCurrentWidget(view.high_risk)
    incident = view.high_risk.open_incident_dialog()
    qtbot.waitUntil(incident.isActiveWindow)
    assert incident.description.toPlainText() == "Hot i vantrummet"
    assert _said(open_window) is None
    incident.reject()


def test_a_case_opened_later_says_what_was_kept_for_it(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    alva, cleo = _case(open_window, "Alva Exempelsson"), _case(open_window, "Cleo Testberg")
    assert open_window.workspace is not None
    open_window.workspace.open_case(alva)
    _type_in_decision(open_window, qtbot, cleo)  # a dialog about Cleo's case, Alva's open
    _lock_and_unlock(open_window, vault, qtbot)
    assert _said(open_window) is None  # Alva's case: nothing kept for it
    assert open_window.workspace is not None
    open_window.workspace.open_case(cleo)
    assert _said(open_window) == LINE.replace("%1", "Record a decision")
