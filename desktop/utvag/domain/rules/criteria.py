"""The four criteria for being a defector (guideline, section "Ärendeprocess")."""

from __future__ import annotations

from datetime import date

from utvag.domain.consent import ConsentRecord
from utvag.domain.criteria import (
    CriteriaResult,
    CriterionAnswer,
    Motivation,
    WomensRolesConsideration,
)
from utvag.domain.evidence import Authority, authority_names
from utvag.domain.messages import Message, message
from utvag.domain.milieu import Milieu, MilieuKind
from utvag.domain.rules.milieu import describe_milieu, is_honour_context_defector
from utvag.domain.rules.result import RuleResult
from utvag.domain.threat import ThreatLevel


def is_defector(criteria: CriteriaResult) -> bool:
    """A person is a defector only when all four criteria hold.

    Guideline, "Ärendeprocess › Kriterier för att bedömas som avhoppare":
        «Samtliga ovanstående kriterier ska vara uppfyllda för att individen ska kunna vara en
        avhoppare.»
    """
    return criteria.all_met


def belongs_criterion(milieu: Milieu, answer: CriterionAnswer) -> RuleResult:
    """Criterion 1: the person belongs to a criminal network, violent-extremist milieu or honour
    context (and, for an honour context, as a perpetrator).

    Guideline, "Ärendeprocess › Kriterier för att bedömas som avhoppare":
        «tillhöra en kriminell gruppering/nätverk, våldsbejakande extremistisk miljö eller
        hederskontext,»
    Guideline, "Definitioner › Hederskontext":
        «Avhoppare från hederskontext avser en individ som utför hedersrelaterat våld och
        förtryck.»
    """
    if milieu.kind is MilieuKind.HONOUR_CONTEXT and not is_honour_context_defector(milieu):
        return RuleResult(
            False, (message("honour_context_not_perpetrator"), message("belongs_not_met"))
        )
    if not answer.answer:
        return RuleResult(False, (message("belongs_not_met"),))
    return RuleResult(True, (message("belongs_met", milieu=describe_milieu(milieu)),))


def belonging_source_warnings(answer: CriterionAnswer) -> tuple[Message, ...]:
    """Belonging is judged from the individual *and* cooperating authorities.

    Guideline, "Ärendeprocess › Bedömning av kriterierna":
        «Bedömning om individen tillhör någon av ovanstående nätverk/grupp/miljö ska göras genom
        att inhämta information från individen samt andra samverkande myndigheter som kan ha
        information om individen. Främst ska samverkan ske med Polismyndigheten och
        Kriminalvården.»
    """
    if answer.answer and not answer.authorities:
        return (message("belongs_without_authority_source"),)
    return ()


def wants_to_leave_criterion(
    answer: CriterionAnswer, motivation: Motivation, consent_given: bool
) -> RuleResult:
    """Criterion 2: the wish to leave, shown by the consent and by answers about motivation.

    Guideline, "Ärendeprocess › Bedömning av kriterierna":
        «Individens vilja att lämna någon av ovanstående nätverk/grupp/miljö visas dels genom att
        individen samtycker till att bryta sekretessen mellan myndigheter, dels genom svar på
        frågor kopplade till motivationen att göra en livsstilsförändring. Individen måste ha
        insikt om och motivation att aktivt arbeta för att på lång sikt leva ett liv utan
        kriminalitet.»
    """
    reasons: list[Message] = []
    if not answer.answer:
        reasons.append(message("wants_to_leave_not_stated"))
    if not consent_given:
        reasons.append(message("wish_without_consent"))
    if not motivation.has_insight:
        reasons.append(message("motivation_insight_missing"))
    if not motivation.long_term_motivation:
        reasons.append(message("motivation_long_term_missing"))
    if reasons:
        return RuleResult(False, tuple(reasons))
    return RuleResult(True, (message("wants_to_leave_met"),))


def needs_protection_criterion(answer: CriterionAnswer, threat_level: ThreatLevel) -> RuleResult:
    """Criterion 3: the need of society's support and/or protection, judged from the threat.

    Guideline, "Ärendeprocess › Bedömning av kriterierna":
        «Bedömning av behov av samhällets skydd ska göras utifrån en hotbilsbedömning.»
    and «Tillhör den potentiella avhopparen någon av ovanstående nätverk/grupp/miljö medföljer
    per automatik en hotbild, som kan vara låg eller hög.»
    A high threat always means a need of protection (see ``protection_contradictions``).
    """
    if answer.answer or threat_level is ThreatLevel.HIGH:
        return RuleResult(True, (message("needs_protection_met", level=threat_level.names),))
    return RuleResult(False, (message("needs_protection_not_met"),))


def involved_authorities(
    answers: tuple[CriterionAnswer, ...],
    milieu: Milieu,
    custody_authority: Authority | None = None,
) -> frozenset[Authority]:
    """The authorities whose information the assessment relies on, which the consent must cover.

    The Police are always involved, since the threat assessment comes from them; so are the
    authorities named as sources, and Kriminalvården or SiS while the person is in custody. The
    authority that judges which milieus exist (the Security Service for violent extremism) is
    not: that judgement is about the milieus, not an exchange of information about the
    individual. When the Security Service did give information about the person, it is named as
    a source and so is covered.

    Guideline, "Ärendeprocess › Bedömning av kriterierna":
        «Arbetet med avhoppare kräver samverkan med andra myndigheter. En förutsättning för
        möjligheten att utbyta information om individen är att individen lämnar sitt samtycke
        till att sekretessen mellan myndigheterna får brytas i syfte att hjälpa individen i en
        avhopparprocess.»
        «Hotbilsbedömning ska inhämtas från Polismyndigheten.»
    Guideline, "Definitioner › Våldsbejakande extremistisk miljö":
        «Vilka de våldsbejakande extremistiska miljöerna är kommer att variera över tid och
        bedöms av Säkerhetspolisen.»
    """
    del milieu  # which milieus exist is not information about the individual
    involved = {Authority.POLICE}
    for answer in answers:
        involved |= answer.authorities
    if custody_authority is not None:
        involved.add(custody_authority)
    return frozenset(involved)


def consent_criterion(
    consent: ConsentRecord | None, involved: frozenset[Authority], as_of: date
) -> RuleResult:
    """Criterion 4: consent to lift confidentiality, covering the authorities involved and not
    withdrawn.

    Guideline, "Ärendeprocess › Kriterier för att bedömas som avhoppare":
        «lämna sitt samtycke till att sekretessen mellan myndigheter hävs.»
    Guideline, "Definitioner › Avhoppare":
        «Individen lämnar sitt samtycke till att sekretessen mellan myndigheter hävs i syfte att
        hjälpa individen vidare i avhoppprocessen.»
    """
    if consent is None:
        return RuleResult(False, (message("consent_missing"),))
    if consent.is_withdrawn(as_of):
        withdrawn_on = consent.withdrawn_on.isoformat() if consent.withdrawn_on else ""
        return RuleResult(False, (message("consent_withdrawn", withdrawn_on=withdrawn_on),))
    missing = consent.missing(involved)
    if missing:
        return RuleResult(
            False, (message("consent_not_covering", missing=authority_names(missing)),)
        )
    return RuleResult(True, (message("consent_met"),))


def womens_roles_warnings(consideration: WomensRolesConsideration) -> tuple[Message, ...]:
    """Women's roles in the milieu must be given particular attention.

    Guideline, "Ärendeprocess › Kriterier för att bedömas som avhoppare":
        «Individens roll i dessa grupperingar kan variera och kvinnors roll ska särskilt
        beaktas.»
    """
    if consideration.considered:
        return ()
    return (message("womens_roles_not_considered"),)
