"""The case flow on a real vault: closing dates, the consent's withdrawal as an event,
applications and decisions, and every rule of the domain in use by the services."""

from __future__ import annotations

import ast
import json
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import utvag.domain.rules as rules
from utvag.errors import NotFoundError, RefusedError, ValidationError
from utvag.forms import load_answers
from utvag.services import assessment, cases, consent, decisions, disclosures, followup
from utvag.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop" / "utvag"
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"
AS_OF = date(2026, 11, 1)


pytestmark = pytest.mark.session_vault(unit="Hisingen")


@pytest.fixture
def stockholm(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Swedish time, as on the workstations."""
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _case(session: Session) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": "Testperson", "birth_date": "1999-04-03", "district": "Hisingen"}})


def _signed_district_case(session: Session) -> int:
    case_id = _case(session)
    assessment.assess_document(session, case_id, load_answers(DISTRICT), sign=True,
                               today=AS_OF)
    return case_id


def _set_opened(session: Session, case_id: int, local: datetime) -> str:
    stamp = local.astimezone(UTC).isoformat(timespec="microseconds")
    with session.vault.transaction() as conn:
        conn.execute("UPDATE case_record SET opened_at = ? WHERE id = ?", (stamp, case_id))
    return stamp


def test_a_date_only_closing_is_stored_at_the_end_of_that_local_day(
        session: Session, stockholm: None) -> None:
    yesterday = datetime.now().astimezone().date() - timedelta(days=1)
    case_id = _case(session)
    opened = _set_opened(session, case_id,
                         datetime.combine(yesterday, datetime.min.time()).astimezone()
                         + timedelta(hours=23, minutes=49))
    followup.close_case(session, case_id, "completed", yesterday.isoformat())
    case = cases.get_case(session, case_id)
    assert case.closed_at is not None
    closed = datetime.fromisoformat(case.closed_at)
    assert closed >= datetime.fromisoformat(opened)
    local = closed.astimezone()
    assert (local.date(), local.hour, local.minute) == (yesterday, 23, 59)


def test_a_closing_dated_before_the_opening_is_refused_and_changes_nothing(
        session: Session, stockholm: None) -> None:
    today = datetime.now().astimezone().date()
    case_id = _case(session)
    with pytest.raises(ValidationError) as refused:
        followup.close_case(session, case_id, "completed",
                            (today - timedelta(days=1)).isoformat())
    assert refused.value.rule == "date_order" and "date_order" in str(refused.value)
    with pytest.raises(ValidationError) as future:
        followup.close_case(session, case_id, "completed", (today + timedelta(days=1)).isoformat())
    assert future.value.field == "closed_on"
    case = cases.get_case(session, case_id)
    assert (case.status.value, case.closed_at) == ("investigation", None)
    followup.close_case(session, case_id, "completed", today.isoformat())
    case = cases.get_case(session, case_id)
    assert case.closed_at is not None and case.closed_at >= case.opened_at


def test_a_consent_withdrawal_is_an_event_on_the_open_case(session: Session) -> None:
    case_id = _signed_district_case(session)
    shown = cases.show_case(session, case_id)
    assert shown.case.status == "decided"
    assert shown.consent.given and not shown.consent.withdrawn
    assert shown.consent.criterion_met is True
    disclosures.record_disclosure(session, case_id, "other", "Polisen i Göteborg", "police",
                                  ["person"], "consent")

    record_id = consent.withdraw(session, case_id, date.today().isoformat(), "Individen själv")
    shown = cases.show_case(session, case_id)
    assert shown.case.status == "decided"  # the case stays open
    state = shown.consent
    assert state.withdrawn is True and state.criterion_met is False
    assert [w.id for w in state.withdrawals] == [record_id]
    assert state.withdrawals[0].withdrawn_by == "Individen själv"

    with pytest.raises(ValidationError) as refused:
        disclosures.record_disclosure(session, case_id, "other", "Polisen i Göteborg",
                                      "police", ["person"], "consent")
    assert refused.value.rule == "consent_withdrawn"
    assert len(disclosures.list_disclosures(session, case_id)) == 1


def test_a_consent_withdrawal_is_checked_before_it_is_stored(session: Session) -> None:
    case_id = _signed_district_case(session)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError, match="date_in_future"):
        consent.withdraw(session, case_id, tomorrow)
    with pytest.raises(ValidationError, match="date_order"):
        consent.withdraw(session, case_id, "2020-01-01")
    with pytest.raises(NotFoundError):
        consent.withdraw(session, case_id, date.today().isoformat(), attachment_id=99)
    with pytest.raises(ValidationError):
        consent.withdraw(session, case_id, "yesterday")
    followup.close_case(session, case_id, "completed")
    with pytest.raises(RefusedError):
        consent.withdraw(session, case_id, date.today().isoformat())
    assert cases.show_case(session, case_id).consent.withdrawals == ()


def test_applications_and_decisions_are_recorded_with_the_appeal_notice_of_a_refusal(
        session: Session) -> None:
    case_id = _case(session)
    today = date.today().isoformat()
    decisions.record_application(session, case_id, today, "guardian")
    with pytest.raises(ValidationError, match="applicant"):
        decisions.record_application(session, case_id, today, "authority")
    refused = decisions.record_decision(
        session, case_id, subject="intervention", outcome="refused",
        what="Bistånd i form av boende", decided_on=today, decided_by_role="enhetschef")
    found = decisions.records(session, case_id)
    assert [a.applicant_kind for a in found.case_application] == ["guardian"]
    decision = found.case_decision[0]
    assert decision.id == refused and decision.outcome == "refused"
    assert "överklagas" in str(decision.appeal_notice)
    assert decision.decided_by_role == "enhetschef"
    with pytest.raises(ValidationError, match="decided_by_role"):
        decisions.record_decision(session, case_id, subject="closing", outcome="granted",
                                  what="Avslut", decided_on=today, decided_by_role=" ")
    with pytest.raises(ValidationError, match="sav_decides_special_defector"):
        decisions.decide_special(session, case_id, "confirmed", today, "Hög hotbild.")


def _names_used(path: Path) -> set[str]:
    return _names_used_in(ast.parse(path.read_text(encoding="utf-8")))


def _names_used_in(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
    return found


def _calls_in_rules() -> dict[str, set[str]]:
    """For each function of utvag.domain.rules, the names its body uses."""
    graph: dict[str, set[str]] = {}
    for path in (DESKTOP / "domain" / "rules").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef):
                graph[node.name] = _names_used_in(node)  # a rule may call another by module
    return graph


def test_every_public_rule_is_applied_by_the_services() -> None:
    """No rule of the guideline exists only in tests: each public rule is called from
    ``services/``, directly or through the rule or the assessment form's evaluator (which the
    assessment service runs) that calls it."""
    public = {name for name in rules.__all__ if callable(getattr(rules, name))
              and not isinstance(getattr(rules, name), type)}
    roots: set[str] = set()
    for path in (DESKTOP / "services").glob("*.py"):
        roots |= _names_used(path) & public
    evaluator = DESKTOP / "forms" / "evaluators" / "defector_assessment_v1.py"
    assert "evaluate_answers" in _names_used(DESKTOP / "services" / "assessment.py")
    roots |= _names_used(evaluator) & public
    graph = _calls_in_rules()
    reached, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in reached:
            continue
        reached.add(name)
        todo += sorted(graph.get(name, set()) & public)
    assert sorted(public - reached) == []


def test_case_show_reports_the_signed_result_for_json(session: Session) -> None:
    case_id = _signed_district_case(session)
    shown = cases.show_case(session, case_id)
    result = shown.assessment
    assert result is not None and result.criteria is not None
    assert result.route_to == "Hisingen" and result.special_defector is False
    assert set(result.criteria) == {"belongs", "wants_to_leave", "needs_protection", "consent"}
    json.dumps(shown.to_json())  # what the CLI prints


def test_retention_keeps_a_person_whose_earlier_duplicate_record_has_a_case_open(
        session: Session) -> None:
    """People entered twice before numbers were linked count as one person: retention keeps
    the closed case while the other record's case is open; a homonym kept apart does not."""
    from utvag.services import retention
    from utvag.vault import repo_cases
    from utvag.vault.audit import now_utc

    person = {"name": "Dubblett", "personal_number": "19900101-0017", "district": "Hisingen"}
    closed = cases.new_case(session, {"type": "defector", "person": person})
    followup.close_case(session, closed, "completed")
    with session.vault.transaction() as conn:  # a second record, as older versions made them
        now = now_utc()
        twin = repo_cases.insert_person(conn, name="Dubblett", personal_number="19900101-0017",
                                        number_kind="personal_identity_number",
                                        birth_date="1990-01-01", gender=None,
                                        protected_identity="none", district="Hisingen", now=now)
        repo_cases.insert_case(conn, case_number="HI-OLD-1", type="defector", person_id=twin,
                               owning_unit="Hisingen", caseworker="x", now=now)
    decided = {d.case_id: d for d in retention.preview(session, date(2100, 1, 1))}
    assert not decided[closed].destroy and decided[closed].rule == "same-person-open-case"

    homonym = cases.new_case(session, {"type": "defector", "person": person},
                             separate_reason="Två personer med samma samordningsnummer.")
    followup.close_case(session, homonym, "completed")
    decided = {d.case_id: d for d in retention.preview(session, date(2100, 1, 1))}
    assert decided[homonym].destroy
    retention.apply(session, date(2100, 1, 1))
    with pytest.raises(NotFoundError):
        cases.get_case(session, homonym)
    assert cases.get_case(session, closed).status.value == "closed"


def test_an_urgent_intervention_recorded_after_the_decision_keeps_the_status(
        session: Session) -> None:
    case_id = _signed_district_case(session)
    followup.add_intervention(session, case_id, {
        "type": "mentor", "urgency": "urgent", "decided_on": "2026-10-01"})
    assert cases.get_case(session, case_id).status.value == "decided"
    with pytest.raises(ValidationError, match="date_order"):
        followup.add_intervention(session, case_id, {
            "type": "mentor", "urgency": "long_term", "decided_on": "2026-10-01"})
    followup.add_intervention(session, case_id, {
        "type": "mentor", "urgency": "long_term", "decided_on": date.today().isoformat()})
    assert cases.get_case(session, case_id).status.value == "interventions"


def test_a_decision_dated_ahead_or_saying_nothing_is_refused_and_nothing_is_stored(
        session: Session) -> None:
    case_id = _case(session)
    today = date.today()
    tomorrow = (today + timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError, match="decided_on") as ahead:
        decisions.record_decision(session, case_id, subject="application", outcome="refused",
                                  what="Bistånd", decided_on=tomorrow, decided_by_role="enhetschef")
    assert ahead.value.rule == "date_in_future"
    with pytest.raises(ValidationError, match="what"):
        decisions.record_decision(session, case_id, subject="application", outcome="refused",
                                  what="  ", decided_on=today.isoformat(),
                                  decided_by_role="enhetschef")
    assert decisions.records(session, case_id).case_decision == ()
    own = "Beslutet kan överklagas hos förvaltningsrätten i Göteborg inom tre veckor."
    decisions.record_decision(session, case_id, subject="application", outcome="refused",
                              what="Bistånd", decided_on=today.isoformat(),
                              decided_by_role="enhetschef", appeal_notice=own)
    decisions.record_decision(session, case_id, subject="intervention", outcome="granted",
                              what="Skyddat boende", decided_on=today.isoformat(),
                              decided_by_role="enhetschef")
    refused, granted = decisions.records(session, case_id).case_decision
    assert refused.appeal_notice == own and granted.appeal_notice is None
