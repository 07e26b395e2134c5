"""Concern reports (*orosanmälan*) about a child, with or before a case (seed 004).

A report names its child (a person of the vault: an existing one, the person of a case, or a
new one; a child whose identity number is already in the vault is the same person), the kind of
reporter, whether the reporter asked for feedback, and then the protection assessment (within
24 hours), the preliminary assessment (within 14 days), the feedback given and the
conversations held. It belongs to the unit and caseworker who recorded it until it is linked to
a case; from then on the case's unit and caseworker see it. The clocks are computed by
:func:`utvag.domain.deadlines.concern_items` from the recorded times.

Each change writes an audit row naming only the report (never its content) in the same
transaction; reading one report is audited too, and revealing a protected child's identity is
logged as ``identity.reveal``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from utvag.domain.case_records import ProtectedIdentity
from utvag.domain.concern_reports import (
    Conversation,
    Participant,
    PreliminaryAssessment,
    PreliminaryOutcome,
    ProtectionAssessment,
    ProtectionOutcome,
    ReporterType,
    check_feedback,
)
from utvag.domain.deadlines import concern_items
from utvag.domain.errors import DomainError
from utvag.domain.identity import is_protected, mask_person
from utvag.errors import NotFoundError, RefusedError
from utvag.services.case_ref import case_changed, case_of, maybe_case_changed
from utvag.services.cases import validate_new_case
from utvag.services.due import clock_record, local_zone
from utvag.services.followup import parse_day, parse_instant
from utvag.services.inputs import domain, from_domain, known
from utvag.services.inputs import invalid as _invalid  # the name tools/i18n.py collects
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_cases, repo_concern
from utvag.vault.audit import now_utc


def _choice(enum: Any, value: object, field: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        raise _invalid(field, "must be one of " + ", ".join(e.value for e in enum),
                       "required" if value in (None, "") else "invalid") from None


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat(timespec="seconds")


def _open_case(session: Session, case_id: int) -> Any:
    return case_of(session.vault.conn, case_id, open_only=True)


def _report(session: Session, report_id: int) -> dict[str, Any]:
    row = repo_concern.get(session.vault.conn, report_id)
    if row is None:
        raise NotFoundError(f"There is no concern report {report_id}.")
    return row


def _child(session: Session, spec: dict[str, Any], case: Any, now: str) -> int:
    """The child's person id: given, the case's person, or a new person (inside the caller's
    transaction). A new child whose identity number is in the vault is that person."""
    conn = session.vault.conn
    given = [k for k in ("person_id", "child") if spec.get(k) is not None]
    if len(given) > 1:
        raise _invalid("child", "give either a new child or person_id, not both")
    if spec.get("person_id") is not None:
        person_id = spec["person_id"]
        if not isinstance(person_id, int) or isinstance(person_id, bool) or \
                repo_concern.person(conn, person_id) is None:
            raise _invalid("person_id", "must name a person in the vault", "exists")
        return person_id
    if spec.get("child") is not None:
        person = validate_new_case({"type": "relative", "person": spec["child"]}).person
        if person["personal_number"]:
            existing = repo_cases.persons_with_number(conn, person["personal_number"])
            if existing:  # the same child: a protection level is raised, never lowered
                linked = min(existing, key=lambda p: p.id)
                order = [p.value for p in ProtectedIdentity]
                if order.index(person["protected_identity"]) > order.index(
                        linked.protected_identity):
                    repo_cases.raise_protection(conn, linked.id,
                                                person["protected_identity"], now)
                return int(linked.id)
        return repo_cases.insert_person(conn, now=now, **person)
    if case is not None:
        return int(case.person.id)
    raise _invalid("child", "a concern report names its child (a new child, person_id or the "
                   "child's case)", "required")


def new_report(session: Session, data: object) -> int:
    """Record a received concern report; ``case_id`` links it to the child's open case at once.

    Fields: ``received_at`` (required), ``reporter_type`` (police, school, health_care,
    private_person, other), ``feedback_requested`` (true/false), and the child as ``child`` (the
    person fields of ``case new``), ``person_id``, or the person of ``case_id``."""
    spec = known(data, {"received_at", "reporter_type", "feedback_requested", "child",
                         "person_id", "case_id"})
    received = parse_instant(spec.get("received_at"), "received_at")
    assert received is not None
    reporter = spec.get("reporter_type")
    kind = None if reporter is None else _choice(ReporterType, reporter, "reporter_type")
    asked = spec.get("feedback_requested", False)
    if not isinstance(asked, bool):
        raise _invalid("feedback_requested", "must be true or false")
    if received > datetime.now(UTC):
        raise _invalid("received_at", "must not be in the future", "date_in_future")
    vault = session.vault
    with vault.transaction() as conn:
        case = None
        if spec.get("case_id") is not None:
            case_id = spec["case_id"]
            if not isinstance(case_id, int) or isinstance(case_id, bool):
                raise _invalid("case_id", "must be a case id")
            case = _open_case(session, case_id)
        now = now_utc()
        person_id = _child(session, spec, case, now)
        if case is not None:
            _check_child_of(session, case, person_id)
        report_id = repo_concern.insert(conn, {
            "case_id": None if case is None else case.id, "person_id": person_id,
            "owning_unit": vault.unit if case is None else case.owning_unit,
            "caseworker": vault.actor if case is None else case.caseworker,
            "received_at": _iso(received), "reporter_type": None if kind is None else kind.value,
            "feedback_requested": int(asked), "linked_at": None if case is None else now},
            by=vault.actor, now=now)
        maybe_case_changed(session, None if case is None else case.id, now,
                           "concern_report.add", {"record_id": report_id})
    return report_id


def _check_child_of(session: Session, case: Any, person_id: int) -> None:
    conn = session.vault.conn
    if case.person.id != person_id and not repo_concern.is_relative_of(conn, case.id,
                                                                        person_id):
        raise RefusedError(f"Case {case.case_number} is about another person: a concern report "
                           "is linked to its child's own case or to a case where the child is "
                           "a linked relative.")


@dataclass(frozen=True)
class OpenStep(JsonResult):
    """A step of a concern report still to take (its ``kind`` is the Due item's), its
    deadline (an instant) and the day it is due on."""

    kind: str
    deadline: str
    due_on: str
    overdue: bool


@dataclass(frozen=True)
class ReportChanged(JsonResult):
    """A concern report that was changed (``record_id``), and its case: None before the
    report is linked to one, the child's case (``link_case``) after."""

    record_id: int
    case_id: int | None


@dataclass(frozen=True)
class ReportLinked(ReportChanged):
    """A concern report linked to the child's case, with the case's number."""

    case_number: str


def _change(session: Session, report_id: int, values: dict[str, Any], action: str,
            check: Any = None) -> ReportChanged:
    vault = session.vault
    with vault.transaction() as conn:
        row = _report(session, report_id)
        if check is not None:
            check(row)
        repo_concern.update(conn, report_id, values)
        maybe_case_changed(session, row["case_id"], now_utc(), action,
                           {"record_id": report_id, "fields": sorted(values)})
    return ReportChanged(report_id, row["case_id"])


def _received(row: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(row["received_at"])


def set_step_time(session: Session, report_id: int, column: str, at: datetime
                  ) -> ReportChanged:
    """Only the time of the protection or preliminary assessment, without its outcome (what
    ``record concern-done`` has always recorded; ``concern protection`` and ``concern
    preliminary`` record the outcome too)."""
    return _change(session, report_id, {column: _iso(at)}, "concern_report.update")


def record_protection(session: Session, report_id: int, at: str, outcome: str
                      ) -> ReportChanged:
    """The protection assessment: when, and whether the child needs immediate protection."""
    when = parse_instant(at, "protection_assessed_at")
    assert when is not None
    step = ProtectionAssessment(when, _choice(ProtectionOutcome, outcome, "protection_outcome"))

    def check(row: dict[str, Any]) -> None:
        domain(lambda: step.check(_received(row)))
    return _change(session, report_id, {"protection_assessed_at": _iso(step.assessed_at),
                                        "protection_outcome": step.outcome.value},
                   "concern_report.update", check)


def record_preliminary(session: Session, report_id: int, at: str, outcome: str, reason: str
                       ) -> ReportChanged:
    """The preliminary assessment: when, whether an investigation was opened, and why."""
    when = parse_instant(at, "preliminary_assessed_at")
    assert when is not None
    step = domain(lambda: PreliminaryAssessment(
        when, _choice(PreliminaryOutcome, outcome, "preliminary_outcome"),
        reason.strip() if isinstance(reason, str) else reason))

    def check(row: dict[str, Any]) -> None:
        domain(lambda: step.check(_received(row)))
    return _change(session, report_id, {"preliminary_assessed_at": _iso(step.assessed_at),
                                        "preliminary_outcome": step.outcome.value,
                                        "preliminary_reason": step.reason},
                   "concern_report.update", check)


def record_feedback(session: Session, report_id: int, at: str) -> ReportChanged:
    """Feedback (*återkoppling*) was given to the reporter."""
    when = parse_instant(at, "feedback_given_at")
    assert when is not None

    def check(row: dict[str, Any]) -> None:
        try:
            check_feedback(when, _received(row))
        except DomainError as exc:
            raise from_domain(exc) from None
    return _change(session, report_id, {"feedback_given_at": _iso(when)},
                   "concern_report.update", check)


def add_conversation(session: Session, report_id: int, data: object) -> int:
    """A conversation held about the report: ``held_on``, ``with_whom`` (a list of child,
    guardian, reporter, police, school, other) and an optional ``note``."""
    spec = known(data, {"held_on", "with_whom", "note"})
    held = parse_day(spec.get("held_on"), "held_on")
    assert held is not None
    raw = spec.get("with_whom")
    if not isinstance(raw, list | tuple) or not raw:
        raise _invalid("with_whom", "must name at least one participant (one of "
                       f"{', '.join(p.value for p in Participant)})", "required")
    who = tuple(_choice(Participant, w, "with_whom") for w in raw)
    note = spec.get("note")
    try:
        talk = Conversation(held, who, note.strip() or None if isinstance(note, str) else note)
    except DomainError as exc:
        raise from_domain(exc) from None
    vault = session.vault
    with vault.transaction() as conn:
        row = _report(session, report_id)
        try:
            talk.check(_received(row).astimezone().date(), date.today())
        except DomainError as exc:
            raise from_domain(exc) from None
        now = now_utc()
        talk_id = repo_concern.add_conversation(
            conn, report_id, talk.held_on.isoformat(), ",".join(p.value for p in talk.with_whom),
            talk.note, by=vault.actor, now=now)
        maybe_case_changed(session, row["case_id"], now, "concern_conversation.add",
                           {"record_id": report_id, "conversation_id": talk_id})
    return talk_id


def link_case(session: Session, report_id: int, case_id: int) -> ReportLinked:
    """Link a report received before the case to the child's case (or a case where the child
    is a linked relative). From then on its clocks are the case's."""
    vault = session.vault
    with vault.transaction() as conn:
        row = _report(session, report_id)
        if row["case_id"] is not None:
            raise RefusedError(f"Concern report {report_id} is already linked to case "
                               f"{row['case_number']}.")
        case = _open_case(session, case_id)
        _check_child_of(session, case, int(row["person_id"]))
        now = now_utc()
        repo_concern.update(conn, report_id, {"case_id": case.id, "linked_at": now,
                                              "owning_unit": case.owning_unit,
                                              "caseworker": case.caseworker})
        case_changed(session, case.id, now, "concern_report.link", {"record_id": report_id})
    return ReportLinked(report_id, case.id, case.case_number)


Instant = str
"""An instant as ISO 8601 in UTC, as a report's steps are stored."""


@dataclass(frozen=True)
class ConcernChild(JsonResult):
    """The child a report is about, masked (``identity_masked``) for a protected identity
    unless revealed."""

    person_id: int
    name: str = field(repr=False)
    personal_number: str | None = field(repr=False)
    birth_date: str | None = field(repr=False)
    protected_identity: str
    identity_masked: bool


@dataclass(frozen=True)
class HeldConversation(JsonResult):
    """A conversation held about a report: when (an ISO date), with whom, and a note."""

    id: int
    held_on: str
    with_whom: tuple[str, ...]
    note: str | None = field(repr=False)


@dataclass(frozen=True)
class ConcernReport(JsonResult):
    """A concern report as listed: its steps' times and outcomes, ``conversations`` (how many),
    ``feedback_requested`` (None when not recorded), the child and the open steps."""

    id: int
    case_id: int | None
    case_number: str | None
    owning_unit: str
    caseworker: str
    received_at: Instant
    reporter_type: str | None
    feedback_given_at: Instant | None
    protection_assessed_at: Instant | None
    protection_outcome: str | None
    preliminary_assessed_at: Instant | None
    preliminary_outcome: str | None
    preliminary_reason: str | None = field(repr=False)
    linked_at: Instant | None
    conversations: int
    feedback_requested: bool | None
    child: ConcernChild
    open_steps: tuple[OpenStep, ...]


@dataclass(frozen=True)
class ShownReport(ConcernReport):
    """One report as shown, with its conversations (oldest first)."""

    conversation_list: tuple[HeldConversation, ...]


def _public(row: dict[str, Any], now: datetime, *, reveal: bool = False) -> ConcernReport:
    """A stored report as listed, its child masked unless revealed."""
    child = {"person_id": row["person_id"], "name": row["child_name"],
             "personal_number": row["child_personal_number"],
             "birth_date": row["child_birth_date"],
             "protected_identity": row["child_protected_identity"]}
    if not reveal:
        child = mask_person(child)
    else:
        child["identity_masked"] = False
    stored = {k: row[k] for k in (
        "id", "case_id", "case_number", "owning_unit", "caseworker", "received_at",
        "reporter_type", "feedback_given_at", "protection_assessed_at", "protection_outcome",
        "preliminary_assessed_at", "preliminary_outcome", "preliminary_reason", "linked_at",
        "conversations")}
    return ConcernReport(
        **stored, feedback_requested=None if row["feedback_requested"] is None
        else bool(row["feedback_requested"]), child=ConcernChild(**child),
        open_steps=tuple(open_steps(row, now)))


def open_steps(row: dict[str, Any], now: datetime) -> list[OpenStep]:
    """The report's open steps with their deadlines, as the Due view counts them."""
    return [OpenStep(i.kind.value, i.deadline.astimezone(UTC).isoformat(timespec="seconds"),
                     i.due_on.isoformat(), i.is_overdue(now))
            for i in concern_items(clock_record(row), row["case_id"], local_zone())]


def list_reports(session: Session, *, case_id: int | None = None, unlinked_only: bool = False,
                 now: datetime | None = None, limit: int = 500, offset: int = 0
                 ) -> list[ConcernReport]:
    """The unit's concern reports (or a case's own), newest first, each with its open steps;
    a protected child's identity is masked."""
    moment = now or datetime.now(UTC)
    conn = session.vault.conn
    if case_id is not None:
        case_of(conn, case_id, open_only=False)
    rows = repo_concern.listing(conn, unit=None if case_id is not None else session.vault.unit,
                                case_id=case_id, unlinked_only=unlinked_only, limit=limit,
                                offset=offset)
    with session.vault.transaction():
        session.vault.audit("concern_report.list", case_id, {"rows": len(rows)})
    return [_public(r, moment) for r in rows]


def show_report(session: Session, report_id: int, *, reveal_identity: bool = False,
                now: datetime | None = None) -> ShownReport:
    """One report with its conversations and open steps; the read is audited, and revealing a
    protected child's identity is logged as ``identity.reveal``."""
    row = _report(session, report_id)
    protected = is_protected(row["child_protected_identity"])
    vault = session.vault
    with vault.transaction() as conn:
        vault.audit("concern_report.read", row["case_id"], {"record_id": report_id})
        if reveal_identity and protected:
            vault.audit("identity.reveal", row["case_id"],
                        {"purpose": "concern_report", "record_id": report_id})
        talks = repo_concern.conversations(conn, report_id)
    listed = _public(row, now or datetime.now(UTC), reveal=reveal_identity)
    return ShownReport(**vars(listed), conversation_list=tuple(
        HeldConversation(t["id"], t["held_on"], tuple(t["with_whom"].split(",")), t["note"])
        for t in talks))
