"""A case's own Interventions and Relatives tabs show what is recorded on it: the Due view must
never list an intervention that the case's own tab says does not exist."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QTableView
from ui_support import wait_read

from conftest import UiVault, create_vault
from utvag.services import cases, followup
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.window import MainWindow


def _fill(session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Exempelsson", "birth_date": "1999-05-05"}})
    relative_case = cases.new_case(session, {"type": "relative", "person": {
        "name": "Berit Exempelsson", "birth_date": "1970-01-01"}})
    soon = date.today() + timedelta(days=3)
    followup.add_intervention(session, case_id, {
        "type": "protected_housing", "urgency": "time_limited",
        "decided_on": date.today().isoformat(), "ends_on": soon.isoformat()})
    followup.link_relative(session, case_id, {"case_id": relative_case, "relation": "parent"})


def test_tabs_show_the_records_the_due_view_lists(make_window: Any, qtbot: Any,
                                                  tmp_path: Path, ui_policy: Policy) -> None:
    from ui_support import unlock_with_keyboard

    vault: UiVault = create_vault(tmp_path / "vault", ui_policy, fill=_fill)
    window: MainWindow = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.workspace is not None
    due = window.followup_menu.show_due()  # type: ignore[attr-defined]
    assert due is not None
    wait_read(qtbot, due)
    kinds = [due.model.index(r, 2).data() for r in range(due.model.rowCount())]
    # the case has no threat assessment: asking the Police for it is due after the ending
    assert kinds == ["Intervention ends", "Ask the Police for the threat assessment"]
    case_id = int(due.model.index(0, 0).data(due.model.CASE_ID_ROLE))
    view = window.workspace.open_case(case_id)
    for index, missing in ((4, "No interventions are recorded."),
                           (5, "No relatives are recorded.")):
        view.setCurrentIndex(index)
        page = view.currentWidget()
        shown = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
        assert missing not in shown
        tables = [t for t in page.findChildren(QTableView) if t.isVisible()]
        assert len(tables) == 1 and tables[0].model().rowCount() == 1
