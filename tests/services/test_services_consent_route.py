"""The consent step's check uses the transfer's own rule on where the answers route the case."""

from __future__ import annotations

from typing import Any

from utvag.domain.units import Unit
from utvag.forms.evaluation import facts_of
from utvag.services import consent_route
from utvag.services.assessment import definition
from utvag.services.consent_route import ConsentRouteGap

CONSENT = {"consent_given": True, "consent_authorities": ["police"], "consent_withdrawn": False}


def answers(**more: Any) -> dict[str, Any]:
    return {**CONSENT, "belonging": "Hisingen", **more}


def gap(given: dict[str, Any], owning_unit: str) -> ConsentRouteGap | None:
    """The check on the facts of the answers given so far (as the wizard's consent step)."""
    return consent_route.gap(facts_of(definition(), given), owning_unit)


def test_a_high_threat_goes_to_sav_and_needs_other_social_services() -> None:
    assert gap(answers(threat_level="high"), "Hisingen") == ConsentRouteGap(Unit.SAV, True, True)
    covered = answers(threat_level="high", consent_authorities=["police",
                                                                "other_social_services"])
    assert gap(covered, "Hisingen") is None


def test_a_low_threat_stays_in_the_district_of_belonging() -> None:
    assert gap(answers(threat_level="low"), "Hisingen") is None
    assert gap(answers(threat_level="low"), "Centrum") == ConsentRouteGap(Unit.HISINGEN, True,
                                                                          True)
    approved = answers(threat_level="low", special_circumstances=True,
                       special_circumstances_sav_decision="approved")
    assert gap(approved, "Hisingen") == ConsentRouteGap(Unit.SAV, True, True)


def test_before_the_threat_is_assessed_the_possible_moves_are_named() -> None:
    assert gap(answers(), "Hisingen") == ConsentRouteGap(Unit.SAV, False, True)
    # A case SAV holds goes to the district unless the threat turns out high.
    assert gap(answers(), "SAV") == ConsentRouteGap(Unit.HISINGEN, False, True)


def test_a_withdrawn_or_missing_consent_is_no_consent() -> None:
    withdrawn = answers(threat_level="high", consent_withdrawn=True,
                        consent_authorities=["other_social_services"])
    assert gap(withdrawn, "Hisingen") == ConsentRouteGap(Unit.SAV, True, False)
    assert gap({"belonging": "Nordost", "consent_given": False, "threat_level": "low"},
               "Centrum") == ConsentRouteGap(Unit.NORDOST, True, False)
