"""What is due and overdue, for the user and the unit, from one computation.

:func:`utvag.domain.deadlines.due_items` is the only place deadlines are computed. Each case's
earliest item is stored in ``case_due`` whenever its records change (triggers mark the case,
:func:`refresh` recomputes the marked ones), so the case list reads the next due date with the
page it shows and the overdue filter is an index range scan, even at 100 000 cases.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from utvag.domain.case_records import CaseStatus, CaseSummary, CaseType, ProtectedIdentity
from utvag.domain.checkpoints import FundingDecision
from utvag.domain.deadlines import (
    DEFAULT_HORIZON_DAYS,
    ENDING_NOTICE_DAYS,
    CaseFollowUp,
    DueItem,
    LinkedRelative,
    RecordedIntervention,
    ThreatReview,
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
from utvag.domain.threat import ThreatLevel
from utvag.services.session import Session
from utvag.vault import repo_due, repo_followup
from utvag.vault.database import Connection


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


def _signed_answers(conn: Connection, case_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(case_ids), 500):
        chunk = list(case_ids[start:start + 500])
        rows = conn.execute(
            "SELECT case_id, answers FROM assessment WHERE state = 'signed'"
            f" AND superseded_by IS NULL AND case_id IN ({', '.join('?' * len(chunk))})"
            " ORDER BY id", chunk).fetchall()
        for case_id, answers in rows:
            try:
                data = json.loads(answers)
            except ValueError:
                continue
            if isinstance(data, dict):
                found[int(case_id)] = data
    return found


def load(conn: Connection, case_ids: Sequence[int]) -> dict[int, CaseFollowUp]:
    """The follow-up records of the given cases, a few queries for any number of cases."""
    ids = list(case_ids)
    cases: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in conn.execute(
                "SELECT id, type, status, opened_at, closed_at, close_reason FROM case_record"
                f" WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            cases[int(row[0])] = {"type": row[1], "status": row[2], "opened": row[3],
                                  "closed": row[4], "reason": row[5]}
    records: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for table in repo_followup.COLUMNS:
        grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in repo_followup.for_cases(conn, table, list(cases)):
            grouped[int(row["case_id"])].append(row)
        records[table] = grouped
    answers = _signed_answers(conn, list(cases))
    return {case_id: _follow_up(case_id, facts, records, answers.get(case_id, {}))
            for case_id, facts in cases.items()}


def _follow_up(case_id: int, facts: dict[str, Any],
               records: dict[str, dict[int, list[dict[str, Any]]]],
               answers: dict[str, Any]) -> CaseFollowUp:
    level = answers.get("threat_level")
    threat = ThreatReview(ThreatLevel(level) if level in ("low", "high") else None,
                          _day(answers.get("threat_review_on")))
    funding = [FundingApplication(
        date.fromisoformat(r["applied_on"]), FundingDecision(r["police_decision"]),
        _day(r["decided_on"]), r["id"]) for r in records["state_funding"][case_id]]
    applied = _day(answers.get("state_funding_applied_on"))
    if answers.get("state_funding_applied") is True and applied is not None and all(
            f.applied_on != applied for f in funding):
        decision = answers.get("state_funding_police_decision")
        decided = _day(answers.get("state_funding_decided_on"))
        if decision in ("granted", "refused") and decided is not None:
            funding.append(FundingApplication(applied, FundingDecision(decision), decided))
        else:
            funding.append(FundingApplication(applied))
    return CaseFollowUp(
        case_id=case_id, case_type=CaseType(facts["type"]), status=CaseStatus(facts["status"]),
        opened_on=_day(facts["opened"]) or date.min, closed_on=_day(facts["closed"]),
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
            None, None), date.fromisoformat(r["linked_on"]), r["id"])
            for r in records["relative_link"][case_id]),
        concern_reports=tuple(ConcernReport(
            datetime.fromisoformat(r["received_at"]),
            _aware(r["protection_assessed_at"]), _aware(r["preliminary_assessed_at"]), r["id"])
            for r in records["concern_report"][case_id]),
        state_funding=tuple(funding),
    )


def _aware(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) and text else None


def stale_count(session: Session) -> int:
    """How many cases wait for their next due item to be recomputed (many only after a large
    import or an upgrade; the app then does it once, with progress, right after unlocking)."""
    return repo_due.stale_count(session.vault.conn)


def refresh(session: Session, tz: tzinfo | None = None, among: Sequence[int] | None = None,
            progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute the next due item of every case marked as changed (of ``among`` only, when
    given: a page of the case list need not wait for the whole vault); return how many.
    ``progress(done, total)`` is called between batches, each committed on its own, so a
    progress callback that raises stops the work with what was done kept."""
    zone = tz or local_zone()
    vault = session.vault
    done = 0
    total = stale_count(session) if progress is not None else 0
    while True:
        if progress is not None:
            progress(done, total)
        ids = repo_due.stale_ids(vault.conn, among=among)
        if not ids:
            return done
        loaded = load(vault.conn, ids)
        rows: list[tuple[int, str | None, str | None, str | None]] = []
        for case_id in ids:
            record = loaded.get(case_id)
            if record is None:
                rows.append((case_id, None, None, None))
                continue
            items = due_items(record, zone)
            level = record.threat.level.value if record.threat and record.threat.level else None
            rows.append((case_id, instant(items[0].deadline) if items else None,
                         items[0].kind.value if items else None, level))
        with vault.transaction() as conn:
            repo_due.store(conn, rows)
        done += len(ids)
        if among is not None:
            return done


@dataclass(frozen=True)
class DueRow:
    """One line of the due list: the item and what the list may show of its case."""

    item: DueItem
    case_number: str
    caseworker: str
    owning_unit: str
    protected: bool
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.item.case_id, "case_number": self.case_number,
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
    facts = {int(r[0]): r[1:] for r in conn.execute(
        "SELECT c.id, c.case_number, c.caseworker, c.owning_unit, p.protected_identity"
        " FROM case_record c JOIN person p ON p.id = c.person_id"
        f" WHERE c.id IN ({', '.join('?' * len(ids))})", ids)} if ids else {}
    rows = []
    for case_id in ids:
        for item in due_items(loaded[case_id], zone):
            if item.is_due(now, horizon_days):
                number, worker, unit, protected = facts[case_id]
                rows.append(DueRow(item, number, worker, unit,
                                   protected != ProtectedIdentity.NONE.value,
                                   item.is_overdue(now)))
    return sorted(rows, key=lambda r: (r.item.deadline, r.case_number))


def next_due_for(session: Session, case_ids: Sequence[int]
                 ) -> dict[int, tuple[datetime | None, str | None, str | None]]:
    """(next deadline, its kind, threat level) for a page of the case list: one query."""
    refresh(session, among=case_ids)
    stored = repo_due.for_cases(session.vault.conn, case_ids)
    return {case_id: (_aware(value[0]), value[1], value[2])
            for case_id, value in stored.items()}


def overdue_ids(session: Session, now: datetime) -> list[int]:
    refresh(session)
    return repo_due.due_before(session.vault.conn, instant(now))


def overdue_cases(session: Session, now: datetime, *, case_type: str | None = None,
                  status: str | None = None, text: str | None = None, limit: int = 100,
                  offset: int = 0) -> list[CaseSummary]:
    """A page of the case list's "Overdue" filter, from the stored next-due items."""
    refresh(session)
    return repo_due.overdue_summaries(session.vault.conn, instant(now), case_type=case_type,
                                      status=status, text=text, limit=limit, offset=offset)
