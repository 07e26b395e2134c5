"""Ctrl+Q, as the File menu shows it, quits from any of the app's windows: pressed in a window
of its own (the manager's view, my risk meetings, the Due list) it did nothing, and the app
went on with the vault open behind that window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from utvag.ui.window import MainWindow
from utvag.ui.window_tasks import show_risk_meetings


def test_ctrl_q_in_a_window_of_its_own_quits_and_locks(open_window: MainWindow,
                                                       qtbot: Any) -> None:
    view = show_risk_meetings(open_window)
    assert view is not None
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not open_window.isVisible())
    assert open_window.session is None  # locked on its way out


def test_ctrl_q_in_a_dialog_does_not_quit_under_it(open_window: MainWindow, qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    workspace.open_case(workspace.model.case_id(0))
    dialog = open_window.case_menu.record_decision()
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.what, Qt.Key.Key_Q,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert open_window.isVisible() and dialog.isVisible()
    dialog.reject()
