"""``utvag stats`` (de-identified yearly statistics) and ``utvag logreview`` (loggkontroll).

The statistics PDF with charts is made in the app (File dialog, explicit action): it needs Qt,
which the command line never loads. The CLI writes CSV only, and only with ``--csv FILE``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from utvag.cli import arguments, commands_stats_city
from utvag.cli.command import command, json_option
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.errors import UsageError
from utvag.services import log_review, statistics

NOT_ENCRYPTED = ("utvag: note: {path} is not encrypted. It holds only de-identified, suppressed "
                 "counts; store it as your unit's routine says.\n")


def register(sub: Any) -> None:
    s = sub.add_parser("stats", help="de-identified yearly statistics (small counts "
                       "suppressed); contribute them to, or merge them at, the city office")
    s.add_argument("--year", type=arguments.year, metavar="YYYY")
    s.add_argument("--csv", type=Path, metavar="FILE", help="also write the tables as CSV "
                   "(not encrypted)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=stats)
    commands_stats_city.register(s)

    review = sub.add_parser("logreview", help="log review (loggkontroll)").add_subparsers(
        dest="logreview_cmd", required=True)
    s = command(review, "queue", queue, "the month's accesses to review", json=False)
    s.add_argument("--month", required=True, metavar="YYYY-MM")
    json_option(s)
    s = command(review, "sign", sign, "sign off the month's review with a comment", json=False)
    s.add_argument("--month", required=True, metavar="YYYY-MM")
    s.add_argument("--outcome", choices=("no_remarks", "remarks"), default="no_remarks")
    text_option(s, "--comment", required=True, help="what was checked and found")
    json_option(s)
    from utvag.cli import commands_manager

    commands_manager.register_logreview(review)


def stats(args: argparse.Namespace) -> int:
    if args.year is None:
        raise UsageError("utvag stats needs --year YYYY (or: stats contribute, stats merge).")
    if args.csv is not None and args.csv.exists():
        raise UsageError(f"{args.csv} exists; choose a new file name.")
    with open_session(args) as s:
        data = statistics.report(s, args.year)
        if args.csv is not None:
            statistics.export_csv(s, data, args.csv)
            sys.stderr.write(NOT_ENCRYPTED.format(path=args.csv))
    emit(data.to_json(), args.json, statistics.to_csv(data).rstrip("\n"))
    return 0


def _subject(entry: log_review.ReviewEntry) -> str:
    """The case, else the concern report (``report N``; ``reports`` for a listing)."""
    if entry.case_number:
        return entry.case_number
    if entry.concern_report_id is not None:
        return f"report {entry.concern_report_id}"
    return "reports" if entry.case_id is None else "-"


def queue(args: argparse.Namespace) -> int:
    month = arguments.year_month(args.month)
    with open_session(args) as s:
        data = log_review.review_queue_of(s, month)
    emit(data.to_json(), args.json, "\n".join(
        f"{e.at[:19]} {e.actor:<14} {e.action:<18} {_subject(e):<16} {e.reason}"
        for e in data.entries) or "Nothing to review.")
    return 0


def sign(args: argparse.Namespace) -> int:
    month = arguments.year_month(args.month)
    with open_session(args) as s:
        signoff_id = log_review.sign_off(s, month, args.outcome, args.comment)
    emit({"signoff_id": signoff_id, "month": month}, True)
    return 0
