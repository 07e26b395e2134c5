"""When cases wait for their next due item (after an import or an upgrade), the case list's
first page is painted at once with those cells saying "not yet known", never a stale date or a
blank that reads as "nothing due"; the items are worked out right after and the cells change in
place: the rows, the selection, the scroll position and the open case stay where they were."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import UiVault, create_vault
from utvag.services import cases, due, followup
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_list_model import CaseListModel
from utvag.ui.workspace import Workspace

COUNT = 60
NEXT_DUE = CaseListModel.COLUMNS.index("next_due")
THREAT = CaseListModel.COLUMNS.index("threat")
NOT_YET = "Not yet worked out: shown in a moment."


def _waiting(tmp_path: Path, policy: Policy) -> tuple[UiVault, int]:
    """COUNT cases, one with a follow-up overdue since 2025; none's next due item worked out."""
    made: list[int] = []

    def fill(session: Session) -> None:
        for n in range(COUNT):
            made.append(cases.new_case(session, {"type": "defector", "person": {
                "name": f"Person {n:02d} Exempelsson", "birth_date": "1999-05-05"}}))
        followup.add_intervention(session, made[-1], {
            "type": "counselling", "urgency": "time_limited", "decided_on": "2025-02-01",
            "ends_on": "2025-06-30"})

    return create_vault(tmp_path / "vault", policy, fill=fill), made[-1]


def _cells(model: Any, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_waiting_due_cells_say_so_then_fill_in_place(qtbot: Any, qtmodeltester: Any,
                                                     tmp_path: Path, ui_policy: Policy) -> None:
    made, late = _waiting(tmp_path, ui_policy)
    with made.open() as session:
        assert due.waiting(session) == COUNT
        workspace = Workspace(session)
        qtbot.addWidget(workspace)
        proxy = workspace.proxy
        # First paint: every waiting case's due item and threat level are "not yet known".
        assert proxy.rowCount() == COUNT and workspace.model.due_pending
        assert set(_cells(proxy, NEXT_DUE)) == {"…"} and set(_cells(proxy, THREAT)) == {"…"}
        assert set(_cells(proxy, NEXT_DUE, Qt.ItemDataRole.AccessibleTextRole)) == {NOT_YET}
        assert set(_cells(proxy, NEXT_DUE, Qt.ItemDataRole.ForegroundRole)) == {None}
        assert due.waiting(session) == COUNT  # nothing worked out before the first paint

        workspace.resize(900, 300)
        workspace.show()
        # Laid out now, by the posted events alone: the timers that fill the cells wait for
        # a turn of the event loop.
        QApplication.sendPostedEvents()
        workspace.table.doItemsLayout()
        rows = [workspace.model.case_id(r) for r in range(COUNT)]
        chosen = rows.index(late)
        workspace.table.selectRow(chosen)
        workspace.open_case(late)
        workspace.table.scrollToBottom()
        QApplication.sendPostedEvents()
        scrolled = workspace.table.verticalScrollBar().value()
        assert scrolled > 0 and workspace.model.due_pending

        qtbot.waitUntil(lambda: not workspace.model.due_pending, timeout=20_000)
        # The same cells as a list that worked its items out before showing them.
        reference = CaseListModel(lambda offset, limit: cases.list_cases(
            session, offset=offset, limit=limit), annotate=lambda ids: due.next_due_for(
                session, ids))
        reference.reload()  # its first page
        assert [reference.case_id(r) for r in range(COUNT)] == rows
        assert _cells(proxy, NEXT_DUE) == _cells(reference, NEXT_DUE)
        assert _cells(proxy, THREAT) == _cells(reference, THREAT)
        assert proxy.index(chosen, NEXT_DUE).data().startswith("2025-")
        assert proxy.index(chosen, NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole) is not None
        # Filled in place: nothing moved.
        assert [workspace.model.case_id(r) for r in range(COUNT)] == rows
        assert workspace.selected_case_id() == late and workspace.open_case_id == late
        assert workspace.table.verticalScrollBar().value() == scrolled
        qtmodeltester.check(workspace.model)
        workspace.close_case()
