"""The UI-agnostic wizard: next/previous step, drafts, step checks and the outcome."""

from __future__ import annotations

from typing import Any

import pytest
from forms_helpers import TODAY, district_answers, high_threat_answers, v1

from utvag.domain.errors import DomainError, DomainErrors
from utvag.domain.units import Unit
from utvag.forms import FormWizard, WizardState, evaluate_answers

DEFINITION = v1()


def _step_answers(step_id: str, answers: dict[str, Any]) -> dict[str, Any]:
    return {f.id: answers[f.id] for f in DEFINITION.step(step_id).fields if f.id in answers}


def _walk(wizard: FormWizard, answers: dict[str, Any]) -> tuple[WizardState, list[str]]:
    state = wizard.start()
    visited = []
    while not state.finished:
        assert state.current_step is not None
        visited.append(state.current_step)
        state = wizard.resolve_next(state, _step_answers(state.current_step, answers), today=TODAY)
    return state, visited


def test_walk_from_first_step_to_outcome() -> None:
    wizard = FormWizard(DEFINITION)
    answers = district_answers()
    state, visited = _walk(wizard, answers)
    assert visited == list(DEFINITION.step_ids())
    assert state.history == tuple(visited)
    outcome = wizard.outcome(state, today=TODAY)
    assert outcome == evaluate_answers(DEFINITION, answers, today=TODAY)
    assert outcome.route_to is Unit.HISINGEN


def test_special_circumstances_step_is_skipped_with_a_high_threat() -> None:
    wizard = FormWizard(DEFINITION)
    state, visited = _walk(wizard, high_threat_answers())
    assert "special_circumstances" not in visited
    assert wizard.outcome(state, today=TODAY).route_to is Unit.SAV


def test_going_back_keeps_answers_and_re_resolves_the_path() -> None:
    wizard = FormWizard(DEFINITION)
    answers = district_answers()
    state = wizard.start()
    while state.current_step != "relocation":
        assert state.current_step is not None
        state = wizard.resolve_next(state, _step_answers(state.current_step, answers), today=TODAY)
    state = wizard.resolve_prev(state)
    assert state.current_step == "special_circumstances"
    state = wizard.resolve_prev(state)
    state = wizard.resolve_prev(state)
    assert state.current_step == "threat"
    assert state.answers["threat_level"] == "low"
    # raise the threat: the special-circumstances step drops out of the path
    state = wizard.resolve_next(
        state, {"threat_level": "high", "threat_nature": "concrete"}, today=TODAY
    )
    assert state.current_step == "protection"
    with pytest.raises(DomainError) as caught:
        wizard.resolve_next(state, {}, today=TODAY)
    assert (caught.value.field, caught.value.rule) == (
        "protection_need",
        "high_threat_high_protection_need",
    )
    state = wizard.resolve_next(state, {"protection_need": "high"}, today=TODAY)
    assert state.current_step == "relocation"
    with pytest.raises(DomainError) as caught:
        wizard.resolve_next(state, {"relocation": "within"}, today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("relocation", "high_threat_relocation_away")
    state = wizard.resolve_next(state, {"relocation": "away"}, today=TODAY)
    assert state.current_step == "serious_crime"
    while not state.finished:
        assert state.current_step is not None
        state = wizard.resolve_next(state, _step_answers(state.current_step, answers), today=TODAY)
    # the stale special-circumstances answer is hidden now and left out of the outcome
    assert "special_circumstances" in state.answers
    outcome = wizard.outcome(state, today=TODAY)
    assert (outcome.route_to, outcome.special_defector) == (Unit.SAV, True)


def test_draft_round_trips_through_json_and_resumes() -> None:
    wizard = FormWizard(DEFINITION)
    answers = district_answers()
    state = wizard.start()
    for _ in range(5):
        assert state.current_step is not None
        state = wizard.resolve_next(state, _step_answers(state.current_step, answers), today=TODAY)
    text = state.to_json()
    restored = WizardState.from_json(text)
    assert restored == state
    resumed = FormWizard(v1()).resume(restored)
    assert resumed.current_step == "womens_roles"
    resumed = wizard.resolve_prev(resumed)
    assert resumed.current_step == "motivation"


def test_resume_refuses_another_version_or_unknown_steps() -> None:
    wizard = FormWizard(DEFINITION)
    state = wizard.start()
    with pytest.raises(DomainError) as caught:
        wizard.resume(WizardState("defector-assessment", 2, {}, "person"))
    assert caught.value.rule == "form_mismatch"
    with pytest.raises(DomainError) as caught:
        wizard.resume(WizardState(state.form_id, state.version, {}, "nowhere"))
    assert caught.value.rule == "unknown_step"
    with pytest.raises(DomainError) as caught:
        wizard.resume(WizardState(state.form_id, state.version, {"colour": 1}, "person"))
    assert caught.value.rule == "unknown_field"
    with pytest.raises(DomainError) as caught:
        WizardState.from_json('{"format": "other"}')
    assert caught.value.rule == "format"


def test_resume_moves_off_a_step_the_answers_now_hide() -> None:
    wizard = FormWizard(DEFINITION)
    answers = high_threat_answers()
    state = WizardState("defector-assessment", 1, answers, "special_circumstances", ("person",))
    assert wizard.resume(state).current_step is None  # everything else is complete


def test_a_step_needs_its_required_answers() -> None:
    wizard = FormWizard(DEFINITION)
    state = wizard.start()
    with pytest.raises(DomainError) as caught:
        wizard.resolve_next(state, {}, today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("belonging", "required")
    with pytest.raises(DomainError) as caught:
        wizard.resolve_next(state, {"belonging": "SAV"}, today=TODAY)
    assert caught.value.rule == "choice"
    with pytest.raises(DomainError) as caught:
        wizard.resolve_next(state, {"belonging": "Nordost", "threat_level": "low"}, today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("threat_level", "field_not_in_step")


def test_withdrawn_consent_is_caught_at_the_consent_step() -> None:
    wizard = FormWizard(DEFINITION)
    answers = district_answers(
        consent_withdrawn=True,
        consent_withdrawn_on="2026-10-20",
        consent_withdrawn_by="Individen, per telefon",
    )
    state = wizard.start()
    while state.current_step != "consent":
        assert state.current_step is not None
        state = wizard.resolve_next(state, _step_answers(state.current_step, answers), today=TODAY)
    incomplete = {**_step_answers("consent", answers), "consent_withdrawn_on": None}
    with pytest.raises(DomainError) as caught:
        wizard.resolve_next(state, incomplete, today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("consent_withdrawn_on", "required")
    with pytest.raises(DomainError) as caught:
        wizard.resolve_next(state, _step_answers("consent", answers), today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("consent_withdrawn", "consent_withdrawn")
    assert not isinstance(caught.value, DomainErrors)


def test_withdrawn_consent_with_all_details_is_refused_with_its_rule() -> None:
    wizard = FormWizard(DEFINITION)
    answers = district_answers(
        consent_withdrawn=True,
        consent_withdrawn_on="2026-10-20",
        consent_withdrawn_by="Individen, per telefon",
    )
    errors = wizard.step_errors("consent", answers, today=TODAY)
    assert [(e.field, e.rule) for e in errors] == [("consent_withdrawn", "consent_withdrawn")]


def test_visible_fields_change_with_answers_in_the_same_step() -> None:
    wizard = FormWizard(DEFINITION)
    network = wizard.visible_fields("milieu", {"milieu_kind": "criminal_network"})
    honour = wizard.visible_fields("milieu", {"milieu_kind": "honour_context"})
    assert [f.id for f in network][:2] == ["milieu_kind", "milieu_network_category"]
    assert [f.id for f in honour] == ["milieu_kind", "milieu_honour_perpetrator"]


def test_field_error_for_live_input() -> None:
    wizard = FormWizard(DEFINITION)
    assert wizard.field_error("threat_assessed_on", "2026-10-01", today=TODAY) is None
    error = wizard.field_error("threat_assessed_on", "2026-13-01", today=TODAY)
    assert error is not None and (error.field, error.rule) == ("threat_assessed_on", "date")
    assert wizard.field_error("threat_assessed_on", None) is None


def test_last_step_first_incomplete_step_and_finished_state() -> None:
    wizard = FormWizard(DEFINITION)
    answers = district_answers()
    state = WizardState("defector-assessment", 1, answers, "state_funding")
    assert wizard.is_last_step(state)
    assert not wizard.is_last_step(wizard.start())
    assert wizard.first_incomplete_step(answers) is None
    partial = district_answers(threat_reference=None)
    assert wizard.first_incomplete_step(partial) == "threat"
    state, _ = _walk(wizard, answers)
    with pytest.raises(DomainError) as caught:
        wizard.resolve_next(state, {})
    assert caught.value.rule == "finished"
    with pytest.raises(DomainError) as caught:
        wizard.resolve_prev(wizard.start())
    assert caught.value.rule == "no_previous_step"


def test_outcome_of_an_incomplete_draft_is_refused() -> None:
    wizard = FormWizard(DEFINITION)
    with pytest.raises(DomainError) as caught:
        wizard.outcome(wizard.start({"belonging": "Centrum"}), today=TODAY)
    assert caught.value.rule == "required"


def test_prefilled_answers_are_kept_by_start() -> None:
    wizard = FormWizard(DEFINITION)
    state = wizard.start({"belonging": "Centrum"})
    assert state.current_step == "person"
    state = wizard.resolve_next(state, today=TODAY)
    assert state.current_step == "milieu"
    with pytest.raises(DomainError):
        wizard.start({"nonsense": 1})
