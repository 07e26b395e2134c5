"""The Due view read again (a vault change, another scope): the previous list goes at once, so
that no one acts on a row that may no longer be true while the new one is read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui_support import wait_read

from conftest import create_vault
from utvag.services import cases, followup
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.due_view import DueView
from utvag.ui.vault_events import ChangeKind, notify


def test_the_due_view_shows_no_previous_rows_while_it_reads_again(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path, ui_policy: Policy) -> None:
    def fill(session: Session) -> None:
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "1999-05-05"}})
        followup.add_intervention(session, case_id, {
            "type": "counselling", "urgency": "time_limited", "decided_on": "2025-02-01",
            "ends_on": "2025-06-30"})

    made = create_vault(tmp_path / "vault", ui_policy, fill=fill)
    with made.open() as session:
        view = DueView(session)
        qtbot.addWidget(view)
        wait_read(qtbot, view)
        qtmodeltester.check(view.model)
        shown = view.model.rowCount()
        assert shown >= 1 and "overdue" in view.summary.text()

        notify(ChangeKind.RECORDS, 1)  # the vault changed: the view reads again
        assert view.reading
        assert view.model.rowCount() == 0
        assert view.summary.text() == "Reading…"
        wait_read(qtbot, view)
        assert view.model.rowCount() == shown
        assert "overdue" in view.summary.text()

        view.scope.setCurrentIndex(1)  # the whole unit
        assert view.model.rowCount() == 0 and view.summary.text() == "Reading…"
        wait_read(qtbot, view)
        assert view.model.rowCount() == shown
        view.close()


def test_the_chosen_row_and_the_scroll_position_come_back_after_a_reread(
        qtbot: Any, tmp_path: Path, ui_policy: Policy) -> None:
    """Read again because the vault changed (a note saved in another case), the list comes back
    where the user was: the same item chosen, the same rows in view, the keyboard still in the
    table, so working down a long Due list does not start over at the top."""
    def fill(session: Session) -> None:
        for n in range(40):
            case_id = cases.new_case(session, {"type": "defector", "person": {
                "name": f"Person {n:02d} Exempelsson", "birth_date": "1999-05-05"}})
            followup.add_intervention(session, case_id, {
                "type": "counselling", "urgency": "time_limited", "decided_on": "2025-02-01",
                "ends_on": "2025-06-30"})

    made = create_vault(tmp_path / "vault", ui_policy, fill=fill)
    with made.open() as session:
        view = DueView(session)
        qtbot.addWidget(view)
        view.resize(700, 300)
        view.show()
        wait_read(qtbot, view)
        table = view.table
        assert view.model.rowCount() >= 40
        table.setFocus()
        chosen = 30
        table.selectRow(chosen)
        table.scrollTo(view.model.index(chosen, 0))
        top = table.rowAt(0)
        assert top > 0
        picked = view.model.row_at(chosen).item

        notify(ChangeKind.RECORDS, 1)
        assert view.model.rowCount() == 0  # nothing stale while it reads
        wait_read(qtbot, view)
        rows = table.selectionModel().selectedRows()
        assert [view.model.row_at(r.row()).item for r in rows] == [picked]
        assert table.currentIndex().row() == rows[0].row()
        assert table.rowAt(0) == top
        assert table.hasFocus() or not view.isActiveWindow()
        view.close()
