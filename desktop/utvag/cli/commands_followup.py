"""``utvag record …`` (interventions, relatives, Police follow-ups, concern reports, state
funding) and ``utvag due`` (what is due and overdue)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from utvag.cli import arguments
from utvag.cli.case_arg import add_case_argument
from utvag.cli.command import record_command, values
from utvag.cli.commands_threat import update_text
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.domain.follow_up_records import FollowUpOutcome, FollowUpPhase, InterventionType
from utvag.domain.interventions import InterventionUrgency
from utvag.domain.relatives import Relation
from utvag.domain.threat import ThreatLevel, ThreatNature
from utvag.domain.units import DISTRICT_IDS
from utvag.services import due, followup, threat
from utvag.services.session import Session


def register(sub: Any) -> None:
    rec = sub.add_parser("record", help="record interventions, relatives, Police follow-ups, "
                         "concern reports and state funding").add_subparsers(
        dest="record_cmd", required=True)
    s = record_command(rec, "intervention", "a decided intervention", lambda ss, a:
                 followup.add_intervention(ss, a.id, {
                     "type": a.type, "urgency": a.urgency, "decided_on": a.decided_on,
                     "starts_on": a.starts_on, "ends_on": a.ends_on}))
    s.add_argument("--type", required=True, choices=values(InterventionType))
    s.add_argument("--urgency", required=True, choices=values(InterventionUrgency))
    s.add_argument("--decided-on", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--starts-on", metavar="YYYY-MM-DD")
    s.add_argument("--ends-on", metavar="YYYY-MM-DD")

    s = record_command(rec, "relative", "link a relative (a person in the vault) to the case",
                 _relative)
    who = s.add_mutually_exclusive_group(required=True)
    who.add_argument("--person-id", type=arguments.record_id)
    add_case_argument(who, "--relative-case",
                      help_text="the relative's own case (its number or id)")
    s.add_argument("--relation", required=True, choices=values(Relation))
    s.add_argument("--linked-on", metavar="YYYY-MM-DD")
    s.add_argument("--informed-on", metavar="YYYY-MM-DD",
                   help="when the relative was informed about support")
    s.add_argument("--responsible-unit", choices=DISTRICT_IDS)
    text_option(s, "--contact-path", help="the communication path to the unit responsible for "
                "the relative")

    s = record_command(rec, "relative-informed", "the relative was informed about support",
                 lambda ss, a: followup.relative_informed(ss, a.record_id, a.on),
                 record="record_id")
    s.add_argument("--on", required=True, metavar="YYYY-MM-DD")

    s = record_command(rec, "relative-contact", "the communication path set up to the unit "
                       "responsible for the relative",
                       lambda ss, a: followup.relative_contact(ss, a.record_id, a.contact_path,
                                                               a.responsible_unit),
                       record="record_id")
    text_option(s, "--contact-path", required=True,
                help="the communication path to the unit responsible for the relative")
    s.add_argument("--responsible-unit", choices=DISTRICT_IDS)

    s = rec.add_parser("police", help="a follow-up of criminality and threat with the Police; "
                       "a raised or lowered threat updates the case's threat and routing")
    add_case_argument(s)
    s.add_argument("--held-on", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--phase", required=True, choices=values(FollowUpPhase))
    s.add_argument("--outcome", required=True, choices=values(FollowUpOutcome))
    s.add_argument("--threat-level", choices=values(ThreatLevel),
                   help="the new level (default: high when raised, low when lowered)")
    s.add_argument("--threat-nature", choices=values(ThreatNature),
                   help="concrete or latent (required when the threat changed)")
    text_option(s, "--threat-reference",
                help="the Police's reference (required when the threat changed)")
    s.add_argument("--threat-review-on", metavar="YYYY-MM-DD")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_police)

    s = record_command(rec, "concern", "a concern report about a child was received",
                 lambda ss, a: followup.add_concern_report(ss, a.id,
                                                           {"received_at": a.received_at}))
    s.add_argument("--received-at", required=True, metavar="YYYY-MM-DDTHH:MM")

    s = record_command(rec, "concern-done", "the protection or preliminary assessment was made",
                 lambda ss, a: followup.concern_step_done(ss, a.record_id, a.step, a.at),
                 record="record_id")
    s.add_argument("--step", required=True, choices=tuple(followup.CONCERN_STEPS))
    s.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM")

    s = record_command(rec, "funding", "state funding was applied for",
                 lambda ss, a: followup.apply_state_funding(ss, a.id, a.applied_on))
    s.add_argument("--applied-on", required=True, metavar="YYYY-MM-DD")

    s = record_command(rec, "funding-decision", "the Police decided on state funding",
                 lambda ss, a: followup.state_funding_decided(
                     ss, a.record_id, a.decision, a.decided_on),
                 record="record_id")
    s.add_argument("--decision", required=True, choices=("granted", "refused"))
    s.add_argument("--decided-on", required=True, metavar="YYYY-MM-DD")

    s = record_command(rec, "close", "close the case with a closing reason",
                 lambda ss, a: followup.close_case(ss, a.id, a.reason, a.closed_on))
    s.add_argument("--reason", required=True, choices=(
        "completed", "not_defector", "consent_withdrawn",
        "discontinued_after_police_consultation", "declined_by_individual", "other"))
    s.add_argument("--closed-on", metavar="YYYY-MM-DD")

    record_command(rec, "list", "the case's follow-up records",
             lambda ss, a: followup.records(ss, a.id))

    s = sub.add_parser("due", help="what is due and overdue (yours, or the unit's)")
    s.add_argument("--unit", action="store_true", help="every case of the unit, not only yours")
    s.add_argument("--horizon", type=arguments.horizon_days, default=14, metavar="DAYS",
                   help="show what falls due within DAYS (default 14); overdue is always shown")
    s.add_argument("--as-of", type=arguments.as_of_time, metavar="YYYY-MM-DDTHH:MM",
                   help="evaluate at this time")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=due_cmd)


def _police(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        result = threat.police_followup(s, args.id, {
            "held_on": args.held_on, "phase": args.phase, "outcome": args.outcome,
            "threat_level": args.threat_level, "threat_nature": args.threat_nature,
            "threat_reference": args.threat_reference, "threat_review_on": args.threat_review_on})
    if isinstance(result, int):
        emit({"record_id": result}, args.json, json.dumps({"record_id": result}, indent=2))
    else:
        emit(result.to_json(), args.json, update_text(result))
    return 0


def _relative(session: Session, args: argparse.Namespace) -> int:
    return followup.link_relative(session, args.id, {
        "person_id": args.person_id, "case_id": args.relative_case, "relation": args.relation,
        "linked_on": args.linked_on, "informed_about_support_on": args.informed_on,
        "responsible_unit": args.responsible_unit, "contact_path": args.contact_path})


def due_cmd(args: argparse.Namespace) -> int:
    now = args.as_of or datetime.now().astimezone()
    with open_session(args) as s:
        rows = due.due_list(s, now, scope="unit" if args.unit else "mine",
                            horizon_days=args.horizon)
    data = {"as_of": due.instant(now), "scope": "unit" if args.unit else "mine",
            "items": [r.to_json() for r in rows],
            "overdue": sum(1 for r in rows if r.overdue)}
    emit(data, args.json, "\n".join(
        f"{'OVERDUE ' if r.overdue else '        '}{r.item.due_on} "
        f"{r.case_number or f'concern {r.item.record_id}':<16} {r.item.kind.value}"
        for r in rows) or "Nothing is due.")
    return 0
