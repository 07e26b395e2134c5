"""The application's input watch (idle clock and Ctrl+L) is lifted while a view is built and is
back after: input right after opening a case, or after a build that failed, still counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from ui_support import FakeClock, press, when_modal

from conftest import UiVault
from utvag.errors import UtvagError
from utvag.ui.case.followup_menu import FollowUpMenu
from utvag.ui.case.new_case_dialog import NewCaseDialog
from utvag.ui.errors import report_error
from utvag.ui.input_watch import building
from utvag.ui.lock_guard import BuildStopped
from utvag.ui.window import MainWindow


def _typing_keeps_it_open(window: MainWindow, vault: UiVault, qtbot: Any,
                          clock: FakeClock) -> None:
    """A key pressed just before the idle timeout keeps the vault open past it; then, with no
    input, the timeout locks it."""
    workspace = window.workspace
    assert workspace is not None
    timeout = vault.policy.idle_timeout_seconds
    clock.advance(timeout - 5)
    qtbot.keyClick(workspace.search, Qt.Key.Key_Shift)  # input that changes nothing
    clock.advance(10)
    window.idle.check()
    assert window.session is not None, "input was not seen: the vault locked"
    clock.advance(timeout)
    window.idle.check()
    assert window.is_locked and window.session is None


def test_input_after_opening_a_case_and_its_pages_counts(open_window: MainWindow,
                                                        vault: UiVault, qtbot: Any,
                                                        clock: FakeClock) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    view = workspace.open_case(workspace.model.case_id(0))
    view.setCurrentWidget(view.journal)  # a page built the first time it is shown
    assert view.journal.isVisible()
    _typing_keeps_it_open(open_window, vault, qtbot, clock)


def test_input_after_a_failed_build_counts(open_window: MainWindow, vault: UiVault,
                                           qtbot: Any, clock: FakeClock) -> None:
    with pytest.raises(RuntimeError), building(), building():
        raise RuntimeError("the view could not be built")
    _typing_keeps_it_open(open_window, vault, qtbot, clock)


def test_ctrl_l_in_a_dialog_after_opening_a_case_locks(open_window: MainWindow, vault: UiVault,
                                                       qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    workspace.open_case(workspace.model.case_id(0))

    def panic(_dialog: Any) -> None:
        press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    when_modal(panic, kind=NewCaseDialog)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert open_window.is_locked and open_window.session is None


def test_input_after_opening_concern_reports_counts(open_window: MainWindow, vault: UiVault,
                                                    qtbot: Any, clock: FakeClock) -> None:
    menu = open_window.followup_menu
    assert isinstance(menu, FollowUpMenu)
    view = menu.show_concerns()
    assert view is not None and view.isVisible()
    view.close()
    _typing_keeps_it_open(open_window, vault, qtbot, clock)


def _error_while_building(window: MainWindow, in_box: Callable[[QWidget], None]) -> None:
    """A view being built reports an error (a slot raising inside a build reaches the excepthook
    there): its message box runs an event loop while the watch is lifted; ``in_box`` is done in
    it as soon as it is shown."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        try:
            in_box(box)
        finally:
            if box.isVisible():
                box.close()

    QTimer.singleShot(0, act)  # a posted call: run when the box's loop starts
    with building(), building():
        report_error(window, UtvagError("The case could not be read."))


def test_ctrl_l_in_a_message_box_shown_while_a_view_is_built_locks_and_stops_the_build(
        open_window: MainWindow, qtbot: Any, message_boxes: Any) -> None:
    def panic(_box: QWidget) -> None:
        press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    with pytest.raises(BuildStopped):  # nothing after the building runs on the closed vault
        _error_while_building(open_window, panic)
    message_boxes.expect()
    assert open_window.is_locked and open_window.session is None


def test_input_in_a_message_box_shown_while_a_view_is_built_counts(
        open_window: MainWindow, vault: UiVault, qtbot: Any, clock: FakeClock,
        message_boxes: Any) -> None:
    timeout = vault.policy.idle_timeout_seconds
    open_after_input: list[bool] = []

    def read_slowly(box: QWidget) -> None:
        clock.advance(timeout - 5)
        qtbot.keyClick(box, Qt.Key.Key_Shift)  # the user is there, reading
        clock.advance(10)
        open_window.idle.check()
        open_after_input.append(open_window.session is not None)

    _error_while_building(open_window, read_slowly)
    message_boxes.expect()
    assert open_after_input == [True], "input in the box was not seen: the vault locked"
    assert open_window.workspace is not None
    qtbot.keyClick(open_window.workspace, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert open_window.is_locked, "the watch is not back after the building"
