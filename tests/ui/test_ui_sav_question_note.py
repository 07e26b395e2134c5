"""The Due view's 'ask SAV whether the person is a special defector' opens the case's Overview,
which said nothing of it: the caseworker landed on a page with no word of what to do. The
Overview now says it (in Swedish), with the menu entry, while SAV is still to be asked, and not
for a case that leaves nothing to SAV."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ui_support import district_answers

from conftest import create_vault
from utvag.forms import load_answers
from utvag.services import assessment, cases
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView


def test_the_overview_says_sav_is_to_be_asked(qtbot: Any, tmp_path: Path, ui_policy: Policy,
                                               swedish: None) -> None:
    made: list[int] = []
    asks = district_answers(tmp_path, "asks.json", protection_need="high")
    plain = district_answers(tmp_path, "plain.json")

    def fill(session: Session) -> None:
        for name, answers in (("Alva Exempelsson", asks), ("Bo Exempelsson", plain)):
            case_id = cases.new_case(session, {"type": "defector", "person": {
                "name": name, "birth_date": "1999-05-05", "district": "Hisingen"}})
            assessment.assess_document(session, case_id, load_answers(answers), sign=True,
                                       today=date(2026, 11, 1))
            made.append(case_id)

    vault = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    with vault.open() as session:
        asking, plain_case = made
        view = CaseView(session, asking)
        qtbot.addWidget(view)
        view.show()
        note = view.overview.sav_question
        assert note.isVisible()
        assert "Fråga SAV" in note.text()
        assert "Ärende › Konsultera SAV…" in note.text()
        assert "särskild avhoppare" in note.text()
        view.close()

        other = CaseView(session, plain_case)
        qtbot.addWidget(other)
        other.show()
        assert not other.overview.sav_question.isVisible()
        other.close()
