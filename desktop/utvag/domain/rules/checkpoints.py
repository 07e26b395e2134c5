"""Checkpoints of a defector case: serious crime, custody, state funding and relatives
(guideline, section "Ärendeprocess")."""

from __future__ import annotations

from collections.abc import Iterable

from utvag.domain.checkpoints import (
    ConsultationOutcome,
    CustodyCheck,
    CustodySetting,
    PoliceRequirements,
    SeriousCrimeCheck,
    StateFunding,
)
from utvag.domain.messages import Message, message
from utvag.domain.relatives import Relative
from utvag.domain.units import Unit

_SETTING = {
    CustodySetting.PRISON: ("fängelse", "prison"),
    CustodySetting.CLOSED_YOUTH_CARE: ("sluten ungdomsvård", "closed youth care"),
}


def serious_crime_warnings(check: SeriousCrimeCheck) -> tuple[Message, ...]:
    """Suspected of serious crime: judge with the Police whether to continue the investigation.

    Guideline, "Ärendeprocess › Övriga aspekter":
        «Om individen är misstänkt för allvarlig brottslighet ska det i samverkan med
        Polismyndigheten göras en bedömning om det är lämpligt att fortsätta
        avhoppäretredningen.»
    """
    if not check.suspected:
        return ()
    if check.outcome is ConsultationOutcome.DISCONTINUE:
        return (message("serious_crime_discontinue"),)
    if check.outcome is ConsultationOutcome.CONTINUE:
        return ()
    return (message("serious_crime_consultation_pending"),)


def may_continue_after_serious_crime(check: SeriousCrimeCheck) -> bool:
    """Whether the investigation may go on to a decision and long-term interventions: not while
    a suspicion of serious crime waits for the judgement made together with the Police, nor
    once that judgement is that continuing is not appropriate (urgent and time-limited
    interventions stay possible).

    Guideline, "Ärendeprocess › Övriga aspekter":
        «Om individen är misstänkt för allvarlig brottslighet ska det i samverkan med
        Polismyndigheten göras en bedömning om det är lämpligt att fortsätta
        avhoppäretredningen.»
    """
    return not check.suspected or check.outcome is ConsultationOutcome.CONTINUE


def custody_warnings(check: CustodyCheck) -> tuple[Message, ...]:
    """A case may start in prison or closed youth care; plan the transition to release with
    Kriminalvården or SiS.

    Guideline, "Ärendeprocess › Övriga aspekter":
        «Ett avhoppärende kan inledas under tiden individen avtjänar fängelsestraff eller slutet
        ungdomsvård. Samverkan ska ske med Kriminalvården och Statens Institutionsstyrelse, SiS,
        så att bästa förutsättningar för avhopparen skapas i övergången mellan
        anstaltsvistelse/vårdtid och frigivning.»
    """
    authority = check.setting.coordinating_authority
    if authority is None:
        return ()
    warnings: list[Message] = []
    if check.release_on is None:
        warnings.append(message("custody_release_date_missing"))
    if not check.transition_plan:
        warnings.append(
            message(
                "custody_transition_plan_missing",
                setting=_SETTING[check.setting],
                authority=authority.names,
            )
        )
    return tuple(warnings)


def state_funding_warnings(
    funding: StateFunding, requirements: PoliceRequirements, is_defector: bool
) -> tuple[Message, ...]:
    """State funding is applied for by social services when the conditions are met, and decided
    by the Police; warn when an application does not meet the Police's own conditions.

    Guideline, "Ärendeprocess › Statliga medel":
        «Ansökan om statliga medel ska ske av socialtjänsten och beslut fattas av
        Polismyndigheten.»
    Guideline, "Ansvarsfördelning":
        «att ansöka om statligt medel för enskilda avhopparärenden när villkor för ansökan är
        uppfyllda.»
    """
    if not funding.applied:
        return ()
    warnings: list[Message] = []
    if not is_defector:
        warnings.append(message("state_funding_not_defector"))
    if not requirements.signed_police_form:
        warnings.append(message("state_funding_police_form_missing"))
    if requirements.witness_in_ongoing_case:
        warnings.append(message("state_funding_witness"))
    return tuple(warnings)


def relative_warnings(relatives: Iterable[Relative]) -> tuple[Message, ...]:
    """Relatives are told about the support available and get a communication path to the unit
    responsible for them.

    Guideline, "Ärendeprocess › Utredning av ett avhopparärende":
        «Handläggande socialtjänst i avhoppärendet ansvarar för att informera om stöd och hjälp
        som finns att få och upprätta kommunikationsväg till ansvarig verksamhet för de
        anhöriga.»
    """
    warnings: list[Message] = []
    for relative in relatives:
        if relative.informed_about_support_on is None:
            warnings.append(message("relative_not_informed"))
        if not (relative.contact_path or "").strip():
            warnings.append(message("relative_contact_path_missing"))
    return tuple(warnings)


def may_handle_relatives_case(unit: Unit) -> bool:
    """Relatives' own cases are handled by the district boards, also for special defectors.

    Guideline, "Ansvarsfördelning › Socialnämnderna Centrum, Hisingen, Nordost och Sydväst":
        «att handlägga och myndighetsutöva i ärenden för anhöriga till avhoppare/särskilda
        avhoppare.»
    """
    return unit.is_district
