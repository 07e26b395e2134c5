"""A new defector case without a threat assessment stands in the Due view (in Swedish) as asking
the Police for it, and Enter on the row opens the case on its Police threat tab."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_support import wait_read

from conftest import create_vault
from utvag.services import cases, due
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.due_view import DueView

LABEL = "Begär hotbildsbedömning från Polismyndigheten"


def test_asking_for_the_threat_is_due_and_enter_opens_the_threat_tab(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path, ui_policy: Policy,
        swedish: None) -> None:
    made_case: list[int] = []

    def fill(session: Session) -> None:
        made_case.append(cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "1999-05-05", "district": "Hisingen"}}))

    made = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    with made.open() as session:
        opened = datetime.fromisoformat(cases.get_case(session, made_case[0]).opened_at)
        view = DueView(session)
        qtbot.addWidget(view)
        view.scope.setCurrentIndex(1)  # the whole unit
        wait_read(qtbot, view)
        qtmodeltester.check(view.model)
        what = [view.model.index(r, 2).data() for r in range(view.model.rowCount())]
        assert what == [LABEL]
        day = opened.astimezone(due.local_zone()).date() + timedelta(days=7)
        assert view.model.index(0, 0).data() == day.isoformat()

        view.show()
        view.table.setFocus()
        view.table.setCurrentIndex(view.model.index(0, 0))
        with qtbot.waitSignal(view.open_item, timeout=5000) as opened_item:
            qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert opened_item.args == [made_case[0], "threat_assessment_to_request", None]
        view.close()

        case_view = CaseView(session, made_case[0])
        qtbot.addWidget(case_view)
        assert case_view.show_due_item(*opened_item.args[1:]) is case_view.police_threat
        assert case_view.currentWidget() is case_view.threat_pages
        assert case_view.threat_pages.currentWidget() is case_view.police_threat
        case_view.close()
