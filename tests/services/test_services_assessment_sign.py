"""Signing a draft whose answers include questions that later answers hid."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from utvag.domain.units import Unit
from utvag.forms import FormWizard
from utvag.services import assessment, cases

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
TODAY = date(2026, 11, 1)


def example(kind: str) -> dict[str, Any]:
    data = json.loads((EXAMPLES / f"answers-{kind}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data["answers"].items() if v is not None}



def test_answers_hidden_by_a_later_change_are_left_out_when_signing(session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Exempelsson", "birth_date": "2001-04-12"}})
    row, state = assessment.start_or_resume(session, case_id)
    wizard = FormWizard(assessment.definition())
    district, special = example("district-defector"), example("special-defector")
    # Walk with a low threat (the special-circumstances step is answered), then go back to
    # the threat step and raise it: that step drops out but its answer stays in the draft.
    while state.current_step != "relocation":
        assert state.current_step is not None
        step = wizard.definition.step(state.current_step)
        state = wizard.resolve_next(state, {f.id: district[f.id] for f in step.fields
                                            if f.id in district}, today=TODAY)
    while state.current_step != "threat":
        state = wizard.resolve_prev(state)
    while state.current_step is not None:
        assert state.current_step is not None
        step = wizard.definition.step(state.current_step)
        state = wizard.resolve_next(state, {f.id: special[f.id] for f in step.fields
                                            if f.id in special}, today=TODAY)
    assert state.answers["special_circumstances"] is False
    assessment.save_draft(session, row.id, state)

    outcome = assessment.sign(session, row.id, today=TODAY)

    assert outcome == wizard.outcome(state, today=TODAY)
    assert outcome.route_to is Unit.SAV and outcome.special_defector
    current = assessment.current(session, case_id)
    assert current is not None and "special_circumstances" not in current[0].answers
