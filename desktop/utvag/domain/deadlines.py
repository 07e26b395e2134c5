"""What is due in a case, computed from its records and never typed twice.

The guideline's section "Uppföljning" asks that the caseworker «i individärendet följa upp om
individens behov tillgodoses med de beslutade insatserna» and that «Uppföljning av individens
brottslighet och hotbild ska ske i samverkan med Polismyndigheten och ska göras regelbundet under
pågående individinsatser samt efter fullföljd och avslutat avhoppärende». Seed 004 gives the
deadlines for a concern report about a child: «skyddsbedömning inom 24 timmar» and
«En förhandsbedömning ska sedan göras inom 14 dagar».

"Regelbundet" is not a number in the guideline. Utväg uses the following cadence, chosen so that
a Police threat assessment is never older than a quarter while interventions run, and so that the
first months after a completed case, when the risk of reprisals is highest, are covered:

* during the case: a follow-up with the Police every :data:`DURING_INTERVAL_MONTHS` months,
  counted from the first decided intervention or the latest follow-up, whichever is later;
* after a completed case: follow-ups :data:`AFTER_CLOSURE_MONTHS` months after closing.

Three clocks take their length from the organisation's policy (:class:`DueSettings`), since the
guideline names no number for them:

* a threat assessment asked of the Police is awaited from the day it was requested; the answer
  is expected within ``threat_answer_days`` (Utväg's default 14: the routing to a board waits on
  it, «Hotbilsbedömning ska göras initialt för att avgöra vilken förvaltning … som ska handlägga
  ärendet», so it should not wait longer than the preliminary assessment of a concern report);
* a defector case under investigation asks the Police for its threat assessment at the start
  («Hotbilsbedömning ska inhämtas från Polismyndigheten», «Hotbilsbedömning ska göras initialt för
  att avgöra vilken förvaltning … som ska handlägga ärendet», "Bedömning av kriterierna"): until
  a request is sent or a threat assessment recorded, the request is due ``initial_threat_days``
  after the day the case was opened (Utväg's default 7: "initialt" names no number; a week leaves
  the Police's answer, ``threat_answer_days``, within the first three weeks of the case). Only a
  defector case is covered: the rule is the defector process's, a high-risk case follows its own
  (with its own risk assessment) and a relative's case routes on the defector's case;
* a case opened during a prison sentence or closed youth care plans the transition with
  Kriminalvården or SiS (guideline, "Övriga aspekter": «Samverkan ska ske med Kriminalvården och
  Statens Institutionsstyrelse, SiS, så att bästa förutsättningar för avhopparen skapas i
  övergången mellan anstaltsvistelse/vårdtid och frigivning»): the planning is due
  ``release_planning_days`` before the expected release (default 60), and the release itself is
  due on the expected day until it is recorded or the day moves.

A case whose assessment (or a new threat assessment, or SAV's decision) routes it to another
board awaits its transfer; moving the application is the handling caseworker's («Handläggande
socialsekreterare ansvarar för att ansökan flyttas över till berörd socialnämnd», "Överflyttning
av ett avhoppärende"), due :data:`TRANSFER_AWAITED_DAYS` days after the case began waiting.

A suspicion of serious crime recorded in the signed assessment in force holds the investigation
until it is judged together with the Police whether continuing is appropriate («Om individen är
misstänkt för allvarlig brottslighet ska det i samverkan med Polismyndigheten göras en bedömning
om det är lämpligt att fortsätta avhoppäretredningen», "Övriga aspekter"): while that judgement is
pending, it is due :data:`SERIOUS_CRIME_JUDGEMENT_DAYS` days after the day the first signed
assessment of the pending stretch recorded the suspicion (Utväg's time: the guideline names none;
the same two weeks the Police are given by default to answer a request for a threat assessment,
``threat_answer_days``, since the judgement is made with them and nothing is decided meanwhile).

A signed assessment in force that ends the defector process — the person does not meet every
criterion («Samtliga ovanstående kriterier ska vara uppfyllda», "Kriterier för att bedömas som
avhoppare"), or the board and the Police judged that continuing is not appropriate ("Övriga
aspekter") — leaves only the closing of the case with that reason: it is due
:data:`CLOSE_AFTER_ENDING_DAYS` days after the day the first signed assessment saying so was
signed (Utväg's time: the guideline names none; two weeks to write and communicate the decision,
as for informing a relative), while the case is held at this board.

A district's assessment that leaves to SAV whether the defector is a special defector (a low
threat from the Police, but other special circumstances SAV has not judged, or a high protection
need: «Socialförvaltning Centrum genom samlad avhopparverksamhet (SAV) har det yttersta ansvaret
för att bedöma om avhopparen uppfyller dessa kriterier», "Ärendefördelning utifrån hotbild") has
SAV asked: due :data:`SAV_QUESTION_DAYS` days after the day the first signed assessment raising
it was signed (Utväg's time, the week given to ask the Police for the first threat assessment),
until a consultation asking SAV is sent or SAV's decision is recorded; SAV's answer then has the
consultation's own clock.

Each linked relative is informed about the support there is and gets a communication path to
the unit responsible for them («informera om stöd och hjälp som finns att få och upprätta
kommunikationsväg till ansvarig verksamhet för de anhöriga», "Utredning av ett
avhopparärende"): each is due :data:`RELATIVES_INFORMED_DAYS` days after the link until recorded.

Items are independent of the current time (only whether they are overdue depends on it), so a
case's next due item can be stored when its records change and read cheaply by the case list.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from utvag.domain.case_records import CaseStatus, CaseType
from utvag.domain.checkpoints import FundingDecision
from utvag.domain.custody import CustodyPeriod
from utvag.domain.follow_up_records import (
    ConcernReport,
    FollowUpPhase,
    FundingApplication,
    PoliceFollowUp,
)
from utvag.domain.interventions import Intervention
from utvag.domain.needs import NEED_FOLLOWUP_MONTHS
from utvag.domain.relatives import Relative
from utvag.domain.threat import ThreatLevel
from utvag.domain.threat_requests import PoliceThreatRecord

DURING_INTERVAL_MONTHS = 3
AFTER_CLOSURE_MONTHS = (6, 12)
PROTECTION_ASSESSMENT_WITHIN = timedelta(hours=24)
PRELIMINARY_ASSESSMENT_DAYS = 14
FUNDING_CHECK_DAYS = 30  # ask the Police about an undecided application after a month
# The application is moved to the board the case is routed to within a week (Utväg's time: the
# guideline names none, and a special defector's case waits at a district meanwhile).
TRANSFER_AWAITED_DAYS = 7
# The judgement made with the Police on a suspicion of serious crime (Utväg's time, see above).
SERIOUS_CRIME_JUDGEMENT_DAYS = 14
# Closing a case whose signed assessment ended the defector process (Utväg's time, see above).
CLOSE_AFTER_ENDING_DAYS = 14
# Asking SAV whether the person is a special defector (Utväg's time, see above).
SAV_QUESTION_DAYS = 7
RELATIVES_INFORMED_DAYS = 14
ENDING_NOTICE_DAYS = 30  # an ending intervention shows this long before its end
DEFAULT_HORIZON_DAYS = 14
# A case awaiting its transfer is still open here: it is held, and followed up, by this board
# until the receiving board has it (guideline, "Överflyttning av ett avhoppärende": «ska
# utredningen avslutas hos initierande socialtjänst» only when the handling moves over).
OPEN = (CaseStatus.INVESTIGATION, CaseStatus.DECIDED, CaseStatus.INTERVENTIONS,
        CaseStatus.AWAITING_TRANSFER)
# Closing reasons after which there is no "fullföljt och avslutat" case to follow up.
NO_AFTER_CARE = frozenset({"not_defector", "handling_transferred", "consent_withdrawn",
                           "declined_by_individual", "discontinued_after_police_consultation"})


class DueKind(StrEnum):
    THREAT_REVIEW = "threat_review"
    POLICE_FOLLOWUP_DURING = "police_followup_during"
    POLICE_FOLLOWUP_AFTER = "police_followup_after"
    INTERVENTION_ENDING = "intervention_ending"
    STATE_FUNDING_PENDING = "state_funding_pending"
    RELATIVE_NOT_INFORMED = "relative_not_informed"
    RELATIVE_CONTACT_PATH = "relative_contact_path"
    CONCERN_PROTECTION_ASSESSMENT = "concern_protection_assessment"
    CONCERN_PRELIMINARY_ASSESSMENT = "concern_preliminary_assessment"
    NEED_FOLLOWUP = "need_followup"
    CONCERN_FEEDBACK = "concern_feedback"
    THREAT_ASSESSMENT_AWAITED = "threat_assessment_awaited"
    THREAT_ASSESSMENT_TO_REQUEST = "threat_assessment_to_request"
    CUSTODY_TRANSITION_PLANNING = "custody_transition_planning"
    CUSTODY_RELEASE = "custody_release"
    CONSULTATION_ANSWER = "consultation_answer"
    TRANSFER_AWAITED = "transfer_awaited"
    SERIOUS_CRIME_JUDGEMENT = "serious_crime_judgement"
    CASE_TO_CLOSE = "case_to_close"
    SAV_JUDGEMENT_TO_ASK = "sav_judgement_to_ask"


CONCERN_KINDS = frozenset({DueKind.CONCERN_PROTECTION_ASSESSMENT,
                           DueKind.CONCERN_PRELIMINARY_ASSESSMENT, DueKind.CONCERN_FEEDBACK})


@dataclass(frozen=True)
class DueSettings:
    """The clock lengths the organisation's policy sets (``services/policy.py``)."""

    threat_answer_days: int = 14
    release_planning_days: int = 60
    initial_threat_days: int = 7


@dataclass(frozen=True)
class RecordedIntervention:
    intervention: Intervention
    record_id: int | None = None


@dataclass(frozen=True)
class LinkedRelative:
    relative: Relative
    linked_on: date
    record_id: int | None = None


@dataclass(frozen=True)
class NeedReview:
    """An intervention linked to at least one need, and its latest needs follow-up."""

    intervention_id: int
    last_followup_on: date | None = None


@dataclass(frozen=True)
class AwaitedAnswer:
    """A consultation sent to SAV and not answered yet: due ``days`` after it was sent (the
    policy's value, recorded when it was sent)."""

    sent_on: date
    days: int
    record_id: int | None = None


@dataclass(frozen=True)
class ThreatReview:
    """The threat level and review date of the signed assessment in force."""

    level: ThreatLevel | None
    review_on: date | None


@dataclass(frozen=True)
class ProcessEnded:
    """The signed assessment in force ended the defector process: the closing reason it gives
    (a ``ClosureReason`` code) and the local day the first assessment saying so was signed."""

    reason: str = field(repr=False)
    since: date = date.min


@dataclass(frozen=True)
class CaseFollowUp:
    """Everything the deadlines of one case are computed from."""

    case_id: int
    case_type: CaseType
    status: CaseStatus
    opened_on: date
    closed_on: date | None = None
    close_reason: str | None = None
    threat: ThreatReview | None = None
    interventions: tuple[RecordedIntervention, ...] = ()
    police_followups: tuple[PoliceFollowUp, ...] = ()
    relatives: tuple[LinkedRelative, ...] = ()
    concern_reports: tuple[ConcernReport, ...] = ()
    state_funding: tuple[FundingApplication, ...] = ()
    need_reviews: tuple[NeedReview, ...] = ()
    threat_records: tuple[PoliceThreatRecord, ...] = ()
    custody: tuple[CustodyPeriod, ...] = ()
    consultations: tuple[AwaitedAnswer, ...] = ()
    awaiting_transfer_since: date | None = None
    # The local day the signed assessments began recording a suspicion of serious crime whose
    # judgement with the Police is still pending (None when none is pending).
    serious_crime_pending_since: date | None = None
    process_ended: ProcessEnded | None = None
    # The local day the signed assessments began leaving SAV's judgement on a special defector
    # to be asked for, when SAV was not asked nor decided since.
    sav_question_since: date | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN


@dataclass(frozen=True)
class DueItem:
    """One thing to do. ``deadline`` is the instant after which it is overdue; ``due_on`` the
    last day it is on time (for the 24-hour protection assessment, the day the 24 hours end).
    ``case_id`` is None only for a concern report not (yet) linked to a case; for the concern
    kinds ``record_id`` is the concern report."""

    case_id: int | None
    kind: DueKind
    deadline: datetime
    due_on: date
    record_id: int | None = None
    subject: str | None = None

    def is_overdue(self, now: datetime) -> bool:
        return now > self.deadline

    def shows_from(self, horizon_days: int = DEFAULT_HORIZON_DAYS) -> datetime:
        """When the item enters a due list looking ``horizon_days`` ahead."""
        lead = ENDING_NOTICE_DAYS if self.kind is DueKind.INTERVENTION_ENDING else 0
        return self.deadline - timedelta(days=max(horizon_days, lead))

    def is_due(self, now: datetime, horizon_days: int = DEFAULT_HORIZON_DAYS) -> bool:
        return now >= self.shows_from(horizon_days)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it has fewer days."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def end_of_day(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(), tzinfo=tz)


def due_items(case: CaseFollowUp, tz: tzinfo = UTC,
              settings: DueSettings | None = None) -> tuple[DueItem, ...]:
    """Every open item of the case, earliest deadline first. Pure: no clock, no storage."""
    settings = settings or DueSettings()
    items: list[DueItem] = []

    def on(kind: DueKind, day: date, record_id: int | None = None,
           subject: str | None = None) -> None:
        items.append(DueItem(case.case_id, kind, end_of_day(day, tz), day, record_id, subject))

    if threat_unasked(case):
        on(DueKind.THREAT_ASSESSMENT_TO_REQUEST,
           case.opened_on + timedelta(days=settings.initial_threat_days))
    if case.is_open and case.threat is not None and case.threat.review_on is not None:
        on(DueKind.THREAT_REVIEW, case.threat.review_on)
    during = _police_during(case)
    if during is not None:
        on(DueKind.POLICE_FOLLOWUP_DURING, during)
    after = _police_after(case)
    if after is not None:
        on(DueKind.POLICE_FOLLOWUP_AFTER, after)
    if case.is_open:
        for rec in case.interventions:
            if _ending_unresolved(rec, case.interventions):
                assert rec.intervention.ends_on is not None
                on(DueKind.INTERVENTION_ENDING, rec.intervention.ends_on, rec.record_id,
                   rec.intervention.intervention_type)
        for rel in case.relatives:
            if rel.relative.informed_about_support_on is None:
                on(DueKind.RELATIVE_NOT_INFORMED,
                   rel.linked_on + timedelta(days=RELATIVES_INFORMED_DAYS), rel.record_id,
                   rel.relative.relation.value)
            if not (rel.relative.contact_path or "").strip():
                on(DueKind.RELATIVE_CONTACT_PATH,
                   rel.linked_on + timedelta(days=RELATIVES_INFORMED_DAYS), rel.record_id,
                   rel.relative.relation.value)
        reviews = {r.intervention_id: r for r in case.need_reviews}
        for rec in case.interventions:
            review = reviews.get(rec.record_id) if rec.record_id is not None else None
            day = None if review is None else need_followup_due(
                rec.intervention, review.last_followup_on)
            if day is not None:
                on(DueKind.NEED_FOLLOWUP, day, rec.record_id, rec.intervention.intervention_type)
    if case.status is CaseStatus.AWAITING_TRANSFER and case.awaiting_transfer_since is not None:
        on(DueKind.TRANSFER_AWAITED,
           case.awaiting_transfer_since + timedelta(days=TRANSFER_AWAITED_DAYS))
    if (case.case_type is CaseType.DEFECTOR and case.is_open and case.process_ended is None
            and case.serious_crime_pending_since is not None):
        on(DueKind.SERIOUS_CRIME_JUDGEMENT,
           case.serious_crime_pending_since + timedelta(days=SERIOUS_CRIME_JUDGEMENT_DAYS))
    ended = case.process_ended
    if (case.case_type is CaseType.DEFECTOR and ended is not None
            and case.status in (CaseStatus.INVESTIGATION, CaseStatus.DECIDED,
                                CaseStatus.INTERVENTIONS)):
        on(DueKind.CASE_TO_CLOSE, ended.since + timedelta(days=CLOSE_AFTER_ENDING_DAYS),
           subject=ended.reason)
    if (case.case_type is CaseType.DEFECTOR and ended is None
            and case.sav_question_since is not None
            and case.status in (CaseStatus.INVESTIGATION, CaseStatus.DECIDED,
                                CaseStatus.INTERVENTIONS)):
        on(DueKind.SAV_JUDGEMENT_TO_ASK,
           case.sav_question_since + timedelta(days=SAV_QUESTION_DAYS))
    for app in case.state_funding:
        if app.police_decision is FundingDecision.PENDING:
            on(DueKind.STATE_FUNDING_PENDING,
               app.applied_on + timedelta(days=FUNDING_CHECK_DAYS), app.record_id)
    for report in case.concern_reports:
        items.extend(concern_items(report, case.case_id, tz))
    if case.status not in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED):
        for record in case.threat_records:
            if record.awaiting and record.requested_on is not None:
                on(DueKind.THREAT_ASSESSMENT_AWAITED,
                   record.requested_on + timedelta(days=settings.threat_answer_days),
                   record.record_id, record.requested_from)
        for stay in case.custody:
            if stay.released:
                continue
            if stay.planning_held_on is None:
                on(DueKind.CUSTODY_TRANSITION_PLANNING, stay.expected_release_on
                   - timedelta(days=settings.release_planning_days), stay.record_id,
                   stay.kind.value)
            on(DueKind.CUSTODY_RELEASE, stay.expected_release_on, stay.record_id,
               stay.kind.value)
        for awaited in case.consultations:
            on(DueKind.CONSULTATION_ANSWER, awaited.sent_on + timedelta(days=awaited.days),
               awaited.record_id)
    return tuple(sorted(items, key=lambda i: (i.deadline, i.kind.value, i.record_id or 0)))


def next_due(case: CaseFollowUp, tz: tzinfo = UTC,
             settings: DueSettings | None = None) -> DueItem | None:
    found = due_items(case, tz, settings)
    return found[0] if found else None


def threat_unasked(case: CaseFollowUp) -> bool:
    """Whether a defector case under investigation has neither a threat assessment nor a
    request for one. Guideline, "Ärendeprocess › Bedömning av kriterierna": «Hotbilsbedömning
    ska inhämtas från Polismyndigheten.» and «Hotbilsbedömning ska göras initialt för att avgöra
    vilken förvaltning inom socialtjänsten i Göteborgs stad som ska handlägga ärendet»: the
    routing to a board waits on it. Once the case is decided (or awaits its transfer) the
    routing was made; a high-risk case and a relative's case are not routed by this rule."""
    if case.case_type is not CaseType.DEFECTOR or case.status is not CaseStatus.INVESTIGATION:
        return False
    if case.threat is not None and case.threat.level is not None:
        return False
    return not case.threat_records


def _police_during(case: CaseFollowUp) -> date | None:
    if case.case_type is not CaseType.DEFECTOR or not case.is_open or not case.interventions:
        return None
    anchor = min(r.intervention.decided_on for r in case.interventions)
    held = [f.held_on for f in case.police_followups if f.phase is FollowUpPhase.DURING]
    if held:
        anchor = max(anchor, max(held))
    return add_months(anchor, DURING_INTERVAL_MONTHS)


def _police_after(case: CaseFollowUp) -> date | None:
    if (case.case_type is not CaseType.DEFECTOR or case.status is not CaseStatus.CLOSED
            or case.closed_on is None or case.close_reason in NO_AFTER_CARE):
        return None
    done = sum(1 for f in case.police_followups
               if f.phase is FollowUpPhase.AFTER and f.held_on >= case.closed_on)
    if done >= len(AFTER_CLOSURE_MONTHS):
        return None
    return add_months(case.closed_on, AFTER_CLOSURE_MONTHS[done])


def _ending_unresolved(rec: RecordedIntervention,
                       all_recs: tuple[RecordedIntervention, ...]) -> bool:
    """An ending intervention stays due until a later decision (continuation or another
    intervention) is made within the notice period before its end or after it."""
    ends = rec.intervention.ends_on
    if ends is None:
        return False
    notice = ends - timedelta(days=ENDING_NOTICE_DAYS)
    return not any(
        other is not rec and other.intervention.decided_on > rec.intervention.decided_on
        and other.intervention.decided_on >= notice
        for other in all_recs)


def need_followup_due(intervention: Intervention, last_followup_on: date | None
                      ) -> date | None:
    """When the needs an intervention is meant to meet are next due for a follow-up:
    :data:`NEED_FOLLOWUP_MONTHS` months after the decision or the latest follow-up, or on the
    intervention's end date if that comes first; none once it was followed up on or after its
    end."""
    ends = intervention.ends_on
    if ends is not None and last_followup_on is not None and last_followup_on >= ends:
        return None
    anchor = max(intervention.decided_on, last_followup_on or intervention.decided_on)
    due = add_months(anchor, NEED_FOLLOWUP_MONTHS)
    return min(due, ends) if ends is not None and ends >= anchor else due


def concern_items(report: ConcernReport, case_id: int | None = None, tz: tzinfo = UTC
                  ) -> list[DueItem]:
    """The open steps of one concern report, with or without a case.

    * protection assessment: 24 hours from the recorded receipt, to the minute;
    * preliminary assessment: by the end of the 14th day after the day of receipt;
    * feedback, when the reporter asked for it: it is about how the report was handled, so it
      becomes due once the preliminary assessment is recorded, by the end of the same 14th day
      (or of the day of the preliminary assessment, when that came later). The seed names no
      deadline for feedback; this is Utväg's, so that a request is never forgotten.
    """
    found = []
    last_day = report.received_at.astimezone(tz).date() + timedelta(
        days=PRELIMINARY_ASSESSMENT_DAYS)
    if report.protection_assessed_at is None:
        deadline = report.received_at + PROTECTION_ASSESSMENT_WITHIN
        found.append(DueItem(case_id, DueKind.CONCERN_PROTECTION_ASSESSMENT, deadline,
                             deadline.astimezone(tz).date(), report.record_id))
    if report.preliminary_assessed_at is None:
        found.append(DueItem(case_id, DueKind.CONCERN_PRELIMINARY_ASSESSMENT,
                             end_of_day(last_day, tz), last_day, report.record_id))
    elif report.feedback_requested and report.feedback_given_at is None:
        day = max(last_day, report.preliminary_assessed_at.astimezone(tz).date())
        found.append(DueItem(case_id, DueKind.CONCERN_FEEDBACK, end_of_day(day, tz), day,
                             report.record_id))
    return found
