"""Which board handles a defector case (guideline, "Ärendeprocess › Ärendefördelning utifrån
hotbild" and "Ansvarsfördelning")."""

from __future__ import annotations

from utvag.domain.errors import DomainError
from utvag.domain.messages import Message, message
from utvag.domain.protection import ProtectionNeed
from utvag.domain.routing import RoutingOutcome, SavDecision, SpecialCircumstances
from utvag.domain.rules.protection import effective_protection_need
from utvag.domain.threat import ThreatLevel
from utvag.domain.units import Unit


def is_special_defector(
    *,
    is_defector: bool,
    threat_level: ThreatLevel,
    protection_need: ProtectionNeed,
    special_circumstances: SpecialCircumstances | None = None,
) -> bool:
    """A defector with a high threat and a high protection need is a special defector; so is a
    defector whom SAV, on other special circumstances, has decided to treat as one.

    Guideline, "Ärendeprocess › Ärendefördelning utifrån hotbild":
        «Har avhopparen en hög hotbild och ett högt skyddsbehov, betecknas individen som en
        särskild avhoppare»
        «Det är Polisens hotbilsbedömning som i första hand ska beaktas vid bedömning av om någon
        är särskild avhoppare, men det kan finnas andra särskilda omständigheter som gör att
        avhoppare kan betraktas som särskild avhoppare. Socialförvaltning Centrum genom samlad
        avhopparverksamhet (SAV) har det yttersta ansvaret för att bedöma om avhopparen uppfyller
        dessa kriterier.»
    Guideline, "Definitioner › Avhoppare":
        «Beroende på hotbilden kan vissa avhoppare definieras som särskilda avhoppare.»
    """
    if not is_defector:
        return False
    need = effective_protection_need(threat_level, protection_need)
    if threat_level is ThreatLevel.HIGH and need is ProtectionNeed.HIGH:
        return True
    return special_circumstances is not None and special_circumstances.approved


def route(
    *,
    is_defector: bool,
    belonging: Unit,
    threat_level: ThreatLevel,
    protection_need: ProtectionNeed,
    special_circumstances: SpecialCircumstances | None = None,
) -> RoutingOutcome:
    """Route a case: a special defector to SAV whatever the district, everyone else to the board
    of the district the person belongs to. Total and deterministic over its inputs; a high-threat
    defector is never routed to a district.

    Guideline, "Ärendeprocess › Ärendefördelning utifrån hotbild":
        «När individen har en låg hotbild och ett lågt behov av samhällets skydd ska ärendet
        handläggas av den socialförvaltning i det stadsområde där individen har sin tillhörighet.
        Har avhopparen en hög hotbild och ett högt skyddsbehov, betecknas individen som en
        särskild avhoppare och ärendet ska handläggas av socialförvaltning Centrum genom samlad
        avhopparverksamhet (SAV) oavsett individens tillhörighet.»
    Guideline, "Ansvarsfördelning › Socialnämnd Centrum genom samlad avhopparverksamhet (SAV)":
        «att avgöra om en avhoppare ska bedömas som särskild avhoppare.»
    """
    if not isinstance(belonging, Unit) or not belonging.is_district:
        raise DomainError(
            "The person's belonging must be one of the four districts.",
            field="belonging",
            rule="district",
        )
    district = belonging.names
    if not is_defector:
        return RoutingOutcome(
            belonging, False, (message("route_not_defector", belonging=district),)
        )

    if threat_level is ThreatLevel.HIGH:
        warnings: tuple[Message, ...] = ()
        if special_circumstances is not None:
            warnings = (message("override_ignored_high_threat"),)
        reasons = (message("route_special_defector_threat", belonging=district),)
        return RoutingOutcome(Unit.SAV, True, reasons, warnings)

    if special_circumstances is not None and special_circumstances.approved:
        reason = message(
            "route_special_circumstances", justification=special_circumstances.justification
        )
        return RoutingOutcome(Unit.SAV, True, (reason,))

    if special_circumstances is not None:
        pending = special_circumstances.sav_decision is SavDecision.PENDING
        code = "override_pending" if pending else "override_rejected"
        warnings = (message(code),)
    elif protection_need is ProtectionNeed.HIGH:
        warnings = (message("low_threat_high_protection_need"),)
    else:
        warnings = ()
    return RoutingOutcome(
        belonging, False, (message("route_district", belonging=district),), warnings
    )


def sav_judgement_needed(
    *,
    handling_unit: Unit,
    is_defector: bool,
    threat_level: ThreatLevel | None,
    protection_need: ProtectionNeed | None,
    special_circumstances: SavDecision | None = None,
) -> bool:
    """Whether a district board must ask SAV whether the defector is a special defector: the
    Police's threat is low, so the routing keeps the case here, yet the assessment puts forward
    other special circumstances SAV has not judged (``special_circumstances``: SAV's decision as
    the assessment records it, None when none are put forward), or finds a high protection need,
    which the guideline's table leaves to SAV (it names low threat with low need for the
    district and high with high for SAV). Not a refusal: the case is handled here meanwhile, as
    the Police's threat «i första hand» decides; SAV's word is what is missing.

    Guideline, "Ärendeprocess › Ärendefördelning utifrån hotbild": the Police's threat counts
    «i första hand», «men det kan finnas andra särskilda omständigheter som gör att avhoppare kan
    betraktas som särskild avhoppare», and «Socialförvaltning Centrum genom samlad
    avhopparverksamhet (SAV) har det yttersta ansvaret för att bedöma om avhopparen uppfyller
    dessa kriterier.»
    Guideline, "Ansvarsfördelning › Socialnämnd Centrum genom samlad avhopparverksamhet (SAV)":
        «att avgöra om en avhoppare ska bedömas som särskild avhoppare.»
    """
    if handling_unit is Unit.SAV or not is_defector or threat_level is not ThreatLevel.LOW:
        return False
    if special_circumstances is not None:
        return special_circumstances is SavDecision.PENDING
    return protection_need is ProtectionNeed.HIGH
