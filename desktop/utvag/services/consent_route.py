"""Does the consent in an assessment's answers let the case go where the assessment routes it?

The transfer export (``transfer_export.consent_status``) refuses a package unless the consent
names "other social services" (*annan socialtjänst*) or another legal ground is given. The
assessment routes a defector to the board of the district of belonging, or to SAV when the
threat is high or SAV approved special circumstances (guideline, "Ärendeprocess ›
Ärendefördelning utifrån hotbild"). When that board is not the one holding the case, the case
has to be transferred, so the consent step says so while the consent can still be completed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from utvag.domain.units import Unit
from utvag.errors import NotFoundError
from utvag.services.session import Session
from utvag.services.transfer_export import consent_status
from utvag.vault import repo_cases


@dataclass(frozen=True)
class ConsentRouteGap:
    """The case goes to ``route_to`` (not the unit holding it) and the consent does not cover
    that; ``certain`` is False while the threat is unassessed and SAV is only possible."""

    route_to: Unit
    certain: bool
    consent_given: bool


def expected_routes(answers: Mapping[str, Any]) -> list[tuple[Unit, bool]]:
    """The boards the answers so far can route the case to, each with whether it is settled."""
    threat = answers.get("threat_level")
    special = (answers.get("special_circumstances") is True
               and answers.get("special_circumstances_sav_decision") == "approved")
    if threat == "high" or (threat == "low" and special):
        return [(Unit.SAV, True)]
    routes: list[tuple[Unit, bool]] = []
    belonging = answers.get("belonging")
    if belonging in {u.value for u in Unit if u.is_district}:
        routes.append((Unit(belonging), threat == "low"))
    if threat is None:
        routes.append((Unit.SAV, False))  # a high threat, still to be assessed, means SAV
    return routes


def gap(answers: Mapping[str, Any], owning_unit: str) -> ConsentRouteGap | None:
    """The first board the case may have to move to that the consent does not cover."""
    status = consent_status(dict(answers))
    if status["covers_recipient"]:
        return None
    for unit, certain in sorted(expected_routes(answers), key=lambda r: not r[1]):
        if unit.value != owning_unit:
            return ConsentRouteGap(unit, certain, status["given"] and not status["withdrawn"])
    return None


def owning_unit(session: Session, case_id: int) -> str:
    """The unit holding a case already opened (and its read audited) by the caller."""
    case = repo_cases.get_case(session.vault.conn, case_id)
    if case is None:
        raise NotFoundError(f"There is no case with id {case_id}.")
    return case.owning_unit
