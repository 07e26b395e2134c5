"""What an assessment says, as typed facts: the one place outside the evaluators that knows them.

Everything else in the application (the due items, statistics, transfers, consultations, legal
grounds, the case's tabs) reads :class:`AssessmentFacts`, never an answer's field id, so a field
renamed in a new form version is handled once, in its evaluator. The facts are read leniently:
stored answers (a signed assessment, an open draft, the answers given so far in the wizard) give
``None`` or ``False`` where they do not say, never an error. The evaluator of the form version
reads them (:func:`facts_of`), so an old assessment keeps the meaning it was signed with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from utvag.domain.assessment import AssessmentOutcome
from utvag.domain.checkpoints import (
    ConsultationOutcome,
    CustodySetting,
    FundingDecision,
    SeriousCrimeCheck,
)
from utvag.domain.consent import ConsentRecord
from utvag.domain.errors import DomainError
from utvag.domain.milieu import ExtremistMilieu, MilieuJudge, MilieuKind, NetworkCategory
from utvag.domain.protection import ProtectionNeed, Relocation
from utvag.domain.routing import SavDecision, SpecialCircumstances
from utvag.domain.threat import ThreatAssessment, ThreatLevel
from utvag.domain.units import Unit


@dataclass(frozen=True)
class ConsentFacts:
    """The consent to lift confidentiality as the answers record it. ``authorities`` are the
    recorded values (sorted); ``record`` is the domain's record when the answers make a whole
    one (a signed assessment's do)."""

    given: bool = False
    authorities: tuple[str, ...] = ()
    given_on: date | None = None
    form_reference: str | None = None
    record: ConsentRecord | None = None
    withdrawn: bool = False
    withdrawn_on: date | None = None
    withdrawn_by: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class SpecialCircumstancesFacts:
    """"Other special circumstances" put forward (``claimed`` None when not answered):
    ``record`` is None when the answers claim them without a whole record (a draft)."""

    claimed: bool | None = None
    sav_decision: SavDecision | None = None
    record: SpecialCircumstances | None = None

    @property
    def approved(self) -> bool:
        return self.claimed is True and self.sav_decision is SavDecision.APPROVED


@dataclass(frozen=True)
class StateFundingFacts:
    """The application for state funding: whether and when it was made, and the Police's
    decision on it once they have made one."""

    applied: bool = False
    applied_on: date | None = None
    police_decision: FundingDecision | None = None
    decided_on: date | None = None


@dataclass(frozen=True)
class MilieuFacts:
    """The milieu the person belongs to (its kind, and the category or milieu within it),
    and who judged which milieus exist."""

    kind: MilieuKind | None = None
    network_category: NetworkCategory | None = None
    extremist: ExtremistMilieu | None = None
    honour_perpetrator: bool | None = None
    judged_by: MilieuJudge | None = None


@dataclass(frozen=True, kw_only=True)
class MotivationFacts:
    """The insight and long-term motivation behind wanting to leave, and whether women's roles
    in the milieu were considered."""

    insight: bool | None = None
    long_term: bool | None = None
    womens_roles_considered: bool | None = None


@dataclass(frozen=True)
class ThreatFacts:
    """The Police's threat assessment: ``assessment`` when the answers hold a whole one (with
    its nature and reference), ``level`` and ``review_on`` as far as they are answered."""

    level: ThreatLevel | None = None
    review_on: date | None = None
    assessment: ThreatAssessment | None = None


@dataclass(frozen=True)
class ProtectionFacts:
    """The protection need, the relocation and any special circumstances put forward for
    treating the person as a special defector."""

    need: ProtectionNeed | None = None
    relocation: Relocation | None = None
    special_circumstances: SpecialCircumstancesFacts = field(
        default_factory=SpecialCircumstancesFacts)


@dataclass(frozen=True)
class CheckpointFacts:
    """The checkpoints: a suspected serious crime, custody, state funding and the Police's
    requirements (a witness in an ongoing case)."""

    serious_crime_suspected: bool | None = None
    custody_setting: CustodySetting | None = None
    state_funding: StateFundingFacts = field(default_factory=StateFundingFacts)
    witness_in_ongoing_case: bool | None = None
    serious_crime_outcome: ConsultationOutcome | None = None
    serious_crime_consulted_on: date | None = None

    @property
    def serious_crime(self) -> SeriousCrimeCheck:
        """The suspicion of serious crime and the judgement made with the Police, as the
        domain's check (a suspicion with an incomplete judgement reads as still pending)."""
        if not self.serious_crime_suspected:
            return SeriousCrimeCheck()
        try:
            return SeriousCrimeCheck(True, self.serious_crime_consulted_on,
                                     self.serious_crime_outcome)
        except DomainError:
            return SeriousCrimeCheck(True, None, ConsultationOutcome.PENDING)


@dataclass(frozen=True)
class MinorFacts:
    """The assessment of a minor (form version 2 on): the conversations with the young person
    and the guardians (and why none was held), the child's best interests and LVU."""

    talked_with_young_person: bool | None
    talked_with_guardians: bool | None
    no_conversation_reason: str | None = field(repr=False)
    best_interests: str | None = field(repr=False)
    lvu_considered: bool | None
    lvu_note: str | None = field(repr=False)


@dataclass(frozen=True)
class AssessmentFacts:
    """What an assessment says, typed and grouped as the form asks it. ``outcome`` is the
    evaluated outcome (criteria, route, relocation) when there is one; ``person_minor`` is the
    form's fact (None on version 1 or when the age is unknown) and ``minor`` the minor's part
    when the person is one."""

    belonging: Unit | None = None
    milieu: MilieuFacts = field(default_factory=MilieuFacts)
    motivation: MotivationFacts = field(default_factory=MotivationFacts)
    consent: ConsentFacts = field(default_factory=ConsentFacts)
    threat: ThreatFacts = field(default_factory=ThreatFacts)
    protection: ProtectionFacts = field(default_factory=ProtectionFacts)
    checkpoints: CheckpointFacts = field(default_factory=CheckpointFacts)
    person_minor: bool | None = None
    minor: MinorFacts | None = None
    outcome: AssessmentOutcome | None = None


NO_FACTS = AssessmentFacts()
