"""The application's input watch (idle clock and Ctrl+L) is lifted while a view is built and is
back after: input right after opening a case, or after a build that failed, still counts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_support import FakeClock, press, when_modal

from conftest import UiVault
from utvag.ui.case.followup_menu import FollowUpMenu
from utvag.ui.case.new_case_dialog import NewCaseDialog
from utvag.ui.input_watch import building
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
