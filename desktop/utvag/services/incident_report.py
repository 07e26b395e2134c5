"""Incident reports to the unit manager (package kind 5), and the manager's view.

The employer — the nearest manager — carries the work-environment responsibility and files the
Police report of threats and violence at work (seed 000; the Police report draft: «Anmälan görs av
arbetsgivaren (närmaste chef)»). A caseworker's vault therefore sends each incident against staff,
when it is recorded, to the manager's key card of the same unit as a signed report: the incident,
the support given, the Police report's status and the case's high-risk flag — the case number,
never the person's name or identity number. Only a vault with the role ``manager`` imports it,
and only from a caseworker (or the shared vault) of its own unit; the manager's vault then lists
the unit's incidents and its high-risk cases (``manager_view``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from utvag.domain.high_risk import Ground, Support
from utvag.errors import NotFoundError, ValidationError
from utvag.services import vault_roles
from utvag.services.person_packages import (
    Opened,
    bad_document,
    json_document,
    manager_card,
    manager_recipient,
    open_document,
    seal_to_file,
)
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.services.transfer.keys import check_new_file, own_role
from utvag.transfer import CASE_VAULTS, CardRole, PackageKind, SealedPackage
from utvag.transfer.names import INCIDENT_DOCUMENT
from utvag.vault import repo_cases, repo_high_risk, repo_manager
from utvag.vault.audit import now_utc

REPORT_FORMAT = "utvag-incident-report"
VERSION = 1
_INCIDENT_KEYS = ("occurred_at", "kind", "staff", "description", "witnesses", "follow_up")


@dataclass(frozen=True)
class SentReport(JsonResult):
    incident_id: int
    case_number: str
    manager: str
    manager_fingerprint: str
    package_id: str
    path: str


@dataclass(frozen=True)
class ReceivedReport(JsonResult):
    record_id: int
    case_number: str
    sender: str
    package_id: str


@dataclass(frozen=True)
class UnitIncident(JsonResult):
    """An incident as a caseworker's report told it to the manager (the case number, never
    the person); ``police_report`` is ``reported`` or ``not_reported``."""

    id: int
    case_number: str
    caseworker: str | None
    occurred_at: str
    kind: str
    description: str | None = field(repr=False)
    support_offered: tuple[str, ...]
    police_report: str
    police_report_number: str | None = field(repr=False)
    high_risk: bool
    received_at: str


@dataclass(frozen=True)
class UnitHighRiskCase(JsonResult):
    """A case of the unit whose newest incident report says it is flagged high-risk."""

    case_number: str
    caseworker: str | None
    grounds: tuple[str, ...]
    incidents: int


@dataclass(frozen=True)
class ManagerView(JsonResult):
    """The unit's incidents (newest first) and its high-risk cases."""

    unit: str
    incidents: tuple[UnitIncident, ...]
    high_risk_cases: tuple[UnitHighRiskCase, ...]


def _refuse(message: str, rule: str) -> ValidationError:
    return ValidationError(message, field="incident_report", rule=rule)


def has_manager(session: Session) -> bool:
    """Whether this vault can send incident reports: it handles cases and trusts its manager."""
    return vault_roles.may(session, vault_roles.Duty.CASES) and manager_card(session) is not None


def report_document(session: Session, incident_id: int) -> tuple[int, str, dict[str, Any]]:
    """(case id, case number, the report) for one recorded incident."""
    conn = session.vault.conn
    row = repo_high_risk.get(conn, "staff_incident", incident_id)
    if row is None:
        raise NotFoundError(f"There is no incident {incident_id}.")
    case = repo_cases.get_case(conn, int(row["case_id"]))
    assert case is not None
    flag = repo_high_risk.current_flag(conn, case.id)
    holder = own_role(session)[1]
    reported = bool(row["police_reported_on"] or row["police_report_number"])
    return case.id, case.case_number, {
        "format": REPORT_FORMAT, "version": VERSION, "unit": session.vault.unit,
        "case_number": case.case_number, "case_type": case.type.value,
        "caseworker": case.caseworker, "reported_by": holder or session.actor,
        "reported_at": now_utc(),
        "incident": {k: row[k] for k in _INCIDENT_KEYS},
        "support_offered": json.loads(row["support_offered"]),
        "police_report": {"status": "reported" if reported else "not_reported",
                          "reported_on": row["police_reported_on"],
                          "report_number": row["police_report_number"]},
        "high_risk": {"flagged": flag is not None or case.type.value == "high_risk",
                      "grounds": json.loads(flag["grounds"]) if flag else [],
                      "flagged_at": flag["flagged_at"] if flag else None},
    }


def send_incident_report(session: Session, incident_id: int, out: Path, *,
                         manager: str | None = None,
                         now: datetime | None = None) -> SentReport:
    """Seal the report of *incident_id* for the unit manager's card and write it to *out*."""
    target = check_new_file(out)
    if not vault_roles.may(session, vault_roles.Duty.CASES):
        raise _refuse(f"A {vault_roles.vault_role(session)}'s vault records no incidents to "
                      "report.", "wrong_role")
    recipient = manager_recipient(session, manager, "incident_report")
    case_id, number, document = report_document(session, incident_id)
    vault = session.vault

    def record(sealed: SealedPackage) -> None:
        vault.audit("incident.report_sent", case_id, {
            "record_id": incident_id, "package_id": sealed.package_id.hex(),
            "to": recipient.card.fingerprint})

    sealed, _ = seal_to_file(session, recipient, PackageKind.INCIDENT_REPORT, INCIDENT_DOCUMENT,
                             document, target, record, now)
    return SentReport(incident_id, number, recipient.card.label, recipient.card.fingerprint,
                      sealed.package_id.hex(), str(target))


def parse_report(data: bytes, unit: str) -> dict[str, Any]:
    """A received report, checked field by field (refused as a whole when anything is off)."""
    doc = json_document(data, "incident.json")
    if doc.get("format") != REPORT_FORMAT or doc.get("version") != VERSION \
            or doc.get("unit") != unit:
        raise bad_document("incident.json")
    incident, police, flag = doc.get("incident"), doc.get("police_report"), doc.get("high_risk")
    support = doc.get("support_offered")
    grounds = {g.value for g in Ground}
    if not isinstance(doc.get("case_number"), str) or not isinstance(incident, dict) \
            or not isinstance(police, dict) or not isinstance(flag, dict) \
            or not isinstance(support, list) or incident.get("kind") not in grounds \
            or not isinstance(incident.get("occurred_at"), str) \
            or not all(s in {v.value for v in Support} for s in support) \
            or police.get("status") not in ("reported", "not_reported") \
            or not isinstance(flag.get("flagged"), bool):
        raise bad_document("incident.json")
    return doc


def import_incident_report(session: Session, path: Path, *,
                           now: datetime | None = None) -> ReceivedReport:
    """At the manager's vault: verify and keep a caseworker's incident report."""
    vault = session.vault

    def record(opened: Opened) -> ReceivedReport:
        doc = parse_report(opened.document, vault.unit)
        card = opened.package.sender
        record_id = repo_manager.insert_incident(
            vault.conn, package_id=opened.package.package_id, sender_key_id=card.key_id,
            sender_unit=card.unit, sender_holder=card.holder, case_number=doc["case_number"],
            report=doc, received_at=now_utc(), received_by=vault.actor)
        vault.audit("incident.report_received", detail={
            "record_id": record_id, "package_id": opened.package.package_id.hex(),
            "from": card.fingerprint})
        return ReceivedReport(record_id, doc["case_number"], card.label,
                              opened.package.package_id.hex())

    return open_document(session, path, PackageKind.INCIDENT_REPORT, INCIDENT_DOCUMENT,
                         receivers=(CardRole.MANAGER,), senders=CASE_VAULTS, record=record,
                         now=now)


def manager_view(session: Session) -> ManagerView:
    """The unit's incidents (newest first) and its high-risk cases, as the reports tell them;
    only a manager's vault has one. Reading it is audited."""
    if not vault_roles.may(session, vault_roles.Duty.MANAGE):
        raise _refuse("Only the unit manager's vault has the manager's view.", "wrong_role")
    vault = session.vault
    with vault.transaction() as conn:
        rows = repo_manager.incidents(conn)
        vault.audit("manager.view", detail={"incidents": len(rows)})
    incidents = [UnitIncident(
        id=r["id"], case_number=r["case_number"],
        caseworker=r["sender_holder"] or r["report"].get("caseworker"),
        occurred_at=r["report"]["incident"]["occurred_at"],
        kind=r["report"]["incident"]["kind"],
        description=r["report"]["incident"].get("description"),
        support_offered=tuple(r["report"]["support_offered"]),
        police_report=r["report"]["police_report"]["status"],
        police_report_number=r["report"]["police_report"].get("report_number"),
        high_risk=r["report"]["high_risk"]["flagged"], received_at=r["received_at"],
    ) for r in rows]
    latest: dict[str, dict[str, Any]] = {}
    for row in rows:  # the newest report of each case tells whether it is high-risk now
        latest[row["case_number"]] = row
    high_risk = tuple(UnitHighRiskCase(
        case_number=number, caseworker=row["sender_holder"],
        grounds=tuple(row["report"]["high_risk"]["grounds"]),
        incidents=sum(1 for r in rows if r["case_number"] == number),
    ) for number, row in sorted(latest.items()) if row["report"]["high_risk"]["flagged"])
    incidents.sort(key=lambda i: i.occurred_at, reverse=True)
    return ManagerView(vault.unit, tuple(incidents), high_risk)
