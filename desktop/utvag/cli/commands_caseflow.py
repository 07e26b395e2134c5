"""``utvag consent withdraw`` and ``utvag decision …``: the consent's withdrawal as an event, the
application a case starts from, decisions, and SAV's word on special-defector status."""

from __future__ import annotations

import argparse
from typing import Any

from utvag.cli import arguments, commands_young
from utvag.cli.command import command, json_option
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.services import consent, decisions


def register(sub: Any) -> None:
    con = sub.add_parser("consent", help="the consent to lift confidentiality").add_subparsers(
        dest="consent_cmd", required=True)
    s = command(con, "withdraw", _withdraw, "record that the consent was withdrawn", case=True,
                json=False)
    s.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    text_option(s, "--by", help="who withdrew it (default: the individual)")
    s.add_argument("--attachment", type=arguments.record_id, metavar="ATT_ID",
                   help="the signed withdrawal, an attachment of the case")
    json_option(s)
    commands_young.register_consent(con)

    dec = sub.add_parser("decision", help="applications, decisions and SAV's special-defector "
                         "decision").add_subparsers(dest="decision_cmd", required=True)
    s = command(dec, "application", _application, "the application the case starts from", case=True,
                json=False)
    s.add_argument("--received-on", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--from", required=True, dest="applicant_kind", choices=decisions.APPLICANTS)
    text_option(s, "--applicant", help="who applied (required for an authority)")
    text_option(s, "--applied-for", help="what was applied for (travels with a transfer)")
    s.add_argument("--attachment", type=arguments.record_id, metavar="ATT_ID",
                   help="the written application, an attachment of the case")
    json_option(s)

    s = command(dec, "record", _decision, "a decision on the application, an intervention or "
                "closing", case=True, json=False)
    s.add_argument("--subject", required=True, choices=decisions.SUBJECTS)
    s.add_argument("--outcome", required=True, choices=decisions.OUTCOMES)
    text_option(s, "--what", required=True, help="what was decided")
    s.add_argument("--decided-on", required=True, metavar="YYYY-MM-DD")
    text_option(s, "--role", required=True, help="the decision-maker's role (e.g. enhetschef)")
    text_option(s, "--appeal-notice", help="for a refusal (the standard notice when left out)")
    json_option(s)

    s = command(dec, "special", _special, "SAV: is the defector a special defector?", case=True,
                json=False)
    s.add_argument("--decision", required=True, choices=decisions.SAV_DECISIONS)
    s.add_argument("--decided-on", required=True, metavar="YYYY-MM-DD")
    text_option(s, "--justification", required=True, help="why SAV decided so")
    json_option(s)

    command(dec, "list", _list, "the case's application, decisions and SAV's decisions", case=True)


def _withdraw(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        record_id = consent.withdraw(s, args.id, args.on, args.by, args.attachment)
    emit({"record_id": record_id}, True)
    return 0


def _application(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        record_id = decisions.record_application(
            s, args.id, args.received_on, args.applicant_kind, args.applicant,
            applied_for=args.applied_for, attachment_id=args.attachment)
    emit({"record_id": record_id}, True)
    return 0


def _decision(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        record_id = decisions.record_decision(
            s, args.id, subject=args.subject, outcome=args.outcome, what=args.what,
            decided_on=args.decided_on, decided_by_role=args.role,
            appeal_notice=args.appeal_notice)
    emit({"record_id": record_id}, True)
    return 0


def _special(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        result = decisions.decide_special(s, args.id, args.decision, args.decided_on,
                                          args.justification)
    emit(result.to_json(), True)
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        result = decisions.records(s, args.id)
    emit(result.to_json(), True)
    return 0
