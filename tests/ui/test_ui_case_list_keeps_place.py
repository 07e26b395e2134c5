"""A vault change reads the case list again (a saved note, the due items worked out after
unlocking): the list stays where the user was in it — the pages already scrolled in, the same
rows in view and the chosen case still chosen, opened or not — instead of going back to the top
of its first page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import press, unlock_with_keyboard

from conftest import UiVault
from utvag.ui.case.case_list_model import PAGE_SIZE
from utvag.ui.vault_events import ChangeKind, notify
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace


def _top_case(workspace: Workspace) -> int:
    return workspace.model.case_id(workspace.table.rowAt(0))


def _far_down(make_window: Callable[..., MainWindow], qtbot: Any,
              big_vault: UiVault) -> tuple[Workspace, int]:
    """The list scrolled to its third page, a case there chosen; its row number."""
    window = make_window(big_vault.directory, big_vault.policy)
    unlock_with_keyboard(qtbot, window, big_vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    table, model = workspace.table, workspace.model
    table.setFocus()
    for _ in range(2):
        before = model.rowCount()
        press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda before=before: model.rowCount() > before)
    chosen = 2 * PAGE_SIZE + 17
    table.selectRow(chosen)
    table.scrollTo(workspace.proxy.index(chosen, 0))
    QApplication.sendPostedEvents()
    return workspace, chosen


def test_a_vault_change_keeps_the_place_and_the_chosen_case(
        make_window: Callable[..., MainWindow], qtbot: Any, big_vault: UiVault) -> None:
    workspace, _chosen = _far_down(make_window, qtbot, big_vault)
    shown = workspace.model.rowCount()
    picked = workspace.selected_case_id()
    top = _top_case(workspace)
    assert top != workspace.model.case_id(0)

    notify(ChangeKind.DUE)  # e.g. the due items worked out in the background
    assert workspace.model.rowCount() >= shown
    assert workspace.selected_case_id() == picked
    assert _top_case(workspace) == top
    assert workspace.table.hasFocus() or not workspace.isActiveWindow()
    assert workspace.count_label.text().startswith("More than")


def test_the_open_case_stays_chosen_and_the_rows_in_view_stay_after_a_change_to_it(
        make_window: Callable[..., MainWindow], qtbot: Any, big_vault: UiVault) -> None:
    workspace, chosen = _far_down(make_window, qtbot, big_vault)
    case_id = workspace.model.case_id(chosen)
    workspace.open_index(workspace.proxy.index(chosen, 0))
    top = _top_case(workspace)

    notify(ChangeKind.CASE, case_id)  # the open case itself changed
    assert workspace.open_case_id == case_id
    assert workspace.selected_case_id() == case_id
    assert _top_case(workspace) == top
    workspace.close_case()
