"""Every copy the app makes of a name, identity number, address or recovery key is cleared
(docs/security.md: after 10 s; here after a short interval set for the test), and locking
clears it at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from ui_support import press

from conftest import UiVault
from utvag.services import cases
from utvag.ui import clipboard
from utvag.ui.window import MainWindow

NUMBER = "19990505-1232"


@pytest.fixture
def short_guard() -> Iterator[clipboard.SensitiveClipboard]:
    guard = clipboard.guard()
    guard.set_interval(30)
    yield guard
    guard.set_interval(clipboard.CLEAR_AFTER_MS)
    guard.clear()
    QGuiApplication.clipboard().clear()


def cleared_after_the_interval(qtbot: Any, guard: clipboard.SensitiveClipboard) -> str:
    timer = guard.findChild(QTimer)
    assert timer is not None and timer.isActive()
    qtbot.waitUntil(lambda: not timer.isActive())
    return QGuiApplication.clipboard().text()


def test_the_default_is_the_documented_ten_seconds() -> None:
    assert clipboard.CLEAR_AFTER_MS == 10_000
    assert clipboard.guard().interval() in (10_000, 30)


def test_a_name_copied_from_the_case_list_is_cleared(
        open_window: MainWindow, qtbot: Any, short_guard: clipboard.SensitiveClipboard) -> None:
    assert open_window.clipboard is short_guard
    workspace = open_window.workspace
    assert workspace is not None
    rows = [r for r in range(workspace.proxy.rowCount())
            if workspace.proxy.index(r, 1).data() == "Alva Exempelsson"]
    workspace.table.setFocus()
    workspace.table.setCurrentIndex(workspace.proxy.index(rows[0], 1))
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Alva Exempelsson"
    assert cleared_after_the_interval(qtbot, short_guard) == ""


def test_the_identity_number_copied_from_the_overview_is_cleared(
        open_window: MainWindow, qtbot: Any, short_guard: clipboard.SensitiveClipboard) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    case_id = cases.new_case(workspace.session, {"type": "defector", "person": {
        "name": "Dana Provsson", "personal_number": NUMBER}})
    view = workspace.open_case(case_id)
    button = view.overview.copy_number
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == NUMBER
    assert cleared_after_the_interval(qtbot, short_guard) == ""


def test_a_protected_number_cannot_be_copied_before_it_is_revealed(
        open_window: MainWindow) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    case_id = cases.new_case(workspace.session, {"type": "defector", "person": {
        "name": "Eli Dold", "personal_number": NUMBER,
        "protected_identity": "skyddad_folkbokforing"}})
    view = workspace.open_case(case_id)
    assert not view.overview.copy_number.isEnabled()
    view.overview.reveal.click()
    assert view.overview.copy_number.isEnabled()


def test_a_recovery_key_copied_on_the_lock_screen_is_cleared(
        make_window: Callable[..., MainWindow], vault: UiVault, qtbot: Any,
        short_guard: clipboard.SensitiveClipboard) -> None:
    window = make_window(vault.directory, vault.policy)
    page = window.unlock_page
    page.toggle_recovery_mode()
    qtbot.keyClicks(page.secret, vault.recovery_key)
    page.secret.selectAll()
    qtbot.keyClick(page.secret, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == vault.recovery_key
    assert cleared_after_the_interval(qtbot, short_guard) == ""


def test_locking_clears_the_clipboard_at_once(open_window: MainWindow, qtbot: Any) -> None:
    guard = clipboard.guard()
    assert guard.interval() == clipboard.CLEAR_AFTER_MS
    guard.copy(NUMBER)
    assert QGuiApplication.clipboard().text() == NUMBER
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert open_window.is_locked
    assert QGuiApplication.clipboard().text() == "" and not guard.pending()
