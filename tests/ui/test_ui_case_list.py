"""The case list at 10 000 cases: pages, instant search, type and status filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from bulk_vault import big_case
from PySide6.QtCore import QLocale, QModelIndex, Qt
from ui_support import focused, press, type_text, unlock_with_keyboard

from conftest import BIG_COUNT, UiVault
from utvag.domain.case_records import CaseStatus, CaseType
from utvag.ui.case.case_list_model import PAGE_SIZE, CaseListModel
from utvag.ui.labels import case_status_label, case_type_label
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace


@pytest.fixture
def big_workspace(make_window: Callable[..., MainWindow], qtbot: Any,
                  big_vault: UiVault) -> Workspace:
    window = make_window(big_vault.directory, big_vault.policy)
    unlock_with_keyboard(qtbot, window, big_vault.passphrase)
    assert window.workspace is not None
    return window.workspace


def shown_column(workspace: Workspace, column: int) -> list[str]:
    proxy = workspace.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def wait_for_rows(qtbot: Any, workspace: Workspace, count: int) -> None:
    qtbot.waitUntil(lambda: workspace.proxy.rowCount() == count
                    and not workspace._debounce.isActive())


def test_first_page_only_until_scrolled(big_workspace: Workspace, qtbot: Any) -> None:
    model = big_workspace.model
    assert 0 < model.rowCount() <= PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    shown = QLocale().toString(model.rowCount())
    assert big_workspace.count_label.text() == f"More than {shown} cases shown"
    table = big_workspace.table
    table.setFocus()
    # Each jump to the end fetches more, a page at a time, never everything.
    for _ in range(2):
        before = model.rowCount()
        press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda before=before: model.rowCount() > before)
        assert model.rowCount() % PAGE_SIZE == 0
        # The line under the list counts the rows now shown, not those of the first page.
        shown = QLocale().toString(model.rowCount())
        assert big_workspace.count_label.text() == f"More than {shown} cases shown"
    assert model.canFetchMore(QModelIndex())
    # Scrolling to the bottom with the scroll bar fetches the next page too.
    before = model.rowCount()
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() > before)


def test_typing_in_search_filters_the_list(big_workspace: Workspace, qtbot: Any) -> None:
    assert focused() is big_workspace.search
    type_text(qtbot, "zelm")
    wait_for_rows(qtbot, big_workspace, 1)
    assert shown_column(big_workspace, 1) == ["Zelmira Unikadotter"]
    assert shown_column(big_workspace, 0) == ["CE-2024-04242"]
    assert big_workspace.count_label.text() == "1 case shown"

    # Searching by case number works too, and clearing brings back a page of everything.
    big_workspace.search.clear()
    type_text(qtbot, "CE-2024-00017")
    wait_for_rows(qtbot, big_workspace, 1)
    assert shown_column(big_workspace, 0) == ["CE-2024-00017"]
    big_workspace.search.clear()
    wait_for_rows(qtbot, big_workspace, PAGE_SIZE)

    # Two words must both match: first name and a number.
    type_text(qtbot, "Hedda 00417")
    wait_for_rows(qtbot, big_workspace, 1)
    assert shown_column(big_workspace, 1) == [big_case(417)[0]]

    big_workspace.search.clear()
    type_text(qtbot, "nobody-by-this-name")
    wait_for_rows(qtbot, big_workspace, 0)
    assert big_workspace.count_label.text() == "0 cases shown"


@pytest.mark.parametrize(("case_type", "status"), [
    (CaseType.RELATIVE, CaseStatus.CLOSED),
    (CaseType.HIGH_RISK, CaseStatus.TRANSFERRED),
    (CaseType.DEFECTOR, CaseStatus.DECIDED),
])
def test_type_and_status_filters_combine(big_workspace: Workspace, qtbot: Any,
                                         case_type: CaseType, status: CaseStatus) -> None:
    expected = sorted(f"CE-2024-{i:05d}" for i in range(BIG_COUNT)
                      if big_case(i)[1:] == (case_type.value, status.value))
    assert 0 < len(expected) < PAGE_SIZE
    workspace = big_workspace
    workspace.type_filter.setCurrentIndex(workspace.type_filter.findData(case_type.value))
    workspace.status_filter.setCurrentIndex(workspace.status_filter.findData(status.value))
    wait_for_rows(qtbot, workspace, len(expected))
    assert sorted(shown_column(workspace, 0)) == expected
    columns = CaseListModel.COLUMNS
    assert set(shown_column(workspace, columns.index("type"))) == {case_type_label(case_type)}
    assert set(shown_column(workspace, columns.index("status"))) == {case_status_label(status)}

    # A search narrows the filtered list further; one that does not match empties it.
    number = expected[0]
    workspace.search.setFocus()
    type_text(qtbot, number)
    wait_for_rows(qtbot, workspace, 1)
    other = next(i for i in range(BIG_COUNT)
                 if big_case(i)[1:] != (case_type.value, status.value))
    workspace.search.clear()
    type_text(qtbot, big_case(other)[0])
    wait_for_rows(qtbot, workspace, 0)

    # Back to all types and statuses by keyboard: the combos answer to Home.
    workspace.search.clear()
    for combo in (workspace.type_filter, workspace.status_filter):
        combo.setFocus()
        press(qtbot, Qt.Key.Key_Home)
    wait_for_rows(qtbot, workspace, PAGE_SIZE)
    assert workspace.model.canFetchMore(QModelIndex())


def test_every_column_is_wide_enough_for_its_header_and_longest_label(
        big_workspace: Workspace) -> None:
    """Columns are sized from their possible contents, not by measuring the rows."""
    header = big_workspace.table.horizontalHeader()
    model = big_workspace.model
    for section in range(model.columnCount()):
        title = str(model.headerData(section, Qt.Orientation.Horizontal))
        texts = [title, *model.widest_texts(section)]
        if section == 1:
            continue  # the name: a fixed readable width, the whole name in its tooltip
        needed = max(header.fontMetrics().horizontalAdvance(t) for t in texts)
        assert header.sectionSize(section) >= needed, (title, header.sectionSize(section))
