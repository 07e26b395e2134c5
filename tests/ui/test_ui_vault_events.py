"""One "vault changed" signal: a change made in one place is shown everywhere that shows it, and
never costs the user the case they are looking at or the text they are typing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QWidget
from ui_support import wait_read

from utvag.services import cases, followup
from utvag.ui.case.record_dialog import RecordDialog
from utvag.ui.due_view import DueView
from utvag.ui.vault_events import ChangeKind, VaultChange, notify, subscribe
from utvag.ui.window import MainWindow
from utvag.ui.workspace import Workspace


def workspace_of(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def case_id(workspace: Workspace, name: str) -> int:
    (summary,) = [s for s in cases.list_cases(workspace.session) if s.name == name]
    return summary.id


def next_due_shown(workspace: Workspace, wanted: int) -> str:
    column = workspace.model.COLUMNS.index("next_due")
    for row in range(workspace.model.rowCount()):
        if workspace.model.case_id(row) == wanted:
            return str(workspace.model.index(row, column).data() or "")
    raise AssertionError("the case is not in the list")


def test_text_typed_in_the_journal_stays_when_another_tab_records_something(
        open_window: MainWindow, qtbot: Any) -> None:
    workspace = workspace_of(open_window)
    alva = case_id(workspace, "Alva Exempelsson")
    view = workspace.open_case(alva)
    view.setCurrentWidget(view.journal)
    view.journal.editor.setPlainText("Samtal med Alva, inte klart ännu")
    view.setCurrentWidget(view.intervention_pages)
    before = view.interventions.records.model.rowCount()

    dialog = view.interventions.open_add()
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("time_limited"))  # type: ignore
    dialog.ends.set_day(date.today() + timedelta(days=5))  # type: ignore[attr-defined]
    assert dialog.submit()

    # The tab shows the new intervention, the list its end as the next due item…
    assert view.interventions.records.model.rowCount() == before + 1
    assert (date.today() + timedelta(days=5)).isoformat() in next_due_shown(workspace, alva)
    # …and the same view is open, with the typed text untouched.
    assert workspace.case_view is view and workspace.selected_case_id() == alva
    assert view.journal.editor.toPlainText() == "Samtal med Alva, inte klart ännu"


def test_a_change_to_another_case_leaves_the_open_case_in_view(
        open_window: MainWindow, qtbot: Any) -> None:
    workspace = workspace_of(open_window)
    alva = case_id(workspace, "Alva Exempelsson")
    cleo = case_id(workspace, "Cleo Testberg")
    view = workspace.open_case(alva)
    view.setCurrentWidget(view.journal)
    view.journal.editor.setPlainText("Utkast om Alva")
    ends = date.today() + timedelta(days=3)

    # Cleo's case changes (as from the Due list's window): an intervention ends soon, then the
    # case is closed.
    followup.add_intervention(workspace.session, cleo, {
        "type": "mentor", "urgency": "time_limited", "decided_on": date.today().isoformat(),
        "ends_on": ends.isoformat()})
    notify(ChangeKind.RECORDS, cleo)
    assert ends.isoformat() in next_due_shown(workspace, cleo)
    followup.close_case(workspace.session, cleo, "completed", date.today().isoformat())
    notify(ChangeKind.CASE, cleo)

    assert workspace.case_view is view and view.case.id == alva
    assert workspace.selected_case_id() == alva
    assert "Alva Exempelsson" in workspace.case_header.text()
    assert view.journal.editor.toPlainText() == "Utkast om Alva"


def test_a_change_to_the_open_case_itself_shows_it_again_with_the_typed_text(
        open_window: MainWindow, qtbot: Any) -> None:
    workspace = workspace_of(open_window)
    alva = case_id(workspace, "Alva Exempelsson")
    view = workspace.open_case(alva)
    view.setCurrentWidget(view.journal)
    view.journal.editor.setPlainText("Skrivs när ärendet avslutas")
    open_window.case_menu.enable()
    open_window.case_menu.close_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, RecordDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("completed"))  # type: ignore
    assert dialog.submit()

    again = workspace.case_view
    assert again is not None and again is not view and again.case.id == alva
    assert again.read_only  # closed now
    assert again.journal.editor.toPlainText() == "Skrivs när ärendet avslutas"


def test_the_due_list_reads_again_when_a_case_changes(open_window: MainWindow,
                                                      qtbot: Any) -> None:
    workspace = workspace_of(open_window)
    alva = case_id(workspace, "Alva Exempelsson")
    due_view = DueView(workspace.session)
    qtbot.addWidget(due_view)
    wait_read(qtbot, due_view)
    shown = due_view.model.rowCount()
    view = workspace.open_case(alva)
    dialog = view.interventions.open_add()
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("time_limited"))  # type: ignore
    dialog.ends.set_day(date.today() + timedelta(days=2))  # type: ignore[attr-defined]
    assert dialog.submit()
    qtbot.waitUntil(lambda: due_view.model.rowCount() == shown + 1)  # read off the GUI thread
    wait_read(qtbot, due_view)


def test_a_subscription_ends_with_its_widget(qtbot: Any) -> None:
    seen: list[VaultChange] = []
    widget = QWidget()
    subscribe(widget, seen.append)
    notify(ChangeKind.CASES, 7)
    assert seen == [VaultChange(ChangeKind.CASES, 7)]
    widget.deleteLater()
    qtbot.wait(10)
    notify(ChangeKind.CASES, 8)
    assert seen == [VaultChange(ChangeKind.CASES, 7)]
