"""CLI commands between a unit's caseworkers and its manager: ``incident report`` (a caseworker
sends an incident to the manager), ``logreview send`` / ``logreview import-signature`` (the
caseworker's side of the log review), and ``manager …`` (the manager's vault: import, the unit's
incidents and high-risk cases, the log reviews and signing them)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from utvag.cli import arguments
from utvag.cli.commands_reports import _month
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.errors import UsageError
from utvag.services import incident_report, log_review_exchange, person_packages
from utvag.services.transfer_keys import check_new_file


def register_incident_report(inc: Any) -> None:
    s = inc.add_parser("report", help="send the incident to the unit manager as a signed "
                                      "incident report (a package for the manager's card)")
    s.add_argument("id", type=arguments.record_id, metavar="INCIDENT_ID")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    s.add_argument("--manager", metavar="NAME",
                   help="the manager, when this vault trusts more than one manager's card")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=incident_send)


def register_logreview(review: Any) -> None:
    s = review.add_parser("send", help="send the month's review to the unit manager to sign")
    s.add_argument("--month", required=True, metavar="YYYY-MM")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    s.add_argument("--manager", metavar="NAME")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=logreview_send)
    s = review.add_parser("import-signature", help="import the manager's signature of a review")
    s.add_argument("file", type=Path, metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=logreview_import_signature)


def register(sub: Any) -> None:
    manager = sub.add_parser("manager", help="the unit manager's vault: incident reports, "
                                             "high-risk cases, log reviews").add_subparsers(
        dest="manager_cmd", required=True)
    s = manager.add_parser("import", help="import a caseworker's incident report or log review")
    s.add_argument("file", type=Path, metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=manager_import)
    s = manager.add_parser("incidents", help="the unit's incidents and high-risk cases")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=manager_incidents)
    s = manager.add_parser("reviews", help="the log reviews the caseworkers sent")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=manager_reviews)
    s = manager.add_parser("sign", help="sign a caseworker's log review; write the signature "
                                        "for the caseworker to FILE")
    s.add_argument("id", type=arguments.record_id, metavar="REVIEW_ID")
    s.add_argument("--outcome", choices=("no_remarks", "remarks"), default="no_remarks")
    text_option(s, "--comment", required=True, help="what was checked and found")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=manager_sign)


def _file(path: Path) -> Path:
    if not Path(path).is_file():
        raise UsageError(f"{path} is not a readable file.")
    return Path(path)


def incident_send(args: argparse.Namespace) -> int:
    target = check_new_file(args.out)
    with open_session(args) as s:
        sent = incident_report.send_incident_report(s, args.id, target, manager=args.manager)
    emit(sent.to_json(), args.json,
         f"Incident {sent.incident_id} (case {sent.case_number}) sealed for {sent.manager} as "
         f"{sent.path} (package {sent.package_id}); give it to the manager.")
    return 0


def logreview_send(args: argparse.Namespace) -> int:
    target = check_new_file(args.out)
    month = _month(args.month)
    with open_session(args) as s:
        sent = log_review_exchange.export_log_review(s, month, target, manager=args.manager)
    emit(sent.to_json(), args.json,
         f"The log review of {sent.month} ({sent.entries} accesses) sealed for {sent.party} as "
         f"{sent.path}; import the signature that comes back.")
    return 0


def logreview_import_signature(args: argparse.Namespace) -> int:
    source = _file(args.file)
    with open_session(args) as s:
        got = log_review_exchange.import_log_review_signature(s, source)
    emit(got.to_json(), args.json,
         f"The log review of {got.month} is signed by {got.party} ({got.outcome}).")
    return 0


def manager_import(args: argparse.Namespace) -> int:
    source = _file(args.file)
    kind = person_packages.package_kind(source)
    with open_session(args) as s:
        if kind == "log_review":
            review = log_review_exchange.import_log_review(s, source)
            emit(review.to_json(), args.json,
                 f"Log review {review.record_id} of {review.month} from {review.party} "
                 f"({review.entries} accesses); sign it with 'utvag manager sign "
                 f"{review.record_id}'.")
            return 0
        report = incident_report.import_incident_report(s, source)
    emit(report.to_json(), args.json,
         f"Incident report {report.record_id} (case {report.case_number}) from {report.sender}.")
    return 0


def manager_incidents(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        view = incident_report.manager_view(s)
    lines = [f"Incidents at {view['unit']}:" if view["incidents"] else "No incident reports."]
    lines += [f"  {i['occurred_at'][:16]} {i['case_number']:<16} {i['kind']:<28} "
              f"{i['caseworker'] or '-'}; Police: {i['police_report']}; support: "
              f"{', '.join(i['support_offered']) or 'none'}" for i in view["incidents"]]
    lines += ["High-risk cases:" if view["high_risk_cases"] else "No high-risk cases."]
    lines += [f"  {c['case_number']:<16} {c['caseworker'] or '-'} ({', '.join(c['grounds'])}; "
              f"{c['incidents']} incident(s))" for c in view["high_risk_cases"]]
    emit(view, args.json, "\n".join(lines))
    return 0


def manager_reviews(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        rows = log_review_exchange.received_reviews(s)
    data: dict[str, Any] = {"reviews": rows}
    emit(data, args.json, "\n".join(
        f"{r['id']}: {r['month']} {r['caseworker']} ({len(r['entries'])} accesses) "
        + (f"signed {r['signed_at'][:10]} ({r['outcome']})" if r["signed_at"] else "to sign")
        for r in rows) or "No log reviews received.")
    return 0


def manager_sign(args: argparse.Namespace) -> int:
    target = check_new_file(args.out)
    with open_session(args) as s:
        signed = log_review_exchange.sign_log_review(s, args.id, args.outcome, args.comment,
                                                     target)
    emit(signed.to_json(), args.json,
         f"Log review {signed.record_id} of {signed.month} signed ({signed.outcome}); give "
         f"{signed.path} to {signed.party}.")
    return 0
