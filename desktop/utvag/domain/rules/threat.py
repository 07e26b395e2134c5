"""Rules about the Police's threat assessments (guideline, section "Ärendeprocess")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from utvag.domain.errors import DomainError
from utvag.domain.messages import Message, message
from utvag.domain.threat import ThreatAssessment, ThreatLevel


def governing_threat(assessments: Iterable[ThreatAssessment]) -> ThreatAssessment:
    """The newest threat assessment governs; a case cannot be routed without one.

    On the same date a high level wins over a low one (the safer reading), then the reference
    decides, so the choice never depends on the order the assessments were stored in.

    Guideline, "Ärendeprocess › Bedömning av kriterierna":
        «Hotbilsbedömning ska göras initialt för att avgöra vilken förvaltning inom
        socialtjänsten i Göteborgs stad som ska handlägga ärendet samt under avhopparärendets
        utredning av individens behov av skydd.»
    Guideline, "Ärendeprocess › Överflyttning av ett avhoppärende":
        «Under en avhoppäretredning kan det framkomma uppgifter som förändrar bedömningen
        av hotbild»
    """
    ordered = sorted(
        assessments,
        key=lambda a: (a.assessed_on, a.level is ThreatLevel.HIGH, a.reference),
    )
    if not ordered:
        raise DomainError(
            "A threat assessment from the Police is required.",
            field="threat",
            rule="threat_assessment_required",
        )
    return ordered[-1]


def threat_review_warnings(threat: ThreatAssessment, today: date) -> tuple[Message, ...]:
    """Threat and criminality are followed up with the Police regularly: warn when no review date
    is set or the review is due.

    Guideline, "Ärendeprocess › Uppföljning":
        «Uppföljning av individens brottslighet och hotbild ska ske i samverkan med
        Polismyndigheten och ska göras regelbundet under pågående individinsatser samt efter
        fullföljd och avslutat avhoppärende.»
    """
    if threat.review_on is None:
        return (message("threat_review_missing"),)
    if threat.review_on <= today:
        return (message("threat_review_overdue", review_on=threat.review_on.isoformat()),)
    return ()
