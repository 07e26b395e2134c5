"""``utvag threat …`` (the Police's threat assessment asked for, received, and what a new threat
does to the routing) and ``utvag custody …`` (prison or closed youth care, and the transition
planned before release)."""

from __future__ import annotations

import argparse
from typing import Any

from utvag.cli import arguments
from utvag.cli.command import command, json_option, values
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.domain.custody import CustodyKind
from utvag.domain.threat import ThreatLevel, ThreatNature
from utvag.services import custody, threat


def _answer_options(s: argparse.ArgumentParser) -> None:
    s.add_argument("--level", required=True, choices=values(ThreatLevel))
    s.add_argument("--nature", required=True, choices=values(ThreatNature),
                   help="concrete or latent")
    s.add_argument("--assessed-on", metavar="YYYY-MM-DD",
                   help="the Police's date of the assessment (default: the day received)")
    text_option(s, "--reference", required=True, help="the Police's reference")
    s.add_argument("--review-on", metavar="YYYY-MM-DD", help="when it is to be reviewed")
    s.add_argument("--received-on", metavar="YYYY-MM-DD", help="default: today")


def _answer(args: argparse.Namespace) -> dict[str, Any]:
    return {"level": args.level, "nature": args.nature, "assessed_on": args.assessed_on,
            "reference": args.reference, "review_on": args.review_on,
            "received_on": args.received_on}


def register(sub: Any) -> None:
    th = sub.add_parser("threat", help="the Police's threat assessment: request, answer, "
                        "current threat and routing").add_subparsers(dest="threat_cmd",
                                                                     required=True)
    s = command(th, "request", request_cmd, "a threat assessment was asked of the Police "
                "(awaited until answered; due after the policy's threat_answer_days)", case=True,
                json=False)
    s.add_argument("--requested-on", required=True, metavar="YYYY-MM-DD")
    text_option(s, "--from", dest="requested_from", required=True,
                help="police region or contact asked")
    json_option(s)

    s = command(th, "receive", receive_cmd, "the Police's answer to a request",
                record="record_id", metavar="REQUEST_ID", json=False)
    _answer_options(s)
    json_option(s)

    s = command(th, "add", add_cmd, "a new threat assessment the Police gave without a request",
                case=True, json=False)
    _answer_options(s)
    json_option(s)

    command(th, "show", show_cmd, "the current threat, the requests and any transfer the threat "
            "proposes", case=True)

    cu = sub.add_parser("custody", help="prison or closed youth care during the case, and the "
                        "transition before release").add_subparsers(dest="custody_cmd",
                                                                    required=True)
    s = command(cu, "add", custody_add_cmd, "the person is in prison (Kriminalvården) or closed "
                "youth care (SiS)", case=True, json=False)
    s.add_argument("--kind", required=True, choices=values(CustodyKind))
    text_option(s, "--institution", required=True,
                help="the prison or youth home where the person is")
    s.add_argument("--expected-release", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--starts-on", metavar="YYYY-MM-DD")
    json_option(s)
    for step, help_text in (("planning", "the transition was planned with Kriminalvården/SiS"),
                            ("released", "the person was released"),
                            ("expected", "the release is now expected on another day")):
        s = cu.add_parser(step, help=help_text)
        s.add_argument("record_id", type=arguments.record_id, metavar="RECORD_ID")
        s.add_argument("--on", required=True, metavar="YYYY-MM-DD")
        s.add_argument("--json", action="store_true")
        s.set_defaults(func=custody_mark_cmd, step=step)
    command(cu, "list", custody_list_cmd, "the case's custody records", case=True)


def update_text(result: threat.ThreatRecorded) -> str:
    """What a recorded threat did, for people: the level, the routing, the proposal."""
    update = result.update
    shown_id = result.record_id if result.threat_record_id is None else result.threat_record_id
    lines = [f"Recorded (record {shown_id}). "
             f"Threat: {update.level_before or '—'} -> {update.level or '—'}"
             + (" (changed)." if update.level_changed else " (unchanged).")]
    if update.route_to is None:
        lines.append("No signed assessment to route from: the routing is unchanged.")
    else:
        lines += [m.en for m in update.messages]
    if update.transfer_to:
        lines.append(f"To transfer: utvag transfer export {result.case_id} --to "
                     f"{update.transfer_to} --out FILE")
    if result.status:
        lines.append(f"The case is now {result.status}.")
    return "\n".join(lines)


def request_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        record_id = threat.request(s, args.id, {"requested_on": args.requested_on,
                                                "requested_from": args.requested_from})
    emit({"record_id": record_id}, args.json,
         f"Request {record_id} recorded; the answer is awaited.")
    return 0


def receive_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        result = threat.receive(s, args.record_id, _answer(args))
    emit(result.to_json(), args.json, update_text(result))
    return 0


def add_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        result = threat.record(s, args.id, _answer(args))
    emit(result.to_json(), args.json, update_text(result))
    return 0


def show_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        shown = threat.status(s, args.id)
    current = shown.current
    lines = ["Current threat: " + (
        f"{current.level}, {current.nature}, {current.assessed_on} "
        f"({current.reference}), review {current.review_on or '—'}"
        if current else "none recorded"),
        f"Routes to: {shown.route_to or '— (no signed assessment)'}"]
    for row in shown.records:
        state = "awaited" if row.level is None else f"{row.level} ({row.received_on})"
        asked = f"asked {row.requested_on} of {row.requested_from}" \
            if row.requested_on else row.source
        lines.append(f"  {row.id:>5}  {asked}: {state}")
    proposal = shown.transfer_proposal
    if proposal:
        lines += [m.en for m in proposal.messages]
    emit(shown.to_json(), args.json, "\n".join(lines))
    return 0


def custody_add_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        record_id = custody.add(s, args.id, {
            "kind": args.kind, "institution": args.institution, "starts_on": args.starts_on,
            "expected_release_on": args.expected_release})
    emit({"record_id": record_id}, args.json, f"Custody record {record_id} added.")
    return 0


def custody_mark_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        record_id = custody.mark(s, args.record_id, args.step, args.on)
    emit({"record_id": record_id}, args.json, f"Custody record {record_id} updated.")
    return 0


def custody_list_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        rows = custody.for_case(s, args.id)
    emit([r.to_json() for r in rows], args.json, "\n".join(
        f"{r.id:>5}  {r.kind:<18} {r.institution}  release {r.expected_release_on}"
        f"  planned {r.planning_held_on or '—'}  released {r.released_on or '—'}"
        for r in rows) or "No custody records.")
    return 0
