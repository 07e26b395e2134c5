"""A district's case whose assessment leaves to SAV whether the person is a special defector (a
low threat with a high protection need) stands in the Due view, in Swedish, as asking SAV, and
Enter on the row opens the case's Overview."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_support import wait_read

from conftest import create_vault
from utvag.forms import load_answers
from utvag.services import assessment, cases
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.ui.due_view import DueView

ROOT = Path(__file__).resolve().parents[2]
LABEL = "Fråga SAV om personen är särskild avhoppare"


def test_asking_sav_is_due_and_enter_opens_the_overview(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path, ui_policy: Policy,
        swedish: None) -> None:
    raw = json.loads((ROOT / "docs" / "examples" / "answers-district-defector.json")
                     .read_text(encoding="utf-8"))
    raw["answers"].update(protection_need="high")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(raw), encoding="utf-8")
    made: list[int] = []

    def fill(session: Session) -> None:
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "1999-05-05", "district": "Hisingen"}})
        assessment.assess_document(session, case_id, load_answers(answers), sign=True,
                                   today=date(2026, 11, 1))
        made.append(case_id)

    vault = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    with vault.open() as session:
        view = DueView(session)
        qtbot.addWidget(view)
        view.scope.setCurrentIndex(1)  # the whole unit
        wait_read(qtbot, view)
        qtmodeltester.check(view.model)
        rows = [r for r in range(view.model.rowCount())
                if view.model.index(r, 2).data() == LABEL]
        assert len(rows) == 1
        view.show()
        view.table.setFocus()
        view.table.setCurrentIndex(view.model.index(rows[0], 0))
        with qtbot.waitSignal(view.open_item, timeout=5000) as opened:
            qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert opened.args == [made[0], "sav_judgement_to_ask", None]
        view.close()
        case_view = CaseView(session, made[0])
        qtbot.addWidget(case_view)
        assert case_view.show_due_item(*opened.args[1:]) is case_view.overview
        case_view.close()
