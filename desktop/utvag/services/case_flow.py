"""The guideline's case flow, enforced on stored cases.

Every status change and every decided record of a defector case goes through the rules of
:mod:`utvag.domain.rules.case_flow`: the stored case is read back as a
:class:`~utvag.domain.defector_case.DefectorCase` (its opening, the status it reached and when, the
routing of the signed assessment in force or SAV's later word, the Police's threat assessments),
the rule is applied, and what it gives is stored. A refusal is a ``ValidationError`` (exit 6) whose
message names the rule.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.case_records import Case, CaseStatus, CaseType
from utvag.domain.case_status import ClosureReason, StatusChange
from utvag.domain.defector_case import DefectorCase
from utvag.domain.errors import DomainError
from utvag.domain.interventions import Intervention, InterventionUrgency
from utvag.domain.messages import Message, message
from utvag.domain.personal_number import (
    PersonIdentity,
    parse_personal_number,
    person_without_number,
)
from utvag.domain.relatives import Relation, Relative
from utvag.domain.routing import RoutingOutcome
from utvag.domain.rules import (
    RoutingBasis,
    ThreatRerouting,
    TransferPlan,
    add_intervention,
    can_transition,
    change_status,
    current_threat,
    governing_threat,
    may_decide_intervention,
    may_handle_relatives_case,
    open_case,
    open_transferred_case,
    record_routing,
    relative_warnings,
    reroute_on_threat,
    transfer_case,
    transfer_target,
)
from utvag.domain.threat import ThreatAssessment, ThreatLevel, ThreatNature
from utvag.domain.units import Unit
from utvag.errors import ValidationError
from utvag.forms.facts import AssessmentFacts
from utvag.services import assessment_facts, process_end
from utvag.vault import repo_assessments, repo_case_flow, repo_followup
from utvag.vault.database import Connection

OPEN_STATUSES = (CaseStatus.INVESTIGATION, CaseStatus.DECIDED, CaseStatus.INTERVENTIONS,
                 CaseStatus.AWAITING_TRANSFER)


def refusal(exc: DomainError) -> ValidationError:
    """A broken rule as a refusal (exit 6) whose message names the field and the rule."""
    field = exc.field or "input"
    text = exc.message if exc.message.startswith(field) else f"{field}: {exc.message}"
    if exc.rule:
        text += f" (rule: {exc.rule})"
    return ValidationError(text, field=field, rule=exc.rule)


def local_day(stamp: str | None) -> date | None:
    """The local calendar day of a stored UTC timestamp (or of a stored date)."""
    if not stamp:
        return None
    try:
        if len(stamp) == 10:
            return date.fromisoformat(stamp)
        return datetime.fromisoformat(stamp).astimezone().date()
    except ValueError:
        return None


def _identity(case: Case) -> PersonIdentity | None:
    person = case.person
    try:
        if person.personal_number:
            return parse_personal_number(person.personal_number)
        if person.birth_date:
            return person_without_number(date.fromisoformat(person.birth_date))
    except (DomainError, ValueError):
        return None
    return None


def received_threats(conn: Connection, case_id: int
                     ) -> list[tuple[str, ThreatAssessment]]:
    """The Police's threat assessments received on the case as records of their own (answered
    requests, follow-ups, unasked ones): (when recorded, the assessment), oldest first."""
    found = []
    for row in repo_followup.for_cases(conn, "police_threat", [case_id]):
        if row["level"] is None:
            continue
        try:
            found.append((str(row["answered_at"] or row["created_at"]), ThreatAssessment(
                ThreatLevel(row["level"]), ThreatNature(row["nature"]),
                date.fromisoformat(row["assessed_on"]), row["reference"],
                date.fromisoformat(row["review_on"]) if row["review_on"] else None)))
        except (TypeError, ValueError, DomainError):
            continue
    return sorted(found, key=lambda pair: pair[0])


def _threats(conn: Connection, case_id: int) -> tuple[ThreatAssessment, ...]:
    found = []
    for row in repo_assessments.for_case(conn, case_id):
        if row.state != "signed":
            continue
        threat = assessment_facts.facts(row).threat.assessment
        if threat is not None:
            found.append(threat)
    return (*found, *(threat for _, threat in received_threats(conn, case_id)))


def routing_basis(facts: AssessmentFacts, outcome: AssessmentOutcome) -> RoutingBasis | None:
    """What the signed assessment established besides the threat, for routing a new one."""
    special = facts.protection.special_circumstances
    if (special.claimed and special.record is None) or facts.belonging is None \
            or facts.protection.need is None:
        return None
    try:
        return RoutingBasis(outcome.is_defector, facts.belonging, facts.protection.need,
                            special.record)
    except (TypeError, ValueError):  # DomainError is a ValueError
        return None


def threat_rerouting(conn: Connection, case: Case) -> tuple[str, ThreatRerouting] | None:
    """When a threat assessment received after the signed assessment governs (it is the newest),
    the routing under it and when it was recorded; None when the signed assessment's threat still
    governs or there is no signed assessment to route from."""
    current = repo_assessments.current_signed(conn, case.id)
    if current is None or current.outcome is None:
        return None
    facts = assessment_facts.facts(current)
    received = received_threats(conn, case.id)
    signed = facts.threat.assessment
    threat = current_threat(signed, [t for _, t in received])
    if threat is None or threat == signed:
        return None
    outcome = AssessmentOutcome.from_dict(current.outcome)
    basis = routing_basis(facts, outcome)
    if basis is None:
        return None
    try:
        handling = Unit(case.owning_unit)
        rerouting = reroute_on_threat(basis, handling, _signed_routing(outcome), signed, threat)
    except (ValueError, DomainError):
        return None
    recorded = next(at for at, t in reversed(received) if t == threat)
    return recorded, rerouting


def _signed_routing(outcome: AssessmentOutcome) -> RoutingOutcome:
    return RoutingOutcome(outcome.route_to, outcome.special_defector,
                          outcome.reasons or (Message("routing", "", ""),), outcome.warnings)


def sav_routing(decision: dict[str, Any]) -> RoutingOutcome:
    """The routing SAV's special-defector decision gives."""
    on = str(decision["decided_on"])
    if decision["decision"] == "confirmed":
        return RoutingOutcome(Unit.SAV, True, (message("sav_confirmed_special", decided_on=on),))
    district = Unit(decision["return_to"])
    reason = message("sav_not_special", decided_on=on,
                     district=district.names)
    return RoutingOutcome(district, False, (reason,))


def routing_of(conn: Connection, case: Case) -> RoutingOutcome | None:
    """The newest word on who handles the case: SAV's special-defector decision, the signed
    assessment in force, or the routing under a threat assessment the Police gave since (the
    rest of the signed assessment kept); None before any signed assessment or decision."""
    current = repo_assessments.current_signed(conn, case.id)
    decision = repo_case_flow.latest(conn, "special_defector_decision", case.id)
    update = threat_rerouting(conn, case)
    if update is not None and (decision is None or update[0] > str(decision["created_at"])):
        return update[1].routing
    if decision is not None and (current is None or str(decision["created_at"])
                                 >= str(current.signed_at or "")):
        return sav_routing(decision)
    if current is None or current.outcome is None:
        return None
    return _signed_routing(AssessmentOutcome.from_dict(current.outcome))


def _belonging(conn: Connection, case: Case) -> Unit | None:
    if case.person.district in {u.value for u in Unit if u.is_district}:
        return Unit(case.person.district)
    current = repo_assessments.current_signed(conn, case.id)
    belonging = assessment_facts.facts(current).belonging
    return belonging if belonging is not None and belonging.is_district else None


def flow_case(conn: Connection, case: Case) -> DefectorCase | None:
    """The stored defector case as the domain's aggregate, or None for another type of case or
    one whose person or belonging is not known well enough yet (the plain rules apply then)."""
    if case.type is not CaseType.DEFECTOR:
        return None
    identity, belonging = _identity(case), _belonging(conn, case)
    opened = local_day(case.opened_at)
    if identity is None or belonging is None or opened is None:
        return None
    try:
        handling = Unit(case.owning_unit)
    except ValueError:
        return None
    flow = open_case(case.case_number, identity, belonging, handling, opened)
    received = repo_case_flow.received_from(conn, case.id)
    if received is not None and received[0] in {u.value for u in Unit}:
        sender = Unit(received[0])
        sent = replace(open_case(received[1] or case.case_number, identity, belonging, sender,
                                 opened),
                       history=(StatusChange(CaseStatus.INVESTIGATION, opened),
                                StatusChange(CaseStatus.TRANSFERRED, opened,
                                             ClosureReason.HANDLING_TRANSFERRED, handling)))
        plan = TransferPlan(sent.case_id, sender, handling, opened)
        flow = open_transferred_case(sent, plan, case.case_number)
    routing = routing_of(conn, case)
    current = repo_assessments.current_signed(conn, case.id)
    since = max(opened, local_day(current.signed_at if current else None) or opened)
    history = [StatusChange(CaseStatus.INVESTIGATION, opened)]
    if case.status in (CaseStatus.DECIDED, CaseStatus.INTERVENTIONS):
        history.append(StatusChange(CaseStatus.DECIDED, since))
    if case.status is CaseStatus.INTERVENTIONS:
        history.append(StatusChange(CaseStatus.INTERVENTIONS, since))
    if case.status is CaseStatus.AWAITING_TRANSFER:
        history.append(StatusChange(CaseStatus.AWAITING_TRANSFER, since))
    if case.status in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED):
        reason = (ClosureReason(case.close_reason)
                  if case.close_reason in {r.value for r in ClosureReason} else None)
        history.append(StatusChange(case.status, local_day(case.closed_at) or since, reason))
    serious_crime = assessment_facts.facts(current).checkpoints.serious_crime if current \
        else flow.checkpoints.serious_crime
    return replace(flow, routing=routing, history=tuple(history),
                   threat_assessments=_threats(conn, case.id),
                   checkpoints=replace(flow.checkpoints, serious_crime=serious_crime))


def governing_threat_of(conn: Connection, case: Case) -> ThreatAssessment | None:
    """The newest of the Police's threat assessments in the case's signed assessments."""
    threats = _threats(conn, case.id)
    return governing_threat(threats) if threats else None


def status_after_routing(conn: Connection, case: Case, routing: RoutingOutcome,
                         on: date) -> CaseStatus:
    """The status a new routing gives an open defector case: decided here when it routes the
    case to this board, awaiting its transfer when it routes it to another one."""
    flow = flow_case(conn, case)
    if flow is None:
        return case.status
    try:
        flow = record_routing(flow, routing)
        moves = transfer_target(flow.handling_unit, routing) is not None
        target = CaseStatus.AWAITING_TRANSFER if moves else CaseStatus.DECIDED
        if flow.status is target or (target is CaseStatus.DECIDED
                                     and flow.status is CaseStatus.INTERVENTIONS):
            return flow.status
        return change_status(flow, target, max(on, flow.history[-1].on)).status
    except DomainError as exc:
        if exc.rule == "serious_crime_police_judgement":
            # The investigation goes on here until the Police's judgement ("Övriga aspekter":
            # «… göras en bedömning om det är lämpligt att fortsätta avhoppäretredningen»): a
            # case routed back while it awaited its transfer awaits it no more, nor is decided.
            if flow.status is not CaseStatus.AWAITING_TRANSFER:
                return flow.status
            try:
                return change_status(flow, CaseStatus.INVESTIGATION,
                                     max(on, flow.history[-1].on)).status
            except DomainError as inner:
                raise refusal(inner) from None
        raise refusal(exc) from None


def check_intervention(conn: Connection, case: Case, intervention: Intervention) -> CaseStatus:
    """Refuse an intervention the case's status does not allow (urgent and time-limited ones
    during the investigation, long-term ones once decided here); return the status after it."""
    flow = flow_case(conn, case)
    _refuse_after_not_defector(conn, case, intervention)
    try:
        if flow is not None and intervention.decided_on < flow.history[-1].on and \
                may_decide_intervention(CaseStatus.INVESTIGATION, intervention.urgency):
            # an urgent or time-limited intervention decided during the investigation and
            # recorded afterwards: the record is allowed, the status stays
            return flow.status
        if flow is not None:
            return add_intervention(flow, intervention).status
    except DomainError as exc:
        raise refusal(exc) from None
    if case.type is CaseType.DEFECTOR and not may_decide_intervention(case.status,
                                                                      intervention.urgency):
        raise refusal(DomainError(
            "A long-term intervention is decided only after the criteria are assessed and the "
            f"case is decided at this board (the case is {case.status.value}).",
            field="intervention.urgency", rule="long_term_after_decision"))
    return case.status


def _refuse_after_not_defector(conn: Connection, case: Case, intervention: Intervention) -> None:
    """A signed assessment that found the person not a defector ends the defector process
    (:func:`utvag.domain.rules.process_ending`): no long-term intervention is decided in it; the
    case is to be closed with that reason."""
    if intervention.urgency is not InterventionUrgency.LONG_TERM:
        return
    ended = process_end.ending_of(conn, case)
    if ended is not None and ended.reason == ClosureReason.NOT_DEFECTOR.value:
        raise refusal(DomainError(
            "The signed assessment found that the person does not meet the defector criteria: "
            "no long-term intervention is decided in the defector case, which is to be closed "
            "with that reason.", field="intervention.urgency", rule="not_defector_case_ends"))


def check_close(conn: Connection, case: Case, reason: ClosureReason, on: date) -> None:
    """Closing follows the allowed transitions, with a reason, and never before the opening or
    the previous status change."""
    flow = flow_case(conn, case)
    try:
        if flow is not None:
            change_status(flow, CaseStatus.CLOSED, on, reason)
            return
        if not can_transition(case.status, CaseStatus.CLOSED):
            raise DomainError(f"A case cannot go from {case.status.value} to closed.",
                              field="status", rule="status_transition")
        opened = local_day(case.opened_at)
        if opened is not None and on < opened:
            raise DomainError("A case cannot be closed before it was opened.",
                              field="closed_on", rule="date_order")
    except DomainError as exc:
        raise refusal(exc) from None


def check_transfer(conn: Connection, case: Case, to_unit: str, on: date) -> None:
    """A transfer the routing asks for closes the case here through the rules' transfer plan
    (refused for a closed case or one dated before the last change)."""
    flow = flow_case(conn, case)
    if flow is None or flow.routing is None or flow.routing.unit.value != to_unit:
        return
    try:
        transfer_case(flow, flow.routing, max(on, flow.history[-1].on))
    except DomainError as exc:
        raise refusal(exc) from None


def case_types_handled(unit: str) -> tuple[CaseType, ...]:
    """The types of case a vault of ``unit`` opens: relatives' own cases belong to the four
    district boards, also for special defectors, so SAV is not offered one."""
    try:
        handling = Unit(unit)
    except ValueError:
        return tuple(CaseType)
    return tuple(t for t in CaseType
                 if t is not CaseType.RELATIVE or may_handle_relatives_case(handling))


def check_relatives_case(unit: str) -> None:
    """Relatives' own cases belong to the four district boards, also for special defectors."""
    if CaseType.RELATIVE not in case_types_handled(unit):
        raise refusal(DomainError(
            f"{unit} does not handle relatives' cases: the district boards handle "
            "the cases of relatives of defectors and special defectors.",
            field="type", rule="relatives_at_district_board"))


def relatives_warnings(conn: Connection, case: Case) -> list[Message]:
    """What is still to do for the relatives linked to the case: inform them about support and
    set up a communication path to the unit responsible for them."""
    linked = []
    for row in repo_followup.for_cases(conn, "relative_link", [case.id]):
        try:
            linked.append(Relative(
                str(row["person_id"]), Relation(row["relation"]),
                date.fromisoformat(row["informed_about_support_on"])
                if row["informed_about_support_on"] else None,
                Unit(row["responsible_unit"]) if row["responsible_unit"] else None,
                row["contact_path"]))
        except (DomainError, ValueError):
            continue
    return list(relative_warnings(linked))


def now_local_day() -> date:
    return datetime.now(UTC).astimezone().date()
