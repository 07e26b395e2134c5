"""Does the consent an assessment records let the case go where the assessment routes it?

The transfer export (``transfer.export.consent_status``) refuses a package unless the consent
names "other social services" (*annan socialtjänst*) or another legal ground is given. The
assessment routes a defector to the board of the district of belonging, or to SAV when the
threat is high or SAV approved special circumstances (guideline, "Ärendeprocess ›
Ärendefördelning utifrån hotbild"). When that board is not the one holding the case, the case
has to be transferred, so the consent step says so while the consent can still be completed.
"""

from __future__ import annotations

from dataclasses import dataclass

from utvag.domain.threat import ThreatLevel
from utvag.domain.units import Unit
from utvag.forms.facts import AssessmentFacts
from utvag.services.case_ref import case_of
from utvag.services.session import Session
from utvag.services.transfer.export import consent_status


@dataclass(frozen=True)
class ConsentRouteGap:
    """The case goes to ``route_to`` (not the unit holding it) and the consent does not cover
    that; ``certain`` is False while the threat is unassessed and SAV is only possible."""

    route_to: Unit
    certain: bool
    consent_given: bool


def expected_routes(facts: AssessmentFacts) -> list[tuple[Unit, bool]]:
    """The boards the answers so far can route the case to, each with whether it is settled."""
    threat = facts.threat.level
    special = facts.protection.special_circumstances.approved
    if threat is ThreatLevel.HIGH or (threat is ThreatLevel.LOW and special):
        return [(Unit.SAV, True)]
    routes: list[tuple[Unit, bool]] = []
    belonging = facts.belonging
    if belonging is not None and belonging.is_district:
        routes.append((belonging, threat is ThreatLevel.LOW))
    if threat is None:
        routes.append((Unit.SAV, False))  # a high threat, still to be assessed, means SAV
    return routes


def gap(facts: AssessmentFacts, owning_unit: str) -> ConsentRouteGap | None:
    """The first board the case may have to move to that the consent does not cover (``facts``
    of the answers so far)."""
    status = consent_status(facts.consent)
    if status["covers_recipient"]:
        return None
    for unit, certain in sorted(expected_routes(facts), key=lambda r: not r[1]):
        if unit.value != owning_unit:
            return ConsentRouteGap(unit, certain, status["given"] and not status["withdrawn"])
    return None


def owning_unit(session: Session, case_id: int) -> str:
    """The unit holding a case already opened (and its read audited) by the caller."""
    return case_of(session.vault.conn, case_id, open_only=False).owning_unit
