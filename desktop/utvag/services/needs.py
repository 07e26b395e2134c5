"""Recording the person's needs, the interventions meant to meet them, and their follow-up.

Each change writes an audit row naming only the records (never a description or note) in the
same transaction. The domain (:mod:`utvag.domain.needs`) validates what is stored; a need and the
interventions it is linked to belong to the same case, and a follow-up goes through an
intervention linked to the need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from utvag.domain.case_records import CaseStatus
from utvag.domain.deadlines import need_followup_due
from utvag.domain.errors import DomainError
from utvag.domain.interventions import Intervention, InterventionUrgency
from utvag.domain.needs import (
    Need,
    NeedArea,
    NeedFollowUp,
    NeedOutcome,
    check_followup_dates,
    latest_outcome,
)
from utvag.errors import NotFoundError, RefusedError
from utvag.services.case_ref import case_changed, case_of
from utvag.services.inputs import choice, domain, from_domain, known, past_day, text
from utvag.services.inputs import invalid as _invalid  # the name tools/i18n.py collects
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_needs
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection


def _open_case(conn: Connection, case_id: int) -> None:
    case_of(conn, case_id, open_only=True)


def _need(conn: Connection, need_id: int) -> dict[str, Any]:
    row = repo_needs.get_need(conn, need_id)
    if row is None:
        raise NotFoundError(f"There is no need with id {need_id}.")
    return row


def _intervention_of(conn: Connection, need: dict[str, Any], intervention_id: object
                     ) -> dict[str, Any]:
    if not isinstance(intervention_id, int) or isinstance(intervention_id, bool):
        raise _invalid("intervention_id", "must be the id of an intervention", "required")
    row = repo_needs.intervention(conn, intervention_id)
    if row is None:
        raise NotFoundError(f"There is no intervention with id {intervention_id}.")
    if row["case_id"] != need["case_id"]:
        raise _invalid("intervention_id", "the intervention belongs to another case; link "
                       "only interventions of the need's own case", "other_case")
    return row


def add_need(session: Session, case_id: int, data: object) -> int:
    """Record a need: ``area``, optional ``description``, ``identified_on`` (default today) and
    ``interventions`` (ids of the case's interventions meant to meet it), in one transaction."""
    spec = known(data, {"area", "description", "identified_on", "interventions"})
    links = spec.get("interventions") or []
    if not isinstance(links, list) or not all(
            isinstance(i, int) and not isinstance(i, bool) for i in links):
        raise _invalid("interventions", "must be a list of intervention ids")
    need = domain(lambda: Need(
        choice(NeedArea, spec.get("area"), "area"),
        past_day(spec.get("identified_on"), "identified_on", default=date.today()),
        text(spec.get("description"), "description")))
    vault = session.vault
    with vault.transaction() as conn:
        _open_case(conn, case_id)
        now = now_utc()
        need_id = repo_needs.insert_need(
            conn, case_id, area=need.area.value, description=need.description,
            identified_on=need.identified_on.isoformat(), by=vault.actor, now=now)
        row = _need(conn, need_id)
        for intervention_id in dict.fromkeys(links):
            _intervention_of(conn, row, intervention_id)
            repo_needs.link(conn, need_id, intervention_id, case_id, by=vault.actor, now=now)
        case_changed(session, case_id, now, "case_need.add",
                     {"record_id": need_id, "interventions": list(dict.fromkeys(links))})
    return need_id


def _open_need(conn: Connection, need_id: int) -> tuple[dict[str, Any], int]:
    """The need and the id of its case, which must be open."""
    need = _need(conn, need_id)
    case_id = int(need["case_id"])
    _open_case(conn, case_id)
    return need, case_id


def link_intervention(session: Session, need_id: int, intervention_id: int) -> int:
    """Say that an intervention of the same case is meant to meet the need."""
    vault = session.vault
    with vault.transaction() as conn:
        need, case_id = _open_need(conn, need_id)
        _intervention_of(conn, need, intervention_id)
        if repo_needs.is_linked(conn, need_id, intervention_id):
            raise RefusedError(f"Intervention {intervention_id} is already linked to need "
                               f"{need_id}.")
        now = now_utc()
        repo_needs.link(conn, need_id, intervention_id, case_id, by=vault.actor, now=now)
        case_changed(session, case_id, now, "need_intervention.add",
                     {"record_id": need_id, "intervention_id": intervention_id})
    return need_id


def unlink_intervention(session: Session, need_id: int, intervention_id: int) -> int:
    """Take back a link made by mistake; its follow-ups stay (they happened)."""
    vault = session.vault
    with vault.transaction() as conn:
        _need_row, case_id = _open_need(conn, need_id)
        if not repo_needs.is_linked(conn, need_id, intervention_id):
            raise NotFoundError(f"Intervention {intervention_id} is not linked to need "
                                f"{need_id}.")
        repo_needs.unlink(conn, need_id, intervention_id)
        case_changed(session, case_id, now_utc(), "need_intervention.remove",
                     {"record_id": need_id, "intervention_id": intervention_id})
    return need_id


def record_followup(session: Session, need_id: int, data: object) -> int:
    """Record whether the need is met (``met``, ``partly``, ``not_met``) at a follow-up held on
    ``held_on`` through ``intervention_id``, an intervention linked to the need; ``note`` is
    optional. Not before the need was identified or the intervention decided, not in the
    future."""
    spec = known(data, {"intervention_id", "held_on", "outcome", "note"})
    outcome = choice(NeedOutcome, spec.get("outcome"), "outcome")
    held = past_day(spec.get("held_on"), "held_on", default=date.today())
    note = text(spec.get("note"), "note")
    vault = session.vault
    with vault.transaction() as conn:
        row = _need(conn, need_id)
        case_id = int(row["case_id"])
        _open_case(conn, case_id)
        intervention = _intervention_of(conn, row, spec.get("intervention_id"))
        if not repo_needs.is_linked(conn, need_id, int(intervention["id"])):
            raise _invalid("intervention_id", "the intervention is not linked to this need; "
                           "link it first", "not_linked")
        try:
            need = Need(NeedArea(row["area"]), date.fromisoformat(row["identified_on"]))
            followup = NeedFollowUp(need_id, held, outcome, int(intervention["id"]), note)
            check_followup_dates(need, date.fromisoformat(intervention["decided_on"]), followup)
        except DomainError as exc:
            raise from_domain(exc) from None
        now = now_utc()
        record_id = repo_needs.insert_followup(
            conn, case_id, need_id, intervention_id=followup.intervention_id,
            held_on=held.isoformat(), outcome=outcome.value, note=note, by=vault.actor, now=now)
        case_changed(session, case_id, now, "need_followup.add",
                     {"record_id": record_id, "need_id": need_id, "outcome": outcome.value})
    return record_id


def _followup(row: dict[str, Any]) -> NeedFollowUp:
    return NeedFollowUp(int(row["need_id"]), date.fromisoformat(row["held_on"]),
                        NeedOutcome(row["outcome"]), row["intervention_id"], row["note"])


@dataclass(frozen=True)
class LinkedIntervention(JsonResult):
    """A decided intervention meant to meet a need, and when the need is next followed up
    through it (None on a closed case)."""

    id: int
    intervention_type: str
    decided_on: str
    ends_on: str | None
    next_followup_on: str | None


@dataclass(frozen=True)
class NeedFollowUpRecord(JsonResult):
    """A follow-up of a need (``met``, ``partly`` or ``not_met``); ``intervention_id`` is None
    for one that arrived with a transferred case."""

    id: int
    case_id: int
    need_id: int
    intervention_id: int | None
    held_on: str
    outcome: str
    note: str | None = field(repr=False)
    created_at: str
    created_by: str


@dataclass(frozen=True)
class CaseNeed(JsonResult):
    """A need the investigation found, its linked interventions, its follow-ups (oldest first)
    and the latest outcome (None when not yet followed up)."""

    id: int
    case_id: int
    area: str
    description: str | None = field(repr=False)
    identified_on: str
    created_at: str
    created_by: str
    interventions: tuple[LinkedIntervention, ...]
    followups: tuple[NeedFollowUpRecord, ...]
    latest_outcome: str | None


def needs(session: Session, case_id: int) -> list[CaseNeed]:
    """The case's needs with their linked interventions, follow-ups (oldest first), the latest
    outcome (None when not yet followed up) and the next follow-up date of each linked
    intervention on an open case."""
    conn = session.vault.conn
    case = case_of(conn, case_id, open_only=False)
    open_case = case.status not in (CaseStatus.CLOSED, CaseStatus.TRANSFERRED)
    links = repo_needs.for_cases(conn, "need_intervention", [case_id])
    followups = repo_needs.for_cases(conn, "need_followup", [case_id])
    interventions = {int(r["id"]): r for r in repo_needs.interventions_of(conn, case_id)}
    result = []
    for row in repo_needs.for_cases(conn, "case_need", [case_id]):
        own = [f for f in followups if f["need_id"] == row["id"]]
        linked = []
        for link in (lk for lk in links if lk["need_id"] == row["id"]):
            item = interventions[int(link["intervention_id"])]
            last = max((date.fromisoformat(f["held_on"]) for f in followups
                        if f["intervention_id"] == item["id"]), default=None)
            due = need_followup_due(_intervention(item), last) if open_case else None
            linked.append(LinkedIntervention(
                item["id"], item["intervention_type"], item["decided_on"], item["ends_on"],
                due.isoformat() if due else None))
        latest = latest_outcome([_followup(f) for f in own])
        result.append(CaseNeed(**row, interventions=tuple(linked),
                               followups=tuple(NeedFollowUpRecord(**f) for f in own),
                               latest_outcome=latest.value if latest else None))
    return result


def _intervention(row: dict[str, Any]) -> Intervention:
    decided = date.fromisoformat(row["decided_on"])
    return Intervention(row["intervention_type"], InterventionUrgency(row["urgency"]), decided,
                        date.fromisoformat(row["starts_on"]) if row["starts_on"] else None,
                        date.fromisoformat(row["ends_on"]) if row["ends_on"] else None)
