"""Destruction by retention rules (*gallring*): which cases are due, and which are kept and why.

The default rule (``resources/retention/rules.json``): a person's records are destroyed five
years after the last entry, not while other records on the same person are kept, and the
destruction is completed by the end of the calendar year after the year the period ran out.
Exceptions (kept case types, a research sample by day of birth) come from the same file. Every
decision names the rule it follows, so a refusal can always say why.

A concern report that never became part of a case is a record on its child like any other: it
follows the same rule from its own last entry, keeps the child's cases while it is kept (and is
kept while they are), and is not destroyed before its preliminary assessment is recorded. The
seeds say nothing about destroying such reports; this is the conservative reading of the one
rule the city has given (the type exception ``"concern_report"`` keeps them all).

Records that hold personal data but belong to no case (:data:`UNATTACHED`: consultations SAV
received and answered, incidents recorded against the unit, and what a unit manager's vault and
a caseworker's vault receive of incident reports and log reviews) have their own rule each in
the file's ``records`` (a period and a text). The seeds name no period for any of them; the
default file gives each the period of the nearest comparable record, the case (see
``docs/admin.md``). They concern no person the vault can tell, so they are decided alone; an
unanswered consultation and an unsigned log review are still open and are kept.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from utvag.domain.errors import DomainError

LEGAL_HOLD = "legal-hold"
CASE_OPEN = "case-open"
REPORT_OPEN = "concern-report-open"  # a concern report's preliminary assessment is not made
SAME_PERSON_OPEN = "same-person-open-case"
SAME_PERSON_LATER = "same-person-later-entry"
CASE = "case"
CONCERN_REPORT = "concern_report"  # a concern report that never became (part of) a case
CONSULTATION_RECEIVED = "consultation_received"  # at SAV: a consultation and SAV's answer
UNIT_INCIDENT = "unit_incident"  # an incident against staff recorded at the unit, no case
INCIDENT_REPORT_RECEIVED = "incident_report_received"  # at the manager: a signed report
LOG_REVIEW_RECEIVED = "log_review_received"  # at the manager: a review and its signature
LOG_REVIEW_SIGNOFF = "log_review_signoff"  # at the caseworker: a sign-off, the signature got
UNATTACHED = (CONSULTATION_RECEIVED, UNIT_INCIDENT, INCIDENT_REPORT_RECEIVED,
              LOG_REVIEW_RECEIVED, LOG_REVIEW_SIGNOFF)
CONSULTATION_UNANSWERED = "consultation-unanswered"
LOG_REVIEW_UNSIGNED = "log-review-unsigned"
_OPEN = {CASE: CASE_OPEN, CONCERN_REPORT: REPORT_OPEN,
         CONSULTATION_RECEIVED: CONSULTATION_UNANSWERED,
         LOG_REVIEW_RECEIVED: LOG_REVIEW_UNSIGNED}
SCHEMA = "utvag-retention/1"


@dataclass(frozen=True)
class RetentionException:
    """A configured exception: cases of the listed types, or people born on the listed days of
    the month (the research sample), are kept."""

    id: str
    case_types: frozenset[str] = frozenset()
    birth_days: frozenset[int] = frozenset()


@dataclass(frozen=True)
class RetentionRules:
    rule_id: str
    years: int
    exceptions: tuple[RetentionException, ...] = ()
    records: tuple[tuple[str, str, int], ...] = ()  # (record, rule id, years) for UNATTACHED

    def rule_for(self, record: str) -> tuple[str, int]:
        """The rule id and the years of a kind of record (a case's rule unless it has its own)."""
        for kind, rule_id, years in self.records:
            if kind == record:
                return rule_id, years
        return self.rule_id, self.years

    @classmethod
    def from_dict(cls, data: Any) -> RetentionRules:
        def bad(field: str) -> DomainError:
            return DomainError(f"retention rules: {field} is missing or invalid.",
                               field=f"retention.{field}", rule="format")

        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise bad("schema")
        rule = data.get("rule")
        if not isinstance(rule, dict) or not isinstance(rule.get("id"), str):
            raise bad("rule.id")
        years = _years(rule)
        if years is None:
            raise bad("rule.years_after_last_entry")
        records: list[tuple[str, str, int]] = []
        for raw in data.get("records", []):
            if not isinstance(raw, dict) or raw.get("record") not in UNATTACHED \
                    or raw["record"] in {r[0] for r in records}:
                raise bad("records.record")
            if not isinstance(raw.get("id"), str) or not raw["id"]:
                raise bad("records.id")
            own = _years(raw)
            if own is None:
                raise bad("records.years_after_last_entry")
            records.append((str(raw["record"]), raw["id"], own))
        exceptions = []
        for raw in data.get("exceptions", []):
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
                raise bad("exceptions.id")
            if not raw.get("enabled", True):
                continue
            days = raw.get("birth_days", [])
            types = raw.get("case_types", [])
            if not all(isinstance(d, int) and 1 <= d <= 31 for d in days):
                raise bad("exceptions.birth_days")
            if not all(isinstance(t, str) for t in types):
                raise bad("exceptions.case_types")
            exceptions.append(RetentionException(raw["id"], frozenset(types), frozenset(days)))
        return cls(rule["id"], years, tuple(exceptions), tuple(records))


def _years(rule: dict[str, Any]) -> int | None:
    years = rule.get("years_after_last_entry")
    if not isinstance(years, int) or isinstance(years, bool) or not 1 <= years <= 100:
        return None
    return years


@dataclass(frozen=True)
class CaseFacts:
    """What retention needs to know of a case (or, with ``record`` CONCERN_REPORT, of a concern
    report without a case: ``case_id`` is then the report's id, ``case_type`` is
    ``"concern_report"`` and ``closed`` says whether its preliminary assessment is made): never
    its content."""

    case_id: int
    case_number: str
    person_id: int
    case_type: str
    closed: bool
    last_entry: date
    held: bool = False
    birth_date: date | None = field(default=None, repr=False)
    record: str = CASE


@dataclass(frozen=True)
class Decision:
    """``destroy`` is True when the case is due; otherwise ``rule`` names why it is kept."""

    case_id: int
    case_number: str
    destroy: bool
    rule: str
    last_entry: date
    eligible_from: date
    complete_by: date
    record: str = CASE

    def overdue(self, today: date) -> bool:
        return self.destroy and today > self.complete_by

    def to_dict(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "case_number": self.case_number,
                "destroy": self.destroy, "rule": self.rule,
                "last_entry": self.last_entry.isoformat(),
                "eligible_from": self.eligible_from.isoformat(),
                "complete_by": self.complete_by.isoformat(), "record": self.record}


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def complete_by(eligible_from: date) -> date:
    """«senast under kalenderåret efter det år då gallringsfristen gick ut»"""
    return date(eligible_from.year + 1, 12, 31)


def decide(cases: Sequence[CaseFacts], rules: RetentionRules, today: date) -> list[Decision]:
    """A decision for every case whose own retention period has run out by ``today``.

    Cases whose period has not run out are not listed: nothing is due and nothing is refused.
    """
    by_person: Mapping[object, list[CaseFacts]] = defaultdict(list)
    for case in cases:
        by_person[_person(case)].append(case)
    decisions = []
    for case in cases:
        rule_id, years = rules.rule_for(case.record)
        own = add_years(case.last_entry, years)
        if today < own:
            continue
        group = by_person[_person(case)]
        group_from = add_years(max(c.last_entry for c in group), years)
        rule = _kept_by(case, group, rules, today, group_from)
        decisions.append(Decision(case.case_id, case.case_number, rule is None,
                                  rule or rule_id, case.last_entry, group_from,
                                  complete_by(group_from), case.record))
    return sorted(decisions, key=lambda d: (not d.destroy, d.eligible_from, d.case_number))


def _person(case: CaseFacts) -> object:
    """Whose records a record is among: a record of no known person stands alone."""
    return (case.record, case.case_id) if case.record in UNATTACHED else case.person_id


def _kept_by(case: CaseFacts, group: list[CaseFacts], rules: RetentionRules, today: date,
             group_from: date) -> str | None:
    if any(c.held for c in group):
        return LEGAL_HOLD
    for exception in rules.exceptions:
        if case.case_type in exception.case_types:
            return exception.id
        if case.birth_date is not None and case.birth_date.day in exception.birth_days:
            return exception.id
    if not case.closed:
        return _OPEN.get(case.record, CASE_OPEN)
    if any(not c.closed for c in group):
        return SAME_PERSON_OPEN
    if today < group_from:
        return SAME_PERSON_LATER
    return None
