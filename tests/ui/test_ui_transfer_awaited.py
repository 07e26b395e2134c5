"""A case waiting for its transfer stands in the Due view (in Swedish) until the application is
moved, and the row opens the case where the transfer is offered."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ui_support import wait_read

from conftest import create_vault
from utvag.forms import load_answers
from utvag.services import assessment, cases, threat
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.due_view import DueView

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"


def test_the_awaited_transfer_is_due_and_opens_the_overview(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path, ui_policy: Policy,
        swedish: None) -> None:
    today = date.today()
    made_case: list[int] = []

    def fill(session: Session) -> None:
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "1999-05-05", "district": "Hisingen"}})
        assessment.assess_document(session, case_id, load_answers(DISTRICT), sign=True,
                                   today=date(2026, 11, 1))
        threat.record(session, case_id, {
            "level": "high", "nature": "concrete", "assessed_on": today.isoformat(),
            "reference": "POL-2026-0099", "review_on": (today + timedelta(days=90)).isoformat(),
            "received_on": today.isoformat()})
        made_case.append(case_id)

    made = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    with made.open() as session:
        view = DueView(session)
        qtbot.addWidget(view)
        view.scope.setCurrentIndex(1)  # the whole unit
        wait_read(qtbot, view)
        qtmodeltester.check(view.model)
        what = [view.model.index(r, 2).data() for r in range(view.model.rowCount())]
        assert "Flytta över ansökan till den nämnd ärendet fördelas till" in what
        row = what.index("Flytta över ansökan till den nämnd ärendet fördelas till")
        assert view.model.index(row, 0).data() == (today + timedelta(days=7)).isoformat()
        view.close()

        case_view = CaseView(session, made_case[0])
        qtbot.addWidget(case_view)
        assert case_view.show_due_item("transfer_awaited", None) is case_view.overview
        assert case_view.currentWidget() is case_view.overview
        case_view.close()
