"""Protection and relocation (guideline, "Ärendeprocess › Utredning av ett avhopparärende")."""

from __future__ import annotations

from utvag.domain.errors import DomainError
from utvag.domain.messages import Message, message
from utvag.domain.protection import ProtectionNeed, Relocation
from utvag.domain.threat import ThreatLevel

_RELOCATION = {
    Relocation.AWAY: ("flytt bort från Göteborg", "relocation away from Gothenburg"),
    Relocation.WITHIN: ("flytt inom Göteborg", "relocation within Gothenburg"),
    Relocation.NONE: ("ingen flytt", "no relocation"),
    Relocation.TO_ASSESS: ("ännu inte bedömt", "not assessed yet"),
}


def effective_protection_need(
    threat_level: ThreatLevel, assessed: ProtectionNeed
) -> ProtectionNeed:
    """A high threat always means a high need of protection.

    Guideline, "Ärendeprocess › Utredning av ett avhopparärende":
        «En hög hotbild föranleder alltid behov av skydd genom flytt bort från Göteborg.»
    """
    return ProtectionNeed.HIGH if threat_level is ThreatLevel.HIGH else assessed


def required_relocation(threat_level: ThreatLevel, assessed: Relocation) -> Relocation:
    """High threat: always away from Gothenburg. Low threat: the caseworker's assessment, which
    may be within or away from the city, none, or still to assess.

    Guideline, "Ärendeprocess › Utredning av ett avhopparärende":
        «En hög hotbild föranleder alltid behov av skydd genom flytt bort från Göteborg. Behov
        av flytt inom eller från Göteborg kan finnas även vid låg hotbild. Behovet av flytt
        bedöms då utifrån stöd att komma bort från närmiljön för att lyckas med sitt avhopp.»
    """
    if threat_level is ThreatLevel.HIGH:
        return Relocation.AWAY
    return assessed


def relocation_reasons(
    threat_level: ThreatLevel, relocation: Relocation
) -> tuple[tuple[Message, ...], tuple[Message, ...]]:
    """``(reasons, warnings)`` for the relocation outcome of :func:`required_relocation`."""
    if threat_level is ThreatLevel.HIGH:
        return (message("relocation_high_threat_away"),), ()
    reason = message("relocation_low_threat_assessed", relocation=_RELOCATION[relocation])
    warnings = (message("relocation_to_assess"),) if relocation is Relocation.TO_ASSESS else ()
    return (reason,), warnings


def protection_contradictions(
    threat_level: ThreatLevel | None,
    protection_need: ProtectionNeed | None = None,
    relocation: Relocation | None = None,
    needs_protection_answer: bool | None = None,
) -> list[DomainError]:
    """Answers that contradict "a high threat always means protection by relocation away".

    Answers not given yet (None) are not checked, so a wizard can check as it goes.

    Guideline, "Ärendeprocess › Utredning av ett avhopparärende":
        «En hög hotbild föranleder alltid behov av skydd genom flytt bort från Göteborg.»
    """
    if threat_level is not ThreatLevel.HIGH:
        return []
    errors: list[DomainError] = []
    if protection_need is ProtectionNeed.LOW:
        errors.append(
            DomainError(
                "protection_need must be high when the threat level is high: a high threat "
                "always means a need of protection.",
                field="protection_need",
                rule="high_threat_high_protection_need",
            )
        )
    if needs_protection_answer is False:
        errors.append(
            DomainError(
                "needs_protection.answer must be yes when the threat level is high.",
                field="needs_protection.answer",
                rule="high_threat_needs_protection",
            )
        )
    if relocation is not None and relocation is not Relocation.AWAY:
        errors.append(
            DomainError(
                "relocation must be 'away' when the threat level is high: a high threat always "
                "means relocation away from Gothenburg.",
                field="relocation",
                rule="high_threat_relocation_away",
            )
        )
    return errors
