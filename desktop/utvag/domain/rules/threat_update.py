"""A new threat assessment from the Police during the case, and what it does to the routing
(guideline, "Ärendeprocess")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from utvag.domain.messages import Message, message
from utvag.domain.protection import ProtectionNeed
from utvag.domain.routing import RoutingOutcome, SpecialCircumstances
from utvag.domain.rules.case_flow import transfer_target
from utvag.domain.rules.routing import route
from utvag.domain.rules.threat import governing_threat
from utvag.domain.threat import ThreatAssessment
from utvag.domain.units import Unit


@dataclass(frozen=True)
class RoutingBasis:
    """What the signed assessment established besides the threat: the routing of a new threat
    level is computed from these, so the whole assessment need not be made again."""

    is_defector: bool
    belonging: Unit
    protection_need: ProtectionNeed
    special_circumstances: SpecialCircumstances | None = None


@dataclass(frozen=True)
class ThreatRerouting:
    """The routing under the current threat, whether it differs from the routing before it,
    and the board the case should move to (None: it stays)."""

    threat: ThreatAssessment
    routing: RoutingOutcome
    changes_routing: bool
    transfer_to: Unit | None
    reasons: tuple[Message, ...]


def current_threat(signed: ThreatAssessment | None,
                   received: Iterable[ThreatAssessment]) -> ThreatAssessment | None:
    """The case's current threat: the newest of the signed assessment's threat and the Police's
    threat assessments received since (``governing_threat``), or None when there is none.

    Guideline, "Ärendeprocess › Bedömning av kriterierna":
        «Hotbilsbedömning ska göras initialt för att avgöra vilken förvaltning inom
        socialtjänsten i Göteborgs stad som ska handlägga ärendet samt under avhopparärendets
        utredning av individens behov av skydd.»
    """
    found = [*received, *([signed] if signed is not None else [])]
    return governing_threat(found) if found else None


def reroute_on_threat(basis: RoutingBasis, handling_unit: Unit, before: RoutingOutcome | None,
                      previous: ThreatAssessment | None,
                      threat: ThreatAssessment) -> ThreatRerouting:
    """Route the case again under a new threat assessment, keeping everything else the signed
    assessment established, and propose the transfer when the case belongs elsewhere now.

    Guideline, "Ärendeprocess › Överflyttning av ett avhoppärende":
        «Under en avhoppäretredning kan det framkomma uppgifter som förändrar bedömningen av
        hotbild, vilket kan innebära att ärendet ska flyttas till en annan socialnämnd.»
    Guideline, "Ärendeprocess › Uppföljning":
        «Uppföljning av individens brottslighet och hotbild ska ske i samverkan med
        Polismyndigheten och ska göras regelbundet under pågående individinsatser»
    """
    routing = route(is_defector=basis.is_defector, belonging=basis.belonging,
                    threat_level=threat.level, protection_need=basis.protection_need,
                    special_circumstances=basis.special_circumstances)
    unit_before = before.unit if before is not None else handling_unit
    changes = routing.unit is not unit_before
    moves = transfer_target(handling_unit, routing)
    params = {
        "level_before": previous.level.names if previous is not None else "—",
        "level_after": threat.level.names,
        "unit_before": unit_before.names,
        "unit_after": routing.unit.names,
    }
    reasons = [message("threat_update_reroutes" if changes else "threat_update_same_routing",
                       **params)]
    if moves is not None:
        reasons.append(message("threat_update_propose_transfer", **params))
    return ThreatRerouting(threat, routing, changes, moves, tuple(reasons))
