"""Retention (*gallring*): what is due for destruction and why, legal holds, and destruction.

Destruction is a deliberate, audited path: inside one transaction each case is marked in
``destruction_marker`` (the only exception the guards on signed notes, signed assessments and
the disclosure log make), its records are deleted, a metadata record (case number, date, rule)
is written, the audit chain gets a row without content, and the mark is removed. Then the
search index is merged, the database is vacuumed and the write-ahead log truncated, with
``secure_delete`` on, so the destroyed content is not left in free pages or the log.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from utvag.domain.errors import DomainError
from utvag.domain.retention import CaseFacts, Decision, RetentionRules, decide
from utvag.errors import NotFoundError, RefusedError, UsageError, ValidationError
from utvag.resources import resource_path
from utvag.services.session import Session
from utvag.vault.audit import now_utc
from utvag.vault.database import Connection

# Every column that records when something was entered on a case; the latest is its last entry.
# People with the same identity number count as one person (cases made before numbers were
# linked), unless one was kept apart as a homonym.
_LAST_ENTRY = """
SELECT c.id, c.case_number,
  CASE WHEN p.personal_number IS NULL
            OR EXISTS (SELECT 1 FROM person_separation s WHERE s.person_id = p.id) THEN p.id
       ELSE (SELECT min(o.id) FROM person o WHERE o.personal_number = p.personal_number
             AND NOT EXISTS (SELECT 1 FROM person_separation s WHERE s.person_id = o.id))
  END, c.type, c.status IN ('closed', 'transferred'),
  max(c.opened_at, c.updated_at, coalesce(c.closed_at, ''),
      coalesce((SELECT max(max(created_at, coalesce(signed_at, ''))) FROM journal_note
                WHERE case_id = c.id), ''),
      coalesce((SELECT max(added_at) FROM attachment WHERE case_id = c.id), ''),
      coalesce((SELECT max(updated_at) FROM assessment WHERE case_id = c.id), ''),
      coalesce((SELECT max(created_at) FROM intervention WHERE case_id = c.id), ''),
      coalesce((SELECT max(created_at) FROM relative_link WHERE case_id = c.id), ''),
      coalesce((SELECT max(created_at) FROM police_followup WHERE case_id = c.id), ''),
      coalesce((SELECT max(created_at) FROM concern_report WHERE case_id = c.id), ''),
      coalesce((SELECT max(created_at) FROM state_funding WHERE case_id = c.id), ''),
      coalesce((SELECT max(created_at) FROM consent_withdrawal WHERE case_id = c.id), ''),
      coalesce((SELECT max(created_at) FROM case_decision WHERE case_id = c.id), ''),
      coalesce((SELECT max(updated_at) FROM guardian WHERE case_id = c.id), ''),
      coalesce((SELECT max(created_at) FROM consent_position WHERE case_id = c.id), '')),
  EXISTS (SELECT 1 FROM retention_hold h WHERE h.case_id = c.id AND h.lifted_at IS NULL),
  p.birth_date
FROM case_record c JOIN person p ON p.id = c.person_id
"""
_CASE_TABLES = ("journal_note", "attachment", "assessment", "intervention", "relative_link",
                "police_followup", "concern_report", "state_funding", "retention_hold",
                "high_risk_flag", "staff_incident", "risk_assessment", "case_assignment",
                "conflict_of_interest", "disclosure", "consent_withdrawal", "case_application",
                "case_decision", "special_defector_decision", "consent_position", "guardian")


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
    return [CaseFacts(int(r[0]), r[1], int(r[2]), r[3], bool(r[4]),
                      _day(r[5]) or date.min, bool(r[6]), _day(r[7]))
            for r in conn.execute(_LAST_ENTRY)]


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
    return texts


def place_hold(session: Session, case_id: int, reason: str) -> int:
    if not reason.strip() or len(reason) > 1000:
        raise ValidationError("reason: a legal hold needs a reason (at most 1000 characters)",
                              field="reason", rule="required")
    vault = session.vault
    with vault.transaction() as conn:
        if conn.execute("SELECT 1 FROM case_record WHERE id = ?", (case_id,)).fetchone() is None:
            raise NotFoundError(f"There is no case with id {case_id}.")
        cur = conn.execute(
            "INSERT INTO retention_hold (case_id, reason, placed_at, placed_by)"
            " VALUES (?, ?, ?, ?)", (case_id, reason.strip(), now_utc(), vault.actor))
        hold_id = int(cur.lastrowid)
        vault.audit("retention.hold", case_id, {"hold_id": hold_id})
    return hold_id


def place_hold_on(session: Session, case_number: str, reason: str) -> int:
    """A legal hold on the case with this case number (as typed in the app)."""
    row = session.vault.conn.execute("SELECT id FROM case_record WHERE case_number = ?",
                                     (case_number.strip(),)).fetchone()
    if row is None:
        raise ValidationError(f"case_number: there is no case {case_number.strip()!r} in this"
                              " vault", field="case_number", rule="exists")
    return place_hold(session, int(row[0]), reason)


def holds(session: Session) -> list[dict[str, Any]]:
    """The legal holds in force, oldest first, with their case numbers."""
    cur = session.vault.conn.execute(
        "SELECT h.id, h.case_id, c.case_number, h.reason, h.placed_at, h.placed_by"
        " FROM retention_hold h JOIN case_record c ON c.id = h.case_id"
        " WHERE h.lifted_at IS NULL ORDER BY h.id")
    names = [d[0] for d in cur.description]
    found = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    with session.vault.transaction():
        session.vault.audit("retention.holds", detail={"holds": len(found)})
    return found


def lift_hold(session: Session, hold_id: int) -> None:
    vault = session.vault
    with vault.transaction() as conn:
        row = conn.execute("SELECT case_id FROM retention_hold WHERE id = ? AND lifted_at IS NULL",
                           (hold_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no active legal hold {hold_id}.")
        conn.execute("UPDATE retention_hold SET lifted_at = ?, lifted_by = ? WHERE id = ?",
                     (now_utc(), vault.actor, hold_id))
        vault.audit("retention.release", int(row[0]), {"hold_id": hold_id})


def destructions(session: Session) -> list[dict[str, Any]]:
    cur = session.vault.conn.execute(
        "SELECT id, case_number, destroyed_on, rule_id, destroyed_by FROM destruction_record"
        " ORDER BY id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


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
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for decision in due:
            _destroy(session, conn, decision, today)
        if due:
            conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
            conn.execute("INSERT INTO search_recent (search_recent) VALUES ('optimize')")
    if due:
        conn = vault.conn
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return due


def _destroy(session: Session, conn: Connection, decision: Decision, today: date) -> None:
    case_id = decision.case_id
    person_id = int(conn.execute("SELECT person_id FROM case_record WHERE id = ?",
                                 (case_id,)).fetchone()[0])
    conn.execute("INSERT INTO destruction_marker (case_id) VALUES (?)", (case_id,))
    for table in _CASE_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
    for table, extra in (("sent_package", ""), ("received_package",
                                                 ", decision = NULL, audit_excerpt = NULL")):
        conn.execute(f"UPDATE {table} SET case_id = NULL{extra} WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM case_record WHERE id = ?", (case_id,))
    conn.execute(
        "DELETE FROM person WHERE id = ? AND NOT EXISTS (SELECT 1 FROM case_record"
        " WHERE person_id = ?) AND NOT EXISTS (SELECT 1 FROM relative_link WHERE person_id = ?)",
        (person_id, person_id, person_id))
    conn.execute("DELETE FROM person_separation WHERE person_id = ? AND NOT EXISTS"
                 " (SELECT 1 FROM person WHERE id = ?)", (person_id, person_id))
    cur = conn.execute(
        "INSERT INTO destruction_record (case_number, destroyed_on, rule_id, destroyed_by)"
        " VALUES (?, ?, ?, ?)", (decision.case_number, today.isoformat(), decision.rule,
                                 session.vault.actor))
    session.vault.audit("retention.destroy", case_id, {"rule": decision.rule,
                                                       "destruction_id": int(cur.lastrowid)})
    conn.execute("DELETE FROM destruction_marker WHERE case_id = ?", (case_id,))
