"""``utvag need …``: the person's needs by area, the interventions meant to meet them, and the
follow-up of whether they are met."""

from __future__ import annotations

import argparse
from typing import Any

from utvag.cli import arguments
from utvag.cli.command import command, json_option, values
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.domain.needs import NeedArea, NeedOutcome
from utvag.services import needs


def register(sub: Any) -> None:
    need = sub.add_parser("need", help="the person's needs and their follow-up").add_subparsers(
        dest="need_cmd", required=True)

    s = command(need, "add", add, "record a need found by the investigation", case=True,
                json=False)
    s.add_argument("--area", required=True, choices=values(NeedArea))
    text_option(s, "--description", help="the need in words (optional, never counted)")
    s.add_argument("--identified-on", metavar="YYYY-MM-DD", help="default today")
    s.add_argument("--intervention", action="append", type=arguments.record_id, default=[],
                   metavar="INTERVENTION_ID",
                   help="an intervention of the case meant to meet the need; repeat for more")
    json_option(s)

    for name, func, help_text in (("link", link, "an intervention is meant to meet the need"),
                                  ("unlink", unlink, "take back a link made by mistake")):
        s = command(need, name, func, help_text, record="need_id", metavar="NEED_ID",
                    json=False)
        s.add_argument("--intervention", required=True, type=arguments.record_id,
                       metavar="INTERVENTION_ID")
        json_option(s)

    s = command(need, "followup", followup, "record whether the need is met at a follow-up",
                record="need_id", metavar="NEED_ID", json=False)
    s.add_argument("--intervention", required=True, type=arguments.record_id,
                   metavar="INTERVENTION_ID", help="the linked intervention followed up")
    s.add_argument("--outcome", required=True, choices=values(NeedOutcome))
    s.add_argument("--held-on", metavar="YYYY-MM-DD", help="default today")
    text_option(s, "--note", help="what the follow-up found (optional, never counted)")
    json_option(s)

    command(need, "list", list_cmd, "the case's needs, links, follow-ups and next dates",
            case=True)


def add(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        need_id = needs.add_need(s, args.id, {
            "area": args.area, "description": args.description,
            "identified_on": args.identified_on, "interventions": args.intervention})
    emit({"record_id": need_id}, args.json, f"Need {need_id} recorded.")
    return 0


def _link(args: argparse.Namespace, change: Any, text: str) -> int:
    with open_session(args) as s:
        change(s, args.need_id, args.intervention)
    emit({"record_id": args.need_id, "intervention_id": args.intervention}, args.json, text)
    return 0


def link(args: argparse.Namespace) -> int:
    return _link(args, needs.link_intervention,
                 f"Intervention {args.intervention} is linked to need {args.need_id}.")


def unlink(args: argparse.Namespace) -> int:
    return _link(args, needs.unlink_intervention,
                 f"Intervention {args.intervention} is no longer linked to need "
                 f"{args.need_id}.")


def followup(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        record_id = needs.record_followup(s, args.need_id, {
            "intervention_id": args.intervention, "outcome": args.outcome,
            "held_on": args.held_on, "note": args.note})
    emit({"record_id": record_id}, args.json,
         f"Follow-up {record_id} of need {args.need_id} recorded ({args.outcome}).")
    return 0


def _line(n: needs.CaseNeed) -> str:
    linked = ", ".join(f"{i.id} {i.intervention_type} (next follow-up "
                       f"{i.next_followup_on or '-'})" for i in n.interventions)
    return (f"{n.id:>5} {n.area:<18} {n.identified_on} "
            f"{n.latest_outcome or 'not followed up':<16} {linked or 'no intervention'}")


def list_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        found = needs.needs(s, args.id)
    emit([n.to_json() for n in found], args.json,
         "\n".join(_line(n) for n in found) or "No needs recorded.")
    return 0
