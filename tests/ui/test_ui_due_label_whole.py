"""The Due view shows what is due whole: the longest kind (judging a suspicion of serious crime
with the Police, in Swedish) was cut off at the window's first size with '…', and a caseworker
read 'ska fortsätt…'. A long label wraps within its row instead."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from ui_support import wait_read

from conftest import create_vault
from utvag.forms import load_answers
from utvag.services import assessment, cases
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.due_view import DueView

ROOT = Path(__file__).resolve().parents[2]
LABEL = "Bedöm med Polismyndigheten om utredningen ska fortsätta (allvarlig brottslighet)"


def test_the_longest_due_label_is_shown_whole(qtbot: Any, tmp_path: Path, ui_policy: Policy,
                                              swedish: None) -> None:
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

    made = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    with made.open() as session:
        view = DueView(session)
        qtbot.addWidget(view)
        view.horizon.setValue(30)
        view.show()
        wait_read(qtbot, view)
        rows = [r for r in range(view.model.rowCount())
                if view.model.index(r, 2).data() == LABEL]
        assert len(rows) == 1
        table = view.table
        qtbot.waitUntil(lambda: table.columnWidth(2) > 0)
        row = rows[0]
        on_one_line = table.columnWidth(2) >= table.fontMetrics().horizontalAdvance(LABEL) + 8
        wrapped = table.wordWrap() and table.rowHeight(row) >= table.sizeHintForRow(row)
        assert on_one_line or wrapped
        assert view.width() <= max(760, view.screen().availableGeometry().width())
        view.close()
