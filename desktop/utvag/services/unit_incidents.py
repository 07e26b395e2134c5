"""Incidents against staff recorded against the unit, not a case, and the count of every
incident against staff for the staff-safety follow-up.

Seed 002: «incidenter även sker i receptioner till förvaltningens kontor, dit personer går när
de upplevt att de inte fått tag på sin socialsekreterare» — an incident in the reception, or by
a person not known in a case, has no case to be recorded in. It is recorded with the place and
what is known of the person, reported to the Police through the same draft as a case's
incident, and counted with them.

Staff safety data is sensitive: every read is audited, and audit rows name only record ids and
codes, never the free text.
"""

from __future__ import annotations

from dataclasses import dataclass

from utvag.domain.high_risk import IncidentPlace, UnitIncident
from utvag.errors import NotFoundError, UsageError
from utvag.services.high_risk import INCIDENT_FIELDS, incident_values, parse_incident
from utvag.services.high_risk_records import IncidentRecord
from utvag.services.inputs import choice, domain, known, text
from utvag.services.police_draft import render_police_draft
from utvag.services.results import JsonResult
from utvag.services.session import Session
from utvag.vault import repo_unit_incidents
from utvag.vault.audit import now_utc

UNIT_INCIDENT_FIELDS = (INCIDENT_FIELDS - {"attachment_ids"}) | {"place", "person"}


@dataclass(frozen=True)
class IncidentSummary(JsonResult):
    """The year's incidents against staff, in cases and at the unit: how many, of what kind,
    where (``case`` for those recorded in a case) and how many were reported to the Police."""

    year: int
    total: int
    reported_to_police: int
    by_kind: dict[str, int]
    by_place: dict[str, int]


def _year_bounds(year: int) -> tuple[str, str]:
    if not 1900 <= year <= 9999:
        raise UsageError("The year must be a four-digit year.")
    return f"{year:04d}-01-01", f"{year + 1:04d}-01-01"


def add_unit_incident(session: Session, data: object) -> int:
    """Record an incident against staff at the unit: the fields of a case's incident without
    attachments, with ``place`` (required) and ``person`` (what is known of them)."""
    spec = known(data, UNIT_INCIDENT_FIELDS | {"attachment_ids"})
    incident = parse_incident(spec, with_attachments=False)
    place = choice(IncidentPlace, spec.get("place"), "place")
    unit_incident = domain(lambda: UnitIncident(
        incident, place, text(spec.get("person"), "person")))
    vault = session.vault
    with vault.transaction() as conn:
        record_id = repo_unit_incidents.insert(conn, {
            **incident_values(incident), "place": unit_incident.place.value,
            "person": unit_incident.person, "created_at": now_utc(),
            "created_by": vault.actor})
        vault.audit("unit_incident.add", detail={"record_id": record_id,
                                                 "place": unit_incident.place.value})
    return record_id


def unit_incidents(session: Session, year: int) -> list[IncidentRecord]:
    """The unit's incidents of the year, latest first (the read is audited)."""
    start, end = _year_bounds(year)
    vault = session.vault
    with vault.transaction() as conn:
        rows = repo_unit_incidents.between(conn, start, end)
        vault.audit("unit_incident.read", detail={"year": year, "records": len(rows)})
    return [IncidentRecord.from_row(r) for r in rows]


def unit_police_report_draft(session: Session, incident_id: int) -> str:
    """The Police report draft of an incident at the unit; nothing is written to disk."""
    vault = session.vault
    with vault.transaction() as conn:
        row = repo_unit_incidents.get(conn, incident_id)
        if row is None:
            raise NotFoundError(f"There is no incident at the unit {incident_id}.")
        vault.audit("unit_incident.police_draft", detail={"record_id": incident_id})
    return render_police_draft(IncidentRecord.from_row(row), None, vault.unit)


def incident_summary(session: Session, year: int) -> IncidentSummary:
    """Every incident against staff of the year, in cases and at the unit, counted (no names,
    no text; the read is audited)."""
    start, end = _year_bounds(year)
    by_kind: dict[str, int] = {}
    by_place: dict[str, int] = {}
    total = reported = 0
    vault = session.vault
    with vault.transaction() as conn:
        for place, kind, was_reported, count in repo_unit_incidents.counts(conn, start, end):
            by_kind[kind] = by_kind.get(kind, 0) + count
            by_place[place] = by_place.get(place, 0) + count
            total += count
            reported += count if was_reported else 0
        vault.audit("staff_safety.summary", detail={"year": year, "incidents": total})
    return IncidentSummary(year, total, reported, by_kind, by_place)
