"""The assessment wizard opens with the district recorded on the case's person chosen as the
district of belonging (in Swedish, as the caseworker sees it); clicking another district changes
it, and that is what the draft keeps."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from utvag.services import assessment, cases
from utvag.services.session import Session
from utvag.ui.assessment import AssessmentDialog
from utvag.ui.assessment.fields import _ButtonsEditor


@pytest.fixture
def session(make_vault: Any) -> Iterator[Session]:
    opened = make_vault("vault", unit="Hisingen").open()
    yield opened
    opened.close()


def _belonging(dialog: AssessmentDialog) -> _ButtonsEditor:
    assert dialog.page is not None and dialog.state.current_step == "person"
    editor = next(r.editor for r in dialog.page.rows if r.field.id == "belonging")
    assert isinstance(editor, _ButtonsEditor)
    return editor


def test_the_person_s_district_is_chosen_and_can_be_changed(
        qtbot: Any, session: Session, swedish: None) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Exempelsson", "birth_date": "2001-04-12", "district": "Nordost"}})
    dialog = AssessmentDialog.open_for_case(session, case_id)
    qtbot.addWidget(dialog)
    editor = _belonging(dialog)
    assert editor.value() == "Nordost"
    checked = editor.group.checkedButton()
    assert checked is not None and checked.text() == "Nordost"

    centrum = next(b for b in editor.group.buttons() if b.text() == "Centrum")
    centrum.click()
    assert editor.value() == "Centrum"
    dialog.reject()  # Save and close
    row = next(r for r in assessment.history(session, case_id) if r.state == "draft")
    assert row.answers["belonging"] == "Centrum"


def test_a_person_without_a_district_leaves_the_question_open(
        qtbot: Any, session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Bo Påhittad", "birth_date": "1999-02-03"}})
    dialog = AssessmentDialog.open_for_case(session, case_id)
    qtbot.addWidget(dialog)
    editor = _belonging(dialog)
    assert editor.value() is None and editor.group.checkedButton() is None
