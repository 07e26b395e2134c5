"""``utvag risk …`` (high-risk flag, risk assessments before a risky meeting, rotation,
conflicts of interest) and ``utvag incident …`` (incidents against staff in a case or at the
unit, the Police report draft, the year's count)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from utvag.cli import arguments, commands_manager
from utvag.cli.case_arg import add_case_argument
from utvag.cli.command import run, values, with_warnings
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import keyed_text_option, text_option
from utvag.domain.high_risk import (
    ConflictKind,
    Ground,
    IncidentPlace,
    Mitigation,
    RiskDecision,
    Support,
)
from utvag.errors import UsageError
from utvag.services import handover, high_risk, risk_meetings, unit_incidents
from utvag.services.high_risk_records import IncidentRecord, RiskAssessmentRecord, RiskOverview
from utvag.services.session import Session
from utvag.services.unit_incidents import IncidentSummary

Action = Callable[[Session, argparse.Namespace], Any]
Text = Callable[[Any], str]


def _command(sub: Any, name: str, help_text: str, action: Action, text: Text, *,
             target: str | None = "CASE_ID") -> argparse.ArgumentParser:
    s: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    if target == "CASE_ID":
        add_case_argument(s)
    elif target is not None:
        s.add_argument("id", type=arguments.record_id, metavar=target)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=lambda args: _run(args, action, text))
    return s


def _plain(value: Any) -> Any:
    """A service's typed result as JSON values."""
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _reassign(args: argparse.Namespace) -> int:
    """A rotation: recorded here only, or (``--out``) a handover to the colleague's vault."""
    if args.out is None:
        return _run(args, lambda ss, a: {"record_id": high_risk.reassign(ss, a.id, a.to,
                                                                         a.reason)},
                    _recorded("Reassigned; assignment"))
    return hand_over(args)


def hand_over(args: argparse.Namespace) -> int:
    """A handover to the colleague's vault (``risk reassign --out``, ``transfer handover``)."""
    handover.check_handover_arguments(args.to, args.out, args.reason)
    return run(args, lambda s: handover.hand_over(s, args.id, args.to, args.out,
                                                  reason=args.reason),
               lambda result: with_warnings(
        f"Case {result.case_number} handed to {result.to_caseworker} as {result.path} "
        f"(package {result.package_id}, key {result.recipient_fingerprint}); it is read-only "
        "here and awaits the receipt.", result.warnings))


def _run(args: argparse.Namespace, action: Action, text: Text) -> int:
    with open_session(args) as s:
        result = action(s, args)
    emit(_plain(result), args.json, text(result))
    return 0


def _recorded(what: str, key: str = "record_id") -> Text:
    return lambda data: f"{what} {data[key]}."


def _mitigations(args: argparse.Namespace) -> dict[str, dict[str, Any]] | None:
    """``--mitigation KEY[=COMMENT]`` (chosen) and ``--declined KEY[=COMMENT]`` (not chosen)."""
    found: dict[str, dict[str, Any]] = {}
    for chosen, given in ((True, args.mitigation or []), (False, args.declined or [])):
        for item in given:
            key, _sep, comment = item.partition("=")
            if key not in values(Mitigation):
                raise UsageError("--mitigation and --declined take one of "
                                 + ", ".join(values(Mitigation)) + ", optionally =COMMENT.")
            if key in found:
                raise UsageError("Each measure may be given only once.")
            found[key] = {"chosen": chosen, "comment": comment or None}
    return found or None


def _assessment_options(s: argparse.ArgumentParser, *, required: bool) -> None:
    s.add_argument("--meeting-at", required=required, metavar="YYYY-MM-DDTHH:MM")
    text_option(s, "--place", required=required, help="where the meeting takes place")
    text_option(s, "--participants", required=required, help="who takes part")
    text_option(s, "--risk-factors", required=required, help="the known risk factors")
    keyed_text_option(s, "--mitigation", key="MEASURE", metavar="MEASURE[=COMMENT]",
                      help="a chosen measure: " + ", ".join(values(Mitigation)))
    keyed_text_option(s, "--declined", key="MEASURE", metavar="MEASURE[=COMMENT]",
                      help="a measure considered and not chosen")
    s.add_argument("--decision", choices=values(RiskDecision))
    text_option(s, "--decision-note", help="a note on the decision")


def _assessment_data(args: argparse.Namespace) -> dict[str, Any]:
    data = {"meeting_at": args.meeting_at, "place": args.place,
            "participants": args.participants, "risk_factors": args.risk_factors,
            "mitigations": _mitigations(args), "decision": args.decision,
            "decision_note": args.decision_note}
    return {k: v for k, v in data.items() if v is not None}


def _as_of(when: datetime | None) -> datetime:
    return when or datetime.now().astimezone()


def _show_text(data: RiskOverview) -> str:
    lines = [f"High-risk: {'yes' if data.high_risk else 'no'}"]
    lines += [f"WARNING {w.message}" for w in data.warnings]
    lines += [f"flag {f.id}: {', '.join(f.grounds)}"
              + (" (cleared)" if f.cleared_at else "") for f in data.flags]
    lines += [f"assessment {a.id}: meeting {a.meeting_at}, "
              f"{a.decision or 'no decision'}{', signed' if a.signed else ', draft'}"
              for a in data.risk_assessments]
    lines += [f"assigned {a.assigned_at[:10]}: {a.from_caseworker} -> "
              f"{a.to_caseworker}" for a in data.assignments]
    lines += [f"conflict {c.id}: {c.kind}" + (" (resolved)" if c.resolved_at else "")
              for c in data.conflicts]
    return "\n".join(lines)


def _meetings_text(data: dict[str, list[RiskAssessmentRecord]]) -> str:
    return "\n".join(f"{m.meeting_at} {m.case_number or '':<16} assessment {m.id} "
                     f"{m.decision or 'no decision'}{'' if m.signed else ' (draft)'}"
                     for m in data["meetings"]) or "No upcoming risk meetings."


def _incidents_text(data: dict[str, list[IncidentRecord]]) -> str:
    return "\n".join(
        f"{i.id}: {i.occurred_at} {i.kind} ({i.staff})"
        + (f" at {i.place}" if i.place else "")
        + (f", reported {i.police_reported_on}" if i.police_reported_on else "")
        for i in data["incidents"]) or "No incidents."


def _register_risk(sub: Any) -> None:
    risk = sub.add_parser("risk", help="high-risk flag, risk assessments before risky "
                          "meetings, rotation and conflicts of interest").add_subparsers(
        dest="risk_cmd", required=True)
    s = _command(risk, "flag", "flag the case high-risk", lambda ss, a: {
        "record_id": high_risk.flag_case(ss, a.id, {
            "grounds": a.ground or [], "network_linked": a.network_linked,
            "description": a.description})}, _recorded("High-risk flag"))
    s.add_argument("--ground", action="append", choices=values(Ground),
                   help="a ground (repeat for several)")
    s.add_argument("--network-linked", action="store_true", help="linked to a criminal network")
    text_option(s, "--description", help="what the risk is")

    s = _command(risk, "clear", "clear the case's high-risk flag (kept in the history)",
                 lambda ss, a: {"record_id": high_risk.clear_flag(ss, a.id, a.reason)},
                 _recorded("Cleared high-risk flag"))
    text_option(s, "--reason", required=True, help="why the flag is cleared")

    _command(risk, "show", "the case's flags, warnings, assessments, rotation and conflicts",
             lambda ss, a: high_risk.overview(ss, a.id), _show_text)

    s = _command(risk, "assess", "a risk assessment before a risky meeting",
                 lambda ss, a: {"record_id": risk_meetings.add_risk_assessment(
                     ss, a.id, _assessment_data(a))}, _recorded("Risk assessment"))
    _assessment_options(s, required=True)

    s = _command(risk, "amend", "change a draft risk assessment",
                 lambda ss, a: {"record_id": risk_meetings.update_risk_assessment(
                     ss, a.id, _assessment_data(a))}, _recorded("Risk assessment"),
                 target="ASSESSMENT_ID")
    _assessment_options(s, required=False)

    _command(risk, "sign", "sign a risk assessment (needs a decision; then immutable)",
             lambda ss, a: {"record_id": risk_meetings.sign_risk_assessment(ss, a.id)},
             _recorded("Signed risk assessment"), target="ASSESSMENT_ID")

    s = _command(risk, "upcoming", "upcoming risk-assessed meetings (yours, or all)",
                 lambda ss, a: {"meetings": risk_meetings.upcoming_risk_meetings(
                     ss, _as_of(a.as_of), mine_only=not a.all)}, _meetings_text, target=None)
    s.add_argument("--all", action="store_true", help="every case, not only yours")
    s.add_argument("--as-of", type=arguments.as_of_time, metavar="YYYY-MM-DDTHH:MM",
                   help="from this time (default now)")

    s = risk.add_parser("reassign", help="give the case to another caseworker (rotation); "
                                          "with --out, hand it to the colleague's own vault")
    add_case_argument(s)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_reassign)
    s.add_argument("--to", required=True, metavar="CASEWORKER")
    text_option(s, "--reason", required=True, help="why the case rotates")
    s.add_argument("--out", type=Path, metavar="FILE",
                   help="write a handover package for the colleague's key card to FILE; the "
                        "case becomes read-only here")

    conflict = risk.add_parser("conflict", help="conflicts of interest").add_subparsers(
        dest="conflict_cmd", required=True)
    s = _command(conflict, "add", "record a conflict of interest", lambda ss, a: {
        "record_id": high_risk.add_conflict(ss, a.id, {
            "kind": a.kind, "caseworker": a.caseworker, "recorded_on": a.recorded_on,
            "description": a.description})}, _recorded("Conflict of interest"))
    s.add_argument("--kind", required=True, choices=values(ConflictKind))
    s.add_argument("--caseworker", help="default: the case's caseworker")
    s.add_argument("--recorded-on", metavar="YYYY-MM-DD")
    text_option(s, "--description", help="what the conflict is")
    s = _command(conflict, "resolve", "resolve a conflict of interest",
                 lambda ss, a: {"record_id": high_risk.resolve_conflict(ss, a.id,
                                                                        a.resolution)},
                 _recorded("Resolved conflict of interest"), target="CONFLICT_ID")
    text_option(s, "--resolution", required=True, help="how it was resolved")


def _incident_options(s: argparse.ArgumentParser) -> None:
    s.add_argument("--occurred-at", required=True, metavar="YYYY-MM-DDTHH:MM")
    s.add_argument("--kind", required=True, choices=values(Ground))
    text_option(s, "--staff", required=True, help="who was hit, as a role or initials")
    text_option(s, "--description", required=True, help="what happened")
    text_option(s, "--witnesses", help="who saw it")
    s.add_argument("--police-reported-on", metavar="YYYY-MM-DD")
    text_option(s, "--police-report-number", help="the Police report's number")
    text_option(s, "--follow-up", help="what was done afterwards")
    s.add_argument("--support", action="append", choices=values(Support))


def _incident_data(a: argparse.Namespace) -> dict[str, Any]:
    return {"occurred_at": a.occurred_at, "kind": a.kind, "staff": a.staff,
            "description": a.description, "witnesses": a.witnesses,
            "police_reported_on": a.police_reported_on,
            "police_report_number": a.police_report_number, "follow_up": a.follow_up,
            "support_offered": a.support or []}


def _summary_text(summary: IncidentSummary) -> str:
    lines = [f"Incidents against staff {summary.year}: {summary.total}"
             f" ({summary.reported_to_police} reported to the Police)"]
    lines += [f"  {kind}: {n}" for kind, n in sorted(summary.by_kind.items())]
    lines += [f"  at {place}: {n}" for place, n in sorted(summary.by_place.items())]
    return "\n".join(lines)


def _register_incident(sub: Any) -> None:
    inc = sub.add_parser("incident", help="incidents against staff").add_subparsers(
        dest="incident_cmd", required=True)
    s = _command(inc, "add", "record an incident against staff", lambda ss, a: {
        "record_id": high_risk.add_incident(ss, a.id, {
            **_incident_data(a), "attachment_ids": a.attachment or []})}, _recorded("Incident"))
    _incident_options(s)
    s.add_argument("--attachment", type=arguments.record_id, action="append",
                   metavar="ATTACHMENT_ID")

    _command(inc, "list", "the case's incidents against staff",
             lambda ss, a: {"incidents": high_risk.incidents(ss, a.id)}, _incidents_text)

    _command(inc, "police-draft", "print a draft Police report of the incident (to stdout)",
             lambda ss, a: {"incident_id": a.id,
                            "draft": high_risk.police_report_draft(ss, a.id)},
             lambda data: str(data["draft"]).rstrip("\n"), target="INCIDENT_ID")
    commands_manager.register_incident_report(inc)

    s = _command(inc, "unit-add", "record an incident against staff at the unit, not in a "
                 "case (in the reception, or by a person not known in a case)", lambda ss, a: {
                     "record_id": unit_incidents.add_unit_incident(ss, {
                         **_incident_data(a), "place": a.place, "person": a.person})},
                 _recorded("Incident at the unit"), target=None)
    _incident_options(s)
    s.add_argument("--place", required=True, choices=values(IncidentPlace))
    text_option(s, "--person", help="what is known of the person")

    s = _command(inc, "unit-list", "the unit's incidents against staff of a year",
                 lambda ss, a: {"incidents": unit_incidents.unit_incidents(
                     ss, a.year or date.today().year)}, _incidents_text, target=None)
    s.add_argument("--year", type=arguments.year, metavar="YYYY", help="default this year")

    _command(inc, "unit-police-draft", "print a draft Police report of an incident at the "
             "unit (to stdout)", lambda ss, a: {
                 "incident_id": a.id, "draft": unit_incidents.unit_police_report_draft(ss, a.id)},
             lambda data: str(data["draft"]).rstrip("\n"), target="INCIDENT_ID")

    s = _command(inc, "summary", "count the year's incidents against staff, in cases and at "
                 "the unit", lambda ss, a: unit_incidents.incident_summary(
                     ss, a.year or date.today().year), _summary_text, target=None)
    s.add_argument("--year", type=arguments.year, metavar="YYYY", help="default this year")


def register(sub: Any) -> None:
    _register_risk(sub)
    _register_incident(sub)
