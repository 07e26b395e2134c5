"""The life of a defector case: opening, status changes, interventions and transfer
(guideline, section "Ärendeprocess")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from utvag.domain.case_status import CaseStatus, ClosureReason, StatusChange
from utvag.domain.checkpoints import ConsultationOutcome, SeriousCrimeCheck
from utvag.domain.defector_case import DefectorCase
from utvag.domain.errors import DomainError
from utvag.domain.interventions import Intervention, InterventionUrgency
from utvag.domain.personal_number import PersonIdentity
from utvag.domain.routing import RoutingOutcome
from utvag.domain.rules.checkpoints import may_continue_after_serious_crime
from utvag.domain.units import Unit

_ENDS = {CaseStatus.CLOSED, CaseStatus.TRANSFERRED}
_AWAIT = CaseStatus.AWAITING_TRANSFER
ALLOWED_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.INVESTIGATION: frozenset({CaseStatus.DECIDED, _AWAIT, *_ENDS}),
    CaseStatus.DECIDED: frozenset({CaseStatus.INTERVENTIONS, _AWAIT, *_ENDS}),
    CaseStatus.INTERVENTIONS: frozenset({_AWAIT, *_ENDS}),
    _AWAIT: frozenset({CaseStatus.INVESTIGATION, CaseStatus.DECIDED, *_ENDS}),
    CaseStatus.CLOSED: frozenset(),
    CaseStatus.TRANSFERRED: frozenset(),
}


@dataclass(frozen=True)
class TransferPlan:
    """The application moves from ``from_unit`` to ``to_unit``; the initiating board's case is
    closed with the reason that handling is transferred."""

    case_id: str
    from_unit: Unit
    to_unit: Unit
    on: date
    reason: ClosureReason = ClosureReason.HANDLING_TRANSFERRED


def open_case(
    case_id: str,
    identity: PersonIdentity,
    belonging: Unit,
    handling_unit: Unit,
    first_contact_on: date,
) -> DefectorCase:
    """Open the investigation at the first contact with social services.

    Guideline, "Ärendeprocess › Initiering av ett avhopparärende":
        «Utredning inleds i samband med första kontakt med socialtjänsten.»
    Guideline, "Definitioner › Avhoppare": «En individ som oavsett ålder vill lämna …» — so
    the case opens for a person of any age.
    """
    first = StatusChange(CaseStatus.INVESTIGATION, first_contact_on)
    return DefectorCase(
        case_id=case_id,
        identity=identity,
        belonging=belonging,
        handling_unit=handling_unit,
        history=(first,),
    )


def can_transition(current: CaseStatus, target: CaseStatus) -> bool:
    """Investigation → decided → interventions → closed; any open case may be closed or
    transferred, and nothing follows either. An open case whose assessment routes it to another
    board awaits its transfer; a newer assessment routing it back here decides it, or, while a
    suspicion of serious crime waits for the judgement made with the Police (or that judgement
    is that the investigation should not continue), takes it back to the investigation."""
    return target in ALLOWED_TRANSITIONS[current]


def transfer_target(handling_unit: Unit, routing: RoutingOutcome) -> Unit | None:
    """The board a case must move to, or None when it is already where the rules route it.

    Guideline, "Ansvarsfördelning › Socialnämnd Centrum genom samlad avhopparverksamhet (SAV)":
        «att avhopparärende överflyttas till respektive socialnämnd efter bedömning att avhoppare
        inte uppfyller kravet för särskild avhoppare.»
    Guideline, "Ansvarsfördelning › Socialnämnderna Centrum, Hisingen, Nordost och Sydväst":
        «att avhopparärende flyttas över till (SAV) efter bedömning att avhoppare uppfyller kravet
        för särskild avhoppare.»
    """
    return None if routing.unit is handling_unit else routing.unit


def change_status(
    case: DefectorCase, target: CaseStatus, on: date, reason: ClosureReason | None = None
) -> DefectorCase:
    """Move a case to ``target`` following :data:`ALLOWED_TRANSITIONS`.

    Deciding needs a recorded assessment routed to this board, because the criteria are assessed
    before decisions; awaiting a transfer needs one routed to another board. Closing needs a
    reason, dated no earlier than the previous change; the transfer reason is only set by
    :func:`transfer_case`.

    Guideline, "Ärendeprocess › Bedömning av kriterierna":
        «Innan beslut om insatser i ett avhopparärende kan fattas ska inhämtning av uppgifter ske
        i syfte att bedöma om individen uppfyller kriterierna för avhoppare.»
    """
    if not can_transition(case.status, target):
        raise DomainError(
            f"A case cannot go from {case.status.value} to {target.value}.",
            field="status",
            rule="status_transition",
        )
    if on < case.history[-1].on:
        raise DomainError(
            "A status change cannot be dated before the previous one.",
            field="status.on",
            rule="date_order",
        )
    if target is CaseStatus.TRANSFERRED:
        raise DomainError(
            "A transfer goes through transfer_case, which names the receiving board.",
            field="status",
            rule="transfer_through_plan",
        )
    if target is CaseStatus.CLOSED:
        if reason is None:
            raise DomainError(
                "Closing a case needs a reason.",
                field="status.reason",
                rule="closure_reason_required",
            )
        if reason in (ClosureReason.HANDLING_TRANSFERRED, ClosureReason.HANDED_OVER):
            raise DomainError(
                "A transfer closes the case through transfer_case, which names the receiving "
                "board.",
                field="status.reason",
                rule="transfer_through_plan",
            )
    elif reason is not None:
        raise DomainError(
            "Only closing takes a reason.", field="status.reason", rule="not_applicable"
        )
    if target is CaseStatus.DECIDED:
        if case.routing is None:
            raise DomainError(
                "The criteria must be assessed before a decision.",
                field="routing",
                rule="criteria_before_decision",
            )
        if transfer_target(case.handling_unit, case.routing) is not None:
            raise DomainError(
                "The assessment routes this case to another board; transfer it instead.",
                field="routing",
                rule="transfer_required",
            )
        if not may_continue_after_serious_crime(case.checkpoints.serious_crime):
            raise _serious_crime_refusal()
    if target is CaseStatus.INVESTIGATION and (
        case.routing is None or transfer_target(case.handling_unit, case.routing) is not None
        or may_continue_after_serious_crime(case.checkpoints.serious_crime)
    ):
        raise DomainError(
            "A case awaiting its transfer goes back to the investigation only when it is routed "
            "back to this board while the suspicion of serious crime is not judged to let the "
            "investigation continue.",
            field="routing",
            rule="investigation_after_serious_crime",
        )
    if target is _AWAIT and (
        case.routing is None or transfer_target(case.handling_unit, case.routing) is None
    ):
        raise DomainError(
            "Only a case whose assessment routes it to another board awaits a transfer.",
            field="routing",
            rule="no_transfer_needed",
        )
    return replace(case, history=(*case.history, StatusChange(target, on, reason)))


def may_decide_intervention(status: CaseStatus, urgency: InterventionUrgency) -> bool:
    """Urgent and time-limited interventions may be decided during the investigation; long-term
    ones once the case is decided; none after closing. A case awaiting its transfer to another
    board is not decided here, so it takes no long-term intervention either.

    Guideline, "Ärendeprocess › Övriga aspekter":
        «I dessa fall kan det behöva fattas skyndsamma beslut om insatser tidigt i
        utredningsprocessen. Under utredningstiden kan det finnas behov av tidsbegränsade
        insatser för att bibehålla och stärka individens motivation till livsstilsförändring
        eller för att skapa förtroende och tillit.»
    """
    if status in _ENDS:
        return False
    if status in (CaseStatus.INVESTIGATION, _AWAIT):
        return urgency is not InterventionUrgency.LONG_TERM
    return True


def _serious_crime_refusal() -> DomainError:
    return DomainError(
        "The person is suspected of serious crime: the case is decided and takes long-term "
        "interventions only once the board and the Police have judged that the investigation "
        "continues.",
        field="serious_crime.outcome",
        rule="serious_crime_police_judgement",
    )


def add_intervention(case: DefectorCase, intervention: Intervention) -> DefectorCase:
    """Record a decided intervention (see :func:`may_decide_intervention`). The first one decided
    after the decision moves the case to ``interventions``.

    Guideline, "Ärendeprocess › Övriga aspekter":
        «Arbetet med avhoppare ska bedrivas på ett likartat sätt över hela staden och ska kunna
        ske med såväl omedelbara beslut och insatser som med långsiktig uthållighet och
        kontinuitet.»
    """
    if intervention.urgency is InterventionUrgency.LONG_TERM and not case.is_closed and not (
        may_continue_after_serious_crime(case.checkpoints.serious_crime)
    ):
        raise _serious_crime_refusal()
    if not may_decide_intervention(case.status, intervention.urgency):
        if case.is_closed:
            raise DomainError(
                "A closed case takes no new intervention.", field="status", rule="case_closed"
            )
        raise DomainError(
            "A long-term intervention is decided only after the criteria are assessed and the "
            f"case is decided at this board (the case is {case.status.value}); during the "
            "investigation only urgent and time-limited ones.",
            field="intervention.urgency",
            rule="long_term_after_decision",
        )
    updated = replace(case, interventions=(*case.interventions, intervention))
    if case.status is CaseStatus.DECIDED:
        updated = change_status(updated, CaseStatus.INTERVENTIONS, intervention.decided_on)
    return updated


def transfer_case(
    case: DefectorCase, routing: RoutingOutcome, on: date
) -> tuple[DefectorCase, TransferPlan]:
    """Close the case at this board (status ``transferred``, reason "handling transferred to
    another board") and plan the move of the application to the board the new assessment routes
    it to.

    Guideline, "Ärendeprocess › Överflyttning av ett avhoppärende":
        «Vid dessa tillfällen ska utredningen avslutas hos initierande socialtjänst med
        motiveringen att handläggningen överflyttas till annan socialnämnd. Handläggande
        socialsekreterare ansvarar för att ansökan flyttas över till berörd socialnämnd som
        inleder utredning utifrån den redan inkomna ansökan.»
    """
    target = transfer_target(case.handling_unit, routing)
    if target is None:
        raise DomainError(
            "The case is already handled by the board the assessment routes it to.",
            field="routing",
            rule="no_transfer_needed",
        )
    if case.is_closed:
        raise DomainError(
            "A closed case cannot be transferred.", field="status", rule="case_closed"
        )
    if on < case.history[-1].on:
        raise DomainError(
            "A transfer cannot be dated before the previous status change.",
            field="status.on",
            rule="date_order",
        )
    closing = StatusChange(CaseStatus.TRANSFERRED, on, ClosureReason.HANDLING_TRANSFERRED, target)
    closed = replace(case, routing=routing, history=(*case.history, closing))
    return closed, TransferPlan(case.case_id, case.handling_unit, target, on)


def open_transferred_case(
    closed: DefectorCase, plan: TransferPlan, new_case_id: str
) -> DefectorCase:
    """Open the receiving board's investigation on the application already received.

    Assessment data (milieu, consents, threat assessments, routing, relatives, checkpoints) come
    along; decisions on interventions are the receiving board's own and do not.

    Guideline, "Ärendeprocess › Överflyttning av ett avhoppärende":
        «Handläggande socialsekreterare ansvarar för att ansökan flyttas över till berörd
        socialnämnd som inleder utredning utifrån den redan inkomna ansökan.»
    """
    if closed.closure_reason is not ClosureReason.HANDLING_TRANSFERRED:
        raise DomainError(
            "Only a case closed for transfer can be opened at the receiving board.",
            field="status.reason",
            rule="transfer_through_plan",
        )
    opened = open_case(new_case_id, closed.identity, closed.belonging, plan.to_unit, plan.on)
    return replace(
        opened,
        milieu=closed.milieu,
        consents=closed.consents,
        threat_assessments=closed.threat_assessments,
        routing=closed.routing,
        relatives=closed.relatives,
        checkpoints=closed.checkpoints,
        transferred_from=plan.from_unit,
    )


def record_routing(case: DefectorCase, routing: RoutingOutcome) -> DefectorCase:
    """Store the routing of a new assessment on an open case."""
    if case.is_closed:
        raise DomainError("A closed case cannot be reassessed.", field="status", rule="case_closed")
    return replace(case, routing=routing)


def process_ending(is_defector: bool, serious_crime: SeriousCrimeCheck) -> ClosureReason | None:
    """The reason the signed assessment in force gives for ending the defector process, so that
    the case is to be closed with it: the person does not meet every criterion, or the board and
    the Police judged that continuing the investigation is not appropriate. None while the
    process goes on. A case so ended takes no long-term intervention.

    Guideline, "Ärendeprocess › Kriterier för att bedömas som avhoppare":
        «Samtliga ovanstående kriterier ska vara uppfyllda för att individen ska kunna vara en
        avhoppare.»
    Guideline, "Ärendeprocess › Utredning av ett avhopparärende":
        «När en individ som bedöms som avhoppare utifrån riktlinjens definition ansöker om
        insatser … ska ärendet handläggas av socialtjänsten som ett avhopparärende.»
    Guideline, "Ärendeprocess › Övriga aspekter":
        «Om individen är misstänkt för allvarlig brottslighet ska det i samverkan med
        Polismyndigheten göras en bedömning om det är lämpligt att fortsätta
        avhoppäretredningen.»
    """
    if serious_crime.suspected and serious_crime.outcome is ConsultationOutcome.DISCONTINUE:
        return ClosureReason.DISCONTINUED_AFTER_POLICE_CONSULTATION
    if not is_defector:
        return ClosureReason.NOT_DEFECTOR
    return None
