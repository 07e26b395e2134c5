"""A signed assessment stored in the vault is read back as the facts its own form version gives,
whichever version is the latest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from utvag.domain.threat import ThreatLevel
from utvag.domain.units import Unit
from utvag.forms import AnswersDocument
from utvag.forms.facts import NO_FACTS, AssessmentFacts
from utvag.services import assessment, assessment_facts, cases

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
TODAY = date(2026, 11, 1)


def document(name: str) -> AnswersDocument:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    return AnswersDocument(data["form"], data["version"], data["answers"])



def _signed(session: Any, born: str, name: str) -> AssessmentFacts:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Alva Exempelsson", "birth_date": born}})
    assessment.assess_document(session, case_id, document(name), sign=True, today=TODAY)
    current = assessment.current(session, case_id)
    assert current is not None
    return assessment_facts.facts(current[0])


def test_a_signed_version_1_assessment_reads_back_as_its_facts(session) -> None:
    facts = _signed(session, "2001-04-12", "answers-district-defector.json")
    assert facts.belonging is Unit.HISINGEN and facts.threat.level is ThreatLevel.LOW
    assert facts.consent.record is not None and not facts.consent.withdrawn
    assert facts.person_minor is None and facts.minor is None
    assert facts.outcome is not None and facts.outcome.route_to is Unit.HISINGEN


def test_a_signed_version_2_assessment_of_a_minor_reads_back_with_the_minors_part(
        session) -> None:
    facts = _signed(session, "2010-05-01", "answers-young-defector.json")
    assert facts.person_minor is True  # from the case's birth date, on the assessment day
    assert facts.minor is not None and facts.minor.talked_with_young_person is True
    assert facts.minor.talked_with_guardians is False and facts.minor.lvu_considered is True
    assert facts.outcome is not None and facts.outcome.is_defector


def test_no_assessment_or_an_unknown_form_has_no_facts() -> None:
    assert assessment_facts.facts(None) == NO_FACTS
    assert assessment_facts.answers_facts("no-such-form", 1, {"belonging": "Hisingen"}) == (
        NO_FACTS)
    assert assessment_facts.answers_facts("defector-assessment", 99, {}) == (
        NO_FACTS)
