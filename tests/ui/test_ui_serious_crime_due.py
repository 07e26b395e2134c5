"""A suspicion of serious crime whose judgement with the Police is pending stands in the Due view
(in Swedish), and Enter on the row opens the case on its Assessment tab, where the judgement is
recorded in a new signed assessment."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_support import wait_read

from conftest import create_vault
from utvag.forms import load_answers
from utvag.services import assessment, cases, due
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.due_view import DueView

ROOT = Path(__file__).resolve().parents[2]
LABEL = "Bedöm med Polismyndigheten om utredningen ska fortsätta (allvarlig brottslighet)"


def test_the_pending_judgement_is_due_and_enter_opens_the_assessment(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path, ui_policy: Policy,
        swedish: None) -> None:
    made_case: list[int] = []
    raw = json.loads((ROOT / "docs" / "examples" / "answers-district-defector.json")
                     .read_text(encoding="utf-8"))
    raw["answers"].update(serious_crime_suspected=True, serious_crime_outcome="pending")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(raw), encoding="utf-8")

    def fill(session: Session) -> None:
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "1999-05-05", "district": "Hisingen"}})
        assessment.assess_document(session, case_id, load_answers(answers), sign=True,
                                   today=date(2026, 11, 1))
        made_case.append(case_id)

    made = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    with made.open() as session:
        signed = assessment.history(session, made_case[0])[0].signed_at
        assert signed is not None
        day = datetime.fromisoformat(signed).astimezone(due.local_zone()).date() + timedelta(
            days=14)
        view = DueView(session)
        qtbot.addWidget(view)
        view.scope.setCurrentIndex(1)  # the whole unit
        view.horizon.setValue(30)  # due two weeks after signing: beyond the first 14 days
        wait_read(qtbot, view)
        qtmodeltester.check(view.model)
        rows = {view.model.index(r, 2).data(): r for r in range(view.model.rowCount())}
        assert LABEL in rows
        row = rows[LABEL]
        assert view.model.index(row, 0).data() == day.isoformat()

        view.show()
        view.table.setFocus()
        view.table.setCurrentIndex(view.model.index(row, 0))
        with qtbot.waitSignal(view.open_item, timeout=5000) as opened_item:
            qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert opened_item.args == [made_case[0], "serious_crime_judgement", None]
        view.close()

        case_view = CaseView(session, made_case[0])
        qtbot.addWidget(case_view)
        assert case_view.show_due_item(*opened_item.args[1:]) is case_view.assessment
        assert case_view.currentWidget() is case_view.assessment
        case_view.close()
