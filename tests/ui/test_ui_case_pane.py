"""The open case and the list's selection always agree, and every tab names whose case it is."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from ui_support import press, type_text, wait_read

from utvag.domain.case_records import CaseType
from utvag.services import cases, followup
from utvag.ui import i18n
from utvag.ui.due_view import DueView
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace


def agree(workspace: Workspace) -> None:
    """What the pane shows is what the list highlights (or the list highlights nothing)."""
    shown = workspace.open_case_id
    selected = workspace.selected_case_id()
    if shown is None:
        assert workspace.pane.currentWidget() is workspace.placeholder
        return
    assert workspace.pane.currentWidget() is workspace.case_page
    assert selected in (None, shown), (selected, shown)
    view = workspace.case_view
    assert view is not None and workspace.case_header.isVisible()
    assert view.case.case_number in workspace.case_header.text()


def number_of(workspace: Workspace, name: str) -> tuple[int, str]:
    (summary,) = [s for s in cases.list_cases(workspace.session) if s.name == name]
    return summary.id, summary.case_number


def test_pane_and_selection_agree_through_search_due_and_filters(
        open_window: MainWindow, qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    alva, alva_number = number_of(workspace, "Alva Exempelsson")
    cleo, _ = number_of(workspace, "Cleo Testberg")
    today = datetime.now().astimezone().date()
    followup.add_intervention(workspace.session, alva, {  # due: it ends within the notice
        "type": "mentor", "urgency": "time_limited", "decided_on": today.isoformat(),
        "ends_on": (today + timedelta(days=5)).isoformat()})

    # Search, select, open with Enter.
    workspace.focus_search()
    type_text(qtbot, "Cleo")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    workspace.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert workspace.open_case_id == cleo and workspace.selected_case_id() == cleo
    assert "Cleo Testberg" in workspace.case_header.text()
    agree(workspace)

    # Open another case from the Due list while the search still shows only Cleo.
    due = DueView(workspace.session)
    qtbot.addWidget(due)
    wait_read(qtbot, due)
    due.open_case.connect(workspace.open_case)
    rows = [r for r in range(due.model.rowCount())
            if due.model.index(r, 1).data() == alva_number]
    assert rows, "the Due list holds Alva's case"
    due.table.activated.emit(due.model.index(rows[0], 0))
    assert workspace.open_case_id == alva
    assert workspace.selected_case_id() is None  # Cleo is no longer highlighted
    assert "Alva Exempelsson" in workspace.case_header.text()
    agree(workspace)

    # Clearing the search brings Alva's row back, highlighted.
    workspace.search.clear()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 3)
    assert workspace.selected_case_id() == alva
    agree(workspace)

    # A filter that keeps the open case highlights it; one that leaves it out closes it, and
    # taking that filter off again lists it without opening it.
    workspace.type_filter.setCurrentIndex(workspace.type_filter.findData(
        CaseType.DEFECTOR.value))
    assert workspace.open_case_id == alva and workspace.selected_case_id() == alva
    agree(workspace)
    workspace.type_filter.setCurrentIndex(workspace.type_filter.findData(
        CaseType.HIGH_RISK.value))
    assert workspace.model.rowCount() == 0
    assert workspace.open_case_id is None
    agree(workspace)
    workspace.type_filter.setCurrentIndex(0)
    assert workspace.open_case_id is None
    agree(workspace)
    workspace.open_case(alva)
    assert workspace.selected_case_id() == alva
    agree(workspace)

    # Moving the selection to another person closes the open case instead of leaving it.
    workspace.table.setFocus()
    first_is_alva = workspace.model.case_id(0) == alva
    press(qtbot, Qt.Key.Key_Down if first_is_alva else Qt.Key.Key_Up)
    assert workspace.selected_case_id() != alva
    assert workspace.open_case_id is None
    agree(workspace)


def test_every_tab_names_the_person_masked_when_protected(open_window: MainWindow,
                                                          qtbot: Any) -> None:
    workspace = open_window.workspace
    assert workspace is not None
    bo, bo_number = number_of(workspace, "Bo Påhittad")
    view = workspace.open_case(bo)
    for index in range(view.count()):
        view.setCurrentIndex(index)
        QApplication.processEvents()
        header = workspace.case_header
        assert header.isVisible() and header.mapTo(workspace, header.rect().topLeft()).y() < \
            view.mapTo(workspace, view.rect().topLeft()).y()
        assert bo_number in header.text() and "Protected identity" in header.text()
        assert "Påhittad" not in header.text()


def test_switching_language_with_a_case_open(open_window: MainWindow, qtbot: Any) -> None:
    """The replaced placeholder used to be deleted, and the next retranslate raised."""
    workspace = open_window.workspace
    assert workspace is not None
    alva, alva_number = number_of(workspace, "Alva Exempelsson")
    view = workspace.open_case(alva)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does
    open_window.swedish_action.trigger()
    QApplication.processEvents()
    assert i18n.current_language() == "sv"
    assert workspace.placeholder.text().startswith("Markera ett ärende")
    assert "versikt" in view.tabText(0)
    assert workspace.case_header.text() == f"Alva Exempelsson · ärende {alva_number}"
    assert workspace.type_filter.itemText(0) != "All types"
    view.setCurrentWidget(view.journal)
    assert view.journal.save_button.text() != "Save &draft"
    open_window.english_action.trigger()
    QApplication.processEvents()
    assert workspace.case_header.text() == f"Alva Exempelsson · case {alva_number}"
