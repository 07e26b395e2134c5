"""Retention (*gallring*): what is due for destruction and why, legal holds, and destruction.

Destruction is a deliberate, audited path: inside one transaction each case is marked in
``destruction_marker`` (the only exception the guards on signed notes, signed assessments and
the disclosure log make), its records are deleted, a metadata record (case number, date, rule)
is written, the audit chain gets a row without content, and the mark is removed. Then the
search index is merged, the database is vacuumed and the write-ahead log truncated, with
``secure_delete`` on, so the destroyed content is not left in free pages or the log.

Records with personal data that no case holds (a concern report without a case, and the kinds of
``utvag.domain.retention.UNATTACHED``) are decided under their own rules and destroyed in the
same transaction, each with its metadata record and an audit row naming its kind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from utvag.domain.errors import DomainError
from utvag.domain.retention import (
    CONCERN_REPORT,
    UNATTACHED,
    CaseFacts,
    Decision,
    RetentionRules,
    decide,
)
from utvag.errors import NotFoundError, RefusedError, UsageError, ValidationError
from utvag.resources import resource_path
from utvag.services.case_ref import case_of
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_cases, repo_concern, repo_retention
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection


def load_rules(path: Path | None = None) -> tuple[RetentionRules, dict[str, Any]]:
    """The rules as data (``resources/retention/rules.json`` unless ``path`` is given)."""
    target = path or resource_path("retention", "rules.json")
    try:
        raw = json.loads(Path(target).read_text(encoding="utf-8"))
        return RetentionRules.from_dict(raw), raw
    except (OSError, ValueError) as exc:
        raise UsageError(f"Cannot read the retention rules in {target}.") from exc
    except DomainError as exc:
        raise ValidationError(f"{target}: {exc}", field=getattr(exc, "field", None),
                              rule="format") from None


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def facts(conn: Connection) -> list[CaseFacts]:
    """Every case, every concern report that never became part of a case, and every record
    with personal data that no case holds (its kind as ``record`` and ``case_type``)."""
    return [CaseFacts(int(r[0]), r[1], int(r[2]), r[3], bool(r[4]),
                      _day(r[5]) or date.min, bool(r[6]), _day(r[7]))
            for r in repo_retention.last_entries(conn)] + [
        CaseFacts(int(r[0]), r[1], int(r[2]), r[3], bool(r[4]), _day(r[5]) or date.min,
                  bool(r[6]), _day(r[7]), CONCERN_REPORT)
        for r in repo_concern.retention_rows(conn)] + [
        CaseFacts(record_id, label, 0, kind, closed, _day(last) or date.min, record=kind)
        for kind, record_id, label, last, closed in repo_retention.unattached_rows(conn)]


def preview(session: Session, today: date, rules_path: Path | None = None) -> list[Decision]:
    """Every case whose retention period has run out: due (``destroy``) or kept, with the rule."""
    rules, _raw = load_rules(rules_path)
    found = decide(facts(session.vault.conn), rules, today)
    with session.vault.transaction():
        session.vault.audit("retention.preview", detail={
            "due": sum(d.destroy for d in found), "kept": sum(not d.destroy for d in found)})
    return found


def rule_texts(rules_path: Path | None = None) -> dict[str, dict[str, str]]:
    _rules, raw = load_rules(rules_path)
    texts = {raw["rule"]["id"]: raw["rule"].get("text", {})}
    texts.update({e["id"]: e.get("text", {}) for e in raw.get("exceptions", [])})
    texts.update({r["id"]: r.get("text", {}) for r in raw.get("records", [])})
    return texts


def place_hold(session: Session, case_id: int, reason: str) -> int:
    if not reason.strip() or len(reason) > 1000:
        raise ValidationError("reason: a legal hold needs a reason (at most 1000 characters)",
                              field="reason", rule="required")
    vault = session.vault
    with vault.transaction() as conn:
        case_of(conn, case_id, open_only=False)
        hold_id = repo_retention.insert_hold(conn, case_id, reason.strip(), by=vault.actor,
                                             now=now_utc())
        vault.audit("retention.hold", case_id, {"hold_id": hold_id})
    return hold_id


def place_hold_on(session: Session, case_number: str, reason: str) -> int:
    """A legal hold on the case with this case number (as typed in the app)."""
    case_id = repo_cases.id_for_number(session.vault.conn, case_number.strip())
    if case_id is None:
        raise ValidationError(f"case_number: there is no case {case_number.strip()!r} in this"
                              " vault", field="case_number", rule="exists")
    return place_hold(session, case_id, reason)


@dataclass(frozen=True)
class HoldRecord(JsonResult):
    """A legal hold in force on a case: why, and when and by whom it was placed."""

    id: int
    case_id: int
    case_number: str
    reason: str = field(repr=False)
    placed_at: str
    placed_by: str


@dataclass(frozen=True)
class DestructionRecord(JsonResult):
    """What is left of a destroyed case: its number, the day, the rule and who destroyed it."""

    id: int
    case_number: str
    destroyed_on: str
    rule_id: str
    destroyed_by: str


def holds(session: Session) -> list[HoldRecord]:
    """The legal holds in force, oldest first, with their case numbers."""
    found = repo_retention.active_holds(session.vault.conn)
    with session.vault.transaction():
        session.vault.audit("retention.holds", detail={"holds": len(found)})
    return [HoldRecord(**row) for row in found]


def lift_hold(session: Session, hold_id: int) -> None:
    vault = session.vault
    with vault.transaction() as conn:
        case_id = repo_retention.active_hold_case(conn, hold_id)
        if case_id is None:
            raise NotFoundError(f"There is no active legal hold {hold_id}.")
        repo_retention.lift_hold(conn, hold_id, by=vault.actor, now=now_utc())
        vault.audit("retention.release", case_id, {"hold_id": hold_id})


def destructions(session: Session) -> list[DestructionRecord]:
    return [DestructionRecord(**row)
            for row in repo_retention.destruction_records(session.vault.conn)]


def apply(session: Session, today: date, expected: int | None = None,
          rules_path: Path | None = None) -> list[Decision]:
    """Destroy every case due by ``today``. ``expected`` (what the confirmed preview showed)
    must match, so that nothing beyond what the user confirmed is destroyed."""
    rules, _raw = load_rules(rules_path)
    vault = session.vault
    with vault.transaction() as conn:
        due = [d for d in decide(facts(conn), rules, today) if d.destroy]
        if expected is not None and expected != len(due):
            raise RefusedError("What is due changed since the preview; preview again.")
        repo_retention.defer_foreign_keys(conn)
        tables = repo_retention.case_tables(conn)
        for decision in due:
            _destroy(session, conn, decision, today, tables)
        if due:
            repo_retention.optimize_search(conn)
    if due:
        with vault.exclusive() as conn:  # VACUUM: outside a transaction, on the main connection
            repo_retention.compact(conn)
    return due


def _destroy(session: Session, conn: Connection, decision: Decision, today: date,
             tables: list[str]) -> None:
    if decision.record == CONCERN_REPORT or decision.record in UNATTACHED:
        _destroy_record(session, conn, decision, today)
        return
    case_id = decision.case_id
    repo_retention.mark_for_destruction(conn, case_id)
    repo_concern.delete_of_case(conn, case_id)  # the conversations of the case's reports
    repo_retention.delete_case(conn, case_id, tables)
    destruction_id = repo_retention.insert_destruction_record(
        conn, decision.case_number, today.isoformat(), decision.rule, session.vault.actor)
    session.vault.audit("retention.destroy", case_id, {"rule": decision.rule,
                                                       "destruction_id": destruction_id})
    repo_retention.unmark(conn, case_id)


def _destroy_record(session: Session, conn: Connection, decision: Decision, today: date
                    ) -> None:
    """A record that no case holds. A concern report that never became part of a case goes
    with its conversations and its child's person record (when nothing else refers to it);
    any other kind (``UNATTACHED``) alone. The metadata names it by its kind and id only."""
    if decision.record == CONCERN_REPORT:
        repo_concern.destroy_unlinked(conn, decision.case_id)
    else:
        repo_retention.delete_unattached(conn, decision.record, decision.case_id)
    destruction_id = repo_retention.insert_destruction_record(
        conn, decision.case_number, today.isoformat(), decision.rule, session.vault.actor)
    session.vault.audit("retention.destroy", None, {
        "rule": decision.rule, "destruction_id": destruction_id, "record": decision.record})
