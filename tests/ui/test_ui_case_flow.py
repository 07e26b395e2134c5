"""Where the app shows case status and refusals: a case awaiting its transfer to SAV, and the
case-flow refusals, in Swedish and English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from conftest import create_vault
from utvag.errors import ValidationError
from utvag.forms import load_answers
from utvag.services import assessment, cases, followup
from utvag.services.policy import Policy
from utvag.ui import i18n
from utvag.ui.case.case_list_model import CaseListModel
from utvag.ui.messages import known_error_text

ROOT = Path(__file__).resolve().parents[2]
SPECIAL = ROOT / "docs" / "examples" / "answers-special-defector.json"


def _fetch(model: CaseListModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_awaiting_transfer_and_its_refusal_show_in_both_languages(
        tmp_path: Path, ui_policy: Policy) -> None:
    refusals: list[ValidationError] = []

    def fill(session: Any) -> None:
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Dana Exempel", "birth_date": "1999-05-05", "district": "Nordost"}})
        assessment.assess_document(session, case_id, load_answers(SPECIAL), sign=True)
        with pytest.raises(ValidationError) as refused:
            followup.add_intervention(session, case_id, {
                "type": "mentor", "urgency": "long_term", "decided_on": "2026-11-02"})
        refusals.append(refused.value)
        model = CaseListModel(lambda offset, limit: cases.list_cases(session, offset=offset,
                                                                     limit=limit))
        _fetch(model)
        status = CaseListModel.COLUMNS.index("status")
        assert model.index(0, status).data() == "Awaiting transfer"
        assert i18n.set_language("sv")
        try:
            model.reload()
            _fetch(model)
            assert model.index(0, status).data() == "Väntar på överflyttning"
            swedish = known_error_text(refusals[0])
        finally:
            assert i18n.set_language("en")
        assert swedish.startswith("En långsiktig insats beslutas först")
        assert swedish.endswith("(regel: long_term_after_decision)")

    create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    english = known_error_text(refusals[0])
    assert english.startswith("A long-term intervention is decided only after")
    assert english.endswith("(rule: long_term_after_decision)")


def test_the_new_case_dialog_shows_the_earlier_cases_before_linking(
        tmp_path: Path, ui_policy: Policy, qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from utvag.ui.case.new_case_dialog import NewCaseDialog

    def fill(session: Any) -> None:
        first = cases.new_case(session, {"type": "defector", "person": {
            "name": "Eja Exempel", "personal_number": "19900101-0017"}})
        number = cases.get_case(session, first).case_number
        dialog = NewCaseDialog(lambda data: cases.new_case(session, data),
                               earlier=lambda n: cases.earlier_cases(session, n))
        qtbot.addWidget(dialog)
        dialog.name.setText("Eja Exempel")
        dialog.number.setText("900101-0017")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.click()
        assert dialog.case_id is None and number in dialog.error.text()
        assert "linked to the same person" in dialog.error.text()
        assert len(cases.list_cases(session)) == 1
        ok.click()
        assert dialog.case_id is not None
        assert cases.get_case(session, dialog.case_id).person.id == cases.get_case(
            session, first).person.id

    create_vault(tmp_path / "vault", ui_policy, fill=fill)
