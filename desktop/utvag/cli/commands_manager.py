"""CLI commands between a unit's caseworkers and its manager: ``incident report`` (a caseworker
sends an incident to the manager), ``logreview send`` / ``logreview import-signature`` (the
caseworker's side of the log review), and ``manager …`` (the manager's vault: import, the unit's
incidents and high-risk cases, the log reviews and signing them)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from utvag.cli.arguments import year_month
from utvag.cli.command import command, json_option, run
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.services import incident_report, log_review_exchange, person_packages
from utvag.services.transfer.files import readable
from utvag.services.transfer.keys import check_new_file


def register_incident_report(inc: Any) -> None:
    s = command(inc, "report", incident_send, "send the incident to the unit manager as a "
                "signed incident report (a package for the manager's card)", record="id",
                metavar="INCIDENT_ID", json=False)
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    s.add_argument("--manager", metavar="NAME",
                   help="the manager, when this vault trusts more than one manager's card")
    json_option(s)


def register_logreview(review: Any) -> None:
    s = command(review, "send", logreview_send,
                "send the month's review to the unit manager to sign", json=False)
    s.add_argument("--month", required=True, metavar="YYYY-MM")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    s.add_argument("--manager", metavar="NAME")
    json_option(s)
    command(review, "import-signature", logreview_import_signature,
            "import the manager's signature of a review", file=True)


def register(sub: Any) -> None:
    manager = sub.add_parser("manager", help="the unit manager's vault: incident reports, "
                                             "high-risk cases, log reviews").add_subparsers(
        dest="manager_cmd", required=True)
    command(manager, "import", manager_import,
            "import a caseworker's incident report or log review", file=True)
    command(manager, "incidents", manager_incidents, "the unit's incidents and high-risk cases")
    command(manager, "reviews", manager_reviews, "the log reviews the caseworkers sent")
    s = command(manager, "sign", manager_sign, "sign a caseworker's log review; write the "
                "signature for the caseworker to FILE", record="id", metavar="REVIEW_ID",
                json=False)
    s.add_argument("--outcome", choices=("no_remarks", "remarks"), default="no_remarks")
    text_option(s, "--comment", required=True, help="what was checked and found")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    json_option(s)


def incident_send(args: argparse.Namespace) -> int:
    target = check_new_file(args.out)
    return run(args, lambda s: incident_report.send_incident_report(
        s, args.id, target, manager=args.manager), lambda sent: (
        f"Incident {sent.incident_id} (case {sent.case_number}) sealed for {sent.manager} as "
        f"{sent.path} (package {sent.package_id}); give it to the manager."))


def logreview_send(args: argparse.Namespace) -> int:
    target = check_new_file(args.out)
    month = year_month(args.month)
    return run(args, lambda s: log_review_exchange.export_log_review(
        s, month, target, manager=args.manager), lambda sent: (
        f"The log review of {sent.month} ({sent.entries} accesses) sealed for {sent.party} as "
        f"{sent.path}; import the signature that comes back."))


def logreview_import_signature(args: argparse.Namespace) -> int:
    source = readable(args.file)
    return run(args, lambda s: log_review_exchange.import_log_review_signature(s, source),
               lambda got: f"The log review of {got.month} is signed by {got.party} "
                           f"({got.outcome}).")


def manager_import(args: argparse.Namespace) -> int:
    source = readable(args.file)
    if person_packages.package_kind(source) == "log_review":
        return run(args, lambda s: log_review_exchange.import_log_review(s, source),
                   lambda review: (
            f"Log review {review.record_id} of {review.month} from {review.party} "
            f"({review.entries} accesses); sign it with 'utvag manager sign "
            f"{review.record_id}'."))
    return run(args, lambda s: incident_report.import_incident_report(s, source),
               lambda report: f"Incident report {report.record_id} (case "
                              f"{report.case_number}) from {report.sender}.")


def manager_incidents(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        view = incident_report.manager_view(s)
    lines = [f"Incidents at {view.unit}:" if view.incidents else "No incident reports."]
    lines += [f"  {i.occurred_at[:16]} {i.case_number:<16} {i.kind:<28} "
              f"{i.caseworker or '-'}; Police: {i.police_report}; support: "
              f"{', '.join(i.support_offered) or 'none'}" for i in view.incidents]
    lines += ["High-risk cases:" if view.high_risk_cases else "No high-risk cases."]
    lines += [f"  {c.case_number:<16} {c.caseworker or '-'} ({', '.join(c.grounds)}; "
              f"{c.incidents} incident(s))" for c in view.high_risk_cases]
    emit(view.to_json(), args.json, "\n".join(lines))
    return 0


def manager_reviews(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        rows = log_review_exchange.received_reviews(s)
    data: dict[str, Any] = {"reviews": [r.to_json() for r in rows]}
    emit(data, args.json, "\n".join(
        f"{r.id}: {r.month} {r.caseworker} ({len(r.entries)} accesses, "
        f"{r.concern_accesses} to concern reports) "
        + (f"signed {r.signed_at[:10]} ({r.outcome})" if r.signed_at else "to sign")
        for r in rows) or "No log reviews received.")
    return 0


def manager_sign(args: argparse.Namespace) -> int:
    target = check_new_file(args.out)
    return run(args, lambda s: log_review_exchange.sign_log_review(
        s, args.id, args.outcome, args.comment, target), lambda signed: (
        f"Log review {signed.record_id} of {signed.month} signed ({signed.outcome}); give "
        f"{signed.path} to {signed.party}."))
