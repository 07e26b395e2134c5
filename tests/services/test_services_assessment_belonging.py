"""A new defector assessment starts with the district already recorded on the case's person as
the district of belonging, so the caseworker does not type it twice; the caseworker can change
it, and a person without a district (or with one the form does not offer) starts unanswered."""

from __future__ import annotations

from typing import Any

from utvag.forms import FormWizard
from utvag.forms.evaluation import person_answers
from utvag.services import assessment, cases
from utvag.services.session import Session


def _case(session: Session, **person: Any) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Exempelsson", "birth_date": "2001-04-12", **person}})


def test_the_person_s_district_is_offered_as_the_district_of_belonging(
        session: Session) -> None:
    case_id = _case(session, district="Nordost")
    row, state = assessment.start_or_resume(session, case_id)
    assert state.answers["belonging"] == "Nordost"
    assert state.current_step == "person"  # shown on the first step, to be confirmed there

    wizard = FormWizard(assessment.definition(row.form_id, row.form_version))
    changed = wizard.resolve_next(state, {"belonging": "Centrum"})
    assessment.save_draft(session, row.id, changed)
    _row, resumed = assessment.start_or_resume(session, case_id)
    assert resumed.answers["belonging"] == "Centrum"  # the caseworker's answer, not the record


def test_without_a_recorded_district_the_question_starts_unanswered(session: Session) -> None:
    _row, state = assessment.start_or_resume(session, _case(session))
    assert "belonging" not in state.answers


def test_a_district_the_form_does_not_offer_is_not_filled_in() -> None:
    definition = assessment.definition()
    assert person_answers(definition, "Angered") == {}
    assert person_answers(definition, None) == {}
    assert person_answers(definition, "Hisingen") == {"belonging": "Hisingen"}
    older = assessment.definition(version=1)
    assert person_answers(older, "Sydvast") == {"belonging": "Sydvast"}
