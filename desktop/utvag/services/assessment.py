"""The defector assessment: drafts saved at every step, sign-off, supersession, the CLI path.

The form definitions and rules are in ``utvag.forms`` and ``utvag.domain``; this module stores
what they produce, in the same transaction as its audit row.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.case_records import CaseStatus, CaseType, ProtectedIdentity
from utvag.domain.errors import DomainError
from utvag.domain.messages import Message, message
from utvag.domain.routing import RoutingOutcome
from utvag.domain.rules import governing_threat
from utvag.errors import NotFoundError, RefusedError
from utvag.forms import (
    AnswersDocument,
    FormDefinition,
    FormWizard,
    WizardState,
    visibility,
)
from utvag.forms.evaluation import (
    case_fact_answers,
    derived_answers,
    evaluate_answers,
    person_answers,
    threat_answers,
)
from utvag.services import case_flow, young_people
from utvag.services.assessment_facts import registry as registry  # the services name it
from utvag.services.case_ref import case_of
from utvag.services.inputs import from_domain
from utvag.services.session import Session
from utvag.vault import repo_assessments, repo_case_flow, repo_cases
from utvag.vault.audit import now_utc
from utvag.vault.repo_assessments import AssessmentRow as AssessmentRow  # the services name it

FORM_ID = "defector-assessment"


def definition(form_id: str = FORM_ID, version: int | None = None) -> FormDefinition:
    try:
        reg = registry()
        return reg.latest(form_id) if version is None else reg.get(form_id, version)
    except DomainError as exc:
        raise from_domain(exc) from None


def _assessable_case(session: Session, case_id: int) -> None:
    case = case_of(session.vault.conn, case_id, open_only=False)
    if case.type is not CaseType.DEFECTOR:
        raise RefusedError(f"Case {case.case_number} is not a defector case; the defector "
                           "assessment does not apply to it.")
    if case.status in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED):
        raise RefusedError(f"Case {case.case_number} is {case.status.value} and read-only.")


def with_facts(session: Session, defn: FormDefinition, case_id: int, answers: dict[str, Any],
               day: date) -> tuple[dict[str, Any], list[Message]]:
    """The answers with the form's facts filled in from the case as of ``day`` (the assessment
    date): whether the person is under 18 that day. A fact given in the answers is replaced by
    the case's, with a note; an unknown age leaves the fact out (the minor's steps stay hidden)."""
    facts = set(defn.fact_ids())
    if not facts:
        return answers, []
    case = case_of(session.vault.conn, case_id, open_only=False)
    known = case_fact_answers(defn, minor=young_people.minor_on(case, day))
    values = {k: v for k, v in answers.items() if k not in facts}
    notes = [message("fact_from_case", field=k) for k in sorted(facts)
             if answers.get(k) is not None and answers.get(k) != known.get(k)]
    return {**values, **known}, notes


def _decide(session: Session, case_id: int, outcome: AssessmentOutcome, now: str) -> None:
    """A signed assessment is the assessment of the criteria the guideline asks for before
    decisions: routed to this board it decides the case here; routed to another board (a
    special defector to SAV) the case awaits its transfer and is not decided here."""
    conn = session.vault.conn
    case = repo_cases.get_case(conn, case_id)
    assert case is not None
    routing = RoutingOutcome(outcome.route_to, outcome.special_defector,
                             outcome.reasons, outcome.warnings)
    status = case_flow.status_after_routing(
        conn, case, routing, case_flow.local_day(now) or case_flow.now_local_day())
    if status is not case.status:
        repo_case_flow.set_status(conn, case_id, status.value, now)
        session.vault.audit("case.status", case_id, {"status": status.value})


def prepare_answers(defn: FormDefinition, answers: dict[str, Any]
                    ) -> tuple[dict[str, Any], list[Message]]:
    """Answers that follow from others are derived, not demanded: with a high threat, a left-out
    protection need is high and a left-out relocation is away (guideline: «En hög hotbild
    föranleder alltid behov av skydd genom flytt bort från Göteborg.»). Answers to questions the
    other answers hide (a copied template) are left out with a warning instead of refused.
    Returns the answers to evaluate and store, and the notes to show with the outcome."""
    values = dict(answers)
    notes: list[Message] = []
    known = set(defn.field_ids())
    for field, derived in derived_answers(defn, values).items():
        values[field] = derived
        notes.append(message("derived_high_threat", field=field, value=derived))
    shown = {f.id for f in visibility(defn, values).fields}
    for key in sorted(k for k in values if k in known and k not in shown):
        if values.pop(key) is not None:
            notes.append(message("hidden_answer_ignored", field=key))
    return values, notes


def assess_document(session: Session, case_id: int, document: AnswersDocument, *,
                    sign: bool = False, today: date | None = None
                    ) -> tuple[int, AssessmentOutcome]:
    """Evaluate a complete answers file and store it on the case (signed when ``sign``).

    Nothing is stored unless every answer is valid; every problem is reported at once. Derived
    and ignored answers (:func:`prepare_answers`) are shown as warnings of the outcome.
    """
    defn = definition(document.form_id, document.version)
    if (document.form_id, document.version) != (defn.form_id, defn.version):
        raise from_domain(DomainError("The answers are for another form.", field="form",
                                      rule="form_mismatch"))
    day = today or case_flow.now_local_day()
    answers, fact_notes = with_facts(session, defn, case_id, dict(document.answers), day)
    answers, notes = prepare_answers(defn, answers)
    notes = [*fact_notes, *notes]
    try:
        outcome = evaluate_answers(defn, answers, today=today)
    except DomainError as exc:
        raise from_domain(exc) from None
    outcome = replace(outcome, warnings=(*notes, *outcome.warnings))
    vault = session.vault
    with vault.transaction() as conn:
        _assessable_case(session, case_id)
        now = now_utc()
        assessment_id = repo_assessments.insert(
            conn, case_id=case_id, form_id=defn.form_id, form_version=defn.version,
            answers=answers, current_step=None, by=vault.actor, now=now)
        detail: dict[str, Any] = {"assessment_id": assessment_id, "form": defn.form_id,
                                  "version": defn.version}
        if sign:
            _sign_row(session, case_id, assessment_id, outcome, now)
        vault.audit("assessment.sign" if sign else "assessment.evaluate", case_id, detail)
    return assessment_id, outcome


def _sign_row(session: Session, case_id: int, assessment_id: int, outcome: AssessmentOutcome,
              now: str) -> None:
    conn = session.vault.conn
    repo_assessments.sign(conn, assessment_id, outcome=outcome.to_dict(),
                          by=session.vault.actor, now=now)
    repo_assessments.supersede(conn, case_id, assessment_id)
    repo_cases.touch_case(conn, case_id, now)
    _decide(session, case_id, outcome, now)


def start_or_resume(session: Session, case_id: int) -> tuple[AssessmentRow, WizardState]:
    """The case's open draft (resumed) or a new one on the latest form version."""
    vault = session.vault
    with vault.transaction() as conn:
        _assessable_case(session, case_id)
        draft = repo_assessments.open_draft(conn, case_id)
        if draft is not None:
            defn = definition(draft.form_id, draft.form_version)
            stored = _state_of(draft)
            answers, _notes = with_facts(session, defn, case_id, dict(stored.answers),
                                         case_flow.now_local_day())
            try:
                state = FormWizard(defn).resume(replace(stored, answers=answers))
            except DomainError as exc:
                raise from_domain(exc) from None
            return draft, state
        defn = definition()
        answers, _notes = with_facts(session, defn, case_id, {}, case_flow.now_local_day())
        answers = {**answers, **_recorded_person(conn, case_id, defn),
                   **_received_threat(conn, case_id, defn)}
        state = FormWizard(defn).start(answers)
        assessment_id = repo_assessments.insert(
            conn, case_id=case_id, form_id=defn.form_id, form_version=defn.version,
            answers=dict(state.answers), current_step=state.current_step, by=vault.actor,
            now=now_utc())
        vault.audit("assessment.start", case_id, {"assessment_id": assessment_id})
        row = repo_assessments.get(conn, assessment_id)
    assert row is not None
    return row, state


def _recorded_person(conn: Any, case_id: int, defn: FormDefinition) -> dict[str, Any]:
    """A new assessment starts with what the case's person records (the district of belonging),
    so it is not typed twice; the first step shows it and the caseworker can change it."""
    return person_answers(defn, case_of(conn, case_id, open_only=False).person.district)


def _received_threat(conn: Any, case_id: int, defn: FormDefinition) -> dict[str, Any]:
    """A new assessment starts from the Police's newest threat assessment received as a record
    of its own (asked for and answered, or sent since), so it is not typed twice."""
    received = [threat for _, threat in case_flow.received_threats(conn, case_id)]
    if not received:
        return {}
    return threat_answers(defn, governing_threat(received))


def _state_of(row: AssessmentRow) -> WizardState:
    stored = row.answers
    history = stored.get("__history__", []) if isinstance(stored, dict) else []
    answers = {k: v for k, v in stored.items() if k != "__history__"}
    return WizardState(row.form_id, row.form_version, answers, row.current_step,
                       tuple(history))


def _stored(conn: Any, assessment_id: int) -> AssessmentRow:
    row = repo_assessments.get(conn, assessment_id)
    if row is None:
        raise NotFoundError(f"There is no assessment {assessment_id}.")
    return row


def save_draft(session: Session, assessment_id: int, state: WizardState) -> None:
    """Store the wizard's state (encrypted, inside the vault) at every step."""
    vault = session.vault
    with vault.transaction() as conn:
        row = _stored(conn, assessment_id)
        if row.state != "draft":
            raise RefusedError("A signed assessment cannot be changed; start a new one.")
        answers = {**state.answers, "__history__": list(state.history)}
        repo_assessments.update_draft(conn, assessment_id, answers=answers,
                                      current_step=state.current_step, now=now_utc())
        vault.audit("assessment.draft", row.case_id, {"assessment_id": assessment_id,
                                                      "step": state.current_step})


def sign(session: Session, assessment_id: int, *, today: date | None = None
         ) -> AssessmentOutcome:
    """Evaluate the finished draft, store its outcome and make it immutable."""
    vault = session.vault
    with vault.transaction() as conn:
        row = _stored(conn, assessment_id)
        if row.state != "draft":
            raise RefusedError("The assessment is already signed.")
        _assessable_case(session, row.case_id)
        defn = definition(row.form_id, row.form_version)
        # A draft keeps answers to questions that later answers hid (going back and changing
        # an answer); they do not count, as in the wizard, and are not signed.
        # The facts are those of the signing day: a person who turned 18 since the draft
        # began is assessed as an adult.
        answers, _notes = with_facts(session, defn, row.case_id, dict(_state_of(row).answers),
                                     today or case_flow.now_local_day())
        answers = visibility(defn, answers).answers
        try:
            outcome = evaluate_answers(defn, answers, today=today)
        except DomainError as exc:
            raise from_domain(exc) from None
        repo_assessments.set_answers(conn, assessment_id, answers)
        _sign_row(session, row.case_id, assessment_id, outcome, now_utc())
        vault.audit("assessment.sign", row.case_id, {"assessment_id": assessment_id})
    return outcome


def discard_draft(session: Session, assessment_id: int) -> None:
    vault = session.vault
    with vault.transaction() as conn:
        row = repo_assessments.get(conn, assessment_id)
        if row is None or row.state != "draft":
            raise RefusedError("Only a draft can be discarded.")
        repo_assessments.delete_draft(conn, assessment_id)
        vault.audit("assessment.discard", row.case_id, {"assessment_id": assessment_id})


def current(session: Session, case_id: int) -> tuple[AssessmentRow, AssessmentOutcome] | None:
    """The signed assessment in force (not superseded) and its outcome."""
    row = repo_assessments.current_signed(session.vault.conn, case_id)
    if row is None or row.outcome is None:
        return None
    return row, AssessmentOutcome.from_dict(row.outcome)


def history(session: Session, case_id: int) -> list[AssessmentRow]:
    return repo_assessments.for_case(session.vault.conn, case_id)


def record_print(session: Session, assessment_id: int, target: str) -> None:
    """Audit a printout or PDF of a signed summary (the PDF is not encrypted)."""
    vault = session.vault
    with vault.transaction() as conn:
        row = _stored(conn, assessment_id)
        vault.audit("assessment.print", row.case_id, {"assessment_id": assessment_id,
                                                      "target": target})


def concerns_protected_identity(session: Session, assessment_id: int) -> bool:
    """Whether the assessment's case is about a person with a protected identity (a printout
    is then warned about twice)."""
    conn = session.vault.conn
    row = repo_assessments.get(conn, assessment_id)
    case = repo_cases.get_case(conn, row.case_id) if row is not None else None
    return case is not None and case.person.protected_identity is not ProtectedIdentity.NONE
