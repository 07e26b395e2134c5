"""Text kept across a lock, walked as a caseworker does it: after "Discard the kept text" the
keyboard was nowhere in the dialog, and on the High-risk tab it went to the case list's search,
where the next key typed filtered the list and closed the open case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import focused, type_text, unlock_with_keyboard

from conftest import UiVault
from utvag.services import cases
from utvag.ui.case.decision_dialogs import DecisionDialog
from utvag.ui.case.kept_notice import KeptNotice
from utvag.ui.window import MainWindow


def _alva(window: MainWindow) -> int:
    assert window.session is not None
    return next(s.id for s in cases.list_cases(window.session) if s.name == "Alva Exempelsson")


def _decision(window: MainWindow, qtbot: Any, case_id: int) -> DecisionDialog:
    assert window.session is not None
    dialog = DecisionDialog(window.session, case_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_after_discarding_the_kept_text_typing_goes_into_the_dialogs_field(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    alva = _alva(open_window)
    dialog = _decision(open_window, qtbot, alva)
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, "Kontaktperson tre manader")
    open_window.lock()
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)

    again = _decision(open_window, qtbot, alva)
    assert again.kept_notice.isVisible()
    qtbot.mouseClick(again.kept_notice.discard_button, Qt.MouseButton.LeftButton)
    assert not again.kept_notice.isVisible() and again.what.toPlainText() == ""
    assert focused() is again.what
    type_text(qtbot, "Avslag")
    assert again.what.toPlainText() == "Avslag"


def test_after_discarding_the_high_risk_tabs_kept_text_the_case_stays_open(
        open_window: MainWindow, vault: UiVault, qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    alva = _alva(open_window)
    view = workspace.open_case(alva)
    view.setCurrentWidget(view.high_risk)
    view.high_risk.flag_description.setFocus()
    qtbot.keyClicks(view.high_risk.flag_description, "Hot via ombud")
    open_window.lock()
    unlock_with_keyboard(qtbot, open_window, vault.passphrase)
    workspace = open_window.workspace
    assert workspace is not None and workspace.case_view is not None
    tab = workspace.case_view.high_risk
    notice = tab.findChild(KeptNotice, "keptNotice")
    assert notice is not None and notice.isVisible()

    qtbot.mouseClick(notice.discard_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert tab.flag_description.text() == "" and not notice.isVisible()
    assert focused() is tab.flag_description
    type_text(qtbot, "Z")
    assert tab.flag_description.text() == "Z"
    assert workspace.search.text() == "" and workspace.open_case_id == alva
