"""What is due and overdue, for the user and the unit, from one computation.

:func:`utvag.domain.deadlines.due_items` is the only place deadlines are computed. Each case's
earliest item is stored in ``case_due`` whenever its records change (triggers mark the case,
:func:`refresh` recomputes the marked ones), so the case list reads the next due date with the
page it shows and the overdue filter is an index range scan, even at 100 000 cases. Concern
reports not (yet) linked to a case have no case to store them on: the due list reads those with
an open step through their own partial index (``concern_report_open``).
"""

from __future__ import annotations

import json
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from utvag.domain.case_records import CaseStatus, CaseSummary, CaseType, ProtectedIdentity
from utvag.domain.checkpoints import FundingDecision
from utvag.domain.custody import CustodyKind, CustodyPeriod
from utvag.domain.deadlines import (
    CONCERN_KINDS,
    DEFAULT_HORIZON_DAYS,
    ENDING_NOTICE_DAYS,
    AwaitedAnswer,
    CaseFollowUp,
    DueItem,
    DueKind,
    DueSettings,
    LinkedRelative,
    NeedReview,
    ProcessEnded,
    RecordedIntervention,
    ThreatReview,
    concern_items,
    due_items,
)
from utvag.domain.follow_up_records import (
    ConcernReport,
    FollowUpOutcome,
    FollowUpPhase,
    FundingApplication,
    PoliceFollowUp,
)
from utvag.domain.interventions import Intervention, InterventionUrgency
from utvag.domain.relatives import Relation, Relative
from utvag.domain.rules import current_threat
from utvag.domain.threat import ThreatAssessment, ThreatLevel, ThreatNature
from utvag.domain.threat_requests import PoliceThreatRecord, ThreatSource
from utvag.forms.facts import NO_FACTS, AssessmentFacts
from utvag.services import process_end
from utvag.services.case_flow import local_day
from utvag.services.session import Session
from utvag.vault import (
    repo_audit,
    repo_cases,
    repo_concern,
    repo_consultations,
    repo_due,
    repo_followup,
    repo_needs,
)
from utvag.vault.database import Connection
from utvag.vault.vault import Vault

# One whole-vault refresh at a time per vault: a second one (the Due list's read while the
# catch-up after unlocking runs) waits for the first and then finds the work done, instead of
# computing the same cases again beside it.
_WHOLE_REFRESH: weakref.WeakKeyDictionary[Vault, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()


def _whole_refresh(vault: Vault) -> threading.Lock:
    with _LOCKS_GUARD:
        return _WHOLE_REFRESH.setdefault(vault, threading.Lock())


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def instant(value: datetime) -> str:
    """The stored form of an instant: UTC, seconds, so that text order is time order."""
    return value.astimezone(UTC).isoformat(timespec="seconds")


def _day(text: Any) -> date | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def load(conn: Connection, case_ids: Sequence[int]) -> dict[int, CaseFollowUp]:
    """The follow-up records of the given cases, a few queries for any number of cases."""
    ids = list(case_ids)
    cases = repo_cases.flow_facts(conn, ids)
    records: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for table in repo_followup.COLUMNS:
        grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in repo_followup.for_cases(conn, table, list(cases)):
            grouped[int(row["case_id"])].append(row)
        records[table] = grouped
    current = process_end.in_force(conn, list(cases))
    signed = {case_id: step.facts for case_id, step in current.items()}
    clocks = process_end.clocks(conn, current, {case_id: str(facts["unit"])
                                                for case_id, facts in cases.items()})
    reviews = _need_reviews(conn, list(cases))
    awaited: dict[int, list[AwaitedAnswer]] = defaultdict(list)
    for case_id, record_id, sent_at, days in repo_consultations.unanswered(conn, list(cases)):
        sent = _aware(sent_at)
        if sent is not None:
            awaited[case_id].append(AwaitedAnswer(sent.astimezone(local_zone()).date(), days,
                                                  record_id))
    waiting = _awaiting_since(conn, [case_id for case_id, facts in cases.items()
                                     if facts["status"] == CaseStatus.AWAITING_TRANSFER.value])
    return {case_id: replace(_follow_up(case_id, facts, records, signed.get(case_id, NO_FACTS)),
                             need_reviews=reviews.get(case_id, ()),
                             consultations=tuple(awaited[case_id]),
                             awaiting_transfer_since=waiting.get(case_id),
                             serious_crime_pending_since=clocks.judgement_pending.get(case_id),
                             process_ended=_ended(clocks.ended.get(case_id)),
                             sav_question_since=clocks.sav_to_ask.get(case_id))
            for case_id, facts in cases.items()}


def _ended(ending: process_end.ProcessEnding | None) -> ProcessEnded | None:
    return None if ending is None else ProcessEnded(ending.reason, ending.since)


def _awaiting_since(conn: Connection, case_ids: list[int]) -> dict[int, date]:
    """The local day each case awaiting its transfer began waiting (its status change)."""
    if not case_ids:
        return {}
    found = repo_audit.status_changed_at(conn, case_ids,
                                         CaseStatus.AWAITING_TRANSFER.value)
    return {case_id: stamp.astimezone(local_zone()).date()
            for case_id, at in found.items() if (stamp := _aware(at)) is not None}


def _need_reviews(conn: Connection, case_ids: list[int]) -> dict[int, tuple[NeedReview, ...]]:
    """Per case, each intervention linked to a need and its latest needs follow-up."""
    last: dict[int, date] = {}
    for row in repo_needs.for_cases(conn, "need_followup", case_ids):
        if row["intervention_id"] is not None:
            held = date.fromisoformat(row["held_on"])
            key = int(row["intervention_id"])
            last[key] = max(last.get(key, held), held)
    found: dict[int, dict[int, NeedReview]] = defaultdict(dict)
    for row in repo_needs.for_cases(conn, "need_intervention", case_ids):
        key = int(row["intervention_id"])
        found[int(row["case_id"])][key] = NeedReview(key, last.get(key))
    return {case_id: tuple(v.values()) for case_id, v in found.items()}


def threat_record(row: dict[str, Any]) -> PoliceThreatRecord:
    """A stored ``police_threat`` row as the domain's record."""
    answer = None
    if row["level"] is not None:
        answer = ThreatAssessment(ThreatLevel(row["level"]), ThreatNature(row["nature"]),
                                  date.fromisoformat(row["assessed_on"]), row["reference"],
                                  _day(row["review_on"]))
    return PoliceThreatRecord(ThreatSource(row["source"]), _day(row["requested_on"]),
                              row["requested_from"], answer, _day(row["received_on"]),
                              row["followup_id"], row["id"])


def custody_record(row: dict[str, Any]) -> CustodyPeriod:
    return CustodyPeriod(CustodyKind(row["kind"]), row["institution"],
                         date.fromisoformat(row["expected_release_on"]), _day(row["starts_on"]),
                         _day(row["planning_held_on"]), _day(row["released_on"]), row["id"])


def _current_review(signed: AssessmentFacts, threats: tuple[PoliceThreatRecord, ...]
                    ) -> ThreatReview:
    """The level and review date of the case's current threat: the newest of the signed
    assessment's and the Police's threat assessments received since."""
    received = [r.answer for r in threats if r.answer is not None]
    current = current_threat(signed.threat.assessment, received)
    if current is None:
        return ThreatReview(signed.threat.level, signed.threat.review_on)
    return ThreatReview(current.level, current.review_on)


def _follow_up(case_id: int, facts: dict[str, Any],
               records: dict[str, dict[int, list[dict[str, Any]]]],
               signed: AssessmentFacts) -> CaseFollowUp:
    threats = tuple(threat_record(r) for r in records["police_threat"][case_id])
    threat = _current_review(signed, threats)
    funding = [FundingApplication(
        date.fromisoformat(r["applied_on"]), FundingDecision(r["police_decision"]),
        _day(r["decided_on"]), r["id"]) for r in records["state_funding"][case_id]]
    said = signed.checkpoints.state_funding
    applied = said.applied_on
    if said.applied and applied is not None and all(f.applied_on != applied for f in funding):
        decision, decided = said.police_decision, said.decided_on
        if decision in (FundingDecision.GRANTED, FundingDecision.REFUSED) and decided is not None:
            funding.append(FundingApplication(applied, decision, decided))
        else:
            funding.append(FundingApplication(applied))
    return CaseFollowUp(
        case_id=case_id, case_type=CaseType(facts["type"]), status=CaseStatus(facts["status"]),
        opened_on=local_day(facts["opened"]) or date.min, closed_on=_day(facts["closed"]),
        close_reason=facts["reason"], threat=threat,
        interventions=tuple(RecordedIntervention(Intervention(
            r["intervention_type"], InterventionUrgency(r["urgency"]),
            date.fromisoformat(r["decided_on"]), _day(r["starts_on"]), _day(r["ends_on"])),
            r["id"]) for r in records["intervention"][case_id]),
        police_followups=tuple(PoliceFollowUp(
            date.fromisoformat(r["held_on"]), FollowUpPhase(r["phase"]),
            FollowUpOutcome(r["outcome"]), r["id"]) for r in records["police_followup"][case_id]),
        relatives=tuple(LinkedRelative(Relative(
            str(r["person_id"]), Relation(r["relation"]), _day(r["informed_about_support_on"]),
            None, r["contact_path"]), date.fromisoformat(r["linked_on"]), r["id"])
            for r in records["relative_link"][case_id]),
        concern_reports=tuple(clock_record(r) for r in records["concern_report"][case_id]),
        state_funding=tuple(funding),
        threat_records=threats,
        custody=tuple(custody_record(r) for r in records["custody_period"][case_id]),
    )


def _aware(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) and text else None


def clock_record(row: dict[str, Any]) -> ConcernReport:
    """What the clocks of a stored concern report are computed from."""
    received = _aware(row["received_at"])
    assert received is not None
    return ConcernReport(received, _aware(row["protection_assessed_at"]),
                         _aware(row["preliminary_assessed_at"]), int(row["id"]),
                         bool(row.get("feedback_requested")), _aware(row.get("feedback_given_at")))


def stale_count(session: Session) -> int:
    """How many cases are marked for their next due item to be recomputed."""
    return repo_due.stale_count(session.vault.conn)


def waiting(session: Session) -> int:
    """How many cases wait for their next due item to be worked out: those marked as changed,
    or every case when the policy's clock lengths are not those the stored items were computed
    with. Many only after a large import, an upgrade or a policy change (the app then works
    them out once, with progress, right after unlocking); while any wait, the stored items are
    not the whole answer."""
    conn = session.vault.conn
    if repo_due.settings_used(conn) != _settings_text(session.policy.due_settings()):
        return repo_cases.count_cases(conn)
    return repo_due.stale_count(conn)


def catching_up(session: Session) -> bool:
    """Whether a refresh of every marked case is under way for this vault (in another thread)."""
    return _whole_refresh(session.vault).locked()


def refresh(session: Session, tz: tzinfo | None = None, among: Sequence[int] | None = None,
            progress: Callable[[int, int], None] | None = None, chunk: int = 2_000) -> int:
    """Recompute the next due item of every case marked as changed (of ``among`` only, when
    given: a page of the case list need not wait for the whole vault, and its few cases are
    all the work, so the GUI thread may ask; under a changed policy they are all worked out
    again, and the rest of the vault by the next whole refresh, which :func:`waiting` asks
    for); return how many.
    ``progress(done, total)`` is called between batches of ``chunk`` cases, each committed on
    its own, so a progress callback that raises stops the work with what was done kept (and
    one that pauses lets other threads in). Refreshes of the whole vault run one at a time."""
    if among is not None:
        return _refresh(session, tz, among, progress, chunk)
    with _whole_refresh(session.vault):
        return _refresh(session, tz, None, progress, chunk)


def _refresh(session: Session, tz: tzinfo | None, among: Sequence[int] | None,
             progress: Callable[[int, int], None] | None, chunk: int) -> int:
    zone = tz or local_zone()
    vault = session.vault
    settings = session.policy.due_settings()
    # A page's few cases do not mark the whole vault (the GUI thread asks for them): under
    # clock lengths not yet followed, each of them is worked out again, changed or not.
    every = False
    if among is None:
        _follow_settings(session, settings)
    else:
        every = repo_due.settings_used(vault.conn) != _settings_text(settings)
    done = 0
    total = stale_count(session) if progress is not None else 0
    while True:
        if progress is not None:
            progress(done, total)
        ids = (list(among or ())[:chunk] if every
               else repo_due.stale_ids(vault.conn, limit=chunk, among=among))
        if not ids:
            return done
        loaded = load(vault.conn, ids)
        rows: list[tuple[int, str | None, str | None, str | None]] = []
        for case_id in ids:
            record = loaded.get(case_id)
            if record is None:
                rows.append((case_id, None, None, None))
                continue
            items = due_items(record, zone, settings)
            level = record.threat.level.value if record.threat and record.threat.level else None
            rows.append((case_id, instant(items[0].deadline) if items else None,
                         items[0].kind.value if items else None, level))
        with vault.transaction() as conn:
            repo_due.store(conn, rows)
        done += len(ids)
        if among is not None:
            return done


def _settings_text(settings: DueSettings) -> str:
    """Every field of ``DueSettings`` counts, in its order, so a clock length added there is
    followed without being named here; so do the kinds of item, so that a new kind (whose clock
    may be Utväg's own, with no setting) reaches the stored items of cases that did not change."""
    return json.dumps([*(getattr(settings, field.name) for field in fields(settings)),
                       [kind.value for kind in DueKind]])


def _follow_settings(session: Session, settings: DueSettings) -> None:
    """Recompute every case when the policy's clock lengths differ from those the stored items
    were computed with (a changed policy takes effect at once, not only for changed cases)."""
    text = _settings_text(settings)
    if repo_due.settings_used(session.vault.conn) != text:
        with session.vault.transaction() as conn:
            repo_due.mark_all(conn, text)


@dataclass(frozen=True)
class DueRow:
    """One line of the due list: the item and what the list may show of its case. A concern
    report without a case has no case number (``""``); its ``item.record_id`` is the report."""

    item: DueItem
    case_number: str
    caseworker: str
    owning_unit: str
    protected: bool
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.item.case_id, "case_number": self.case_number or None,
                "concern_report_id": self.item.record_id
                if self.item.kind in CONCERN_KINDS else None,
                "kind": self.item.kind.value, "due_on": self.item.due_on.isoformat(),
                "deadline": instant(self.item.deadline), "overdue": self.overdue,
                "record_id": self.item.record_id, "caseworker": self.caseworker,
                "unit": self.owning_unit}


def due_list(session: Session, now: datetime, *, scope: str = "mine",
             horizon_days: int = DEFAULT_HORIZON_DAYS, tz: tzinfo | None = None
             ) -> list[DueRow]:
    """Items due within ``horizon_days`` and every overdue one; ``scope`` is ``mine`` (cases
    where the user is the caseworker) or ``unit`` (every case of the vault's unit)."""
    zone = tz or local_zone()
    refresh(session, zone)
    conn = session.vault.conn
    look_ahead = now + timedelta(days=max(horizon_days, ENDING_NOTICE_DAYS))
    ids = repo_due.due_before(
        conn, instant(look_ahead), unit=session.vault.unit,
        caseworker=session.vault.actor if scope == "mine" else None)
    loaded = load(conn, ids)
    facts = repo_cases.labels(conn, list(ids))
    rows = []
    settings = session.policy.due_settings()
    for case_id in ids:
        for item in due_items(loaded[case_id], zone, settings):
            if item.is_due(now, horizon_days):
                number, worker, unit, protected = facts[case_id]
                rows.append(DueRow(item, number, worker, unit,
                                   protected != ProtectedIdentity.NONE.value,
                                   item.is_overdue(now)))
    for report in repo_concern.open_unlinked(
            conn, unit=session.vault.unit,
            caseworker=session.vault.actor if scope == "mine" else None):
        for item in concern_items(clock_record(report), None, zone):
            if item.is_due(now, horizon_days):
                rows.append(DueRow(item, "", report["caseworker"], report["owning_unit"],
                                   report["child_protected_identity"]
                                   != ProtectedIdentity.NONE.value, item.is_overdue(now)))
    return sorted(rows, key=lambda r: (r.item.deadline, r.case_number))


def next_due_for(session: Session, case_ids: Sequence[int]
                 ) -> dict[int, tuple[datetime | None, str | None, str | None]]:
    """(next deadline, its kind, threat level) for a page of the case list: one query."""
    refresh(session, among=case_ids)
    stored = repo_due.for_cases(session.vault.conn, case_ids)
    return {case_id: (_aware(value[0]), value[1], value[2])
            for case_id, value in stored.items()}


def stored_due_for(session: Session, case_ids: Sequence[int]
                   ) -> tuple[dict[int, tuple[datetime | None, str | None, str | None]],
                              set[int]]:
    """What :func:`next_due_for` gives, as stored, without working anything out (so the GUI
    thread may ask before its first paint), and the cases whose stored item is not to be
    trusted yet: marked as changed, or all of them under clock lengths not yet followed.
    Those must be shown as not yet known until :func:`next_due_for` has worked them out."""
    conn = session.vault.conn
    if repo_due.settings_used(conn) != _settings_text(session.policy.due_settings()):
        unknown = set(case_ids)
    else:
        unknown = set(repo_due.stale_ids(conn, limit=len(case_ids), among=case_ids))
    stored = repo_due.for_cases(conn, case_ids)
    return ({case_id: (_aware(value[0]), value[1], value[2])
             for case_id, value in stored.items() if case_id not in unknown}, unknown)


def overdue_ids(session: Session, now: datetime) -> list[int]:
    refresh(session)
    return repo_due.due_before(session.vault.conn, instant(now))


def overdue_listed(session: Session, case_id: int, now: datetime, *,
                   case_type: str | None = None, status: str | None = None,
                   text: str | None = None) -> bool | None:
    """Whether :func:`overdue_cases` with these filters lists the case, on whichever page, in
    one query; None while cases wait for their due items (the list is not known yet)."""
    if waiting(session):
        return None
    return repo_due.overdue_listed(session.vault.conn, case_id, instant(now),
                                   case_type=case_type, status=status, text=text)


def overdue_cases(session: Session, now: datetime, *, case_type: str | None = None,
                  status: str | None = None, text: str | None = None, limit: int = 100,
                  offset: int = 0) -> list[CaseSummary] | None:
    """A page of the case list's "Overdue" filter, from the stored next-due items; None while
    cases wait for theirs to be worked out (:func:`waiting`), when the stored items would give
    a wrong list. It computes nothing itself, so the GUI thread may call it: the waiting cases
    are worked out with :func:`refresh` in the background."""
    if waiting(session):
        return None
    return repo_due.overdue_summaries(session.vault.conn, instant(now), case_type=case_type,
                                      status=status, text=text, limit=limit, offset=offset)
