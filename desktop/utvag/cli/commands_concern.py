"""``utvag concern …``: concern reports (*orosanmälan*) about a child, with or before a case."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from utvag.cli import arguments
from utvag.cli.case_arg import add_case_argument
from utvag.cli.command import Action, record_command, values
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import accepts_stdin, text_option
from utvag.domain.concern_reports import (
    Participant,
    PreliminaryOutcome,
    ProtectionOutcome,
    ReporterType,
)
from utvag.errors import UsageError
from utvag.services import concern


def _command(sub: Any, name: str, help_text: str, action: Action) -> argparse.ArgumentParser:
    return record_command(sub, name, help_text, action, record="report_id", metavar="REPORT_ID")


def register(sub: Any) -> None:
    con = sub.add_parser("concern", help="concern reports about a child (orosanmälan)"
                         ).add_subparsers(dest="concern_cmd", required=True)
    s = con.add_parser("new", help="a concern report was received")
    s.add_argument("--received-at", required=True, metavar="YYYY-MM-DDTHH:MM")
    s.add_argument("--reporter", required=True, choices=values(ReporterType))
    s.add_argument("--feedback-requested", action="store_true",
                   help="the reporter asked for feedback (återkoppling)")
    who = s.add_mutually_exclusive_group()
    who.add_argument("--child", type=Path, metavar="FILE", dest="child_file",
                     help="the child as JSON (the person fields of 'case new'; '-': standard "
                          "input)")
    who.add_argument("--person-id", type=arguments.record_id,
                     help="the child is this person of the vault")
    add_case_argument(s, "--case", help_text="link to the child's open case (its number or id);"
                      " without --child or --person-id, the child is the case's person")
    accepts_stdin(s, "child_file")
    s.set_defaults(func=new_cmd)

    s = con.add_parser("list", help="the unit's concern reports, newest first")
    add_case_argument(s, "--case", help_text="only this case's reports")
    s.add_argument("--without-case", action="store_true", help="only reports with no case yet")
    s.add_argument("--limit", type=arguments.count, default=500)
    s.add_argument("--offset", type=arguments.count, default=0)
    s.add_argument("--as-of", type=arguments.as_of_time, metavar="YYYY-MM-DDTHH:MM",
                   help="count open steps as overdue at this time")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=list_cmd)

    s = _command(con, "show", "one concern report (the read is audited)",
                 lambda ss, a: concern.show_report(ss, a.report_id,
                                                   reveal_identity=a.reveal_identity))
    s.add_argument("--reveal-identity", action="store_true",
                   help="show a protected child's identity (logged as identity.reveal)")

    s = _command(con, "protection", "the protection assessment (within 24 hours) was made",
                 lambda ss, a: concern.record_protection(ss, a.report_id, a.at, a.outcome))
    s.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM")
    s.add_argument("--outcome", required=True, choices=values(ProtectionOutcome))

    s = _command(con, "preliminary", "the preliminary assessment (within 14 days) was made",
                 lambda ss, a: concern.record_preliminary(ss, a.report_id, a.at, a.outcome,
                                                          a.reason))
    s.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM")
    s.add_argument("--outcome", required=True, choices=values(PreliminaryOutcome))
    text_option(s, "--reason", required=True, help="why an investigation was or was not opened")

    s = _command(con, "feedback", "feedback was given to the reporter",
                 lambda ss, a: concern.record_feedback(ss, a.report_id, a.at))
    s.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM")

    s = _command(con, "conversation", "a conversation was held about the report",
                 lambda ss, a: concern.add_conversation(ss, a.report_id, {
                     "held_on": a.held_on, "with_whom": a.with_whom, "note": a.note}))
    s.add_argument("--held-on", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--with", dest="with_whom", required=True, action="append",
                   choices=values(Participant), help="who took part (repeat for each)")
    text_option(s, "--note", help="a short note")

    s = _command(con, "link", "link the report to the child's case",
                 lambda ss, a: concern.link_case(ss, a.report_id, a.case))
    add_case_argument(s, "--case", help_text="the child's open case (its number or id)")


def new_cmd(args: argparse.Namespace) -> int:
    child = None
    if args.child_file is not None:  # refused before any unlock
        child = arguments.read_json(args.child_file, "child file")
    if child is None and args.person_id is None and args.case is None:
        raise UsageError("Name the child: --child FILE, --person-id or --case.")
    with open_session(args) as s:
        report_id = concern.new_report(s, {
            "received_at": args.received_at, "reporter_type": args.reporter,
            "feedback_requested": args.feedback_requested, "child": child,
            "person_id": args.person_id, "case_id": args.case})
    emit({"record_id": report_id}, True)
    return 0


def list_cmd(args: argparse.Namespace) -> int:
    now = args.as_of or datetime.now().astimezone()
    with open_session(args) as s:
        rows = concern.list_reports(s, case_id=args.case, unlinked_only=args.without_case,
                                    now=now, limit=args.limit, offset=args.offset)
    lines = []
    for r in rows:
        steps = ", ".join(("OVERDUE " if o.overdue else "") + o.kind
                          for o in r.open_steps) or "no open step"
        lines.append(f"{r.id:>6} {r.received_at[:16]} {r.case_number or '(no case)':<16}"
                     f" {r.child.name:<24} {steps}")
    emit({"items": [r.to_json() for r in rows]}, args.json,
         "\n".join(lines) or "No concern reports.")
    return 0
